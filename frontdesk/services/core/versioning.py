"""Loading records: one by id or NotFound (:func:`load_record`), and a row for a change that
refuses a stale one (:func:`load_for_change`), each in one place."""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.services.errors import ConflictError, NotFound


class Versioned(Protocol):
    id: Any
    version: Any


M = TypeVar("M", bound=Versioned)
T = TypeVar("T")


def load_record(session: Session, model: type[T], record_id: int | None) -> T:
    """The row of ``model`` with this id, or NotFound: every "open this record" read."""
    row = session.get(model, record_id) if record_id is not None else None
    if row is None:
        raise NotFound("not_found")
    return row


def load_for_change(session: Session, model: type[M], record_id: int, expected_version: int | None, *, lock: bool = False) -> M:
    """The row to change, as the caller last saw it. Missing → NotFound; saved by someone else
    since ``expected_version`` → ConflictError carrying the current version (nothing written).
    ``expected_version`` None skips the check (a change that does not depend on what was seen).

    ``lock``: read it with ``SELECT … FOR UPDATE OF`` its own table, so on PostgreSQL the row stays
    this transaction's until commit (two gates release a pass once; SQLite writes are IMMEDIATE
    anyway). Only the row's table is locked: PostgreSQL refuses FOR UPDATE on the outer-joined
    rows that eager loading adds."""
    row: M | None
    if lock:
        stmt = select(model).where(model.id == record_id).with_for_update(of=model)
        row = session.scalars(stmt).unique().first()
    else:
        row = session.get(model, record_id)
    if row is None:
        raise NotFound("not_found", id=record_id)
    if expected_version is not None and row.version != expected_version:
        raise ConflictError("conflict", current_version=row.version)
    return row
