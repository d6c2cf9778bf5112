"""The list of handovers: a thin table model over HandoverService.list, fetched in pages (keyset)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from frontdesk.services.clock import to_local
from frontdesk.services.handover import HandoverRow
from frontdesk.services.handover.shifts import ShiftWindow
from frontdesk.ui.handover.view import fmt_time, shift_label, short_time, state_name

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 100
COLUMNS = ("number", "shift", "counter", "author", "acker", "acked", "state", "items", "correction")
_Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int | None, int], list[HandoverRow]]


class HandoverListModel(QAbstractTableModel):
    def __init__(self, fetch: Fetch, parent=None, *, page: int = PAGE) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._fetch = fetch
        self._page = page
        self._rows: list[HandoverRow] = []
        self._more = False

    def headers(self) -> list[str]:
        return [
            self.tr("编号"),
            self.tr("班次"),
            self.tr("柜台"),
            self.tr("交班人"),
            self.tr("接班人"),
            self.tr("接班时间"),
            self.tr("状态"),
            self.tr("事项"),
            self.tr("更正"),
        ]

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch(None, self._page)
        self._more = len(self._rows) == self._page
        self.endResetModel()

    def row_at(self, row: int) -> HandoverRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, handover_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == handover_id:
                return i
        return -1

    # --- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == ROW_ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.ack_overdue:
                return QColor("#c0392b")
            if r.state == "draft":
                return QColor("#888888")
            if col == "state" and r.state == "submitted":
                return QColor("#d35400")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("{0}　交班时间 {1}").format(
                shift_label(ShiftWindow(r.shift_name, r.shift_start, r.shift_end)), fmt_time(r.submitted_at)
            )
            if r.ack_overdue:
                tip += "\n" + self.tr("已交班超过规定时间仍无人确认接班")
            return tip
        return None

    def _text(self, r: HandoverRow, col: str) -> str:
        if col == "number":
            return r.number or self.tr("（草稿）")
        if col == "shift":
            return f"{to_local(r.shift_start):%m-%d} {r.shift_name}"
        if col == "counter":
            return r.counter
        if col == "author":
            return r.author_name
        if col == "acker":
            return r.ack_by_name or ""
        if col == "acked":
            return short_time(r.acknowledged_at)
        if col == "state":
            text = state_name(r.state)
            return self.tr("{0}（超时）").format(text) if r.ack_overdue else text
        if col == "items":
            return str(r.item_count)
        if col == "correction":
            parts = []
            if r.corrects_id is not None:
                parts.append(self.tr("更正{0}").format(r.corrects_number or ""))
            if r.correction_count:
                parts.append(self.tr("已被更正"))
            return self.tr("；").join(parts)
        return ""

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        if parent.isValid() or not self._rows or not self._more:
            return
        more = self._fetch(self._rows[-1].id, self._page)
        self._more = len(more) == self._page
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
