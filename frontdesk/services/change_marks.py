"""Which record kinds other counters changed: a counter counts each change set it makes
(:meth:`ChangeMarks.bump`), and every counter reads the counts now and then
(:meth:`ChangeMarks.read`); a count that moved means that kind's lists are stale.

One small table (``change_mark``, a row per kind) read with one query serves every registered
kind, so no list polls its own table. No Qt."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from frontdesk.db import Database
from frontdesk.models.change_marks import ChangeMark


class ChangeMarks:
    def __init__(self, db: Database) -> None:
        self._db = db

    def read(self) -> dict[str, int]:
        """Every kind's count of change sets so far."""
        with self._db.read() as s:
            return {kind: seq for kind, seq in s.execute(select(ChangeMark.kind, ChangeMark.seq))}

    def bump(self, kinds: Iterable[str]) -> dict[str, int]:
        """Count one change set naming ``kinds``; their new counts."""
        out: dict[str, int] = {}
        with self._db.write() as s:
            for kind in sorted(set(kinds)):
                mark = s.get(ChangeMark, kind)
                if mark is None:
                    mark = ChangeMark(kind=kind, seq=0)
                    s.add(mark)
                mark.seq += 1
                out[kind] = mark.seq
        return out
