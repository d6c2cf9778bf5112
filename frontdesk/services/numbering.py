"""Serial numbers: prefix + local date + 3-digit sequence, e.g. WX20261127003."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from frontdesk.models import SerialCounter
from frontdesk.services.clock import to_local


def next_serial(session: Session, prefix: str, at: datetime) -> str:
    """The next number for ``prefix`` on the local day of ``at``. Call inside a write transaction.

    One statement takes the number: an insert of the day's counter row that, when the row is
    already there, adds one to it instead (``INSERT … ON CONFLICT DO UPDATE … RETURNING``). On
    PostgreSQL two counters making the first record of a day at the same instant cannot both
    insert the row (the second waits for the first and then updates it); a read-then-write
    would have failed one of them on the primary key. On SQLite the write transaction began
    IMMEDIATE, so the statement runs alone anyway."""
    day = to_local(at).strftime("%Y%m%d")
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    stmt = (
        insert(SerialCounter)
        .values(prefix=prefix, day=day, last=1)
        .on_conflict_do_update(index_elements=[SerialCounter.prefix, SerialCounter.day], set_={"last": SerialCounter.last + 1})
        .returning(SerialCounter.last)
    )
    last = int(session.execute(stmt).scalar_one())
    return f"{prefix}{day}{last:03d}"
