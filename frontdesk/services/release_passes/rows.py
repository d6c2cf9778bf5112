"""What the issue form sends, and the frozen rows that come back (detail, print, gate check)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from frontdesk.models import ReleasePass
from frontdesk.services.core.rows import row_from
from frontdesk.services.permissions import CurrentUser
from frontdesk.services.registry.service import phone_for
from frontdesk.services.release_passes.rules import allowed_actions, effective_state
from frontdesk.services.validation import mask_id_number


@dataclass
class ItemInput:
    name: str = ""
    quantity: int | str = 1
    note: str = ""

    def is_blank(self) -> bool:
        return not (self.name or "").strip() and not (self.note or "").strip()


@dataclass
class PassInput:
    """The issue form, as typed. Dates and times are local (the counter's wall clock)."""

    room: str = ""
    project_id: int | None = None  # the room's project when known (a code may exist in several)
    owner_name: str = ""
    carrier_is_owner: bool = False
    carrier_name: str = ""
    carrier_phone: str = ""
    carrier_id_number: str = ""
    items: list[ItemInput] = field(default_factory=list)
    reason: str = "搬家"
    reason_note: str = ""
    plate: str = ""
    valid_date: date | None = None
    valid_from: time = time(8, 0)
    valid_until: time = time(20, 0)
    confirm_method: str = ""
    confirm_by: str = ""
    confirm_at: datetime | None = None
    confirm_note: str = ""


@dataclass(frozen=True)
class PassItem:
    name: str
    quantity: int
    note: str


@dataclass(frozen=True)
class PassDetail:
    id: int
    number: str
    room_id: int
    room_code: str
    project: str
    owner_name: str
    carrier_name: str
    carrier_phone: str  # as this user may see it
    carrier_id_masked: str
    carrier_is_owner: bool
    items: tuple[PassItem, ...]
    reason: str
    reason_note: str
    plate: str
    valid_from: datetime
    valid_until: datetime
    confirm_method: str
    confirm_by: str
    confirm_at: datetime | None
    confirm_note: str
    issued_by: str
    issued_by_id: int | None
    issued_at: datetime
    state: str  # issued / used / void / expired (effective, at the time of reading)
    used_by: str
    used_at: datetime | None
    void_by: str
    void_at: datetime | None
    void_reason: str
    reprint_count: int
    version: int
    #: what this user may do to the pass now (rules.MACHINE and the same-day void)
    allowed: frozenset[str] = frozenset()

    @property
    def items_summary(self) -> str:
        return "、".join(f"{i.name}×{i.quantity}" for i in self.items)


@dataclass(frozen=True)
class PassPrint:
    """Everything the printed pass shows. ``reprint_no`` 0 is the original; 1, 2 … are 副本."""

    detail: PassDetail
    payload: str
    carrier_phone: str  # in full: the counterfoil stays at the counter
    reprint_no: int
    printed_at: datetime


@dataclass(frozen=True)
class GateCheck:
    """The answer the gate screen shows. ``method`` is "scan" (signed QR) or "manual" (typed serial)."""

    outcome: str
    method: str
    checked_at: datetime
    detail: PassDetail | None = None
    serial: str = ""

    @property
    def may_pass(self) -> bool:
        return self.outcome == "valid"


def to_detail(user: CurrentUser, p: ReleasePass, project: str, now: datetime) -> PassDetail:
    return row_from(
        PassDetail,
        p,
        project=project,
        carrier_phone=phone_for(user, p.carrier_phone),
        carrier_id_masked=mask_id_number(p.carrier_id_number),
        items=tuple(PassItem(i.name, i.quantity, i.note or "") for i in p.items),
        issued_by=p.issued_by_name,
        state=effective_state(p, now),
        used_by=p.used_by_name or "",
        void_by=p.void_by_name or "",
        allowed=allowed_actions(user, p, now),
    )
