"""The handover list's columns (one spec for the screen and the xlsx export) and the export."""

from __future__ import annotations

from pathlib import Path

from frontdesk.printing.xlsx import write_table
from frontdesk.services.clock import to_local
from frontdesk.services.core.columns import Column, export_rows
from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.services.handover.queries import HandoverQueries
from frontdesk.services.handover.rows import HandoverRow
from frontdesk.services.handover.words import VOCABULARY
from frontdesk.services.permissions import CurrentUser


def shift_words(row: HandoverRow) -> str:
    return f"{to_local(row.shift_start):%m-%d} {row.shift_name}"


def acked_words(row: HandoverRow) -> str:
    """``11-27 15:50`` (the year is implied in the list)."""
    return f"{to_local(row.acknowledged_at):%m-%d %H:%M}" if row.acknowledged_at is not None else ""


def state_words(row: HandoverRow) -> str:
    text = VOCABULARY.state(row.state)
    return f"{text}（超时）" if row.ack_overdue else text


def correction_words(row: HandoverRow) -> str:
    parts = []
    if row.corrects_id is not None:
        parts.append(f"更正{row.corrects_number or ''}")
    if row.correction_count:
        parts.append("已被更正")
    return "；".join(parts)


#: header texts are translated under the list model's context (ui/handover/list_model.py)
COLUMNS: tuple[Column[HandoverRow], ...] = (
    Column("number", QT_TRANSLATE_NOOP("HandoverListModel", "编号"), lambda r: r.number or "（草稿）", width=16),
    Column("shift", QT_TRANSLATE_NOOP("HandoverListModel", "班次"), lambda r: to_local(r.shift_start).date(), shift_words, 12),
    Column("counter", QT_TRANSLATE_NOOP("HandoverListModel", "柜台"), lambda r: r.counter, width=12),
    Column("author", QT_TRANSLATE_NOOP("HandoverListModel", "交班人"), lambda r: r.author_name, width=10),
    Column("acker", QT_TRANSLATE_NOOP("HandoverListModel", "接班人"), lambda r: r.ack_by_name or "", width=10),
    Column("acked", QT_TRANSLATE_NOOP("HandoverListModel", "接班时间"), lambda r: r.acknowledged_at, acked_words, 16),
    Column("state", QT_TRANSLATE_NOOP("HandoverListModel", "状态"), state_words, width=10),
    Column("items", QT_TRANSLATE_NOOP("HandoverListModel", "事项"), lambda r: r.item_count, width=6, align_right=True),
    Column("correction", QT_TRANSLATE_NOOP("HandoverListModel", "更正"), correction_words, width=16),
)


def export_handovers(service: HandoverQueries, user: CurrentUser, path: Path) -> int:
    """Every handover this user may list (the default list, newest first) to xlsx."""
    rows: list[HandoverRow] = []
    cursor: str | None = None
    while True:
        page = service.page(user, None, cursor, 500)
        rows.extend(page.rows)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    cols = [c for c in COLUMNS if c.export]
    return write_table(path, "交接班", [c.header for c in cols], export_rows(cols, rows), [c.width for c in cols])
