"""The work-order list as a Qt table model: a page at a time (keyset paging through fetchMore)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from frontdesk.services.work_orders import WorkOrderRow
from frontdesk.ui.labels import data_word
from frontdesk.ui.order_words import short_when, state_name, urgency_name

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 100

#: (title, how the cell reads)
COLUMNS: list[tuple[object, Callable[[WorkOrderRow, datetime], str]]] = [  # titles: QT_TRANSLATE_NOOP
    (QT_TRANSLATE_NOOP("orders", "单号"), lambda r, now: r.number),
    (QT_TRANSLATE_NOOP("orders", "报修时间"), lambda r, now: short_when(r.reported_at, now)),
    (
        QT_TRANSLATE_NOOP("orders", "房号/位置"),
        lambda r, now: r.place if not r.public else f"{_PUBLIC()}·{r.place}",
    ),
    (QT_TRANSLATE_NOOP("orders", "类别"), lambda r, now: data_word(r.category)),
    (QT_TRANSLATE_NOOP("orders", "故障描述"), lambda r, now: " ".join(r.description.split())[:60]),
    (
        QT_TRANSLATE_NOOP("orders", "紧急"),
        lambda r, now: urgency_name(r.urgency) if r.urgency == "urgent" else "",
    ),
    (QT_TRANSLATE_NOOP("orders", "状态"), lambda r, now: state_name(r.state)),
    (QT_TRANSLATE_NOOP("orders", "维修人员"), lambda r, now: r.technician),
    (
        QT_TRANSLATE_NOOP("orders", "时限"),
        lambda r, now: short_when(r.due_at, now) if r.state in ("new", "dispatched", "in_progress") else "",
    ),
]


def _PUBLIC() -> str:  # noqa: N802 - reads like the word it returns
    return QCoreApplication.translate("orders", "公区")


_OVERDUE_BG = QBrush(QColor("#fde2e1"))
_OVERDUE_FG = QBrush(QColor("#b42318"))
_URGENT_FG = QBrush(QColor("#c0392b"))
_MUTED_FG = QBrush(QColor("#888888"))


class WorkOrderListModel(QAbstractTableModel):
    """Rows come from ``fetch(before_id, limit)``, newest first; more are fetched as the view scrolls."""

    def __init__(
        self,
        fetch: Callable[[int | None, int], list[WorkOrderRow]],
        now: Callable[[], datetime],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._now = now
        self._rows: list[WorkOrderRow] = []
        self._exhausted = True
        self._bold = QFont()
        self._bold.setBold(True)

    # --- loading -----------------------------------------------------------------------------

    def reload(self, fetch: Callable[[int | None, int], list[WorkOrderRow]] | None = None) -> None:
        if fetch is not None:
            self._fetch = fetch
        self.beginResetModel()
        rows = self._fetch(None, PAGE)
        self._rows = rows
        self._exhausted = len(rows) < PAGE
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self._rows:
            return
        more = self._fetch(self._rows[-1].id, PAGE)
        self._exhausted = len(more) < PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def replace_row(self, row: WorkOrderRow) -> bool:
        """Show a fresh copy of one order without reloading the list."""
        for i, r in enumerate(self._rows):
            if r.id == row.id:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                return True
        return False

    def row_of(self, order_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == order_id), -1)

    def order_at(self, row: int) -> WorkOrderRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- the model --------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("orders", str(COLUMNS[section][0]))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[col][1](r, self._now())
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.description if col == 4 else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return _OVERDUE_BG if r.overdue else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.overdue and col in (0, 8):
                return _OVERDUE_FG
            if r.urgency == "urgent" and col in (0, 5):
                return _URGENT_FG
            if r.state in ("closed", "cancelled"):
                return _MUTED_FG
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if (r.urgency == "urgent" and col in (0, 5)) or (r.overdue and col == 8) else None
        if role == ROW_ROLE:
            return r
        if role == ID_ROLE:
            return r.id
        return None
