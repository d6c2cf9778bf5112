"""The complaint list as a Qt table model: pages fetched on demand (keyset), overdue rows marked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from frontdesk.services.clock import to_local
from frontdesk.services.complaints import ComplaintFilter, ComplaintRow
from frontdesk.ui.labels import data_word

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 100

OVERDUE_BG = QColor("#fdecea")
OVERDUE_FG = QColor("#c0392b")
MAJOR_FG = QColor("#c0392b")
ENDED_FG = QColor("#7f8c8d")


def _t(text: str) -> str:
    return QCoreApplication.translate("complaints", text)


def state_names() -> dict[str, str]:
    return {
        "judge": _t("待判断"),
        "investigate": _t("待调查"),
        "propose": _t("待提方案"),
        "approve": _t("待审批"),
        "implement": _t("待实施"),
        "callback": _t("待回访"),
        "close": _t("待总结"),
        "closed": _t("已关闭"),
        "invalid": _t("不成立"),
    }


def due_text(due: datetime | None, now: datetime) -> str:
    """How long is left, or how late it is, in the words a receptionist uses."""
    if due is None:
        return ""
    delta = (due - now).total_seconds()
    hours = abs(delta) / 3600
    span = (
        _t("{0} 分钟").format(int(hours * 60))
        if hours < 1
        else (_t("{0} 小时").format(int(hours)) if hours < 48 else _t("{0} 天").format(int(hours // 24)))
    )
    return _t("超时 {0}").format(span) if delta < 0 else _t("剩 {0}").format(span)


class ComplaintListModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("complaints", "编号"),
        QT_TRANSLATE_NOOP("complaints", "状态"),
        QT_TRANSLATE_NOOP("complaints", "受理时间"),
        QT_TRANSLATE_NOOP("complaints", "投诉人"),
        QT_TRANSLATE_NOOP("complaints", "房号"),
        QT_TRANSLATE_NOOP("complaints", "类别"),
        QT_TRANSLATE_NOOP("complaints", "严重程度"),
        QT_TRANSLATE_NOOP("complaints", "责任部门"),
        QT_TRANSLATE_NOOP("complaints", "时限"),
        QT_TRANSLATE_NOOP("complaints", "投诉内容"),
    )

    def __init__(
        self,
        fetch: Callable[[ComplaintFilter, tuple[datetime, int] | None, int], list[ComplaintRow]],
        now: Callable[[], datetime],
        parent=None,  # type: ignore[no-untyped-def]
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._now = now
        self._rows: list[ComplaintRow] = []
        self._filter = ComplaintFilter()
        self._more = False
        self._names = state_names()

    # --- loading ------------------------------------------------------------------------------

    def set_filter(self, f: ComplaintFilter) -> None:
        self._filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch(self._filter, None, PAGE)
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or not self._rows:
            return
        last = self._rows[-1]
        page = self._fetch(self._filter, (last.received_at, last.id), PAGE)
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def row_at(self, row: int) -> ComplaintRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, complaint_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == complaint_id:
                return i
        return -1

    # --- the Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.HEADERS):
                return _t(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ToolTipRole and col == 9:
            return r.content
        if role == Qt.ItemDataRole.BackgroundRole and r.overdue:
            return QBrush(OVERDUE_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (col == 8 and r.overdue) or (col == 6 and r.severity == "重大"):
                return QBrush(OVERDUE_FG)
            if not r.state.is_open:
                return QBrush(ENDED_FG)
        if role == Qt.ItemDataRole.FontRole and col == 6 and r.severity == "重大":
            f = QFont()
            f.setBold(True)
            return f
        return None

    def _display(self, r: ComplaintRow, col: int) -> str:
        if col == 0:
            return r.number
        if col == 1:
            return self._names.get(r.state.value, r.state.value)
        if col == 2:
            return to_local(r.received_at).strftime("%m-%d %H:%M")
        if col == 3:
            return r.complainant
        if col == 4:
            return r.room
        if col == 5:
            return data_word(r.category)
        if col == 6:
            return data_word(r.severity)
        if col == 7:
            return data_word(r.department)
        if col == 8:
            return due_text(r.due_at, self._now()) if r.state.is_open else ""
        if col == 9:
            return " ".join(r.content.split())[:60]
        return ""
