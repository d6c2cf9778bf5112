"""Rooms and occupants as a feature: the registry tab and rooms in the global search. The
registry service itself is core (every feature finds rooms through it)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from frontdesk.services.contracts import SearchHit
from frontdesk.services.core.changes import ROOM
from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec
from frontdesk.services.core.user_check import UserChecked
from frontdesk.services.permissions import Action, CurrentUser
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
        rows = self._registry.find(user, text, limit=limit)
        return [SearchHit("room", r.id, f"{r.project} {r.code}", f"{r.owner_name} {r.owner_phone}".strip()) for r in rows]


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
