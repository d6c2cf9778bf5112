"""来电来访登记: logging calls and visits, looking up the caller, follow-ups, search and export.

Entries are listed newest first by ``sort_key`` (see models.call_log) in keyset pages; the text
is found through the two-character index of frontdesk.db_text, written in the same transaction
as the entry. Work orders and complaints made from an entry call :meth:`CallLogService.mark_converted`
(or :func:`mark_converted_in` inside their own transaction); the work orders reach the call log
through :class:`OrderSource` (registered in services.container). An entry becomes one record at
most: a work order or a complaint, once.
"""

from __future__ import annotations

import functools
import re
import time as time_
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from frontdesk.db import Database
from frontdesk.db_text import BigramIndex, contains
from frontdesk.models import CallLogEntry, Complaint, Occupant, Project, Room, Staff, WorkOrder
from frontdesk.models.call_log import CALL_TEXT, SLOTS, key_base
from frontdesk.services import audit
from frontdesk.services.clock import LOCAL_TZ, Clock, to_local
from frontdesk.services.contracts import HandoverItem, SearchHit, StatusCount
from frontdesk.services.core.changes import Kind  # noqa: E402 - the kind goes with the feature
from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec, Vocabulary
from frontdesk.services.errors import (
    ConflictError,
    InvalidTransition,
    NotFound,
    ServiceError,
    ValidationError,
)
from frontdesk.services.permissions import Action, CurrentUser, Role, require
from frontdesk.services.registry import (
    OccupantRow,
    RoomRow,
    occupant_row,
    phone_for,
    resolve_room,
    room_row,
    rooms_matching,
)
from frontdesk.services.validation import (
    LONG_TEXT_MAX,
    Collector,
    FieldError,
    clean_name,
    clean_phone,
    clean_text,
    mask_phone,
)
from frontdesk.services.work_orders import WorkOrderInput

#: the record kind this feature registers (frontdesk.features)
CALL = Kind("call")

CHANNELS = ("phone", "visit", "online", "other")
KINDS = ("inquiry", "repair", "complaint", "help", "suggestion", "praise", "other")
#: closed at the desk, follow up by a date, followed up, became a work order / complaint
OUTCOMES = ("closed", "follow_up", "followed_up", "work_order", "complaint")
#: what the entry form may choose; the others are reached by an action
FORM_OUTCOMES = ("closed", "follow_up")
CONVERSIONS = ("work_order", "complaint")
HANDLER_ROLES = (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR, Role.ADMIN)

#: a contact may be logged a little ahead of the counter's clock, not more
FUTURE_SLACK = timedelta(minutes=5)
#: older than this is taken for a typing slip in the year
MAX_AGE = timedelta(days=366)
PAGE_SIZE = 100
RECENT_LIMIT = 5

_FIELDS = (
    "at", "channel", "kind", "room_id", "person", "phone", "content", "handling", "outcome",
    "due_date", "handled_by_id", "follow_up_note", "work_order_id", "complaint_id",
)  # fmt: skip

# Names in exported files (the file is read by the supervisor; the screen words come from the UI).
EXPORT_CHANNELS = {"phone": "来电", "visit": "来访", "online": "线上", "other": "其他"}
EXPORT_KINDS = {
    "inquiry": "咨询", "repair": "报修", "complaint": "投诉", "help": "求助",
    "suggestion": "建议", "praise": "表扬", "other": "其他",
}  # fmt: skip
EXPORT_OUTCOMES = {
    "closed": "当场办结", "follow_up": "待跟进", "followed_up": "跟进办结",
    "work_order": "已转工单", "complaint": "已转投诉",
}  # fmt: skip
EXPORT_HEADERS = (
    "时间", "渠道", "类别", "项目", "房号", "来电人", "电话", "内容", "处理情况", "结果",
    "跟进期限", "跟进完成", "跟进情况", "经办人", "工单", "投诉", "记录号",
)  # fmt: skip


# --- what goes in and out -----------------------------------------------------------------------


@dataclass
class CallInput:
    """What the entry form sends: strings as typed, choices as codes."""

    channel: str = "phone"
    kind: str = "inquiry"
    room: str = ""
    project_id: int | None = None
    person: str = ""
    phone: str = ""
    content: str = ""
    handling: str = ""
    outcome: str = "closed"
    due_date: date | None = None
    handled_by_id: int | None = None  # None: the current user
    at: datetime | None = None  # None: now


