"""The estate registry (业户档案): finding rooms and people, editing occupants, masking their data."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select, tuple_
from sqlalchemy.orm import Session

from frontdesk.models import Building, Occupant, Project, Room, Unit
from frontdesk.models.registry import code_sort_key
from frontdesk.services import audit
from frontdesk.services.core.changes import ROOM, changes, note
from frontdesk.services.core.paging import DEFAULT_PAGE_SIZE, Page, decode_cursor, page_of
from frontdesk.services.core.service import Service
from frontdesk.services.core.versioning import load_for_change, load_record
from frontdesk.services.errors import ConflictError, NotFound, ValidationError
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.rooms import parse_room
from frontdesk.services.validation import (
    LONG_TEXT_MAX,
    Collector,
    FieldError,
    clean_id_number,
    clean_name,
    clean_phone,
    clean_plates,
    clean_text,
    mask_id_number,
    mask_phone,
)

ROOM_STATUSES = ("未交付", "已交房", "装修中", "已入住")
OCCUPANT_KINDS = ("owner", "tenant", "family")
GENDERS = ("M", "F")
_OCC_FIELDS = ("room_id", "kind", "name", "gender", "phone", "phone2", "id_number", "plates", "notes", "active")


@dataclass(frozen=True)
class RoomRow:
    id: int
    project_id: int
    project: str
    code: str
    status: str
    owner_name: str
    owner_phone: str  # masked unless the role may see it
    version: int
    sort_key: str = ""  # keyset-paging cursor together with project_id
    occupant_count: int = 0
    floor: int | None = None
    area: float | None = None

    @property
    def cursor(self) -> tuple[int, str]:
        """Pass to ``RegistryService.rooms(after=...)`` for the next page."""
        return (self.project_id, self.sort_key)


@dataclass(frozen=True)
class BuildingRow:
    id: int
    project_id: int
    number: str
    rooms: int


@dataclass(frozen=True)
class OccupantRow:
    id: int
    room_id: int
    kind: str
    name: str
    gender: str | None
    phone: str
    phone2: str
    id_number: str  # always masked; reveal() gives the full value
    plates: str
    notes: str
    version: int
    phone_masked: bool


@dataclass(frozen=True)
class RoomDetail:
    room: RoomRow
    occupants: list[OccupantRow] = field(default_factory=list)


@dataclass
class OccupantInput:
    """What the occupant form sends; strings as typed."""

    kind: str = "owner"
    name: str = ""
    gender: str | None = None
    phone: str = ""
    phone2: str = ""
    id_number: str = ""
    plates: str = ""
    notes: str = ""


_PERSON_CLEANERS: dict[str, Callable[..., Any]] = {
    "name": clean_name,
    "phone": clean_phone,
    "phone2": clean_phone,
    "id_number": clean_id_number,
    "plates": clean_plates,
}


def clean_person(check: Callable[..., Any], typed: Callable[[str], str]) -> dict[str, Any]:
    """An occupant's typed fields, cleaned, for the form and the import alike: ``typed(field)``
    gives what was typed; ``check(field, fn, value, **kw)`` runs a cleaner and notes its error."""
    out = {f: check(f, fn, typed(f)) for f, fn in _PERSON_CLEANERS.items()}
    out["notes"] = check("notes", clean_text, typed("notes"), max_len=LONG_TEXT_MAX)
    return out


def shows_phone(user: CurrentUser) -> bool:
    return user.can(Action.PII_VIEW)


def phone_for(user: CurrentUser, phone: str | None) -> str:
    """A phone number as this user may see it on screen."""
    if not phone:
        return ""
    return phone if shows_phone(user) else mask_phone(phone)


def _owner(room: Room) -> Occupant | None:
    active = [o for o in room.occupants if o.active]
    owners = [o for o in active if o.kind == "owner"]
    chosen = owners or active
    return chosen[0] if chosen else None


def room_row(user: CurrentUser, room: Room) -> RoomRow:
    owner = _owner(room)
    return RoomRow(
        room.id,
        room.project_id,
        room.project.name,
        room.code,
        room.status,
        owner.name if owner else "",
        phone_for(user, owner.phone if owner else None),
        room.version,
        room.sort_key,
        sum(1 for o in room.occupants if o.active),
        room.floor,
        room.area,
    )


def occupant_row(user: CurrentUser, o: Occupant) -> OccupantRow:
    return OccupantRow(
        o.id,
        o.room_id,
        o.kind,
        o.name,
        o.gender,
        phone_for(user, o.phone),
        phone_for(user, o.phone2),
        mask_id_number(o.id_number),
        o.plates or "",
        o.notes or "",
        o.version,
        not shows_phone(user),
    )


def _digits(text: str) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", text))


def rooms_matching(session: Session, text: str, project_id: int | None = None) -> list[Room]:
    """Rooms a typed spelling names (see services.rooms); empty when it names none."""
    q = parse_room(text)
    if q is None:
        return []
    conds = []
    if q.codes:
        conds.append(Room.code.in_(q.codes))
    for b, r in q.building_room:
        conds.append(Room.code.like(f"{b}-%-{r}"))
    if not conds:  # e.g. eight digits: looks like a room, splits into none
        return []
    stmt = select(Room).where(or_(*conds)).order_by(Room.project_id, Room.sort_key)
    if project_id is not None:
        stmt = stmt.where(Room.project_id == project_id)
    rooms = list(session.scalars(stmt).unique())
    exact = [r for r in rooms if r.code in q.codes[:1]]
    return exact if len(q.codes) == 1 and exact else rooms


def text_or_rooms(session: Session, text: str, room_id: Any, *conditions: Any) -> Any:
    """A list's text filter: any of ``conditions`` (the record's own fields), or ``room_id`` among
    the rooms the text names in any spelling (3#2-1502, 3-2-1502)."""
    room_ids = [r.id for r in rooms_matching(session, text)]
    return or_(*conditions, *([room_id.in_(room_ids)] if room_ids else []))


def resolve_room(session: Session, text: str, project_id: int | None = None) -> Room:
    """Exactly one room for a typed spelling, else a ValidationError on field ``room``."""
    rooms = rooms_matching(session, text, project_id)
    if not rooms:
        raise ValidationError({"room": "room_unknown"}, room=text)
    if len(rooms) > 1:
        # count: in how many projects (the message tells the user to choose one when > 1)
        projects = len({r.project_id for r in rooms})
        raise ValidationError({"room": "room_ambiguous"}, room=text, count=projects, rooms=len(rooms))
    return rooms[0]


class RegistryService(Service):
    _entity = "occupant"

    # --- reading ----------------------------------------------------------------------------

    def projects(self) -> list[tuple[int, str]]:
        with self._db.read() as s:
            return [(p.id, p.name) for p in s.scalars(select(Project).order_by(Project.id))]

    def buildings(self, project_id: int) -> list[tuple[int, str]]:
        with self._db.read() as s:
            rows = s.scalars(select(Building).where(Building.project_id == project_id)).all()
            return sorted(((b.id, b.number) for b in rows), key=lambda x: code_sort_key(x[1]))

    def building_rows(self, user: CurrentUser, project_id: int) -> list[BuildingRow]:
        """The buildings of a project in natural order, each with its number of rooms."""
        require(user, Action.REGISTRY_VIEW)
        with self._db.read() as s:
            counts = dict(
                s.execute(
                    select(Unit.building_id, func.count(Room.id))
                    .join(Room, Room.unit_id == Unit.id)
                    .where(Room.project_id == project_id)
                    .group_by(Unit.building_id)
                ).all()
            )
            rows = s.scalars(select(Building).where(Building.project_id == project_id)).all()
            out = [BuildingRow(b.id, b.project_id, b.number, int(counts.get(b.id, 0))) for b in rows]
            return sorted(out, key=lambda b: code_sort_key(b.number))

    def room_count(self, *, project_id: int | None = None, building_id: int | None = None) -> int:
        with self._db.read() as s:
            stmt = select(func.count(Room.id))
            if project_id is not None:
                stmt = stmt.where(Room.project_id == project_id)
            if building_id is not None:
                stmt = stmt.join(Unit, Room.unit_id == Unit.id).where(Unit.building_id == building_id)
            return int(s.scalar(stmt) or 0)

    def rooms(
        self,
        user: CurrentUser,
        *,
        project_id: int | None = None,
        building_id: int | None = None,
        after: tuple[int, str] | None = None,
        limit: int = 200,
    ) -> list[RoomRow]:
        """A page of rooms in natural order. Keyset paging: pass the last row's ``cursor`` as
        ``after``, so page 15 costs what page 1 costs and nothing shifts while others edit."""
        require(user, Action.REGISTRY_VIEW)
        return self._rooms(user, project_id, building_id, after, limit)

    def room_page(
        self,
        user: CurrentUser,
        *,
        project_id: int | None = None,
        building_id: int | None = None,
        cursor: str | None = None,
        limit: int = DEFAULT_PAGE_SIZE,
    ) -> Page[RoomRow]:
        """The same list as a ``Page`` with an opaque cursor (the shared paged list model)."""
        require(user, Action.REGISTRY_VIEW)
        key = decode_cursor(cursor)
        after = (int(key[0]), str(key[1])) if key is not None and len(key) == 2 else None
        rows = self._rooms(user, project_id, building_id, after, limit + 1)
        return page_of(rows, limit, lambda r: r.cursor)

    def _rooms(
        self,
        user: CurrentUser,
        project_id: int | None,
        building_id: int | None,
        after: tuple[int, str] | None,
        limit: int,
    ) -> list[RoomRow]:
        with self._db.read() as s:
            stmt = select(Room).order_by(Room.project_id, Room.sort_key).limit(limit)
            if project_id is not None:
                stmt = stmt.where(Room.project_id == project_id)
            if building_id is not None:
                stmt = stmt.join(Unit, Room.unit_id == Unit.id).where(Unit.building_id == building_id)
            if after is not None:
                stmt = stmt.where(tuple_(Room.project_id, Room.sort_key) > tuple_(after[0], after[1]))
            return [room_row(user, r) for r in s.scalars(stmt).unique()]

    def find(self, user: CurrentUser, text: str, *, limit: int = 50) -> list[RoomRow]:
        """Rooms by any spelling of the room, or by an occupant's name or phone (digits)."""
        require(user, Action.REGISTRY_VIEW)
        text = (text or "").strip()
        if not text:
            return []
        with self._db.read() as s:
            rooms = rooms_matching(s, text)
            if not rooms:
                digits = _digits(text)
                if len(digits) >= 4 and len(digits) == len(re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", text))):
                    cond = or_(Occupant.phone.contains(digits), Occupant.phone2.contains(digits))
                else:
                    name = " ".join(unicodedata.normalize("NFKC", text).split())
                    cond = Occupant.name.contains(name, autoescape=True)
                stmt = (
                    select(Room)
                    .join(Occupant, Occupant.room_id == Room.id)
                    .where(cond, Occupant.active.is_(True))
                    .order_by(Room.project_id, Room.sort_key)
                    .limit(limit)
                )
                rooms = list(dict.fromkeys(s.scalars(stmt).unique()))
            return [room_row(user, r) for r in rooms[:limit]]

    def room(self, user: CurrentUser, room_id: int) -> RoomDetail:
        require(user, Action.REGISTRY_VIEW)
        with self._db.read() as s:
            room = load_for_change(s, Room, room_id, None)
            return RoomDetail(room_row(user, room), [occupant_row(user, o) for o in room.occupants if o.active])

    def resolve(self, user: CurrentUser, text: str, project_id: int | None = None) -> RoomRow:
        """One room for a typed spelling (in ``project_id`` when given);
        ValidationError(room=room_unknown / room_ambiguous)."""
        require(user, Action.REGISTRY_VIEW)
        with self._db.read() as s:
            return room_row(user, resolve_room(s, text, project_id))

    def reveal(self, user: CurrentUser, occupant_id: int, what: str) -> str:
        """Show one confidential value in full: a deliberate act, written to the audit trail."""
        require(user, Action.PII_UNMASK)
        if what not in ("phone", "phone2", "id_number"):
            raise ValidationError({"what": "invalid"})
        with self._db.write() as s:
            o = load_for_change(s, Occupant, occupant_id, None)
            self._audit(s, user, o.id, "unmask", after={"field": what})
            return getattr(o, what) or ""

    def reveal_all(self, user: CurrentUser, occupant_id: int) -> dict[str, str]:
        """The occupant's phones and ID number in full, as one logged act (显示完整号码)."""
        require(user, Action.PII_UNMASK)
        with self._db.write() as s:
            o = s.get(Occupant, occupant_id)
            if o is None or not o.active:
                raise NotFound("not_found")
            values = {f: getattr(o, f) or "" for f in ("phone", "phone2", "id_number")}
            shown = [f for f, v in values.items() if v]
            self._audit(s, user, o.id, "unmask", after={"fields": shown, "room_id": o.room_id})
            return values

    # --- editing ------------------------------------------------------------------------------

    def _clean(self, data: OccupantInput) -> dict[str, object]:
        c = Collector()
        out: dict[str, object] = {}
        if data.kind not in OCCUPANT_KINDS:
            c.add("kind", "invalid")
        out["kind"] = data.kind
        if data.gender not in (None, "", *GENDERS):
            c.add("gender", "invalid")
        out["gender"] = data.gender or None
        out.update(clean_person(c.check, lambda f: str(getattr(data, f) or "")))
        c.raise_if_any()
        return out

    @changes(ROOM)
    def save_occupant(
        self,
        user: CurrentUser,
        room_id: int,
        data: OccupantInput,
        *,
        occupant_id: int | None = None,
        expected_version: int | None = None,
    ) -> OccupantRow:
        """Create or update an occupant. Masked values the user did not change are kept."""
        require(user, Action.REGISTRY_EDIT)
        with self._db.write() as s:
            room = load_for_change(s, Room, room_id, None)
            existing = None
            if occupant_id:
                if expected_version is None:
                    raise ConflictError("conflict")  # an edit must say which version it changes
                existing = load_for_change(s, Occupant, occupant_id, expected_version)
            if existing is not None:
                # a masked value shown on screen and sent back unchanged means "keep it"
                for f, masker in (("phone", mask_phone), ("phone2", mask_phone), ("id_number", mask_id_number)):
                    current = getattr(existing, f)
                    if current and getattr(data, f) == masker(current):
                        setattr(data, f, current)
            values = self._clean(data)
            if existing is None:
                o = Occupant(room_id=room.id, active=True, **values)
                s.add(o)
                s.flush()
                self._audit(s, user, o.id, "create", after=audit.snapshot(o, _OCC_FIELDS))
            else:
                o = existing
                before = audit.snapshot(o, _OCC_FIELDS)
                for k, v in values.items():
                    setattr(o, k, v)
                s.flush()
                b, a = audit.diff(before, audit.snapshot(o, _OCC_FIELDS))
                self._audit(s, user, o.id, "update", before=b, after=a)
            return occupant_row(user, o)

    @changes(ROOM)
    def remove_occupant(self, user: CurrentUser, occupant_id: int, *, expected_version: int) -> None:
        """Occupants move out; their record stays (inactive) for the history."""
        require(user, Action.REGISTRY_EDIT)
        with self._db.write() as s:
            o = load_for_change(s, Occupant, occupant_id, expected_version)
            o.active = False
            s.flush()
            self._audit(s, user, o.id, "deactivate", before={"active": True}, after={"active": False})

    @changes(ROOM)
    def set_room_status(self, user: CurrentUser, room_id: int, status: str, *, expected_version: int) -> RoomRow:
        require(user, Action.REGISTRY_EDIT)
        with self._db.write() as s:
            room = load_for_change(s, Room, room_id, expected_version)
            self.set_status_in(s, user, room, status)
            return room_row(user, room)

    def set_status_in(self, s: Session, user: CurrentUser, room: Room, status: str) -> None:
        """A room's status changed inside another feature's transaction (交房 sets 已交房, the
        move-in 已入住): the same check and audit as :meth:`set_room_status`. The permission is
        the calling feature's (a receptionist hands rooms over without editing the registry)."""
        if status not in ROOM_STATUSES:
            raise ValidationError({"status": "invalid"})
        note(ROOM)
        before = room.status
        room.status = status
        s.flush()
        audit.record(s, user, "room", room.id, "status", before={"status": before}, after={"status": status})

    def put_occupant_in(self, s: Session, user: CurrentUser, room: Room, data: OccupantInput) -> Occupant:
        """An occupant of ``room`` written inside another feature's transaction (the people
        collected at 交房 and 入住 with their consent): the active occupant of the same name
        gets what was typed now (empty fields keep theirs), else a new one is added; the same
        checks and audit as :meth:`save_occupant`; the permission is the calling feature's."""
        note(ROOM)
        values = self._clean(data)
        o = s.scalars(
            select(Occupant).where(Occupant.room_id == room.id, Occupant.name == values["name"], Occupant.active)
        ).first()
        if o is None:
            o = Occupant(room_id=room.id, active=True, **values)
            s.add(o)
            s.flush()
            self._audit(s, user, o.id, "create", after=audit.snapshot(o, _OCC_FIELDS))
            return o
        before = audit.snapshot(o, _OCC_FIELDS)
        for k, v in values.items():
            if v not in (None, "") and k != "notes":
                setattr(o, k, v)
        s.flush()
        b, a = audit.diff(before, audit.snapshot(o, _OCC_FIELDS))
        if a:
            self._audit(s, user, o.id, "update", before=b, after=a)
        return o


def mark_room_status(session: Session, user: CurrentUser, room_id: int, status: str) -> str:
    """Another feature's change of a room's status (装修中 when works start, restored at their
    acceptance) inside that feature's own transaction: audited like an edit at the registry;
    returns the status before. The caller reports ``ROOM`` in its change set."""
    if status not in ROOM_STATUSES:
        raise ValidationError({"status": "invalid"})
    room = load_record(session, Room, room_id)
    before = room.status
    if before != status:
        room.status = status
        session.flush()
        audit.record(session, user, "room", room.id, "status", before={"status": before}, after={"status": status})
    return before


__all__ = [
    "FieldError",
    "OccupantInput",
    "OccupantRow",
    "RegistryService",
    "RoomDetail",
    "RoomRow",
    "mark_room_status",
    "resolve_room",
    "rooms_matching",
]
