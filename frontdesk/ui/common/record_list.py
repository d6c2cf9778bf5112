"""The record tabs' list side and layout, written once: a read-only single-selection table, the
list panel (filters, paged table, count line, detail view, action buttons), the form beside the
list, the tab's shortcuts and the form's banner."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.core.changes import Kind, call_op
from frontdesk.services.errors import ConflictError, ServiceError, ValidationError
from frontdesk.ui.common.conflict import Choice, FieldDiff
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.flow_row import FlowRow
from frontdesk.ui.common.forms import ERROR_STYLE, FieldErrors
from frontdesk.ui.common.headers import keep_header_words
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import publish
from frontdesk.ui.common.paged_model import PagedTableModel
from frontdesk.ui.common.tab_parts import side_by_side

Row = TypeVar("Row")
Rec = TypeVar("Rec")

OK_BANNER_STYLE = "color:#2e7d32; font-weight:bold;"
#: a list's action buttons per row: more go on a second row, so that no kind widens the window
#: past a 1366-pixel screen
ACTIONS_PER_ROW = 6


def read_only_rows(table: QTableView, *, single: bool = True) -> None:
    """Every record table: rows selected whole (one at a time when ``single``), never edited in
    place, no row numbers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    keep_header_words(table)  # no header clipped, in English too


def record_table(model: QAbstractItemModel, name: str, *, single: bool = True) -> QTableView:
    """A read-only record table (:func:`read_only_rows`) named ``name`` over ``model``."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    read_only_rows(table, single=single)
    return table


def item_table(name: str, headers: list[str]) -> QTableWidget:
    """A read-only table of items the view fills itself (:func:`read_only_rows`), named
    ``name``, one column per header."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    read_only_rows(table)
    return table


def fit_columns(table: QTableView, stretch: int) -> None:
    """Columns as wide as their contents, but ``stretch`` takes the room that is left."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def row_table(model: QAbstractItemModel, name: str, *, stretch: int, on_current_row: Callable[[int], None]) -> QTableView:
    """Rows selected whole, no editing, columns sized to their contents except ``stretch``;
    ``on_current_row(row)`` runs when the current row changes."""
    table = record_table(model, name)
    table.setAlternatingRowColors(True)
    fit_columns(table, stretch)
    table.selectionModel().currentRowChanged.connect(lambda cur, _prev: on_current_row(cur.row()))
    return table


class RecordList(QGroupBox, Generic[Row]):
    """Filters on top, the table and its count line, the selected record's detail and the
    actions on it below. ``on_current(row or None)`` shows the selected record."""

    def __init__(
        self,
        title: str,
        model: PagedTableModel[Row],
        name: str,
        *,
        on_current: Callable[[Row | None], None],
        filters: Iterable[tuple[QWidget, int]] = (),
        actions: Iterable[QPushButton] = (),
        stretch: int = 3,
        split: tuple[int, int] = (1, 1),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.model = model
        self._on_current = on_current
        self.table = row_table(model, f"{name}_table", stretch=stretch, on_current_row=self._current_row_changed)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color:#555")
        self.detail = QTextBrowser()
        self.detail.setObjectName(f"{name}_detail")
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        top = FlowRow()  # filters and actions wrap on a narrow window (English, 1280×720 at 125 %)
        for widget, factor in filters:
            top.addWidget(widget, factor)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        shown = list(actions)
        for start in range(0, max(len(shown), 1), ACTIONS_PER_ROW):  # many actions: several rows, not a wide window
            line = FlowRow()
            for b in shown[start : start + ACTIONS_PER_ROW]:
                line.addWidget(b)
            line.addStretch(1)
            buttons.addLayout(line)
        inner = QSplitter(Qt.Orientation.Vertical)
        inner.addWidget(_column(self.table, 1, self.count_label))
        inner.addWidget(_column(self.detail, 1, buttons))
        inner.setStretchFactor(0, split[0])
        inner.setStretchFactor(1, split[1])
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(inner, 1)

    def _current_row_changed(self, row: int) -> None:
        self._on_current(self.model.row_at(row))

    def current(self) -> Row | None:
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def select(self, row_id: int) -> bool:
        """Select a listed record (fetching pages until it is loaded) and show it."""
        row = self.model.fetch_until(row_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self._on_current(self.model.row_at(row))
        return True

    def show_rows(self, rows: list[Row]) -> None:
        """New rows, keeping the selected record selected when it is still listed."""
        current = self.current()
        self.model.set_rows(rows)
        if current is None or not self.select(current.id):  # type: ignore[attr-defined]
            self._on_current(None)


def _column(first: QWidget, factor: int, second: QWidget | QBoxLayout) -> QWidget:
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(first, factor)
    if isinstance(second, QWidget):
        lay.addWidget(second)
    else:
        lay.addLayout(second)
    return box


def form_beside_list(owner: QWidget, form: QWidget, records: QWidget, name: str = "") -> QSplitter:
    """The record tab's layout: the form on the left, the list on the right."""
    split = side_by_side(form, records, (5, 6), name)
    lay = QVBoxLayout(owner)
    lay.setContentsMargins(6, 6, 6, 6)
    lay.addWidget(split)
    return split


