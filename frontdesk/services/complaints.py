"""投诉登记: complaints through the six-step closed loop of seed 第六篇 (投诉处理流程).

1 受理 accept → 2 判断 judge (an invalid complaint gets its reply and ends) → 3 调查 investigate →
4 方案 propose, approved or sent back by a supervisor → 5 实施 implement (the complainant accepts
and signs) → 6 回访与总结 callback and summary → closed. An unsatisfied callback reopens step 5.

The service is the only place the order of the steps and who may take them are decided: every
public call checks the permission, the record's version (a stale screen is a conflict, never an
overwrite) and the state, then records the step (who, when, late or not) on the complaint's
timeline and in the audit trail, in one transaction.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from frontdesk.db import Database
from frontdesk.models import Callback, CallLogEntry, Complaint, ComplaintEvent, Department, Room, Setting
from frontdesk.services import alerts, audit, callbacks
from frontdesk.services.alerts import AlertRow
from frontdesk.services.call_log import mark_converted_in
from frontdesk.services.callbacks import CallbackRow
from frontdesk.services.clock import LOCAL_TZ, Clock
from frontdesk.services.contracts import HandoverItem, SearchHit, StatusCount
from frontdesk.services.core.changes import Kind  # noqa: E402 - the kind goes with the feature
from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec, Vocabulary
from frontdesk.services.errors import ConflictError, InvalidTransition, NotFound, ValidationError
from frontdesk.services.numbering import next_serial
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry import phone_for, resolve_room, rooms_matching
from frontdesk.services.settings import DEFAULTS
from frontdesk.services.validation import (
    LONG_TEXT_MAX,
    Collector,
    FieldError,
    clean_name,
    clean_phone,
    clean_text,
    mask_phone,
)

#: the record kind this feature registers (frontdesk.features)
COMPLAINT = Kind("complaint")

PREFIX = "TS"
#: the alert a 重大 complaint raises (the same alert window as urgent work orders)
ALERT_KIND = "complaint.major"
#: the call log's channel codes, in the words of the complaint form
CALL_CHANNELS = {"phone": "来电", "visit": "来访", "online": "线上", "other": "其他"}
SEVERITIES = ("一般", "重大")
MAJOR = "重大"
#: the callback queue's codes (services.callbacks): 满意 / 基本满意 / 不满意
SATISFACTIONS = ("satisfied", "basic", "unsatisfied")
UNSATISFIED = "unsatisfied"
MAX_PROPOSALS = 3
PERSON_MAX = 50
#: a complaint's time may be a little ahead of this PC's clock (another counter's clock drifts)
FUTURE_TOLERANCE = timedelta(minutes=5)


class State(str, Enum):
    """The step a complaint waits for, or how it ended."""

    JUDGE = "judge"  # 待判断 (step 2)
    INVESTIGATE = "investigate"  # 待调查 (step 3)
    PROPOSE = "propose"  # 待提方案 (step 4)
    APPROVE = "approve"  # 待审批 (step 4)
    IMPLEMENT = "implement"  # 待实施 (step 5)
    CALLBACK = "callback"  # 待回访 (step 6)
    CLOSE = "close"  # 待总结 (step 6)
    CLOSED = "closed"  # 已关闭
    INVALID = "invalid"  # 投诉不成立，已答复

    @property
    def step(self) -> int:
        return STEP_OF_STATE[self]

    @property
    def is_open(self) -> bool:
        return self not in (State.CLOSED, State.INVALID)


STEP_OF_STATE: dict[State, int] = {
    State.JUDGE: 2, State.INVESTIGATE: 3, State.PROPOSE: 4, State.APPROVE: 4,
    State.IMPLEMENT: 5, State.CALLBACK: 6, State.CLOSE: 6, State.CLOSED: 6, State.INVALID: 2,
}  # fmt: skip
OPEN_STATES = tuple(s for s in State if s.is_open)
ENDED_STATES = (State.CLOSED, State.INVALID)

#: state groups offered by the list filter
STATE_GROUPS: dict[str, tuple[State, ...]] = {
    "open": OPEN_STATES,
    "ended": ENDED_STATES,
    **{s.value: (s,) for s in State},
}

_FIELDS = (
    "number", "state", "due_at", "complainant", "room_id", "phone", "received_at", "channel", "category",
    "content", "severity", "call_id", "valid", "judge_note", "invalid_reply", "department_id",
    "responsible_person", "cause", "proposals", "chosen_proposal", "approval_comment", "approved",
    "actions_taken", "complainant_accepted", "complainant_opinion", "satisfaction", "callback_comment",
    "improvement", "summary",
)  # fmt: skip


# --- what callers send -----------------------------------------------------------------------


@dataclass
class ComplaintInput:
    """Step 1 as typed: strings as the user entered them (the room in any spelling)."""

    complainant: str = ""
    room: str = ""
    project_id: int | None = None  # the room's project when known (a code may exist in several)
    phone: str = ""
    received_at: datetime | None = None  # None: now
    channel: str = "来电"
    category: str = ""
    content: str = ""
    severity: str = "一般"


@dataclass(frozen=True)
class ComplaintFilter:
    text: str = ""
    state: str = ""  # a key of STATE_GROUPS, "" for all
    category: str = ""
    severity: str = ""
    department_id: int | None = None
    date_from: date | None = None  # local dates of reception, inclusive
    date_to: date | None = None
    overdue_only: bool = False


# --- what callers get back ---------------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    number: str
    state: State
    received_at: datetime
    complainant: str
    room: str
    phone: str  # masked unless the role may see it
    channel: str
    category: str
    severity: str
    department: str
    content: str
    due_at: datetime | None
    overdue: bool
    version: int


@dataclass(frozen=True)
class EventRow:
    id: int
    at: datetime
    step: int
    action: str
    actor_name: str
    note: str
    due_at: datetime | None
    late: bool
    data: dict[str, Any]


@dataclass(frozen=True)
class ComplaintDetail:
    id: int
    number: str
    state: State
    due_at: datetime | None
    overdue: bool
    was_overdue: bool
    version: int
    # step 1
    complainant: str
    room_id: int | None
    room: str
    project: str
    phone: str
    phone_masked: bool
    received_at: datetime
    channel: str
    category: str
    content: str
    severity: str
    received_by: str
    call_id: int | None
    created_at: datetime
    # step 2
    valid: bool | None
    judge_note: str
    invalid_reply: str
    judged_at: datetime | None
    judged_by: str
    # step 3
    department_id: int | None
    department: str
    responsible_person: str
    cause: str
    investigated_at: datetime | None
    investigated_by: str
    # step 4
    proposals: tuple[str, ...]
    chosen_proposal: int | None
    proposed_at: datetime | None
    proposed_by: str
    approval_comment: str
    approved: bool | None
    approved_at: datetime | None
    approved_by: str
    returned_count: int
    # step 5
    actions_taken: str
    complainant_accepted: bool | None
    complainant_opinion: str
    implemented_at: datetime | None
    implemented_by: str
    reopened_count: int
    # step 6
    callback_at: datetime | None
    callback_by: str
    callback_method: str
    satisfaction: str
    callback_comment: str
    improvement: str
    summary: str
    closed_at: datetime | None
    closed_by: str
    print_count: int
    events: tuple[EventRow, ...] = field(default_factory=tuple)

    @property
    def step(self) -> int:
        """The step now waiting (2..6), or the last one for an ended complaint."""
        return self.state.step

    @property
    def approved_proposal(self) -> str:
        if self.chosen_proposal is None or not (0 <= self.chosen_proposal < len(self.proposals)):
            return ""
        return self.proposals[self.chosen_proposal]


@dataclass(frozen=True)
class CallbackRecord:
    """One callback round, as the registration form's 回访记录 prints it."""

    round: int
    due_at: datetime
    done_at: datetime | None
    done_by: str
    method: str
    satisfaction: str
    comments: str