@dataclass(frozen=True)
class CallRow:
    id: int
    sort_key: int
    at: datetime
    channel: str
    kind: str
    room_id: int | None
    room_code: str
    project: str
    person: str
    phone: str  # masked unless the role may see phones
    content: str
    handling: str
    outcome: str
    due_date: date | None
    #: "overdue" / "due_today" / "open" for an open follow-up, else ""
    follow_up: str
    follow_up_done_at: datetime | None
    follow_up_done_by: str
    follow_up_note: str
    handled_by_id: int
    handled_by: str
    work_order_id: int | None
    complaint_id: int | None
    version: int
    updated_at: datetime
    updated_by: str
    phone_masked: bool
    #: the number of the work order / complaint the entry became (WX… / TS…), else ""
    work_order_number: str = ""
    complaint_number: str = ""

    @property
    def converted(self) -> bool:
        """Already turned into a work order or a complaint (it cannot become another)."""
        return self.outcome in CONVERSIONS or self.work_order_id is not None or self.complaint_id is not None


@dataclass(frozen=True)
class CallFilter:
    date_from: date | None = None  # local days, inclusive
    date_to: date | None = None
    channel: str | None = None
    kind: str | None = None
    outcome: str | None = None
    #: "due" (today or overdue), "due_today", "overdue", "open"
    follow_up: str | None = None
    room: str = ""  # typed in any spelling
    project_id: int | None = None
    room_id: int | None = None
    handled_by_id: int | None = None
    phone: str = ""
    text: str = ""


@dataclass(frozen=True)
class CallPage:
    rows: list[CallRow]
    #: pass as ``before`` for the next page; None when this was the last page
    next_before: int | None


@dataclass(frozen=True)
class PhoneOwner:
    room: RoomRow
    name: str
    kind: str


@dataclass(frozen=True)
class CallerLookup:
    """Who is calling, shown before the entry is saved."""

    room: RoomRow | None = None
    room_error: str = ""  # "room_unknown" / "room_ambiguous"
    room_candidates: list[RoomRow] = field(default_factory=list)
    occupants: list[OccupantRow] = field(default_factory=list)
    phone_error: str = ""
    phone_owners: list[PhoneOwner] = field(default_factory=list)
    recent: list[CallRow] = field(default_factory=list)
    open_follow_ups: list[CallRow] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.room or self.room_error or self.phone_error or self.phone_owners or self.recent)


@dataclass(frozen=True)
class FollowUpCounts:
    open: int
    due_today: int
    overdue: int


# --- helpers ------------------------------------------------------------------------------------


def local_day_start(day: date) -> datetime:
    """Midnight of a local day, as an aware datetime."""
    return datetime.combine(day, time(0), tzinfo=LOCAL_TZ)


def key_range(date_from: date | None, date_to: date | None) -> tuple[int | None, int | None]:
    """Sort keys ``[low, high)`` of the contacts made on local days ``date_from`` … ``date_to``."""
    low = key_base(local_day_start(date_from)) if date_from else None
    high = key_base(local_day_start(date_to + timedelta(days=1))) if date_to else None
    return low, high


def _phone_digits(text: str) -> str:
    return re.sub(r"[\s\-()（）]", "", unicodedata.normalize("NFKC", text or ""))


_ROW_FIELDS = tuple(f.name for f in fields(CallRow))


def _fast_row(values: tuple[Any, ...]) -> CallRow:
    """A CallRow without the frozen dataclass's per-field ``object.__setattr__`` (a list page
    builds hundreds of them; this takes a fifth of the time). Still frozen afterwards."""
    row = object.__new__(CallRow)
    row.__dict__.update(zip(_ROW_FIELDS, values, strict=True))
    return row


def _follow_up_state(outcome: str, due: date | None, today: date) -> str:
    if outcome != "follow_up":
        return ""
    if due is None or due > today:
        return "open"
    return "due_today" if due == today else "overdue"


