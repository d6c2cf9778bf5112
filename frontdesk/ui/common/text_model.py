"""A read-only table of strings (import previews, reports, the audit log), and the part every
read-only table model shares (RowsModel): the row and column counts, the headers, and a long
cell shortened on screen with its full text as a tooltip."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
TOOLTIP_MAX = 2000
TOOLTIP_MIN = 30


class RowsModel(QAbstractTableModel):
    """A read-only table model's common part, written once for TextTableModel and
    paged_model.PagedTableModel: rows held in ``self._rows``, ``column_count()`` columns headed
    by ``header(section)``; the subclass says what is in the cells."""

    _rows: list[Any]

    def column_count(self) -> int:
        raise NotImplementedError

    def header(self, section: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.column_count()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.header(section) if 0 <= section < self.column_count() else None
        return None


def cell_text(text: str, role: int, cell_max: int) -> str | None:
    """A cell's text for ``role``: on screen on one line, cut at ``cell_max`` characters; in
    full (up to TOOLTIP_MAX) as the tooltip when it is long; None for other roles."""
    if role == Qt.ItemDataRole.DisplayRole:
        flat = " ".join(text.split())
        return flat if len(flat) <= cell_max else flat[:cell_max] + "…"
    if role == Qt.ItemDataRole.ToolTipRole and len(text) > TOOLTIP_MIN:
        return text[:TOOLTIP_MAX]
    return None


class TextTableModel(RowsModel):
    """Rows of already-worded cells; long cells are shortened on screen and shown in full as a tooltip."""

    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]] = (),
        parent: Any = None,
        *,
        cell_max: int = 200,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._cell_max = cell_max

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self.endResetModel()

    def append_rows(self, rows: Sequence[Sequence[str]]) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(list(r) for r in rows)
        self.endInsertRows()

    def cell(self, row: int, column: int) -> str:
        return self._rows[row][column] if column < len(self._rows[row]) else ""

    def column_count(self) -> int:
        return len(self._headers)

    def header(self, section: int) -> str:
        return self._headers[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        return cell_text(self.cell(index.row(), index.column()), role, self._cell_max)
