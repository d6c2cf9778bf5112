"""The room list of the 业户档案 tab: the shared paged list model over RegistryService pages.

Browsing fetches pages of ``PAGE_SIZE`` rooms as the view scrolls (keyset cursor in the
service's ``room_page``), so 3,000 rooms open as fast as 200. Search results are a fixed list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from frontdesk.services.core.columns import Column
from frontdesk.services.core.paging import Page
from frontdesk.services.registry.service import RoomRow
from frontdesk.ui.common.labels import status_name
from frontdesk.ui.common.paged_model import ROW_ROLE, CellStyle, PagedTableModel

PAGE_SIZE = 100
CONTEXT = "RoomListModel"

COL_CODE, COL_STATUS, COL_OWNER, COL_PHONE, COL_PEOPLE, COL_AREA = range(6)
STATUS_COLORS = {"未交付": "#7f8c8d", "已交房": "#2471a3", "装修中": "#b9770e", "已入住": "#1e8449"}

RoomFetch = Callable[[str | None, int], Page[RoomRow]]
_Index = QModelIndex | QPersistentModelIndex

__all__ = ["COL_AREA", "COL_CODE", "COL_PEOPLE", "COL_STATUS", "ROW_ROLE", "RoomListModel"]


def _noop(marked: object) -> str:
    """A header marked for translation (QT_TRANSLATE_NOOP returns it unchanged, typed object)."""
    return str(marked)


def _status_style(row: RoomRow, key: str) -> CellStyle | None:
    return CellStyle(foreground=STATUS_COLORS.get(row.status, "#000000")) if key == "status" else None


class RoomListModel(PagedTableModel[RoomRow]):
    def __init__(self, parent: Any = None) -> None:
        self.show_project = False  # search results may span projects: show the project name
        self.pages_fetched = 0
        columns: list[Column[RoomRow]] = [
            Column("code", _noop(QT_TRANSLATE_NOOP("RoomListModel", "房号")), lambda r: r.code, self._code_text),
            Column(
                "status", _noop(QT_TRANSLATE_NOOP("RoomListModel", "状态")), lambda r: r.status, lambda r: status_name(r.status)
            ),
            Column("owner", _noop(QT_TRANSLATE_NOOP("RoomListModel", "业主")), lambda r: r.owner_name),
            Column("phone", _noop(QT_TRANSLATE_NOOP("RoomListModel", "电话")), lambda r: r.owner_phone),
            Column(
                "people",
                _noop(QT_TRANSLATE_NOOP("RoomListModel", "人数")),
                lambda r: r.occupant_count,
                lambda r: str(r.occupant_count) if r.occupant_count else "",
                align_right=True,
            ),
            Column(
                "area",
                _noop(QT_TRANSLATE_NOOP("RoomListModel", "面积（㎡）")),
                lambda r: f"{r.area:g}" if r.area else None,
                align_right=True,
            ),
        ]
        super().__init__(columns, CONTEXT, style=_status_style, page_size=PAGE_SIZE, parent=parent)

    def _code_text(self, r: RoomRow) -> str:
        return f"{r.project}  {r.code}" if self.show_project else r.code

    # --- what to show ------------------------------------------------------------------------

    def browse(self, fetch: RoomFetch) -> None:
        """Show rooms page by page from ``fetch(cursor, limit)``; the first page is read now."""
        self.show_project = False
        self.pages_fetched = 0

        def counted(cursor: str | None, limit: int) -> Page[RoomRow]:
            self.pages_fetched += 1
            return fetch(cursor, limit)

        self.reload(counted)

    def show_rows(self, rows: list[RoomRow], *, show_project: bool = True) -> None:
        """Show a fixed list (search results)."""
        self.show_project = show_project
        self.set_rows(rows)

    def rows(self) -> list[RoomRow]:
        return self.loaded_rows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() and index.column() == COL_CODE else None
        if row is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._code_text(row)  # project and code two spaces apart, as typed on paper
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{row.project} {row.code}"
        return super().data(index, role)