@dataclass(frozen=True)
class ComplaintForm:
    """What the 顾客投诉登记表 prints: the complaint with its phone in full (the complainant signs
    it), the callback rounds, the centre's name, and which printing this is (1 = the original)."""

    complaint: ComplaintDetail
    callbacks: tuple[CallbackRecord, ...]
    centre: str
    copy_no: int
    printed_at: datetime
    printed_by: str
    first_printed_at: datetime | None

    @property
    def is_reprint(self) -> bool:
        return self.copy_no > 1


# --- the state machine, as data the UI can ask ---------------------------------------------------

#: (state it must be in, permission it needs) for each step action
TRANSITIONS: dict[str, tuple[tuple[State, ...], Action]] = {
    "edit": (OPEN_STATES, Action.COMPLAINT_CREATE),
    "judge": ((State.JUDGE,), Action.COMPLAINT_HANDLE),
    "investigate": ((State.INVESTIGATE,), Action.COMPLAINT_HANDLE),
    "propose": ((State.PROPOSE,), Action.COMPLAINT_HANDLE),
    "approve": ((State.APPROVE,), Action.COMPLAINT_APPROVE),
    "return": ((State.APPROVE,), Action.COMPLAINT_APPROVE),
    "implement": ((State.IMPLEMENT,), Action.COMPLAINT_HANDLE),
    "close": ((State.CLOSE,), Action.COMPLAINT_CLOSE),
}


def available_actions(user: CurrentUser, state: State) -> set[str]:
    """The step actions this user may take on a complaint in ``state`` (for enabling buttons;
    the service checks again on every call)."""
    return {name for name, (states, action) in TRANSITIONS.items() if state in states and user.can(action)}


# --- helpers -------------------------------------------------------------------------------------


def _setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is not None:
        return row.value
    return copy.deepcopy(DEFAULTS.get(key))


