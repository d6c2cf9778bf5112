"""Converting an entry into a work order or a complaint (other features call this)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from frontdesk.models import CallLogEntry, Room
from frontdesk.services import audit
from frontdesk.services.call_log.rows import (
    CONVERSIONS,
)
from frontdesk.services.clock import Clock
from frontdesk.services.core.versioning import load_for_change, load_record
from frontdesk.services.errors import (
    ConflictError,
    InvalidTransition,
    ValidationError,
)
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.service import phone_for
from frontdesk.services.validation import (
    mask_phone,
)
from frontdesk.services.work_orders.rows import WorkOrderInput

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
        raise ValidationError({"target": "invalid"})
    # locked until the caller commits: two counters converting the same entry cannot both win
    entry = load_for_change(session, CallLogEntry, entry_id, None, lock=True)
    link = "work_order_id" if target == "work_order" else "complaint_id"
    current = getattr(entry, link)
    if current == target_id and entry.outcome == target:
        return
    refuse_if_converted(entry)
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


def refuse_if_converted(entry: CallLogEntry) -> None:
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
        entry = load_record(session, CallLogEntry, source_id)
        refuse_if_converted(entry)
        room = session.get(Room, entry.room_id) if entry.room_id is not None else None
        return WorkOrderInput(
            room=room.code if room is not None else "",
            project_id=room.project_id if room is not None else None,
            reporter=entry.person or "",
            phone=phone_for(user, entry.phone),
            description=entry.content,
        )

    def restore_phone(self, session: Session, source_id: int, phone: str) -> str:
        entry = load_record(session, CallLogEntry, source_id)
        if entry.phone and phone.strip() == mask_phone(entry.phone):
            return entry.phone
        return phone

    def link(self, session: Session, user: CurrentUser, source_id: int, kind: str, record_id: int, number: str) -> None:
        if kind != "order":
            raise ValueError(kind)
        mark_converted_in(session, user, source_id, "work_order", record_id, self._clock.now(), number=number)
