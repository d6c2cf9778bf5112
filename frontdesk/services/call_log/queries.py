"""Reading the call log: pages, the caller lookup, follow-ups, status bar, handover, search."""

from __future__ import annotations

import functools
import time as time_
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from frontdesk.db import Database
from frontdesk.db_text import BigramIndex, contains
from frontdesk.models import CallLogEntry, Complaint, Occupant, Project, Room, Staff, WorkOrder
from frontdesk.models.call_log import CALL_TEXT, key_base
from frontdesk.services.call_log.rows import (
    CHANNELS,
    HANDLER_ROLES,
    KINDS,
    OUTCOMES,
    PAGE_SIZE,
    RECENT_LIMIT,
    CallerLookup,
    CallFilter,
    CallInput,
    CallPage,
    CallRow,
    FollowUpCounts,
    PhoneOwner,
    fast_row,
)
from frontdesk.services.call_log.rules import (
    allowed_actions,
    follow_up_state,
    key_range,
    local_day_start,
)
from frontdesk.services.clock import Clock, to_local
from frontdesk.services.contracts import HandoverItem, SearchHit, StatusCount
from frontdesk.services.core import search
from frontdesk.services.core.history import HistoryEntry, records_of_room
from frontdesk.services.core.paging import Page, decode_cursor, encode_cursor
from frontdesk.services.core.service import Service
from frontdesk.services.core.versioning import load_record
from frontdesk.services.errors import (
    ValidationError,
)
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.service import RoomRow, occupant_row, resolve_room, room_row, rooms_matching
from frontdesk.services.validation import (
    Collector,
    FieldError,
    clean_phone,
    mask_phone,
)


class _Cols:
    """The columns of a list row, read in one query with the room and project."""

    E = CallLogEntry
    columns = (
        E.id, E.sort_key, E.at, E.channel, E.kind, E.room_id, Room.code, Project.name, E.person,
        E.phone, E.content, E.handling, E.outcome, E.due_date, E.follow_up_done_at,
        E.follow_up_done_by_id, E.follow_up_note, E.handled_by_id, E.work_order_id, E.complaint_id,
        E.version, E.updated_at, E.updated_by_id, WorkOrder.number, Complaint.number,
        E.link_kind, E.link_id,
    )  # fmt: skip


def _with_room(stmt: Any) -> Any:  # a Select of the list-row columns
    """The room and project, and the numbers of the records the entry became (primary-key
    lookups for the rows of one page)."""
    return (
        stmt.outerjoin(Room, Room.id == CallLogEntry.room_id)
        .outerjoin(Project, Project.id == Room.project_id)
        .outerjoin(WorkOrder, WorkOrder.id == CallLogEntry.work_order_id)
        .outerjoin(Complaint, Complaint.id == CallLogEntry.complaint_id)
    )


@functools.lru_cache(maxsize=8)
def base_select(source: Any = None, key: Any = None) -> Any:
    """The list-row SELECT, built once per source (building it costs more than running it)."""
    if source is None:
        return _with_room(select(*_Cols.columns).select_from(CallLogEntry))
    return _with_room(select(*_Cols.columns).select_from(source).join(CallLogEntry, CallLogEntry.sort_key == key))


