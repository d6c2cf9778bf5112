"""The call log's xlsx export: the column specs below, written through the one writer
(:func:`frontdesk.printing.xlsx.write_table`: streamed, typed, formula-safe)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from frontdesk.db_text import contains
from frontdesk.models import CallLogEntry
from frontdesk.printing.xlsx import write_table
from frontdesk.services.call_log.queries import CallQueries, base_select
from frontdesk.services.call_log.rows import VOCABULARY, CallFilter, CallRow
from frontdesk.services.call_log.rules import key_range, needles
from frontdesk.services.clock import to_local
from frontdesk.services.core.columns import Column
from frontdesk.services.errors import ValidationError
from frontdesk.services.permissions import Action, CurrentUser, require

SHEET = "来电来访登记"

#: the exported columns (headers are the supervisor's words; codes worded by the vocabulary)
COLUMNS: tuple[Column[CallRow], ...] = (
    Column("at", "时间", lambda r: r.at, width=17),
    Column("channel", "渠道", lambda r: VOCABULARY.label("channel", r.channel), width=6),
    Column("kind", "类别", lambda r: VOCABULARY.label("kind", r.kind), width=6),
    Column("project", "项目", lambda r: r.project, width=12),
    Column("room", "房号", lambda r: r.room_code, width=11),
    Column("person", "来电人", lambda r: r.person, width=10),
    Column("phone", "电话", lambda r: r.phone, width=14),  # masked as on screen
    Column("content", "内容", lambda r: r.content, width=50),
    Column("handling", "处理情况", lambda r: r.handling, width=40),
    Column("outcome", "结果", lambda r: VOCABULARY.state(r.outcome), width=9),
    Column("due_date", "跟进期限", lambda r: r.due_date, width=11),
    Column("follow_up_done_at", "跟进完成", lambda r: r.follow_up_done_at, width=17),
    Column("follow_up_note", "跟进情况", lambda r: r.follow_up_note, width=30),
    Column("handled_by", "经办人", lambda r: r.handled_by, width=8),
    # the number the supervisor knows (the id only if the number is missing)
    Column("work_order", "工单", lambda r: r.work_order_number or r.work_order_id, width=8),
    Column("complaint", "投诉", lambda r: r.complaint_number or r.complaint_id, width=8),
    Column("id", "记录号", lambda r: r.id, width=8),
)
EXPORT_HEADERS = tuple(c.header for c in COLUMNS)
BATCH = 2000


def write_calls(path: Path, rows: Iterator[CallRow]) -> int:
    """``rows`` under the export's columns to ``path`` (atomic); returns how many. The folder is
    made first: write_table would otherwise fail after opening its write-only sheet, which is
    then left to the garbage collector (an "I/O operation on closed file" warning later)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_table(path, SHEET, EXPORT_HEADERS, ([c.cell(r) for c in COLUMNS] for r in rows), [c.width for c in COLUMNS])


class CallExport(CallQueries):
    """Export of :class:`~frontdesk.services.call_log.service.CallLogService`."""

    def export_rows(self, user: CurrentUser, date_from: date, date_to: date, flt: CallFilter | None = None) -> Iterator[CallRow]:
        """Every entry of the local days, oldest first, read in pages (for large ranges)."""
        require(user, Action.CALL_EXPORT)
        if date_to < date_from:
            raise ValidationError({"date_to": "date_order"})
        flt = replace(flt or CallFilter(), date_from=date_from, date_to=date_to)
        low, high = key_range(date_from, date_to)
        assert low is not None and high is not None
        cursor = low - 1
        while True:
            with self._db.read() as s:
                conds = self._conditions(s, replace(flt, text=""), self.today())
                stmt = (
                    base_select()
                    .where(*conds, CallLogEntry.sort_key > cursor, CallLogEntry.sort_key < high)
                    .order_by(CallLogEntry.sort_key)
                    .limit(BATCH)
                )
                names = self._staff_names(s)
                today = self.today()
                batch = [self._row(user, r, names, today) for r in s.execute(stmt)]
            for row in batch:
                if not flt.text.strip() or contains(
                    "\n".join([row.person, row.content, row.handling, row.follow_up_note]), needles(flt.text)
                ):
                    yield row
            if len(batch) < BATCH:
                return
            cursor = batch[-1].sort_key

    def export_xlsx(self, user: CurrentUser, path: Path, date_from: date, date_to: date, flt: CallFilter | None = None) -> int:
        """Write the entries of the local days to an xlsx file; returns how many. Phones are
        masked as on screen. Runs in a worker thread (it opens its own sessions)."""
        require(user, Action.CALL_EXPORT)
        if date_to < date_from:
            raise ValidationError({"date_to": "date_order"})
        return write_calls(Path(path), self.export_rows(user, date_from, date_to, flt))

    def export_all(self, user: CurrentUser, path: Path) -> int:
        """Every entry (the default list, unfiltered), oldest first (``Feature.export``)."""
        require(user, Action.CALL_EXPORT)
        with self._db.read() as s:
            first = s.scalar(select(func.min(CallLogEntry.at)))
        today = self.today()
        start = min(to_local(first).date(), today) if first is not None else today
        return write_calls(Path(path), self.export_rows(user, start, max(today, start) + timedelta(days=1)))