class _SessionSettings:
    """Settings read inside the caller's transaction (for callbacks.due_from)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str) -> Any:
        return _setting(self._s, key)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", text))


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """[start, end) of a local calendar day, as aware datetimes."""
    start = datetime.combine(day, time(0), LOCAL_TZ)
    return start, start + timedelta(days=1)


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    start = datetime(year, month, 1, tzinfo=LOCAL_TZ)
    nxt = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=LOCAL_TZ)
    return start, nxt


def _event_row(e: ComplaintEvent) -> EventRow:
    return EventRow(e.id, e.at, e.step, e.action, e.actor_name, e.note or "", e.due_at, e.late, dict(e.data or {}))


def _room_text(c: Complaint) -> str:
    return c.room.code if c.room is not None else ""


def _is_overdue(c: Complaint, now: datetime) -> bool:
    return c.due_at is not None and State(c.state).is_open and c.due_at < now


def _row(user: CurrentUser, c: Complaint, now: datetime) -> ComplaintRow:
    return ComplaintRow(
        c.id,
        c.number,
        State(c.state),
        c.received_at,
        c.complainant,
        _room_text(c),
        phone_for(user, c.phone),
        c.channel,
        c.category,
        c.severity,
        c.department.name if c.department else "",
        c.content,
        c.due_at,
        _is_overdue(c, now),
        c.version,
    )


def _detail(user: CurrentUser, c: Complaint, now: datetime) -> ComplaintDetail:
    return ComplaintDetail(
        id=c.id,
        number=c.number,
        state=State(c.state),
        due_at=c.due_at,
        overdue=_is_overdue(c, now),
        was_overdue=c.was_overdue,
        version=c.version,
        complainant=c.complainant,
        room_id=c.room_id,
        room=_room_text(c),
        project=c.room.project.name if c.room is not None else "",
        phone=phone_for(user, c.phone),
        phone_masked=not user.can(Action.PII_VIEW),
        received_at=c.received_at,
        channel=c.channel,
        category=c.category,
        content=c.content,
        severity=c.severity,
        received_by=c.received_by,
        call_id=c.call_id,
        created_at=c.created_at,
        valid=c.valid,
        judge_note=c.judge_note or "",
        invalid_reply=c.invalid_reply or "",
        judged_at=c.judged_at,
        judged_by=c.judged_by or "",
        department_id=c.department_id,
        department=c.department.name if c.department else "",
        responsible_person=c.responsible_person or "",
        cause=c.cause or "",
        investigated_at=c.investigated_at,
        investigated_by=c.investigated_by or "",
        proposals=tuple(c.proposals or ()),
        chosen_proposal=c.chosen_proposal,
        proposed_at=c.proposed_at,
        proposed_by=c.proposed_by or "",
        approval_comment=c.approval_comment or "",
        approved=c.approved,
        approved_at=c.approved_at,
        approved_by=c.approved_by or "",
        returned_count=c.returned_count,
        actions_taken=c.actions_taken or "",
        complainant_accepted=c.complainant_accepted,
        complainant_opinion=c.complainant_opinion or "",
        implemented_at=c.implemented_at,
        implemented_by=c.implemented_by or "",
        reopened_count=c.reopened_count,
        callback_at=c.callback_at,
        callback_by=c.callback_by or "",
        callback_method=c.callback_method or "",
        satisfaction=c.satisfaction or "",
        callback_comment=c.callback_comment or "",
        improvement=c.improvement or "",
        summary=c.summary or "",
        closed_at=c.closed_at,
        closed_by=c.closed_by or "",
        print_count=sum(1 for e in c.events if e.action in ("print", "reprint")),
        events=tuple(_event_row(e) for e in c.events),
    )


def _result(s: Session, user: CurrentUser, comp: Complaint, now: datetime) -> ComplaintDetail:
    """The complaint as it is after a change in this transaction (relations reloaded)."""
    try:
        s.flush()
    except StaleDataError as exc:  # another counter saved it between our read and our write
        raise ConflictError("conflict") from exc
    s.expire(comp, ["events", "department", "room"])
    return _detail(user, comp, now)


def _clean_choice(value: str, allowed: Iterable[str]) -> str:
    value = (value or "").strip()
    if not value:
        raise FieldError("required")
    if value not in list(allowed):
        raise FieldError("invalid")
    return value


def _clean_person(value: str | None) -> str:
    text = clean_text(value, max_len=PERSON_MAX, required=True, multiline=False)
    assert text is not None
    return text


def _required_text(value: str | None, max_len: int = LONG_TEXT_MAX) -> str:
    text = clean_text(value, max_len=max_len, required=True)
    assert text is not None
    return text


class ComplaintService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # --- configuration ----------------------------------------------------------------------

    def options(self) -> dict[str, list[str]]:
        """The configurable lists the forms offer: categories and channels."""
        with self._db.read() as s:
            return {
                "categories": list(_setting(s, "complaint.categories")),
                "channels": list(_setting(s, "complaint.channels")),
                "severities": list(SEVERITIES),
                "satisfactions": list(SATISFACTIONS),
            }

    def departments(self) -> list[tuple[int, str]]:
        with self._db.read() as s:
            rows = s.scalars(select(Department).where(Department.active.is_(True)).order_by(Department.id))
            return [(d.id, d.name) for d in rows]

    def _due(self, s: Session, severity: str, state: State, start: datetime) -> datetime | None:
        if not state.is_open:
            return None
        if state == State.CALLBACK:  # the callback queue's rule (seed: 三天之内完成回访)
            return callbacks.due_from(_SessionSettings(s), start)
        key = "complaint.deadline_hours_major" if severity == MAJOR else "complaint.deadline_hours"
        hours = dict(DEFAULTS[key])
        configured = _setting(s, key)
        if isinstance(configured, dict):
            hours.update(configured)
        return start + timedelta(hours=float(hours[state.value]))

    # --- reading ------------------------------------------------------------------------------

    def get(self, user: CurrentUser, complaint_id: int) -> ComplaintDetail:
        require(user, Action.COMPLAINT_VIEW)
        with self._db.read() as s:
            return _detail(user, self._load(s, complaint_id), self._clock.now())

    def by_call(self, user: CurrentUser, call_id: int) -> ComplaintDetail | None:
        """The complaint a call-log entry became, if any."""
        require(user, Action.COMPLAINT_VIEW)
        with self._db.read() as s:
            c = s.scalar(select(Complaint).where(Complaint.call_id == call_id))
            return _detail(user, c, self._clock.now()) if c is not None else None

    def _load(self, s: Session, complaint_id: int, *, lock: bool = False) -> Complaint:
        stmt = select(Complaint).where(Complaint.id == complaint_id)
        if lock:  # PostgreSQL: the row stays ours until commit (SQLite writes are IMMEDIATE anyway)
            stmt = stmt.with_for_update(of=Complaint)
        c = s.scalars(stmt).unique().first()
        if c is None:
            raise NotFound("not_found")
        return c

    def _filtered(self, s: Session, f: ComplaintFilter) -> Select[Any]:
        now = self._clock.now()
        stmt = select(Complaint)
        if f.state:
            states = STATE_GROUPS.get(f.state)
            if states is None:
                raise ValidationError({"state": "invalid"})
            stmt = stmt.where(Complaint.state.in_([x.value for x in states]))
        if f.category:
            stmt = stmt.where(Complaint.category == f.category)
        if f.severity:
            stmt = stmt.where(Complaint.severity == f.severity)
        if f.department_id is not None:
            stmt = stmt.where(Complaint.department_id == f.department_id)
        if f.date_from is not None:
            stmt = stmt.where(Complaint.received_at >= local_day_bounds(f.date_from)[0])
        if f.date_to is not None:
            stmt = stmt.where(Complaint.received_at < local_day_bounds(f.date_to)[1])
        if f.overdue_only:
            stmt = stmt.where(Complaint.state.in_([x.value for x in OPEN_STATES]), Complaint.due_at < now)
        text = (f.text or "").strip()
        if text:
            stmt = stmt.where(self._text_condition(s, text))
        return stmt

    def _text_condition(self, s: Session, text: str) -> Any:
        """Number, room (any spelling), phone digits, complainant or words of the content —
        two-character Chinese terms such as 噪音 included (a substring match: complaints are
        hundreds a year, not millions)."""
        norm = unicodedata.normalize("NFKC", text).strip()
        conds: list[Any] = []
        pattern = f"%{_like_escape(norm)}%"
        conds.append(Complaint.number.like(f"%{_like_escape(norm.upper())}%", escape="\\"))
        conds.append(Complaint.complainant.like(pattern, escape="\\"))
        conds.append(Complaint.content.like(pattern, escape="\\"))
        rooms = rooms_matching(s, norm)
        if rooms:
            conds.append(Complaint.room_id.in_([r.id for r in rooms]))
        digits = _digits(norm)
        if len(digits) >= 4 and len(digits) == len(re.sub(r"[\s\-]", "", norm)):
            conds.append(Complaint.phone.like(f"%{digits}%"))
        return or_(*conds)

    def list_complaints(
        self,
        user: CurrentUser,
        filters: ComplaintFilter | None = None,
        *,
        after: tuple[datetime, int] | None = None,
        limit: int = 100,
    ) -> list[ComplaintRow]:
        """A page, newest first. Keyset paging: pass (received_at, id) of the last row seen."""
        require(user, Action.COMPLAINT_VIEW)
        f = filters or ComplaintFilter()
        with self._db.read() as s:
            stmt = self._filtered(s, f)
            if after is not None:
                at, last_id = after
                stmt = stmt.where(or_(Complaint.received_at < at, and_(Complaint.received_at == at, Complaint.id < last_id)))
            stmt = stmt.order_by(Complaint.received_at.desc(), Complaint.id.desc()).limit(limit)
            now = self._clock.now()
            return [_row(user, c, now) for c in s.scalars(stmt).unique()]

    def export_details(
        self, user: CurrentUser, filters: ComplaintFilter | None = None, *, limit: int = 20_000
    ) -> list[ComplaintDetail]:
        """Every complaint the filter finds, with all its steps, newest first (for the xlsx export).
        Phones as this user may see them."""
        require(user, Action.COMPLAINT_EXPORT)
        f = filters or ComplaintFilter()
        with self._db.read() as s:
            stmt = self._filtered(s, f)
            stmt = stmt.order_by(Complaint.received_at.desc(), Complaint.id.desc()).limit(limit)
            now = self._clock.now()
            rows = [_detail(user, c, now) for c in s.scalars(stmt).unique()]
        with self._db.write() as s:  # personal data leaves the app: note who took what
            audit.record(s, user, "complaint", "*", "export", after={"count": len(rows), "filters": vars(f)})
        return rows

    def count(self, user: CurrentUser, filters: ComplaintFilter | None = None) -> int:
        require(user, Action.COMPLAINT_VIEW)
        with self._db.read() as s:
            sub = self._filtered(s, filters or ComplaintFilter()).with_only_columns(Complaint.id).subquery()
            return int(s.scalar(select(func.count()).select_from(sub)) or 0)

    def state_counts(self, user: CurrentUser) -> dict[str, int]:
        """How many complaints wait in each state, and how many are overdue (for the tab's filter)."""
        require(user, Action.COMPLAINT_VIEW)
        now = self._clock.now()
        with self._db.read() as s:
            rows = s.execute(select(Complaint.state, func.count()).group_by(Complaint.state)).all()
            out = {st: int(n) for st, n in rows}
            out["overdue"] = int(
                s.scalar(
                    select(func.count())
                    .select_from(Complaint)
                    .where(Complaint.state.in_([x.value for x in OPEN_STATES]), Complaint.due_at < now)
                )
                or 0
            )
            return out

    # --- step 1 受理 ------------------------------------------------------------------------------

    def _clean_intake(self, s: Session, data: ComplaintInput, c: Collector, current: Complaint | None = None) -> dict[str, Any]:
        now = self._clock.now()
        out: dict[str, Any] = {}
        out["complainant"] = c.check("complainant", clean_name, data.complainant)
        out["phone"] = c.check("phone", clean_phone, data.phone, required=True)
        out["channel"] = c.check("channel", _clean_choice, data.channel, _setting(s, "complaint.channels"))
        categories = list(_setting(s, "complaint.categories"))
        out["category"] = c.check("category", _clean_choice, data.category, categories)
        out["content"] = c.check("content", _required_text, data.content)
        out["severity"] = c.check("severity", _clean_choice, data.severity, SEVERITIES)
        received = data.received_at or now
        if received.tzinfo is None:
            c.add("received_at", "bad_date")
        elif received > now + FUTURE_TOLERANCE:
            c.add("received_at", "time_in_future")
        out["received_at"] = received
        room_text = (data.room or "").strip()
        out["room_id"] = None
        if room_text:
            project_id = data.project_id
            if project_id is None and current is not None and current.room is not None:
                if room_text == current.room.code:  # unchanged: the same room, whichever project
                    project_id = current.room.project_id
            try:
                out["room_id"] = resolve_room(s, room_text, project_id).id
            except ValidationError as exc:
                params = {k: v for k, v in exc.params.items() if k != "field_params"}
                c.add("room", exc.errors["room"], **{**params, "room": room_text})
        return out

    def create(self, user: CurrentUser, data: ComplaintInput) -> ComplaintDetail:
        """Step 1 受理: the complaint is registered and waits to be judged. A 重大 one alerts the
        supervisor at once."""
        require(user, Action.COMPLAINT_CREATE)
        with self._db.write() as s:
            return self._create(s, user, data, call_id=None)

    def draft_from_call(self, user: CurrentUser, call_id: int) -> ComplaintInput:
        """The 受理 form filled from a call-log entry: caller, room, phone (as this user may see
        it), time, channel and what they said."""
        require(user, Action.COMPLAINT_CREATE)
        with self._db.read() as s:
            entry = s.get(CallLogEntry, call_id)
            if entry is None:
                raise NotFound("not_found")
            room = s.get(Room, entry.room_id) if entry.room_id else None
            channels = list(_setting(s, "complaint.channels"))
            channel = CALL_CHANNELS.get(entry.channel, "")
            return ComplaintInput(
                complainant=entry.person or "",
                room=room.code if room is not None else "",
                project_id=room.project_id if room is not None else None,
                phone=phone_for(user, entry.phone),
                received_at=entry.at,
                channel=channel if channel in channels else (channels[0] if channels else ""),
                content=entry.content,
            )

    def create_from_call(self, user: CurrentUser, call_id: int, data: ComplaintInput) -> ComplaintDetail:
        """Register the complaint a call-log entry became and mark the entry 已转投诉, linked both
        ways, in one transaction: if the entry cannot be linked, nothing is saved."""
        require(user, Action.COMPLAINT_CREATE)
        with self._db.write() as s:
            entry = s.get(CallLogEntry, call_id)
            if entry is None:
                raise NotFound("not_found")
            if entry.phone and data.phone == mask_phone(entry.phone):
                data.phone = entry.phone  # the masked number shown, sent back unchanged
            detail = self._create(s, user, data, call_id=call_id)
            mark_converted_in(s, user, call_id, "complaint", detail.id, self._clock.now())
            return detail

    def _create(self, s: Session, user: CurrentUser, data: ComplaintInput, *, call_id: int | None) -> ComplaintDetail:
        c = Collector()
        values = self._clean_intake(s, data, c)
        c.raise_if_any()
        if call_id is not None and s.scalar(select(Complaint.id).where(Complaint.call_id == call_id)):
            raise InvalidTransition("already_converted")
        now = self._clock.now()
        comp = Complaint(
            number=next_serial(s, PREFIX, now),
            state=State.JUDGE.value,
            received_by_id=user.id,
            received_by=user.name,
            call_id=call_id,
            created_at=now,
            updated_at=now,
            was_overdue=False,
            returned_count=0,
            reopened_count=0,
            **values,
        )
        comp.due_at = self._due(s, comp.severity, State.JUDGE, now)
        s.add(comp)
        s.flush()
        self._event(
            s,
            comp,
            user,
            1,
            "accept",
            note=comp.content,
            data={"severity": comp.severity, "category": comp.category, "call_id": call_id},
        )
        audit.record(s, user, "complaint", comp.id, "create", after=audit.snapshot(comp, _FIELDS))
        if comp.severity == MAJOR:
            self._raise_major(s, comp, user)
        return _result(s, user, comp, now)

    def _raise_major(self, s: Session, comp: Complaint, user: CurrentUser) -> None:
        """A 重大 complaint: the supervisor's alert on every counter (seed: 重大投诉及重大事件及时
        上报各相关部门负责人), through the same alert as urgent work orders."""
        alert = alerts.raise_alert(
            s, ALERT_KIND, "complaint", comp.id, ref_number=comp.number,
            summary=f"{_room_text(comp) or comp.complainant} {comp.category}：{comp.content}",
            raised_by=user, at=self._clock.now(),
        )  # fmt: skip
        self._event(s, comp, user, 0, "alert", data={"alert_id": alert.id})

    def update_intake(
        self, user: CurrentUser, complaint_id: int, data: ComplaintInput, *, expected_version: int
    ) -> ComplaintDetail:
        """Correct what was registered at step 1 while the complaint is open. Raising it to 重大
        alerts the supervisor as a new 重大 complaint would."""
        require(user, Action.COMPLAINT_CREATE)
        with self._db.write() as s:
            comp = self._checked(s, complaint_id, expected_version, "edit")
            # A masked phone sent back unchanged means "keep it".
            if comp.phone and data.phone == mask_phone(comp.phone):
                data.phone = comp.phone
            c = Collector()
            values = self._clean_intake(s, data, c, comp)
            c.raise_if_any()
            before = audit.snapshot(comp, _FIELDS)
            was_major = comp.severity == MAJOR
            for k, v in values.items():
                setattr(comp, k, v)
            s.flush()
            b, a = audit.diff(before, audit.snapshot(comp, _FIELDS))
            if a:
                self._event(s, comp, user, 0, "edit", data={"changed": sorted(a)})
                audit.record(s, user, "complaint", comp.id, "update", before=b, after=a)
            if comp.severity == MAJOR and not was_major:
                self._event(s, comp, user, 0, "escalate")
                s.flush()
                s.refresh(comp, ["room"])
                self._raise_major(s, comp, user)
            return _result(s, user, comp, self._clock.now())

    # --- steps 2..6 -----------------------------------------------------------------------------

    def _checked(self, s: Session, complaint_id: int, expected_version: int, action: str) -> Complaint:
        comp = self._load(s, complaint_id, lock=True)
        if comp.version != expected_version:
            raise ConflictError("conflict")
        states, _perm = TRANSITIONS[action]
        if State(comp.state) not in states:
            raise InvalidTransition("invalid_transition", state=comp.state, action=action)
        return comp

    def _event(
        self,
        s: Session,
        comp: Complaint,
        user: CurrentUser | None,
        step: int,
        action: str,
        *,
        note: str | None = None,
        data: dict[str, Any] | None = None,
        due_at: datetime | None = None,
        late: bool = False,
    ) -> None:
        s.add(
            ComplaintEvent(
                complaint_id=comp.id,
                at=self._clock.now(),
                step=step,
                action=action,
                actor_id=user.id if user else None,
                actor_name=user.name if user else "系统",
                note=note,
                due_at=due_at,
                late=late,
                data=audit._jsonable(data) if data else None,
            )
        )

    def _move(
        self,
        s: Session,
        comp: Complaint,
        user: CurrentUser | None,
        step: int,
        action: str,
        to: State,
        *,
        note: str | None = None,
        data: dict[str, Any] | None = None,
        before: dict[str, Any] | None = None,
    ) -> None:
        """Finish the waiting step (late or not), record it, and start waiting for the next."""
        now = self._clock.now()
        due = comp.due_at
        late = due is not None and now > due
        if late:
            comp.was_overdue = True
        comp.state = to.value
        comp.due_at = self._due(s, comp.severity, to, now)
        s.flush()
        self._event(s, comp, user, step, action, note=note, data=data, due_at=due, late=late)
        b, a = audit.diff(before or {}, audit.snapshot(comp, _FIELDS))
        audit.record(s, user, "complaint", comp.id, action, before=b, after=a)

    def judge(
        self,
        user: CurrentUser,
        complaint_id: int,
        *,
        valid: bool,
        note: str = "",
        reply: str = "",
        expected_version: int,
    ) -> ComplaintDetail:
        """Step 2 判断. A valid complaint goes to investigation; an invalid one records the reply
        given to the complainant (seed: 婉转的方式答复客户) and ends here."""
        require(user, Action.COMPLAINT_HANDLE)
        c = Collector()
        note_v = c.check("judge_note", clean_text, note)
        reply_v = None
        if not valid:
            reply_v = c.check("invalid_reply", _required_text, reply)
        c.raise_if_any()
        with self._db.write() as s:
            comp = self._checked(s, complaint_id, expected_version, "judge")
            before = audit.snapshot(comp, _FIELDS)
            now = self._clock.now()
            comp.valid = valid
            comp.judge_note = note_v
            comp.invalid_reply = reply_v
            comp.judged_at, comp.judged_by = now, user.name
            if valid:
                self._move(s, comp, user, 2, "judge_valid", State.INVESTIGATE, note=note_v, before=before)
            else:
                self._move(s, comp, user, 2, "judge_invalid", State.INVALID, note=reply_v, before=before)
            return _result(s, user, comp, now)

    def investigate(
        self,
        user: CurrentUser,
        complaint_id: int,
        *,
        department_id: int | None,
        person: str,
        cause: str,
        expected_version: int,
    ) -> ComplaintDetail:
        """Step 3 调查: the responsible department and person, and the cause found."""
        require(user, Action.COMPLAINT_HANDLE)
        c = Collector()
        person_v = c.check("responsible_person", _clean_person, person)
        cause_v = c.check("cause", _required_text, cause)
        if department_id is None:
            c.add("department", "required")
        with self._db.write() as s:
            dept = None
            if department_id is not None:
                dept = s.get(Department, department_id)
                if dept is None or not dept.active:
                    c.add("department", "invalid")
            c.raise_if_any()
            comp = self._checked(s, complaint_id, expected_version, "investigate")
            before = audit.snapshot(comp, _FIELDS)
            now = self._clock.now()
            comp.department = dept
            comp.responsible_person = person_v
            comp.cause = cause_v
            comp.investigated_at, comp.investigated_by = now, user.name
            self._move(
                s,
                comp,
                user,
                3,
                "investigate",
                State.PROPOSE,
                note=cause_v,
                before=before,
                data={"department": dept.name if dept else "", "person": person_v},
            )
            return _result(s, user, comp, now)

    def propose(self, user: CurrentUser, complaint_id: int, *, proposals: list[str], expected_version: int) -> ComplaintDetail:
        """Step 4 方案: one to three solutions, submitted for the supervisor's approval."""
        require(user, Action.COMPLAINT_HANDLE)
        c = Collector()
        cleaned: list[str] = []
        filled = [p for p in proposals if (p or "").strip()]
        if not filled:
            c.add("proposals", "required")
        elif len(filled) > MAX_PROPOSALS:
            c.add("proposals", "too_many", max=MAX_PROPOSALS)
        for i, p in enumerate(proposals):
            if (p or "").strip():
                v = c.check(f"proposal_{i}", _required_text, p)
                if v is not None:
                    cleaned.append(v)
        c.raise_if_any()
        with self._db.write() as s:
            comp = self._checked(s, complaint_id, expected_version, "propose")
            before = audit.snapshot(comp, _FIELDS)
            now = self._clock.now()
            comp.proposals = cleaned
            comp.chosen_proposal = None
            comp.approved = None
            comp.proposed_at, comp.proposed_by = now, user.name
            self._move(
                s,
                comp,
                user,
                4,
                "propose",
                State.APPROVE,
                note="\n".join(cleaned),
                before=before,
                data={"proposals": cleaned},
            )
            return _result(s, user, comp, now)

    def approve(
        self,
        user: CurrentUser,
        complaint_id: int,
        *,
        chosen: int = 0,
        comment: str = "",
        expected_version: int,
    ) -> ComplaintDetail:
        """Step 4 审批: only a supervisor picks the best solution (seed: 主管领导应对投诉处理方案
        一一过目，选择最佳解决方案，并及时作出批示)."""
        require(user, Action.COMPLAINT_APPROVE)
        c = Collector()
        comment_v = c.check("approval_comment", clean_text, comment)
        c.raise_if_any()
        with self._db.write() as s:
            comp = self._checked(s, complaint_id, expected_version, "approve")
            if not (0 <= chosen < len(comp.proposals or [])):
                raise ValidationError({"chosen": "invalid"})
            before = audit.snapshot(comp, _FIELDS)
            now = self._clock.now()
            comp.chosen_proposal = chosen
            comp.approved = True
            comp.approval_comment = comment_v
            comp.approved_at, comp.approved_by = now, user.name
            self._move(
                s,
                comp,
                user,
                4,
                "approve",
                State.IMPLEMENT,
                note=comment_v,
                before=before,
                data={"chosen": chosen, "proposal": (comp.proposals or [])[chosen]},
            )
            return _result(s, user, comp, now)

    def send_back(self, user: CurrentUser, complaint_id: int, *, comment: str, expected_version: int) -> ComplaintDetail:
        """Step 4 退回: the supervisor returns the solutions with a comment; they are proposed again."""
        require(user, Action.COMPLAINT_APPROVE)
        c = Collector()
        comment_v = c.check("approval_comment", _required_text, comment)
        c.raise_if_any()
        with self._db.write() as s:
            comp = self._checked(s, complaint_id, expected_version, "return")
            before = audit.snapshot(comp, _FIELDS)
            now = self._clock.now()
            comp.approved = False
            comp.approval_comment = comment_v
            comp.approved_at, comp.approved_by = now, user.name
            comp.returned_count += 1
            self._move(
                s,
                comp,
                user,
                4,
                "return",
                State.PROPOSE,
                note=comment_v,
                before=before,
                data={"proposals": list(comp.proposals or [])},
            )
            return _result(s, user, comp, now)

    def implement(
        self,
        user: CurrentUser,
        complaint_id: int,
        *,
        actions: str,
        accepted: bool,
        opinion: str = "",
        expected_version: int,
    ) -> ComplaintDetail:
        """Step 5 实施: what was done, and whether the complainant accepts it (they sign the printed
        form). Accepted: the complaint joins the callback queue (3 days). Not accepted: the
        complainant's opinion is kept and a new solution is needed (back to step 4)."""
        require(user, Action.COMPLAINT_HANDLE)
        c = Collector()
        actions_v = c.check("actions_taken", _required_text, actions)
        opinion_v = c.check("complainant_opinion", clean_text, opinion)
        if not accepted and not opinion_v and "complainant_opinion" not in c.errors:
            c.add("complainant_opinion", "required")
        c.raise_if_any()
        with self._db.write() as s:
            comp = self._checked(s, complaint_id, expected_version, "implement")
            before = audit.snapshot(comp, _FIELDS)
            now = self._clock.now()
            comp.actions_taken = actions_v
            comp.complainant_accepted = accepted
            comp.complainant_opinion = opinion_v
            comp.implemented_at, comp.implemented_by = now, user.name
            if accepted:
                self._move(
                    s,
                    comp,
                    user,
                    5,
                    "implement",
                    State.CALLBACK,
                    note=actions_v,
                    before=before,
                    data={"opinion": opinion_v},
                )
                callbacks.schedule(
                    s, "complaint", comp.id, ref_number=comp.number,
                    summary=f"{comp.category}：{comp.content}", due_at=comp.due_at or now, at=now, by=user,
                    room_code=_room_text(comp) or None, contact_name=comp.complainant, phone=comp.phone,
                )  # fmt: skip
            else:
                comp.approved = None
                self._move(
                    s,
                    comp,
                    user,
                    5,
                    "not_accepted",
                    State.PROPOSE,
                    note=opinion_v,
                    before=before,
                    data={"actions": actions_v},
                )
            return _result(s, user, comp, now)

    # --- hooks called by the callback queue and the alerts ----------------------------------------

    def on_callback_recorded(self, session: Session, user: CurrentUser, callback: CallbackRow) -> str:
        """Step 6 回访, recorded in the shared callback queue, inside its transaction.
        满意 / 基本满意: the complaint waits for its summary. 不满意: step 5 is reopened."""
        comp = self._load(session, callback.ref_id, lock=True)
        if State(comp.state) != State.CALLBACK:
            raise InvalidTransition("invalid_transition", state=comp.state, action="callback")
        if callback.satisfaction not in SATISFACTIONS:
            raise ValidationError({"satisfaction": "invalid"})
        before = audit.snapshot(comp, _FIELDS)
        comp.callback_at = callback.done_at or self._clock.now()
        comp.callback_by = callback.done_by_name or user.name
        comp.callback_method = callback.method
        comp.satisfaction = callback.satisfaction
        comp.callback_comment = callback.comments
        data = {
            "callback_id": callback.id, "round": callback.round, "satisfaction": callback.satisfaction,
            "method": callback.method, "done_at": callback.done_at,
        }  # fmt: skip
        if callback.satisfaction == UNSATISFIED:
            comp.reopened_count += 1
            comp.complainant_accepted = None
            self._move(session, comp, user, 6, "callback", State.IMPLEMENT, note=callback.comments,
                       before=before, data=data)  # fmt: skip
            self._event(session, comp, user, 5, "reopen", note=callback.comments)
            outcome = "reopened"
        else:
            self._move(session, comp, user, 6, "callback", State.CLOSE, note=callback.comments,
                       before=before, data=data)  # fmt: skip
            outcome = "called_back"
        _result(session, user, comp, self._clock.now())
        return outcome

    def on_alert_acknowledged(self, session: Session, user: CurrentUser, alert: AlertRow) -> None:
        """The supervisor took charge of a 重大 complaint: it goes on the complaint's timeline."""
        comp = session.get(Complaint, alert.ref_id)
        if comp is not None:
            self._event(session, comp, user, 0, "alert_ack", note=alert.ack_note, data={"alert_id": alert.id})

    def close(
        self,
        user: CurrentUser,
        complaint_id: int,
        *,
        improvement: str,
        summary: str = "",
        expected_version: int,
    ) -> ComplaintDetail:
        """Step 6 总结: the improvement measures (seed: 提出改进对策) and an evaluation; closed."""
        require(user, Action.COMPLAINT_CLOSE)
        c = Collector()
        improvement_v = c.check("improvement", _required_text, improvement)
        summary_v = c.check("summary", clean_text, summary)
        c.raise_if_any()
        with self._db.write() as s:
            comp = self._checked(s, complaint_id, expected_version, "close")
            before = audit.snapshot(comp, _FIELDS)
            now = self._clock.now()
            comp.improvement = improvement_v
            comp.summary = summary_v
            comp.closed_at, comp.closed_by = now, user.name
            self._move(s, comp, user, 6, "close", State.CLOSED, note=improvement_v, before=before)
            return _result(s, user, comp, now)

    # --- the registration form --------------------------------------------------------------------

    def print_data(self, user: CurrentUser, complaint_id: int) -> ComplaintForm:
        """What the 顾客投诉登记表 prints, numbered as the next printing: every printing after the
        first is a reprint and says so. Nothing is recorded until :meth:`record_print` (the form
        may be previewed and closed without printing)."""
        require(user, Action.COMPLAINT_VIEW)
        with self._db.read() as s:
            comp = self._load(s, complaint_id)
            now = self._clock.now()
            prints = [e for e in comp.events if e.action in ("print", "reprint")]
            rounds = s.scalars(
                select(Callback).where(Callback.ref_kind == "complaint", Callback.ref_id == comp.id)
                .order_by(Callback.round)
            ).all()  # fmt: skip
            cbs = tuple(
                CallbackRecord(
                    cb.round,
                    cb.due_at,
                    cb.done_at,
                    cb.done_by_name or "",
                    cb.method or "",
                    cb.satisfaction or "",
                    cb.comments or "",
                )  # fmt: skip
                for cb in rounds
            )
            detail = _detail(user, comp, now)
            return ComplaintForm(
                complaint=replace(detail, phone=comp.phone or "", phone_masked=False), callbacks=cbs,
                centre=str(_setting(s, "centre.name") or ""), copy_no=len(prints) + 1, printed_at=now,
                printed_by=user.name, first_printed_at=prints[0].at if prints else None,
            )  # fmt: skip

    def record_print(self, user: CurrentUser, complaint_id: int, *, target: str = "printer") -> int:
        """The form went to a printer or into a PDF file: on the timeline and in the audit trail.
        Returns which printing it was. Printing is not an edit: the count lives on the
        append-only timeline, so the complaint's version does not move and a step being typed
        on another counter is not disturbed."""
        require(user, Action.COMPLAINT_VIEW)
        if target not in ("printer", "pdf"):
            raise ValidationError({"target": "invalid"})
        with self._db.write() as s:
            comp = self._load(s, complaint_id, lock=True)
            n = sum(1 for e in comp.events if e.action in ("print", "reprint")) + 1
            action = "print" if n == 1 else "reprint"
            self._event(s, comp, user, 0, action, data={"copy": n, "target": target})
            audit.record(s, user, "complaint", comp.id, action, after={"copy": n, "target": target})
            return n

    def print_form(self, user: CurrentUser, complaint_id: int, *, target: str = "printer") -> ComplaintForm:
        """The form's data and its printing recorded at once (printing without a preview)."""
        form = self.print_data(user, complaint_id)
        self.record_print(user, complaint_id, target=target)
        return form

    # --- the monthly table -------------------------------------------------------------------------

    def monthly_stats(self, user: CurrentUser, year: int, month: int) -> MonthlyStats:
        """The month's complaints (by local date of reception) counted by category, validity,
        responsible department, severity and satisfaction, with the mean days to close and how
        many ran over a step's deadline (seed: 由客服主管填写《顾客投诉分类统计表》)."""
        require(user, Action.COMPLAINT_STATS)
        if not (1 <= month <= 12) or not (2000 <= year <= 2100):
            raise ValidationError({"month": "invalid"})
        with self._db.read() as s:
            return _month_stats(s, year, month, self._clock.now())

    # --- the status bar, global search and the shift handover -----------------------------------

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]:
        require(user, Action.COMPLAINT_VIEW)
        text = (text or "").strip()
        if len(text) < 2:
            return []
        rows = self.list_complaints(user, ComplaintFilter(text=text), limit=limit)
        return [
            SearchHit(
                "complaint",
                r.id,
                f"{r.number} {r.room or r.complainant}".strip(),
                f"{r.category} · {r.content[:40]}",
            )
            for r in rows
        ]

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        require(user, Action.COMPLAINT_VIEW)
        counts = self.state_counts(user)
        out = [StatusCount("complaint.overdue", counts.get("overdue", 0), "danger")]
        if user.can(Action.COMPLAINT_APPROVE):
            out.append(StatusCount("complaint.to_approve", counts.get(State.APPROVE.value, 0), "warning"))
        return out

    def handover_items(self, user: CurrentUser, shift_start: datetime, shift_end: datetime) -> list[HandoverItem]:
        """Complaints in progress, and the 重大 complaints received during the shift."""
        if not user.can(Action.COMPLAINT_VIEW):
            return []
        now = self._clock.now()
        items: list[HandoverItem] = []
        with self._db.read() as s:
            open_rows = s.scalars(
                select(Complaint)
                .where(Complaint.state.in_([x.value for x in OPEN_STATES]))
                .order_by(Complaint.due_at, Complaint.id)
            ).unique()
            for c in open_rows:
                items.append(
                    HandoverItem(
                        "complaint.open",
                        "complaint",
                        c.id,
                        c.number,
                        f"{_room_text(c) or c.complainant} {c.category}：{c.content[:30]}",
                        c.state,
                        c.due_at,
                        _is_overdue(c, now),
                        {"severity": c.severity},
                    )
                )
            majors = s.scalars(
                select(Complaint)
                .where(
                    Complaint.severity == MAJOR,
                    Complaint.received_at >= shift_start,
                    Complaint.received_at < shift_end,
                )
                .order_by(Complaint.received_at)
            ).unique()
            for c in majors:
                items.append(
                    HandoverItem(
                        "complaint.major",
                        "complaint",
                        c.id,
                        c.number,
                        f"{_room_text(c) or c.complainant} {c.category}：{c.content[:30]}",
                        c.state,
                        c.due_at,
                        _is_overdue(c, now),
                        {"severity": c.severity},
                    )
                )
        return items


