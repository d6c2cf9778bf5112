"""What callers send and get back: inputs, filters, list rows, detail rows, the printed form."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from frontdesk.models import Complaint, ComplaintEvent
from frontdesk.services.complaints.rules import MACHINE, State
from frontdesk.services.core.rows import row_from
from frontdesk.services.core.service_clock import ClockView
from frontdesk.services.errors import ConflictError
from frontdesk.services.permissions import Action, CurrentUser
from frontdesk.services.registry.service import phone_for


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
    #: the service clock (services.core.service_clock) where the list read it
    clock: ClockView | None = field(default=None, kw_only=True)


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
    #: the step actions this row's user may take now (the state machine's answer)
    allowed: frozenset[str] = frozenset()

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
    return row_from(
        ComplaintDetail,
        c,
        state=State(c.state),
        overdue=_is_overdue(c, now),
        room=_room_text(c),
        project=c.room.project.name if c.room is not None else "",
        phone=phone_for(user, c.phone),
        phone_masked=not user.can(Action.PII_VIEW),
        department=c.department.name if c.department else "",
        proposals=tuple(c.proposals or ()),
        print_count=sum(1 for e in c.events if e.action in ("print", "reprint")),
        events=tuple(_event_row(e) for e in c.events),
        allowed=MACHINE.allowed(user, c.state),
    )


def _result(s: Session, user: CurrentUser, comp: Complaint, now: datetime) -> ComplaintDetail:
    """The complaint as it is after a change in this transaction (relations reloaded)."""
    try:
        s.flush()
    except StaleDataError as exc:  # another counter saved it between our read and our write
        raise ConflictError("conflict") from exc
    s.expire(comp, ["events", "department", "room"])
    return _detail(user, comp, now)
