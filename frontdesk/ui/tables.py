"""A read-only, single-selection list table as the record tabs use it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def row_table(model: QAbstractItemModel, name: str, *, stretch: int, on_current_row: Callable[[int], None]) -> QTableView:
    """Rows selected whole, no editing, columns sized to their contents except ``stretch``;
    ``on_current_row(row)`` runs when the current row changes."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.selectionModel().currentRowChanged.connect(lambda cur, _prev: on_current_row(cur.row()))
    return table
