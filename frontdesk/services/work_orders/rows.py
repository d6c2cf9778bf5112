"""What callers send to the work-order service and what it returns (plain dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy.orm import Session

from frontdesk.services.alerts import AlertRow
from frontdesk.services.callbacks.rows import CallbackRow
from frontdesk.services.core.service_clock import ClockView
from frontdesk.services.permissions import CurrentUser

# --- what callers send ---------------------------------------------------------------------------


@dataclass
class WorkOrderInput:
    """The order form, as typed."""

    room: str = ""  # any spelling of a room; empty for a public location
    project_id: int | None = None  # the room's project when known (a code may exist in several)
    public: bool = False  # 公区
    location: str = ""  # where in the public area (or a note on where in the room)
    reporter: str = ""
    phone: str = ""
    category: str = ""
    description: str = ""
    urgency: str = "normal"
    paid: bool | None = None  # 有偿 / 无偿: a deliberate choice
    appointment_at: datetime | None = None


@dataclass
class ChargeLine:
    name: str = ""
    quantity: str | Decimal = "1"
    unit: str = ""
    unit_price: str | Decimal = "0"


@dataclass
class CompletionInput:
    work_done: str = ""
    completed_at: datetime | None = None  # default: now
    lines: list[ChargeLine] = field(default_factory=list)
    owner_confirmation: str = ""
    owner_comment: str = ""


@dataclass(frozen=True)
class OrderFilter:
    text: str = ""  # number, any spelling of a room, or words (two Chinese characters are enough)
    scope: str = "all"  # all / open (not closed or cancelled) / overdue
    states: tuple[str, ...] = ()
    category: str | None = None
    urgency: str | None = None
    technician_id: int | None = None
    date_from: date | None = None  # local dates of the report
    date_to: date | None = None


# --- what the service returns ----------------------------------------------------------------


@dataclass(frozen=True)
class WorkOrderRow:
    id: int
    number: str
    state: str
    reported_at: datetime
    room_id: int | None
    room_code: str
    project: str
    location: str
    reporter: str
    phone: str  # as this user may see it
    category: str
    description: str
    urgency: str
    paid: bool
    appointment_at: datetime | None
    due_at: datetime
    overdue: bool
    department: str
    technician: str
    completed_at: datetime | None
    version: int
    #: the service clock (services.core.service_clock) where the list read it
    clock: ClockView | None = field(default=None, kw_only=True)

    @property
    def place(self) -> str:
        """The room code, or the public location (公区)."""
        if self.room_id is not None:
            return f"{self.room_code} {self.location}".strip()
        return self.location

    @property
    def public(self) -> bool:
        return self.room_id is None


@dataclass(frozen=True)
class ChargeLineRow:
    name: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class TimelineEvent:
    id: int
    at: datetime
    actor_name: str
    action: str  # created / edited / alert_raised / alert_acknowledged / dispatched / reassigned / started /
    #              held / resumed / completed / callback / reopened / closed / cancelled / printed
    from_state: str | None
    to_state: str | None
    note: str | None
    data: dict[str, Any]


@dataclass(frozen=True)
class WorkOrderDetail(WorkOrderRow):
    phone_masked: bool
    source_kind: str | None
    source_id: int | None
    department_id: int | None
    technician_id: int | None
    dispatched_at: datetime | None
    started_at: datetime | None
    held_at: datetime | None
    held_from: str | None
    hold_reason: str | None
    cancel_reason: str | None
    work_done: str | None
    owner_confirmation: str | None
    owner_comment: str | None
    charge_total: Decimal
    lines: tuple[ChargeLineRow, ...]
    closed_at: datetime | None
    reopen_count: int
    print_count: int
    created_by: str
    events: tuple[TimelineEvent, ...]
    callbacks: tuple[CallbackRow, ...]
    alerts: tuple[AlertRow, ...]
    allowed: frozenset[str]  # Op values this user may do now
    #: print data only (print_data): the number for the 存根联 that stays at the counter, always
    #: masked; ``phone`` is then the 维修联's number for the technician, in full when the user may
    #: see or unmask phones (and that rendering is audited)
    stub_phone: str = ""


@dataclass(frozen=True)
class Technician:
    id: int
    name: str
    department_id: int
    department: str


class ContactSource(Protocol):
    """What a contact log (来电来访) offers an order created from one of its entries.

    ``draft`` reads the entry and returns the order form pre-filled; ``restore_phone`` gives
    the stored number back for the masked one the draft showed (sent back unchanged); ``link``
    marks the entry as turned into a work order (outcome 已转工单, link to ``record_id``) inside
    the order's own write transaction, and raises a ServiceError (e.g. InvalidTransition when it
    was already converted, ConflictError when it changed) to undo the whole creation."""

    def draft(self, session: Session, user: CurrentUser, source_id: int) -> WorkOrderInput: ...

    def restore_phone(self, session: Session, source_id: int, phone: str) -> str: ...

    def link(self, session: Session, user: CurrentUser, source_id: int, kind: str, record_id: int, number: str) -> None: ...
