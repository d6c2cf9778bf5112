"""The list of handovers: the shared paged model (ui.common.paged_model) over
``HandoverService.page``, with the column specs of services/handover/export.py, their coded words
translated for the screen, and the list's colours and tooltip."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from frontdesk.services.core.columns import Column
from frontdesk.services.core.paging import DEFAULT_PAGE_SIZE
from frontdesk.services.handover import COLUMNS, HandoverRow
from frontdesk.services.handover.shifts import ShiftWindow
from frontdesk.ui.common.paged_model import ID_ROLE, CellStyle, Fetch, PagedTableModel
from frontdesk.ui.handover.view import fmt_time, shift_label, state_name

CONTEXT = "HandoverListModel"
#: the row's id (kept under its old name for callers)
ROW_ID_ROLE = ID_ROLE


def _t(text: str) -> str:
    return QCoreApplication.translate("HandoverListModel", text)


def _number(r: HandoverRow) -> str:
    return r.number or _t("（草稿）")


def _state(r: HandoverRow) -> str:
    text = state_name(r.state)
    return _t("{0}（超时）").format(text) if r.ack_overdue else text


def _correction(r: HandoverRow) -> str:
    parts = []
    if r.corrects_id is not None:
        parts.append(_t("更正{0}").format(r.corrects_number or ""))
    if r.correction_count:
        parts.append(_t("已被更正"))
    return _t("；").join(parts)


_SCREEN_WORDS = {"number": _number, "state": _state, "correction": _correction}


def screen_columns() -> list[Column[HandoverRow]]:
    """The list's column specs, with the coded words in the screen's language."""
    return [replace(c, text=_SCREEN_WORDS[c.key]) if c.key in _SCREEN_WORDS else c for c in COLUMNS]


def _style(r: HandoverRow, key: str) -> CellStyle | None:
    if r.ack_overdue:
        return CellStyle(foreground="#c0392b")
    if r.state == "draft":
        return CellStyle(foreground="#888888")
    if key == "state" and r.state == "submitted":
        return CellStyle(foreground="#d35400")
    return None


class HandoverListModel(PagedTableModel[HandoverRow]):
    def __init__(self, fetch: Fetch[HandoverRow], parent: Any = None, *, page_size: int = DEFAULT_PAGE_SIZE) -> None:
        super().__init__(screen_columns(), CONTEXT, fetch, style=_style, page_size=page_size, parent=parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            r = self.row_at(index.row()) if index.isValid() else None
            if r is None:
                return None
            tip = _t("{0}　交班时间 {1}").format(
                shift_label(ShiftWindow(r.shift_name, r.shift_start, r.shift_end)), fmt_time(r.submitted_at)
            )
            if r.ack_overdue:
                tip += "\n" + _t("已交班超过规定时间仍无人确认接班")
            return tip
        return super().data(index, role)