class CallQueries(Service):
    """The reading half of :class:`~frontdesk.services.call_log.service.CallLogService`."""

    _entity = "call"

    def __init__(self, db: Database, clock: Clock, *, text_index: BigramIndex | None = None) -> None:
        super().__init__(db, clock)
        self._index = text_index or CALL_TEXT
        self._names: tuple[dict[int, str], float] = ({}, -1e9)

    # --- choices ---------------------------------------------------------------------------------

    def handlers(self, user: CurrentUser) -> list[tuple[int, str]]:
        """Who may be named as having handled a contact: active staff who log in at the desk."""
        require(user, Action.CALL_VIEW)
        with self._db.read() as s:
            rows = s.execute(
                select(Staff.id, Staff.name)
                .where(Staff.active.is_(True), Staff.role.in_([r.value for r in HANDLER_ROLES]))
                .order_by(Staff.id)
            ).all()
            return [(r.id, r.name) for r in rows]

    def default_due_date(self) -> date:
        from frontdesk.services.settings import SettingsService

        days = SettingsService(self._db).get("call.follow_up_days")
        return self.today() + timedelta(days=int(days or 1))

    # --- creating and editing --------------------------------------------------------------------
    def _room_id(self, s: Session, c: Collector, data: CallInput) -> int | None:
        text = (data.room or "").strip()
        if not text:
            return None
        try:
            return resolve_room(s, text, data.project_id).id
        except ValidationError as exc:  # reported with the other fields' errors
            params = {k: v for k, v in exc.params.items() if k != "field_params"}
            c.add("room", exc.errors.get("room", "room_unknown"), **params)
            return None

    @staticmethod
    def _registry_phone(s: Session, user: CurrentUser, occupant_id: int | None, shown: str) -> str | None:
        """The full number of occupant ``occupant_id`` when ``shown`` is that number as the form
        showed it (masked for a role that does not see phones), else None. Nothing is revealed:
        the number goes into the record, the screen keeps the masked one."""
        if occupant_id is None or not user.can(Action.REGISTRY_VIEW):
            return None
        o = s.get(Occupant, occupant_id)
        if o is None or not o.active:
            return None
        shown = shown.strip()
        for number in (o.phone, o.phone2):
            if number and shown in (number, mask_phone(number)):
                return str(number)
        return None

    def get(self, user: CurrentUser, entry_id: int) -> CallRow:
        require(user, Action.CALL_VIEW)
        with self._db.read() as s:
            entry = load_record(s, CallLogEntry, entry_id)
            return self._row_of(s, user, entry)

    def list_entries(
        self,
        user: CurrentUser,
        flt: CallFilter | None = None,
        *,
        before: int | None = None,
        limit: int = PAGE_SIZE,
    ) -> CallPage:
        """A page of entries, newest first. ``before``: the ``next_before`` of the previous page.
        A room that cannot be found raises ValidationError on ``room``."""
        require(user, Action.CALL_VIEW)
        flt = flt or CallFilter()
        with self._db.read() as s:
            return self._page(s, user, flt, before, limit)

    def page(self, user: CurrentUser, flt: CallFilter | None, cursor: str | None, limit: int = PAGE_SIZE) -> Page[CallRow]:
        """The same list as a keyset :class:`Page` (the shared paged table model reads this)."""
        key = decode_cursor(cursor)
        before = int(key[0]) if key else None
        found = self.list_entries(user, flt, before=before, limit=limit)
        nxt = encode_cursor((found.next_before,)) if found.next_before is not None else None
        return Page(found.rows, nxt)

    def _page(
        self, s: Session, user: CurrentUser, flt: CallFilter, before: int | None, limit: int, extra: tuple[Any, ...] = ()
    ) -> CallPage:
        today = self.today()
        conds = [*self._conditions(s, flt, today), *extra]
        match = self._index.match(self._dialect(s), flt.text) if flt.text.strip() else None
        if flt.text.strip() and match is None:
            return CallPage([], None)  # only punctuation: nothing can match
        if match is None:
            key: Any = CallLogEntry.sort_key  # the key column: the entry's or the index's
            stmt = base_select()
        else:
            key = match.key
            stmt = base_select(match.source, match.key).where(*match.where)
        low, high = key_range(flt.date_from, flt.date_to)
        if low is not None:
            conds.append(key >= low)
        if high is not None:
            conds.append(key < high)
        stmt = stmt.where(*conds).order_by(key.desc())
        names = self._staff_names(s)
        rows: list[CallRow] = []
        cursor = before
        while True:
            page = stmt.where(key < cursor) if cursor is not None else stmt
            fetched = s.execute(page.limit(limit)).all()
            for r in fetched:
                row = self._row(user, r, names, today)
                if (
                    match is None
                    or match.exact
                    or contains("\n".join([row.person, row.content, row.handling, row.follow_up_note]), match.needles)
                ):
                    rows.append(row)
                    if len(rows) == limit:
                        return CallPage(rows, row.sort_key)
            if len(fetched) < limit:
                return CallPage(rows, None)
            cursor = fetched[-1].sort_key

    def _conditions(self, s: Session, flt: CallFilter, today: date) -> list[ColumnElement[bool]]:
        E = CallLogEntry
        conds: list[ColumnElement[bool]] = []
        c = Collector()
        for name, value, allowed in (
            ("channel", flt.channel, CHANNELS),
            ("kind", flt.kind, KINDS),
            ("outcome", flt.outcome, OUTCOMES),
        ):
            if value:
                if value not in allowed:
                    c.add(name, "invalid")
                conds.append(getattr(E, name) == value)
        if flt.follow_up:
            conds.append(E.outcome == "follow_up")
            if flt.follow_up == "due":
                conds.append(E.due_date <= today)
            elif flt.follow_up == "due_today":
                conds.append(E.due_date == today)
            elif flt.follow_up == "overdue":
                conds.append(E.due_date < today)
            elif flt.follow_up != "open":
                c.add("follow_up", "invalid")
        if flt.date_from and flt.date_to and flt.date_to < flt.date_from:
            c.add("date_to", "date_order")
        room_id = flt.room_id
        if room_id is None and flt.room.strip():
            room_id = self._room_id(s, c, CallInput(room=flt.room, project_id=flt.project_id))
        if room_id is not None:
            conds.append(E.room_id == room_id)
        if flt.handled_by_id is not None:
            conds.append(E.handled_by_id == flt.handled_by_id)
        if flt.phone.strip():
            phone = c.check("phone", clean_phone, flt.phone)
            if phone:
                conds.append(E.phone == phone)
        c.raise_if_any()
        return conds

    @staticmethod
    def _dialect(s: Session) -> str:
        return str(s.get_bind().dialect.name)

    def _staff_names(self, s: Session, *ids: int | None) -> dict[int, str]:
        """Staff names by id, cached: the table is small and rarely changes; an unknown id or a
        minute's age reloads it."""
        cached, loaded = self._names
        if time_.monotonic() - loaded > 60 or any(i is not None and i not in cached for i in ids):
            cached = {r.id: r.name for r in s.execute(select(Staff.id, Staff.name))}
            self._names = (cached, time_.monotonic())
        return cached

    def _row(self, user: CurrentUser, r: Any, names: dict[int, str], today: date) -> CallRow:
        head = r[:6]  # id, key, at, channel, kind, room_id: shown as they are
        (
            code,
            project,
            person,
            phone,
            content,
            handling,
            outcome,
            due,
            done_at,
            done_by_id,
            note,
            handled_by_id,
            wo,
            cp,
            version,
            updated_at,
            updated_by_id,
            wo_number,
            cp_number,
            link_kind,
            link_id,
        ) = r[6:]
        sees = user.can(Action.PII_VIEW)
        return fast_row(
            (
                *head,
                code or "",
                project or "",
                person or "",
                (phone if sees else mask_phone(phone)) if phone else "",
                content,
                handling or "",
                outcome,
                due,
                follow_up_state(outcome, due, today),
                done_at,
                names.get(done_by_id, "") if done_by_id else "",
                note or "",
                handled_by_id,
                names.get(handled_by_id, ""),
                wo,
                cp,
                version,
                updated_at,
                names.get(updated_by_id, "") if updated_by_id else "",
                bool(phone) and not sees,
                wo_number or "",
                cp_number or "",
                allowed_actions(user, outcome, wo is not None or cp is not None),
                link_kind or "",
                link_id,
            )
        )

    def _row_of(self, s: Session, user: CurrentUser, entry: CallLogEntry) -> CallRow:
        r = s.execute(base_select().where(CallLogEntry.id == entry.id)).one()
        return self._row(user, r, self._staff_names(s, r.handled_by_id, r.updated_by_id), self.today())

    def _rows_where(
        self, s: Session, user: CurrentUser, cond: ColumnElement[bool], limit: int, order: Any = None
    ) -> list[CallRow]:
        stmt = base_select().where(cond)
        stmt = stmt.order_by(*(order if order is not None else (CallLogEntry.sort_key.desc(),))).limit(limit)
        names = self._staff_names(s)
        today = self.today()
        return [self._row(user, r, names, today) for r in s.execute(stmt)]

    # --- the caller, before saving ---------------------------------------------------------------

    def lookup(
        self,
        user: CurrentUser,
        room: str = "",
        phone: str = "",
        project_id: int | None = None,
        *,
        entry_id: int | None = None,
        phone_from: int | None = None,
    ) -> CallerLookup:
        """Who a typed room and/or phone belong to, their recent contacts and open follow-ups.
        Phones are masked as the role requires; nothing here is written or audited. While an entry
        is edited (``entry_id``), its masked phone shown unchanged stands for the stored number; a
        number F4 filled in from occupant ``phone_from`` stands for that occupant's number."""
        require(user, Action.CALL_VIEW)
        sees_registry = user.can(Action.REGISTRY_VIEW)
        with self._db.read() as s:
            if entry_id is not None and phone.strip():
                stored = s.scalar(select(CallLogEntry.phone).where(CallLogEntry.id == entry_id))
                if stored and phone.strip() == mask_phone(stored):
                    phone = stored
            phone = self._registry_phone(s, user, phone_from, phone) or phone
            the_room: Room | None = None
            room_error = ""
            candidates: list[RoomRow] = []
            if room.strip():
                rooms = rooms_matching(s, room, project_id)
                if len(rooms) == 1:
                    the_room = rooms[0]
                elif not rooms:
                    room_error = "room_unknown"
                else:
                    room_error = "room_ambiguous"
                    candidates = [room_row(user, r) for r in rooms[:8]]
            phone_v: str | None = None
            phone_error = ""
            if phone.strip():
                try:
                    phone_v = clean_phone(phone)
                except FieldError as exc:
                    phone_error = exc.code
            owners: list[PhoneOwner] = []
            if phone_v and sees_registry:
                occ = s.scalars(
                    select(Occupant)
                    .where(or_(Occupant.phone == phone_v, Occupant.phone2 == phone_v), Occupant.active.is_(True))
                    .limit(10)
                ).all()
                owners = [PhoneOwner(room_row(user, o.room), o.name, o.kind) for o in occ]
            if the_room is None and len({o.room.id for o in owners}) == 1:
                the_room = s.get(Room, owners[0].room.id)
            who: list[ColumnElement[bool]] = []
            if the_room is not None:
                who.append(CallLogEntry.room_id == the_room.id)
            if phone_v:
                who.append(CallLogEntry.phone == phone_v)
            recent: list[CallRow] = []
            follow: list[CallRow] = []
            if who:
                recent = self._rows_where(s, user, or_(*who), RECENT_LIMIT)
                follow = self._rows_where(
                    s,
                    user,
                    and_(CallLogEntry.outcome == "follow_up", or_(*who)),
                    20,
                    order=(CallLogEntry.due_date, CallLogEntry.sort_key.desc()),
                )
            return CallerLookup(
                room=room_row(user, the_room) if the_room is not None and sees_registry else None,
                room_error=room_error,
                room_candidates=candidates if sees_registry else [],
                occupants=[occupant_row(user, o) for o in the_room.occupants if o.active]
                if the_room is not None and sees_registry
                else [],
                phone_error=phone_error,
                phone_owners=owners,
                recent=recent,
                open_follow_ups=follow,
            )

    # --- follow-ups, status bar, handover --------------------------------------------------------

    def follow_up_counts(self, user: CurrentUser) -> FollowUpCounts:
        require(user, Action.CALL_VIEW)
        today = self.today()
        E = CallLogEntry
        with self._db.read() as s:
            row = s.execute(
                select(
                    func.count(),
                    func.count().filter(E.due_date == today),
                    func.count().filter(E.due_date < today),
                ).where(E.outcome == "follow_up")
            ).one()
            return FollowUpCounts(int(row[0]), int(row[1]), int(row[2]))

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        counts = self.follow_up_counts(user)
        return [
            StatusCount("call.followup_overdue", counts.overdue, "danger"),
            StatusCount("call.followup_due_today", counts.due_today, "warning"),
        ]

    def handover_items(self, user: CurrentUser, shift_start: datetime, shift_end: datetime) -> list[HandoverItem]:
        """Open follow-ups (oldest due first) and the number of contacts logged in the shift."""
        if not user.can(Action.CALL_VIEW):
            return []
        E = CallLogEntry
        items: list[HandoverItem] = []
        with self._db.read() as s:
            for r in self._rows_where(s, user, E.outcome == "follow_up", 500, order=(E.due_date, E.sort_key)):
                items.append(
                    HandoverItem(
                        section="call.followup",
                        ref_kind="call",
                        ref_id=r.id,
                        ref_number=f"#{r.id}",
                        summary=r.content[:80],
                        state=r.outcome,
                        due_at=local_day_start(r.due_date) if r.due_date else None,
                        overdue=r.follow_up == "overdue",
                        extra={
                            "room": r.room_code,
                            "person": r.person,
                            "phone": r.phone,
                            "due_date": r.due_date.isoformat() if r.due_date else "",
                        },
                    )
                )
            low, high = key_base(shift_start), key_base(shift_end)
            in_shift = and_(E.sort_key >= low, E.sort_key < high)
            extra: dict[str, str] = {}
            total = 0
            for col, prefix in ((E.channel, "channel"), (E.kind, "kind"), (E.outcome, "outcome")):
                for value, n in s.execute(select(col, func.count()).where(in_shift).group_by(col)):
                    extra[f"{prefix}.{value}"] = str(n)
                    if prefix == "channel":
                        total += int(n)
            extra["total"] = str(total)
            items.append(
                HandoverItem(
                    section="call.shift_counts",
                    ref_kind="call",
                    ref_id=0,
                    ref_number="",
                    summary="",
                    extra=extra,
                )
            )
        return items

    # --- global search ---------------------------------------------------------------------------

    def room_records(self, user: CurrentUser, room_id: int) -> list[HistoryEntry]:
        """The room's calls and visits for its card (services/core/history.py)."""
        if not user.can(Action.CALL_VIEW):
            return []
        return records_of_room(
            self._db, CallLogEntry, room_id, kind="call", at=CallLogEntry.at, number=lambda _r: "",
            state=lambda r: r.outcome, summary=lambda r: r.content,
        )  # fmt: skip

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]:
        """Ctrl+K: contacts holding every word. A word naming one room (any spelling) is that
        room; a word written like a phone is the phone (whole or its last digits), a room it may
        name, or text; other words are looked up in the text index (person, content, handling,
        follow-up note)."""
        require(user, Action.CALL_VIEW)
        E = CallLogEntry
        with self._db.read() as s:
            words = search.read_words(s, text)
            if not words:
                return []
            plain: list[str] = []
            extra: list[Any] = []
            for w in words:
                if len(w.rooms) == 1:
                    extra.append(E.room_id == next(iter(w.rooms)))
                elif w.phone or w.rooms:
                    either = [*search.phone_condition(E.phone, w.text), *([E.room_id.in_(list(w.rooms))] if w.rooms else [])]
                    found = self._index.match(self._dialect(s), w.text)
                    if found is not None:
                        either.append(E.sort_key.in_(select(found.key).select_from(found.source).where(*found.where)))
                    extra.append(or_(*either))
                else:
                    plain.append(w.text)
            rows = self._page(s, user, CallFilter(text=" ".join(plain)), None, limit, tuple(extra)).rows
            phones = {i: p for i, p in s.execute(select(E.id, E.phone).where(E.id.in_([r.id for r in rows])))}
        hits = []
        for r in rows:
            record = _Searched(r.person, r.content, r.handling, r.follow_up_note, phones.get(r.id))
            hits.append(
                SearchHit(
                    "call",
                    r.id,
                    f"{to_local(r.at):%m-%d %H:%M}  {r.room_code or r.person or r.phone}".rstrip(),
                    r.content[:60],
                    search.matched(user, _SEARCHED, words, record, r.room_code),
                    r.at,
                    "",
                    r.room_code,
                )
            )
        return hits


@dataclass(frozen=True)
class _Searched:
    """A contact's searched fields for :func:`search.matched` (the phone as stored)."""

    person: str
    content: str
    handling: str
    follow_up_note: str
    phone: str | None


#: what the global search names as the field a word matched
_SEARCHED = (
    search.Field(search.ROOM, CallLogEntry.room_id, "room"),
    search.Field(search.PHONE, CallLogEntry.phone, "phone"),
    search.Field(search.PERSON, CallLogEntry.person),
    search.Field(search.CONTENT, CallLogEntry.content),
    search.Field(search.HANDLING, CallLogEntry.handling),
    search.Field(search.FOLLOW_UP, CallLogEntry.follow_up_note),
)