# --- 顾客投诉分类统计表: the monthly classification table ----------------------------------------------

UNASSIGNED = ""  # department row for complaints with no responsible department (yet)


@dataclass(frozen=True)
class StatsLine:
    """One row of the monthly table: a category, a department, or the total."""

    label: str
    total: int = 0
    valid: int = 0
    invalid: int = 0
    unjudged: int = 0
    normal: int = 0  # 一般
    major: int = 0  # 重大
    closed: int = 0
    in_progress: int = 0
    satisfied: int = 0
    basic: int = 0
    unsatisfied: int = 0
    overdue: int = 0
    #: mean days from reception to closing, over the closed ones (None when none closed)
    avg_days_to_close: float | None = None

    @property
    def called_back(self) -> int:
        return self.satisfied + self.basic + self.unsatisfied

    @property
    def satisfaction_rate(self) -> float | None:
        """(满意 + 基本满意) / 回访数, or None without callbacks."""
        n = self.called_back
        return (self.satisfied + self.basic) / n if n else None


@dataclass(frozen=True)
class MonthlyStats:
    year: int
    month: int
    as_of: datetime
    by_category: tuple[StatsLine, ...]
    by_department: tuple[StatsLine, ...]
    total: StatsLine

    @property
    def title_period(self) -> str:
        return f"{self.year}年{self.month}月"


