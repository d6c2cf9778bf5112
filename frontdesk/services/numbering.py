"""Serial numbers: prefix + local date + 3-digit sequence, e.g. WX20261127003."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.models import SerialCounter
from frontdesk.services.clock import to_local


def next_serial(session: Session, prefix: str, at: datetime) -> str:
    """The next number for ``prefix`` on the local day of ``at``. Call inside a write transaction:
    on SQLite it began IMMEDIATE, on PostgreSQL the row is locked, so two counters never share one."""
    day = to_local(at).strftime("%Y%m%d")
    row = session.scalars(
        select(SerialCounter).where(SerialCounter.prefix == prefix, SerialCounter.day == day).with_for_update()
    ).one_or_none()
    if row is None:
        row = SerialCounter(prefix=prefix, day=day, last=0)
        session.add(row)
    row.last += 1
    session.flush()
    return f"{prefix}{day}{row.last:03d}"
