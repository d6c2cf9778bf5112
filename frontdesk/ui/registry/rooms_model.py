"""The room list of the 业户档案 tab: a thin table model over RegistryService pages.

Browsing fetches pages of ``PAGE_SIZE`` rooms as the view scrolls (``canFetchMore`` /
``fetchMore``, keyset paging in the service), so 3,000 rooms open as fast as 200.
Search results are a fixed list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from frontdesk.services.registry.service import RoomRow
from frontdesk.ui.labels import status_name

PAGE_SIZE = 100
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the RoomRow itself

COL_CODE, COL_STATUS, COL_OWNER, COL_PHONE, COL_PEOPLE, COL_AREA = range(6)
_HEADERS = (
    QT_TRANSLATE_NOOP("RoomListModel", "房号"),
    QT_TRANSLATE_NOOP("RoomListModel", "状态"),
    QT_TRANSLATE_NOOP("RoomListModel", "业主"),
    QT_TRANSLATE_NOOP("RoomListModel", "电话"),
    QT_TRANSLATE_NOOP("RoomListModel", "人数"),
    QT_TRANSLATE_NOOP("RoomListModel", "面积（㎡）"),
)
STATUS_COLORS = {"未交付": "#7f8c8d", "已交房": "#2471a3", "装修中": "#b9770e", "已入住": "#1e8449"}

PageFetcher = Callable[["tuple[int, str] | None", int], "list[RoomRow]"]
_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("RoomListModel", text)


class RoomListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RoomRow] = []
        self._fetch: PageFetcher | None = None
        self._more = False
        self.show_project = False  # search results may span projects: show the project name
        self.pages_fetched = 0

    # --- what to show ------------------------------------------------------------------------

    def browse(self, fetch: PageFetcher) -> None:
        """Show rooms page by page from ``fetch(after, limit)``; the first page is read now."""
        self.beginResetModel()
        self._rows = []
        self._fetch = fetch
        self._more = True
        self.show_project = False
        self.pages_fetched = 0
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def show_rows(self, rows: list[RoomRow], *, show_project: bool = True) -> None:
        """Show a fixed list (search results)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._fetch = None
        self._more = False
        self.show_project = show_project
        self.endResetModel()

    def replace_row(self, row: RoomRow) -> None:
        """A room changed (status, occupants): update its line in place if it is listed."""
        for i, r in enumerate(self._rows):
            if r.id == row.id:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                return

    def row_at(self, row: int) -> RoomRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, room_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == room_id), -1)

    def rows(self) -> list[RoomRow]:
        return list(self._rows)

    # --- paging ------------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802 (Qt API)
        return not parent.isValid() and self._more and self._fetch is not None

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802 (Qt API)
        if parent.isValid() or not self._more or self._fetch is None:
            return
        after = self._rows[-1].cursor if self._rows else None
        page = self._fetch(after, PAGE_SIZE)
        self.pages_fetched += 1
        if len(page) < PAGE_SIZE:
            self._more = False
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # --- the model API ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(_HEADERS):
                return _t(str(_HEADERS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_CODE:
                return f"{r.project}  {r.code}" if self.show_project else r.code
            if col == COL_STATUS:
                return status_name(r.status)
            if col == COL_OWNER:
                return r.owner_name
            if col == COL_PHONE:
                return r.owner_phone
            if col == COL_PEOPLE:
                return str(r.occupant_count) if r.occupant_count else ""
            if col == COL_AREA:
                return f"{r.area:g}" if r.area else ""
            return None
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return QBrush(QColor(STATUS_COLORS.get(r.status, "#000000")))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_PEOPLE, COL_AREA):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_CODE:
            return f"{r.project} {r.code}"
        return None
