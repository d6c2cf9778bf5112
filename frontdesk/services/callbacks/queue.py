"""What other features call inside their own transactions: schedule, cancel, read a record's callbacks."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.models import Callback
from frontdesk.services import audit
from frontdesk.services.callbacks.rows import CANCELLED, DEFAULT_DUE_DAYS, PENDING, CallbackRow, row_of
from frontdesk.services.core import service_clock
from frontdesk.services.permissions import CurrentUser


def due_from(settings: Any, at: datetime) -> datetime:
    """When a callback scheduled at ``at`` is due (setting ``callback.due_days``, 3 by default)."""
    days = settings.get("callback.due_days") if settings is not None else None
    try:
        n = float(days) if days is not None else DEFAULT_DUE_DAYS
    except (TypeError, ValueError):
        n = DEFAULT_DUE_DAYS
    return at + timedelta(days=n if n > 0 else DEFAULT_DUE_DAYS)


def rows_for(session: Session, user: CurrentUser | None, ref_kind: str, ref_id: int, now: datetime) -> list[CallbackRow]:
    """A record's callbacks, every round, inside the caller's session (for its detail view)."""
    rows = session.scalars(
        select(Callback).where(Callback.ref_kind == ref_kind, Callback.ref_id == ref_id).order_by(Callback.round)
    ).all()
    return [row_of(user, c, now) for c in rows]


def schedule(
    session: Session,
    ref_kind: str,
    ref_id: int,
    *,
    ref_number: str,
    summary: str,
    due_at: datetime,
    at: datetime,
    by: CurrentUser | None,
    room_code: str | None = None,
    contact_name: str | None = None,
    phone: str | None = None,
) -> CallbackRow:
    """Put a callback for a record in the queue, inside the caller's transaction. A record has at
    most one pending callback: scheduling again while one is pending returns that one."""
    pending = session.scalars(
        select(Callback).where(Callback.ref_kind == ref_kind, Callback.ref_id == ref_id, Callback.state == PENDING)
    ).first()
    if pending is not None:
        return row_of(None, pending, at)
    last = session.scalar(select(func.max(Callback.round)).where(Callback.ref_kind == ref_kind, Callback.ref_id == ref_id))
    cb = Callback(
        ref_kind=ref_kind,
        ref_id=ref_id,
        round=int(last or 0) + 1,
        ref_number=ref_number,
        summary=" ".join(summary.split())[:200],
        room_code=room_code,
        contact_name=contact_name,
        phone=phone,
        state=PENDING,
        scheduled_at=at,
        due_at=due_at,
    )
    session.add(cb)
    session.flush()
    # a callback has one time: made within 3 days (its clock's response stage is met at once)
    service_clock.start(session, "callback", cb.id, ref_number=ref_number, category="callback", at=at)
    service_clock.respond(session, "callback", cb.id, at)
    audit.record(
        session,
        by,
        "callback",
        cb.id,
        "schedule",
        after={
            "ref_kind": ref_kind,
            "ref_id": ref_id,
            "round": cb.round,
            "due_at": due_at,
        },
        at=at,
    )
    return row_of(None, cb, at)


def cancel_pending(session: Session, ref_kind: str, ref_id: int, *, by: CurrentUser | None, at: datetime) -> int:
    """Withdraw a record's pending callback (e.g. the record was cancelled). Returns how many."""
    rows = session.scalars(
        select(Callback).where(Callback.ref_kind == ref_kind, Callback.ref_id == ref_id, Callback.state == PENDING)
    ).all()
    for cb in rows:
        cb.state = CANCELLED
        service_clock.stop(session, "callback", cb.id, at)
        audit.record(
            session,
            by,
            "callback",
            cb.id,
            "cancel",
            before={"state": PENDING},
            after={"state": CANCELLED},
            at=at,
        )
    session.flush()
    return len(rows)
