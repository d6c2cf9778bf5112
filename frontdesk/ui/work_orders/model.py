"""The work-order list: the shared paged model (ui.common.paged_model) with the order columns
(services.core.columns specs) and colours; a page at a time as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.services.core.columns import Column
from frontdesk.services.core.paging import Page, decode_cursor, encode_cursor
from frontdesk.services.work_orders import WorkOrderRow
from frontdesk.ui.common.clock_cells import clock_column, with_clock_style
from frontdesk.ui.common.labels import data_word
from frontdesk.ui.common.paged_model import ID_ROLE, ROW_ROLE, CellStyle, PagedTableModel
from frontdesk.ui.work_orders.words import short_when, state_name, urgency_name

__all__ = ["ID_ROLE", "PAGE", "ROW_ROLE", "WorkOrderListModel", "columns"]

PAGE = 100
CONTEXT = "orders"
#: fetch(before_id, limit): the service's list query, newest first
OrderFetch = Callable[[int | None, int], list[WorkOrderRow]]


def _public() -> str:
    return QCoreApplication.translate("orders", "公区")


def columns(now: Callable[[], datetime]) -> list[Column[WorkOrderRow]]:
    """The list's columns; times read relative to ``now()`` (今天 09:30, 昨天 …)."""

    def col(key: str, header: object, text: Callable[[WorkOrderRow], str]) -> Column[WorkOrderRow]:
        return Column(key, str(header), text, text)  # header: QT_TRANSLATE_NOOP's str

    return [
        col("number", QT_TRANSLATE_NOOP("orders", "单号"), lambda r: r.number),
        col("reported_at", QT_TRANSLATE_NOOP("orders", "报修时间"), lambda r: short_when(r.reported_at, now())),
        col("place", QT_TRANSLATE_NOOP("orders", "房号/位置"), lambda r: r.place if not r.public else f"{_public()}·{r.place}"),
        col("category", QT_TRANSLATE_NOOP("orders", "类别"), lambda r: data_word(r.category)),
        col("description", QT_TRANSLATE_NOOP("orders", "故障描述"), lambda r: r.description),
        col("urgency", QT_TRANSLATE_NOOP("orders", "紧急"), lambda r: urgency_name(r.urgency) if r.urgency == "urgent" else ""),
        col("state", QT_TRANSLATE_NOOP("orders", "状态"), lambda r: state_name(r.state)),
        col("technician", QT_TRANSLATE_NOOP("orders", "维修人员"), lambda r: r.technician),
        col(
            "due_at",
            QT_TRANSLATE_NOOP("orders", "时限"),
            lambda r: short_when(r.due_at, now()) if r.state in ("new", "dispatched", "in_progress") else "",
        ),
        clock_column(),
    ]


_OVERDUE_BG, _OVERDUE_FG, _URGENT_FG, _MUTED_FG = "#fde2e1", "#b42318", "#c0392b", "#888888"


def style(r: WorkOrderRow, key: str) -> CellStyle | None:
    """Overdue rows tinted (number and deadline red, bold deadline); urgent: number and 紧急 red
    and bold; closed and cancelled greyed."""
    fg: str | None = None
    if r.overdue and key in ("number", "due_at"):
        fg = _OVERDUE_FG
    elif r.urgency == "urgent" and key in ("number", "urgency"):
        fg = _URGENT_FG
    elif r.state in ("closed", "cancelled"):
        fg = _MUTED_FG
    bold = (r.urgency == "urgent" and key in ("number", "urgency")) or (r.overdue and key == "due_at")
    bg = _OVERDUE_BG if r.overdue else None
    return CellStyle(bg, fg, bold) if (fg or bg or bold) else None


def _paged(fetch: OrderFetch) -> Callable[[str | None, int], Page[WorkOrderRow]]:
    """The service's (before_id, limit) list as keyset pages: the cursor is the last id shown."""

    def page(cursor: str | None, limit: int) -> Page[WorkOrderRow]:
        key = decode_cursor(cursor)
        rows = fetch(int(key[0]) if key else None, limit)
        return Page(rows, encode_cursor((rows[-1].id,)) if len(rows) >= limit and rows else None)

    return page


class WorkOrderListModel(PagedTableModel[WorkOrderRow]):
    """Rows come from ``fetch(before_id, limit)``, newest first; more are fetched as the view scrolls."""

    def __init__(self, fetch: OrderFetch, now: Callable[[], datetime], parent: Any = None) -> None:
        super().__init__(columns(now), CONTEXT, _paged(fetch), style=with_clock_style(style), page_size=PAGE, parent=parent)

    def reload(self, fetch: Any = None) -> None:
        """Reload the first page, with a new ``fetch(before_id, limit)`` when given."""
        super().reload(_paged(fetch) if fetch is not None else None)

    def order_at(self, row: int) -> WorkOrderRow | None:
        return self.row_at(row)
