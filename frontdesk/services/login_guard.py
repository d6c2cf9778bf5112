"""Slowing down password guessing, per account, from the audit trail itself.

Every wrong password (at login or when signing for a handover) is an audit event written in a
transaction of its own, so it survives the refusal. The account's recent events decide what
the next attempt meets:

* after ``WAIT_FROM`` wrong passwords in a row, a wait that doubles with each one (2 s, 4 s, …,
  at most ``WAIT_MAX``) before the next attempt is even checked;
* after ``LOCK_AFTER``, a lock of ``LOCK_MINUTES`` counted from the last wrong password, which a
  supervisor can lift early (``unlock``);
* a correct password, or a lift, starts the count again.

Never a lock that leaves no one able to log in: an account that may manage staff is not locked
while no other such account is active and unlocked (the only supervisor locked out would leave
no one to lift locks). It still meets the growing wait, so guessing stays slow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.models import AuditEvent, Staff
from frontdesk.services.permissions import MATRIX, Action, Role

WAIT_FROM = 3
WAIT_MAX = 60
LOCK_AFTER = 6
LOCK_MINUTES = 15

#: audit actions on a staff record: a wrong password, and what starts the count again
FAILED = ("login_failed", "verify_failed")
RESETS = ("login", "unlock", "verify_ok", "reset_password")


@dataclass(frozen=True)
class GuardState:
    """What the next attempt on one account meets."""

    failures: int
    last_failure: datetime | None
    locked_until: datetime | None
    wait_until: datetime | None

    def blocked(self, now: datetime) -> tuple[str, datetime] | None:
        """``("locked", until)`` or ``("wait", until)`` when an attempt now is refused unchecked."""
        if self.locked_until is not None and now < self.locked_until:
            return "locked", self.locked_until
        if self.wait_until is not None and now < self.wait_until:
            return "wait", self.wait_until
        return None


def _aware(at: datetime, like: datetime) -> datetime:
    # SQLite gives back naive UTC datetimes
    return at.replace(tzinfo=like.tzinfo) if at.tzinfo is None and like.tzinfo is not None else at


def _failures(s: Session, staff_id: int, now: datetime) -> tuple[int, datetime | None]:
    """Wrong passwords in a row, newest first, within the lock window."""
    since = now - timedelta(minutes=LOCK_MINUTES)
    rows = s.execute(
        select(AuditEvent.action, AuditEvent.at)
        .where(
            AuditEvent.entity == "staff",
            AuditEvent.entity_id == str(staff_id),
            AuditEvent.action.in_(FAILED + RESETS),
            AuditEvent.at >= since,
        )
        .order_by(AuditEvent.id.desc())
        .limit(LOCK_AFTER + 1)
    ).all()
    count = 0
    last: datetime | None = None
    for action, at in rows:
        if action not in FAILED:
            break
        count += 1
        last = last or _aware(at, now)
    return count, last


def may_manage(role: str) -> bool:
    try:
        return Action.STAFF_MANAGE in MATRIX[Role(role)]
    except ValueError:
        return False


def state_of(s: Session, staff: Staff, now: datetime, *, lockable: bool | None = None) -> GuardState:
    """The guard's state for ``staff``; ``lockable`` None: decided here (see the module doc)."""
    failures, last = _failures(s, staff.id, now)
    if last is None:
        return GuardState(0, None, None, None)
    wait_until = None
    if failures >= WAIT_FROM:
        wait_until = last + timedelta(seconds=min(WAIT_MAX, 2 ** (failures - WAIT_FROM + 1)))
    locked_until = None
    if failures >= LOCK_AFTER:
        if lockable is None:
            lockable = not may_manage(staff.role) or _another_manager_can_log_in(s, staff.id, now)
        if lockable:
            locked_until = last + timedelta(minutes=LOCK_MINUTES)
    return GuardState(failures, last, locked_until, wait_until)


def _another_manager_can_log_in(s: Session, staff_id: int, now: datetime) -> bool:
    others = s.scalars(
        select(Staff).where(
            Staff.id != staff_id, Staff.active.is_(True), Staff.username.is_not(None), Staff.password_hash.is_not(None)
        )
    ).all()
    for other in others:
        if not may_manage(other.role):
            continue
        # the other manager is judged as lockable: two managers cannot keep each other unlocked
        state = state_of(s, other, now, lockable=True)
        if state.locked_until is None or now >= state.locked_until:
            return True
    return False