def add_shortcuts(owner: QWidget, keys: Iterable[tuple[str, Callable[[], Any]]]) -> None:
    """Shortcuts that work anywhere inside ``owner`` (the tab)."""
    for seq, slot in keys:
        sc = QShortcut(QKeySequence(seq), owner)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(slot)


def show_banner(banner: QLabel, text: str, *, error: bool) -> None:
    banner.setText(text)
    banner.setStyleSheet(ERROR_STYLE if error else OK_BANNER_STYLE)
    banner.show()


class RecordTab(QWidget):
    """A record tab: its issue form beside its list (:class:`RecordList`). Subclasses build both,
    then call :meth:`set_up`; they give ``reset_form()`` and ``reload()``. Showing the tab with
    an empty form puts the cursor in 房号, ready to type."""

    room: QLineEdit

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self._room_owner = ""  # the owner name last filled in from the registry
        #: tests and scripted runs answer the conflict question here instead of a dialog
        self.conflict_answer: Callable[[Sequence[FieldDiff]], Choice] | None = None

    def set_up(
        self,
        form: QWidget,
        records: QWidget,
        keys: Iterable[tuple[str, Callable[[], Any]]],
        kinds: Iterable[Kind],
        name: str = "",
    ) -> QSplitter:
        """Lay out, bind the shortcuts, reload when a change set touches ``kinds``, and start
        with an empty form and a fresh list."""
        split = form_beside_list(self, form, records, name)
        add_shortcuts(self, keys)
        self.ctx.bus.watch(kinds, self.on_records_changed)
        self.reset_form()
        self.reload()
        return split

    def on_records_changed(self, _changes: object) -> None:
        self.reload()

    def change_listed(
        self,
        title: str,
        call: Callable[[], object],
        *,
        invalid: Callable[[ValidationError], str],
        on_conflict: Callable[[], bool],
    ) -> bool:
        """A change to a listed record from its action row (void a pass, record a receipt): run
        ``call`` and publish what it changed. A refusal goes to a message box titled ``title``
        (a validation error worded by ``invalid``; anything else, and the list reloads); a
        conflict to ``on_conflict`` (mine beside theirs). True when the change went through."""
        try:
            _result, changes = call_op(call)
        except ConflictError:
            return on_conflict()
        except ValidationError as exc:
            QMessageBox.warning(self, title, invalid(exc))
            return False
        except ServiceError as exc:
            QMessageBox.warning(self, title, error_message(exc))
            self.reload()
            return False
        publish(self.ctx, changes)
        return True

    def reset_form(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.room.text():
            self.room.setFocus()