class _Cols:
    """The columns of a list row, read in one query with the room and project."""

    E = CallLogEntry
    columns = (
        E.id, E.sort_key, E.at, E.channel, E.kind, E.room_id, Room.code, Project.name, E.person,
        E.phone, E.content, E.handling, E.outcome, E.due_date, E.follow_up_done_at,
        E.follow_up_done_by_id, E.follow_up_note, E.handled_by_id, E.work_order_id, E.complaint_id,
        E.version, E.updated_at, E.updated_by_id, WorkOrder.number, Complaint.number,
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
def _base(source: Any = None, key: Any = None) -> Any:
    """The list-row SELECT, built once per source (building it costs more than running it)."""
    if source is None:
        return _with_room(select(*_Cols.columns).select_from(CallLogEntry))
    return _with_room(select(*_Cols.columns).select_from(source).join(CallLogEntry, CallLogEntry.sort_key == key))


#: the entry form's order, so that the first error the user is taken to is the first on screen
FORM_ORDER = (
    "channel",
    "at",
    "room",
    "phone",
    "person",
    "kind",
    "content",
    "handling",
    "outcome",
    "due_date",
    "handled_by",
)


def _raise_in_form_order(c: Collector) -> None:
    order = {name: i for i, name in enumerate(FORM_ORDER)}
    c.errors = dict(sorted(c.errors.items(), key=lambda kv: order.get(kv[0], len(order))))
    c.raise_if_any()


# --- converting an entry (other features call this) ---------------------------------------------


def mark_converted_in(
    session: Session,
    user: CurrentUser,
    entry_id: int,
    target: str,
    target_id: int,
    at: datetime,
    *,
    number: str | None = None,
) -> None:
    """Link an entry to the work order or complaint made from it, inside the caller's transaction.

    ``target`` is "work_order" or "complaint"; ``number`` (WX… / TS…) goes into the audit trail.
    An open follow-up is handed over to the new record. Linking the same record again is
    harmless; an entry already linked to another record — of either kind — raises
    InvalidTransition("already_converted"), so an entry becomes one work order or one complaint.
    """
    require(user, Action.CALL_EDIT)
    if target not in CONVERSIONS:
        raise ValueError(target)
    # locked until the caller commits: two counters converting the same entry cannot both win
    entry = session.get(CallLogEntry, entry_id, with_for_update=True)
    if entry is None:
        raise NotFound("not_found")
    link = "work_order_id" if target == "work_order" else "complaint_id"
    current = getattr(entry, link)
    if current == target_id and entry.outcome == target:
        return
    _refuse_if_converted(entry)
    before = audit.snapshot(entry, ("outcome", link))
    setattr(entry, link, target_id)
    entry.outcome = target
    entry.updated_by_id = user.id
    try:
        session.flush()
    except StaleDataError as exc:  # saved by another counter since this transaction read it
        raise ConflictError("conflict") from exc
    after = audit.snapshot(entry, ("outcome", link))
    if number:
        after["number"] = number
    audit.record(session, user, "call", entry.id, "convert", before=before, after=after, at=at)


def _refuse_if_converted(entry: CallLogEntry) -> None:
    if entry.outcome in CONVERSIONS or entry.work_order_id is not None or entry.complaint_id is not None:
        target = "complaint" if entry.complaint_id is not None or entry.outcome == "complaint" else "work_order"
        raise InvalidTransition(
            "already_converted",
            target=target,
            target_id=entry.complaint_id if target == "complaint" else entry.work_order_id,
        )


class OrderSource:
    """The call log as the source of work orders (``services.work_orders.ContactSource``).

    The work-order service calls these inside its own transactions: ``draft`` fills the order
    form from an entry, ``restore_phone`` turns the masked number the form showed back into the
    stored one, and ``link`` marks the entry 已转工单 in the order's transaction — if it raises,
    the order (and its number) is not created.
    """

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def draft(self, session: Session, user: CurrentUser, source_id: int) -> WorkOrderInput:
        """Room (in its project), caller, phone (as this user may see it) and what they said.
        The category, urgency and charging are for the person opening the order to choose."""
        require(user, Action.CALL_VIEW)
        entry = session.get(CallLogEntry, source_id)
        if entry is None:
            raise NotFound("not_found")
        _refuse_if_converted(entry)
        room = session.get(Room, entry.room_id) if entry.room_id is not None else None
        return WorkOrderInput(
            room=room.code if room is not None else "",
            project_id=room.project_id if room is not None else None,
            reporter=entry.person or "",
            phone=phone_for(user, entry.phone),
            description=entry.content,
        )

    def restore_phone(self, session: Session, source_id: int, phone: str) -> str:
        entry = session.get(CallLogEntry, source_id)
        if entry is None:
            raise NotFound("not_found")
        if entry.phone and phone.strip() == mask_phone(entry.phone):
            return entry.phone
        return phone

    def link(self, session: Session, user: CurrentUser, source_id: int, kind: str, record_id: int, number: str) -> None:
        if kind != "order":
            raise ValueError(kind)
        mark_converted_in(session, user, source_id, "work_order", record_id, self._clock.now(), number=number)


# --- the service --------------------------------------------------------------------------------


class CallLogService:
    def __init__(self, db: Database, clock: Clock, *, text_index: BigramIndex | None = None) -> None:
        self._db = db
        self._clock = clock
        self._index = text_index or CALL_TEXT
        self._names: tuple[dict[int, str], float] = ({}, -1e9)

    def today(self) -> date:
        return self._clock.local_now().date()

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

    def create(self, user: CurrentUser, data: CallInput) -> CallRow:
        """Log one contact. Every field error is reported at once; nothing is written then."""
        require(user, Action.CALL_CREATE)
        now = self._clock.now()
        c = Collector()
        values = self._clean(c, user, data, now, existing=None)
        with self._db.write() as s:
            values["room_id"] = self._room_id(s, c, data)
            self._check_handler(s, c, values["handled_by_id"])
            _raise_in_form_order(c)
            entry = CallLogEntry(
                sort_key=self._new_key(s, values["at"]),
                created_by_id=user.id,
                updated_by_id=user.id,
                **values,
            )
            s.add(entry)
            s.flush()
            self._index.add(s, entry.sort_key, entry.search_text())
            audit.record(s, user, "call", entry.id, "create", after=audit.snapshot(entry, _FIELDS), at=now)
            return self._row_of(s, user, entry)

    def update(self, user: CurrentUser, entry_id: int, data: CallInput, *, expected_version: int) -> CallRow:
        """Save an edit. Someone else saved since ``expected_version`` → ConflictError, nothing written."""
        require(user, Action.CALL_EDIT)
        now = self._clock.now()
        try:
            with self._db.write() as s:
                entry = s.get(CallLogEntry, entry_id)
                if entry is None:
                    raise NotFound("not_found")
                if entry.version != expected_version:
                    raise ConflictError("conflict", current_version=entry.version)
                c = Collector()
                values = self._clean(c, user, data, now, existing=entry)
                values["room_id"] = self._room_id(s, c, data)
                if values["handled_by_id"] != entry.handled_by_id:
                    self._check_handler(s, c, values["handled_by_id"])
                _raise_in_form_order(c)
                before = audit.snapshot(entry, _FIELDS)
                old_key, old_text = entry.sort_key, entry.search_text()
                if values["outcome"] == "follow_up" and entry.outcome == "followed_up":
                    entry.follow_up_done_at = None
                    entry.follow_up_done_by_id = None
                if values["at"] != entry.at:
                    if key_base(values["at"]) != key_base(entry.at):
                        entry.sort_key = self._new_key(s, values["at"])
                for k, v in values.items():
                    setattr(entry, k, v)
                if not s.is_modified(entry):
                    return self._row_of(s, user, entry)  # saved unchanged: no new version
                entry.updated_by_id = user.id
                s.flush()
                self._index.replace(s, old_key, old_text, entry.sort_key, entry.search_text())
                b, a = audit.diff(before, audit.snapshot(entry, _FIELDS))
                if a:
                    audit.record(s, user, "call", entry.id, "update", before=b, after=a, at=now)
                return self._row_of(s, user, entry)
        except StaleDataError as exc:  # another counter saved between our read and write
            raise ConflictError("conflict") from exc

    def complete_follow_up(self, user: CurrentUser, entry_id: int, note: str, *, expected_version: int) -> CallRow:
        """Record that an open follow-up was done (and how)."""
        require(user, Action.CALL_EDIT)
        c = Collector()
        note_v = c.check("note", clean_text, note, max_len=LONG_TEXT_MAX)
        c.raise_if_any()
        now = self._clock.now()
        try:
            with self._db.write() as s:
                entry = s.get(CallLogEntry, entry_id)
                if entry is None:
                    raise NotFound("not_found")
                if entry.version != expected_version:
                    raise ConflictError("conflict", current_version=entry.version)
                if entry.outcome != "follow_up":
                    raise InvalidTransition("invalid_transition", outcome=entry.outcome)
                old_text = entry.search_text()
                before = audit.snapshot(entry, ("outcome", "follow_up_note"))
                entry.outcome = "followed_up"
                entry.follow_up_done_at = now
                entry.follow_up_done_by_id = user.id
                entry.follow_up_note = note_v
                entry.updated_by_id = user.id
                s.flush()
                self._index.replace(s, entry.sort_key, old_text, entry.sort_key, entry.search_text())
                audit.record(
                    s,
                    user,
                    "call",
                    entry.id,
                    "follow_up_done",
                    before=before,
                    after=audit.snapshot(entry, ("outcome", "follow_up_note")),
                    at=now,
                )
                return self._row_of(s, user, entry)
        except StaleDataError as exc:
            raise ConflictError("conflict") from exc

    def mark_converted(self, user: CurrentUser, entry_id: int, target: str, target_id: int) -> CallRow:
        """The entry became work order / complaint ``target_id`` (one transaction of its own)."""
        with self._db.write() as s:
            mark_converted_in(s, user, entry_id, target, target_id, self._clock.now())
            entry = s.get(CallLogEntry, entry_id)
            assert entry is not None
            return self._row_of(s, user, entry)

    def _clean(
        self, c: Collector, user: CurrentUser, data: CallInput, now: datetime, existing: CallLogEntry | None
    ) -> dict[str, Any]:
        today = to_local(now).date()
        out: dict[str, Any] = {}
        if data.channel not in CHANNELS:
            c.add("channel", "invalid")
        out["channel"] = data.channel
        if data.kind not in KINDS:
            c.add("kind", "invalid")
        out["kind"] = data.kind
        out["person"] = c.check("person", clean_name, data.person, required=False)
        phone = data.phone
        if existing is not None and existing.phone and phone.strip() == mask_phone(existing.phone):
            phone = existing.phone  # the masked number shown on screen, sent back unchanged
        out["phone"] = c.check("phone", clean_phone, phone)
        out["content"] = c.check("content", clean_text, data.content, required=True, max_len=LONG_TEXT_MAX)
        out["handling"] = c.check("handling", clean_text, data.handling, max_len=LONG_TEXT_MAX)
        # the outcome: the form chooses closed / follow_up; converted entries keep theirs
        outcome = data.outcome
        current = existing.outcome if existing is not None else None
        if current in CONVERSIONS and outcome != current:
            c.add("outcome", "outcome_locked")
        elif current == "followed_up" and outcome not in ("followed_up", "follow_up"):
            c.add("outcome", "outcome_locked")
        elif outcome not in FORM_OUTCOMES and outcome != current:
            c.add("outcome", "invalid")
        out["outcome"] = outcome
        due = data.due_date
        if outcome == "follow_up":
            if due is None:
                c.add("due_date", "required")
            elif due < today and (existing is None or existing.due_date != due):
                c.add("due_date", "date_in_past")
        elif outcome not in ("followed_up", *CONVERSIONS):
            due = None
        elif existing is not None:
            due = existing.due_date
        out["due_date"] = due
        at = data.at or (existing.at if existing is not None else now)
        if at.tzinfo is None:
            c.add("at", "bad_date")
        elif at > now + FUTURE_SLACK:
            c.add("at", "time_in_future")
        elif at < now - MAX_AGE and (existing is None or existing.at != at):
            c.add("at", "time_too_old")
        out["at"] = at
        out["handled_by_id"] = data.handled_by_id or (existing.handled_by_id if existing else user.id)
        return out

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
    def _check_handler(s: Session, c: Collector, staff_id: int | None) -> None:
        if staff_id is None:
            return
        staff = s.get(Staff, staff_id)
        if staff is None or not staff.active or staff.role not in [r.value for r in HANDLER_ROLES]:
            c.add("handled_by", "invalid")

    @staticmethod
    def _new_key(s: Session, at: datetime) -> int:
        """A free sort key in the millisecond of ``at`` (write transactions are serialised on
        SQLite; on PostgreSQL the unique constraint turns a same-millisecond race into an error)."""
        base = key_base(at)
        top = s.scalar(
            select(func.max(CallLogEntry.sort_key)).where(CallLogEntry.sort_key >= base, CallLogEntry.sort_key < base + SLOTS)
        )
        key = base if top is None else top + 1
        if key >= base + SLOTS:
            raise ServiceError("too_many_at_once")
        return key

    # --- reading ---------------------------------------------------------------------------------

    def get(self, user: CurrentUser, entry_id: int) -> CallRow:
        require(user, Action.CALL_VIEW)
        with self._db.read() as s:
            entry = s.get(CallLogEntry, entry_id)
            if entry is None:
                raise NotFound("not_found")
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

    def _page(self, s: Session, user: CurrentUser, flt: CallFilter, before: int | None, limit: int) -> CallPage:
        today = self.today()
        conds = self._conditions(s, flt, today)
        match = self._index.match(self._dialect(s), flt.text) if flt.text.strip() else None
        if flt.text.strip() and match is None:
            return CallPage([], None)  # only punctuation: nothing can match
        if match is None:
            key: Any = CallLogEntry.sort_key  # the key column: the entry's or the index's
            stmt = _base()
        else:
            key = match.key
            stmt = _base(match.source, match.key).where(*match.where)
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
        (
            id_,
            key,
            at,
            channel,
            kind,
            room_id,
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
        ) = r
        sees = user.can(Action.PII_VIEW)
        return _fast_row(
            (
                id_,
                key,
                at,
                channel,
                kind,
                room_id,
                code or "",
                project or "",
                person or "",
                (phone if sees else mask_phone(phone)) if phone else "",
                content,
                handling or "",
                outcome,
                due,
                _follow_up_state(outcome, due, today),
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
            )
        )

    def _row_of(self, s: Session, user: CurrentUser, entry: CallLogEntry) -> CallRow:
        r = s.execute(_base().where(CallLogEntry.id == entry.id)).one()
        return self._row(user, r, self._staff_names(s, r.handled_by_id, r.updated_by_id), self.today())

    def _rows_where(
        self, s: Session, user: CurrentUser, cond: ColumnElement[bool], limit: int, order: Any = None
    ) -> list[CallRow]:
        stmt = _base().where(cond)
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
    ) -> CallerLookup:
        """Who a typed room and/or phone belong to, their recent contacts and open follow-ups.
        Phones are masked as the role requires; nothing here is written or audited. While an entry
        is edited (``entry_id``), its masked phone shown unchanged stands for the stored number."""
        require(user, Action.CALL_VIEW)
        sees_registry = user.can(Action.REGISTRY_VIEW)
        with self._db.read() as s:
            if entry_id is not None and phone.strip():
                stored = s.scalar(select(CallLogEntry.phone).where(CallLogEntry.id == entry_id))
                if stored and phone.strip() == mask_phone(stored):
                    phone = stored
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

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]:
        """Ctrl+K: a room in any spelling → its contacts; a phone → its contacts; else the text."""
        require(user, Action.CALL_VIEW)
        text = (text or "").strip()
        if not text:
            return []
        with self._db.read() as s:
            rooms = rooms_matching(s, text)
            flt: CallFilter
            if len(rooms) == 1:
                flt = CallFilter(room_id=rooms[0].id)
            else:
                digits = _phone_digits(text)
                flt = CallFilter(text=text)
                if digits.isdigit() and len(digits) >= 7:
                    try:
                        flt = CallFilter(phone=clean_phone(digits) or "")
                    except FieldError:
                        pass
            rows = self._page(s, user, flt, None, limit).rows
        return [
            SearchHit(
                "call",
                r.id,
                f"{to_local(r.at):%m-%d %H:%M}  {r.room_code or r.person or r.phone}".rstrip(),
                r.content[:60],
            )
            for r in rows
        ]

    # --- export ----------------------------------------------------------------------------------

    def export_rows(self, user: CurrentUser, date_from: date, date_to: date, flt: CallFilter | None = None) -> Iterator[CallRow]:
        """Every entry of the local days, oldest first, read in pages (for large ranges)."""
        require(user, Action.CALL_EXPORT)
        if date_to < date_from:
            raise ValidationError({"date_to": "date_order"})
        flt = replace(flt or CallFilter(), date_from=date_from, date_to=date_to)
        low, high = key_range(date_from, date_to)
        assert low is not None and high is not None
        cursor = low - 1
        while True:
            with self._db.read() as s:
                conds = self._conditions(s, replace(flt, text=""), self.today())
                stmt = (
                    _base()
                    .where(*conds, CallLogEntry.sort_key > cursor, CallLogEntry.sort_key < high)
                    .order_by(CallLogEntry.sort_key)
                    .limit(2000)
                )
                names = self._staff_names(s)
                today = self.today()
                batch = [self._row(user, r, names, today) for r in s.execute(stmt)]
            for row in batch:
                if not flt.text.strip() or contains(
                    "\n".join([row.person, row.content, row.handling, row.follow_up_note]), _needles(flt.text)
                ):
                    yield row
            if len(batch) < 2000:
                return
            cursor = batch[-1].sort_key

    def export_xlsx(self, user: CurrentUser, path: Path, date_from: date, date_to: date, flt: CallFilter | None = None) -> int:
        """Write the entries of the local days to an xlsx file; returns how many. Phones are
        masked as on screen. Runs in a worker thread (it opens its own sessions)."""
        from openpyxl import Workbook  # type: ignore[import-untyped]
        from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
        from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]

        require(user, Action.CALL_EXPORT)
        if date_to < date_from:
            raise ValidationError({"date_to": "date_order"})
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("来电来访登记")
        for i, w in enumerate((17, 6, 6, 12, 11, 10, 14, 50, 40, 9, 11, 17, 30, 8, 8, 8, 8)):
            ws.column_dimensions[chr(ord("A") + i)].width = w
        ws.freeze_panes = "A2"
        bold = Font(bold=True)
        wrap = Alignment(wrap_text=True, vertical="top")

        def cell(
            value: Any,
            *,
            number_format: str = "",
            font: Font | None = None,
            alignment: Alignment | None = None,
        ) -> WriteOnlyCell:
            c = WriteOnlyCell(ws, value=value)
            if number_format:
                c.number_format = number_format
            if font is not None:
                c.font = font
            if alignment is not None:
                c.alignment = alignment
            return c

        n = 0
        try:
            ws.append([cell(h, font=bold) for h in EXPORT_HEADERS])
            for r in self.export_rows(user, date_from, date_to, flt):
                ws.append(
                    [
                        cell(to_local(r.at).replace(tzinfo=None), number_format="yyyy-mm-dd hh:mm"),
                        EXPORT_CHANNELS.get(r.channel, r.channel),
                        EXPORT_KINDS.get(r.kind, r.kind),
                        r.project,
                        r.room_code,
                        r.person,
                        r.phone,
                        cell(r.content, alignment=wrap),
                        cell(r.handling, alignment=wrap),
                        EXPORT_OUTCOMES.get(r.outcome, r.outcome),
                        cell(r.due_date, number_format="yyyy-mm-dd"),
                        cell(
                            to_local(r.follow_up_done_at).replace(tzinfo=None) if r.follow_up_done_at else None,
                            number_format="yyyy-mm-dd hh:mm",
                        ),
                        cell(r.follow_up_note, alignment=wrap),
                        r.handled_by,
                        r.work_order_number or r.work_order_id,  # the number the supervisor knows
                        r.complaint_number or r.complaint_id,
                        r.id,
                    ]
                )
                n += 1
            wb.save(tmp)
        except BaseException:
            ws.close()  # the write-only sheet holds an open temporary file
            tmp.unlink(missing_ok=True)
            raise
        tmp.replace(path)  # a half-written file never carries the real name
        return n


def _needles(text: str) -> tuple[str, ...]:
    from frontdesk.db_text import runs

    return tuple(dict.fromkeys(runs(text)))


# --- the registration (frontdesk.features) -------------------------------------------------------


def _build(env: FeatureEnv) -> CallLogService:
    return CallLogService(env.db, env.clock)


def _wire(services: Any, service: CallLogService) -> None:
    # an order can be made from a call-log entry (转工单), linked both ways in one transaction
    services.work_orders.register_source("call", OrderSource(services.clock))


FEATURE = Feature(
    kind=CALL,
    key="call_log",
    build=_build,
    vocabulary=Vocabulary("CallLog", "来电来访"),
    tabs=(TabSpec("frontdesk.ui.call_log_tab:CallLogTab", 10, Action.CALL_VIEW),),
    wire=_wire,
)
