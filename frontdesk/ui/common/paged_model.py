"""The one list model: rows of a service's ``Page[Row]``, columns from column specs
(services.core.columns), more pages fetched as the view scrolls (keyset cursor).

Features give the columns, a ``fetch(cursor, limit) -> Page[Row]`` and optionally a ``style``
for colours and bold; the model does the rest. Rows need an ``id``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from frontdesk.services.core.columns import Column
from frontdesk.services.core.paging import DEFAULT_PAGE_SIZE, Page
from frontdesk.ui.common.text_model import RowsModel, cell_text

Row = TypeVar("Row")
_Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
CELL_MAX = 200


@dataclass(frozen=True)
class CellStyle:
    background: str | None = None
    foreground: str | None = None
    bold: bool = False


Fetch = Callable[[str | None, int], Page[Row]]


class PagedTableModel(RowsModel, Generic[Row]):
    def __init__(
        self,
        columns: Sequence[Column[Row]],
        context: str,
        fetch: Fetch[Row] | None = None,
        *,
        style: Callable[[Row, str], CellStyle | None] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._context = context
        self._fetch = fetch
        self._style = style
        self._page_size = page_size
        self._rows: list[Row] = []
        self._cursor: str | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._brushes: dict[str, QBrush] = {}

    # --- loading ---------------------------------------------------------------------------

    @property
    def columns(self) -> list[Column[Row]]:
        return list(self._columns)

    def set_fetch(self, fetch: Fetch[Row]) -> None:
        self._fetch = fetch

    def reload(self, fetch: Fetch[Row] | None = None) -> None:
        if fetch is not None:
            self._fetch = fetch
        page = self._fetch(None, self._page_size) if self._fetch is not None else Page([])
        self.set_page(page)

    def set_page(self, page: Page[Row]) -> None:
        """Show a first page (e.g. one fetched in a worker thread)."""
        self.beginResetModel()
        self._rows = list(page.rows)
        self._cursor = page.next_cursor
        self.endResetModel()

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.set_page(Page(list(rows)))

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt's signature
        return not parent.isValid() and self._cursor is not None and self._fetch is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        page = self._fetch(self._cursor, self._page_size)
        self._cursor = page.next_cursor
        if page.rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()

    def fetch_until(self, row_id: int) -> int:
        """Fetch pages until the row is loaded; its position, or -1."""
        pos = self.row_of(row_id)
        while pos < 0 and self.canFetchMore():
            self.fetchMore()
            pos = self.row_of(row_id)
        return pos

    def replace_row(self, row: Row) -> bool:
        """Show a fresh copy of one row without reloading the list."""
        pos = self.row_of(row.id)  # type: ignore[attr-defined]
        if pos < 0:
            return False
        self._rows[pos] = row
        self.dataChanged.emit(self.index(pos, 0), self.index(pos, self.columnCount() - 1))
        return True

    def row_of(self, row_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)  # type: ignore[attr-defined]

    def row_at(self, position: int) -> Row | None:
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def loaded_rows(self) -> list[Row]:
        return list(self._rows)

    def header_texts(self) -> list[str]:
        return [QCoreApplication.translate(self._context, c.header) for c in self._columns]

    # --- the model ---------------------------------------------------------------------------

    def column_count(self) -> int:
        return len(self._columns)

    def header(self, section: int) -> str:
        return QCoreApplication.translate(self._context, self._columns[section].header)

    def _brush(self, colour: str) -> QBrush:
        brush = self._brushes.get(colour)
        if brush is None:
            brush = self._brushes[colour] = QBrush(QColor(colour))
        return brush

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self._columns)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(column.display(row), role, CELL_MAX)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            style = self._style(row, column.key) if self._style is not None else None
            if style is None:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._brush(style.background) if style.background else None
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._brush(style.foreground) if style.foreground else None
            return self._bold if style.bold else None
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return getattr(row, "id", None)
        return None
