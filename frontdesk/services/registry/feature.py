"""Rooms and occupants as a feature: the registry tab and rooms in the global search. The
registry service itself is core (every feature finds rooms through it)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import exists, or_, select

from frontdesk.models.registry import Occupant, Room
from frontdesk.services.contracts import SearchHit, SearchMatch
from frontdesk.services.core import search
from frontdesk.services.core.changes import ROOM
from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec
from frontdesk.services.core.user_check import UserChecked
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.export import export_registry
from frontdesk.services.registry.files import VOCABULARY

if TYPE_CHECKING:
    from frontdesk.db import Database
    from frontdesk.services.registry.service import RegistryService


class RegistrySearch(UserChecked):
    """The rooms feature's service: rooms and occupants in the global search, and the estate
    export (``Feature.export``)."""

    def __init__(self, registry: RegistryService, db: Database | None = None) -> None:
        self._registry = registry
        self._db = db

    def export(self, user: CurrentUser, path: Path) -> int:
        """Every room and its current occupants, in the import's columns; the lines written."""
        if self._db is None:
            raise RuntimeError("the registry export needs the database")
        return export_registry(self._db, user, path).rows

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]:
        """Ctrl+K: rooms holding every word, each the room in any spelling or a current
        occupant's name or phone (whole or its last digits)."""
        from frontdesk.services.registry.service import room_row

        require(user, Action.REGISTRY_VIEW)
        if self._db is None:
            raise RuntimeError("the global search needs the database")
        with self._db.read() as s:
            words = search.read_words(s, text)
            if not words:
                return []
            conds = [
                or_(
                    Room.id.in_(list(w.rooms)),
                    exists().where(Occupant.room_id == Room.id, Occupant.active.is_(True), search.word_condition(_OCCUPANT, w)),
                )
                for w in words
            ]
            rooms = s.scalars(select(Room).where(*conds).order_by(Room.project_id, Room.sort_key).limit(limit)).unique()
            out = []
            for room in rooms:
                r = room_row(user, room)
                matched: dict[str, SearchMatch] = {}
                for w in words:
                    found = search.matched(user, _ROOM, [w], room, room.code)
                    for o in room.occupants:
                        if found:
                            break
                        if o.active:
                            found = search.matched(user, _OCCUPANT, [w], o)
                    for m in found:
                        matched.setdefault(m.label, m)
                title, who = f"{r.project} {r.code}", f"{r.owner_name} {r.owner_phone}".strip()
                out.append(SearchHit("room", r.id, title, who, tuple(matched.values()), room=room.code))
            return out


#: what the global search names as the field a word matched: the room, else an occupant's
_ROOM = (search.Field(search.ROOM, Room.id, "room"),)
_OCCUPANT = (
    search.Field(search.PHONE, Occupant.phone, "phone"),
    search.Field(search.PHONE, Occupant.phone2, "phone"),
    search.Field(search.OCCUPANT, Occupant.name),
)


def _build(env: FeatureEnv) -> RegistrySearch:
    return RegistrySearch(env.get("registry"), env.db)


FEATURE = Feature(
    kind=ROOM,
    key="rooms",
    build=_build,
    vocabulary=VOCABULARY,
    tabs=(TabSpec("frontdesk.ui.registry.tab:RegistryTab", 50, Action.REGISTRY_VIEW, title="业户档案"),),
    counts=False,
    handover=False,
    export=RegistrySearch.export,
    summary="业户档案：项目、楼栋、房屋和住户，导入花名册，查看房屋历史。",
)