def _line(label: str, rows: list[Complaint], now: datetime) -> StatsLine:
    days = [
        (c.closed_at - c.received_at).total_seconds() / 86400
        for c in rows
        if c.state == State.CLOSED.value and c.closed_at is not None
    ]
    return StatsLine(
        label=label,
        total=len(rows),
        valid=sum(1 for c in rows if c.valid is True),
        invalid=sum(1 for c in rows if c.valid is False),
        unjudged=sum(1 for c in rows if c.valid is None),
        normal=sum(1 for c in rows if c.severity != MAJOR),
        major=sum(1 for c in rows if c.severity == MAJOR),
        closed=sum(1 for c in rows if c.state == State.CLOSED.value),
        in_progress=sum(1 for c in rows if State(c.state).is_open),
        satisfied=sum(1 for c in rows if c.satisfaction == "satisfied"),
        basic=sum(1 for c in rows if c.satisfaction == "basic"),
        unsatisfied=sum(1 for c in rows if c.satisfaction == "unsatisfied"),
        overdue=sum(1 for c in rows if c.was_overdue or _is_overdue(c, now)),
        avg_days_to_close=sum(days) / len(days) if days else None,
    )


def _month_stats(s: Session, year: int, month: int, now: datetime) -> MonthlyStats:
    start, end = month_bounds(year, month)
    rows = list(
        s.scalars(
            select(Complaint).where(Complaint.received_at >= start, Complaint.received_at < end).order_by(Complaint.id)
        ).unique()
    )
    categories = list(_setting(s, "complaint.categories"))
    for c in rows:
        if c.category not in categories:
            categories.append(c.category)  # a category since removed from the list still counts
    by_cat = tuple(_line(cat, [c for c in rows if c.category == cat], now) for cat in categories)
    named = {c.department.name for c in rows if c.department is not None}
    depts = [d.name for d in s.scalars(select(Department).order_by(Department.id)) if d.active or d.name in named]
    dept_lines = [_line(name, [c for c in rows if c.department is not None and c.department.name == name], now) for name in depts]
    none_rows = [c for c in rows if c.department is None]
    if none_rows:
        dept_lines.append(_line(UNASSIGNED, none_rows, now))
    return MonthlyStats(year, month, now, by_cat, tuple(dept_lines), _line("", rows, now))


# --- the registration (frontdesk.features) -------------------------------------------------------


def _build(env: FeatureEnv) -> ComplaintService:
    return ComplaintService(env.db, env.clock)


def _wire(services: Any, service: ComplaintService) -> None:
    # complaints join the same callback queue and alerts
    services.callbacks.register_hook("complaint", service)
    services.alerts.register_hook("complaint", service)


FEATURE = Feature(
    kind=COMPLAINT,
    key="complaints",
    build=_build,
    vocabulary=Vocabulary("Complaints", "投诉"),
    tabs=(TabSpec("frontdesk.ui.complaints_tab:ComplaintsTab", 30, Action.COMPLAINT_VIEW),),
    prefix="TS",
    wire=_wire,
)
