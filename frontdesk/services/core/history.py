"""A room's history: every record kind's records for one room, newest first (业户档案).

A feature joins by giving its service an optional method ``room_records(user, room_id) ->
list[HistoryEntry]``; ``Services.room_history`` gathers it from every registered feature, so a new
kind appears on the room card through its registration alone. ``records_of_room`` is the one
query behind those methods; ``RecordService`` uses it for every kind whose model has a room_id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute

from frontdesk.db import Database

#: the most entries of one kind a room card shows (the newest)
HISTORY_LIMIT = 200


@dataclass(frozen=True)
class HistoryEntry:
    """One record of a room's history. ``kind`` names the tab that opens it (as a SearchHit's
    does); ``state`` is the kind's code, worded by its Vocabulary; ``summary`` is one line, with
    no phone or ID number in it."""

    kind: str
    id: int
    at: datetime
    number: str
    state: str
    summary: str


def records_of_room(
    db: Database,
    model: Any,
    room_id: int,
    *,
    kind: str,
    at: InstrumentedAttribute[Any],
    summary: Callable[[Any], str],
    number: Callable[[Any], str] = lambda r: str(r.number),
    state: Callable[[Any], str] = lambda r: str(r.state),
    limit: int = HISTORY_LIMIT,
) -> list[HistoryEntry]:
    """The records of ``model`` for ``room_id``, newest first by ``at``, as history entries."""
    with db.read() as s:
        rows = s.scalars(select(model).where(model.room_id == room_id).order_by(at.desc(), model.id.desc()).limit(limit))
        return [HistoryEntry(kind, r.id, getattr(r, at.key), number(r), state(r), one_line(summary(r))) for r in rows]


def one_line(text: str, width: int = 60) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
