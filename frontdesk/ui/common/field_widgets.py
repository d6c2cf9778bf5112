"""Widgets for a record kind's declared fields (services.core.fields.FormField): one editor per
field, each wrapped with its error label, laid out in a form; ``values()`` reads them in the
shape :func:`~frontdesk.services.core.fields.read_values` takes, ``set_values()`` fills them.

Used by the generic record tab's form and by its action dialogs, so every kind's fields look and
behave the same: a date has a calendar, a choice list comes from the settings, a table of items
adds rows as it is filled, and nothing typed is lost when the service refuses it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from frontdesk.services.clock import LOCAL_TZ
from frontdesk.services.core.fields import ME, FormField
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.date_fields import DateField, DateTimeField
from frontdesk.ui.common.forms import FieldErrors
from frontdesk.ui.common.headers import keep_header_words
from frontdesk.ui.common.room_field import RoomField

CONTEXT = "RecordKind"


def tr(text: str) -> str:
    """A declared label or word in the record kinds' translation context."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class FieldWidgets:
    """The editors of ``fields`` in ``layout`` (a QFormLayout), with ``errors`` beside them.
    ``choices(key)`` gives a settings list (``choices_from``); ``today()`` the desk's date."""

    def __init__(
        self,
        ctx: UiContext,
        fields: Sequence[FormField],
        errors: FieldErrors,
        layout: QFormLayout,
        *,
        choices: Callable[[str], list[str]],
        today: Callable[[], date],
        name: str = "",
        staff: Callable[[], list[tuple[int, str]]] | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.ctx = ctx
        self.fields = tuple(fields)
        self._choices = choices
        self._today = today
        self._staff = staff
        self._now = now or (lambda: datetime.now(LOCAL_TZ))
        self.editors: dict[str, QWidget] = {}
        for f in self.fields:
            editor = self._editor(f, f"{name}{f.name}")
            self.editors[f.name] = editor
            for col in f.columns:
                errors.cell_labels[f"{f.name}.{col.name}"] = tr(col.label)
            text = tr(f.label) + ("  *" if f.required else "")
            layout.addRow(text, errors.wrap(f.name, editor))
        self.clear()

    # --- building ---------------------------------------------------------------------------

    def _editor(self, f: FormField, name: str) -> QWidget:
        editor: QWidget
        if f.type == "multiline":
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setMaximumHeight(110)
            if f.placeholder:
                editor.setPlaceholderText(tr(f.placeholder))
        elif f.type == "date":  # one Tab passes a date or a date and time; typed digits fill it
            editor = DateField()
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd")
        elif f.type == "datetime":
            editor = DateTimeField()
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd HH:mm")
        elif f.type in ("choice", "staff"):
            editor = QComboBox()
            editor.setEditable(False)
            # long choices (a key cabinet's entries) must not widen the whole form
            editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            editor.setMinimumContentsLength(10)
        elif f.type in ("multi", "staffs"):
            editor = QListWidget()
            editor.setMaximumHeight(24 * min(6, max(2, len(f.choices) or 4)) + 6)
        elif f.type == "bool":
            editor = QCheckBox()
        elif f.type == "int":
            editor = QSpinBox()
            editor.setRange(f.low, f.high)
        elif f.type == "room":
            editor = RoomField(self.ctx, name=name)
        elif f.type == "rows":
            editor = QTableWidget(0, len(f.columns))
            editor.setHorizontalHeaderLabels([tr(c.label) for c in f.columns])
            editor.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            keep_header_words(editor)  # a narrow form scrolls rather than clip a column's words
            editor.verticalHeader().setDefaultSectionSize(26)
            editor.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
            editor.setMinimumHeight(110)
            editor.setTabKeyNavigation(True)
            editor.itemChanged.connect(lambda _item, t=editor: self._grow(t))
            for c, col in enumerate(f.columns):
                words = list(col.choices) or (self._choices(col.choices_from) if col.choices_from else [])
                if col.type == "staff":  # a person is typed by name, the names offered as typed
                    editor.setItemDelegateForColumn(c, _NameCell(editor, self._staff_names))
                elif col.type == "choice" and words:
                    editor.setItemDelegateForColumn(c, ChoiceDelegate(words, editor))
        else:
            editor = QLineEdit()
            editor.setMaxLength(max(f.max_len * 2, 50))
            if f.type == "password":
                editor.setEchoMode(QLineEdit.EchoMode.Password)
            if f.placeholder:
                editor.setPlaceholderText(tr(f.placeholder))
        if not isinstance(editor, RoomField):
            editor.setObjectName(name)
        return editor

    @staticmethod
    def _grow(table: QTableWidget) -> None:
        """A table of items always ends with one empty row to type the next item into."""
        last = table.rowCount() - 1
        filled = last >= 0 and any(_cell(table, last, c) for c in range(table.columnCount()))
        if last < 0 or filled:
            table.blockSignals(True)
            table.insertRow(table.rowCount())
            table.blockSignals(False)

    def _fill_choices(self, f: FormField, editor: QWidget) -> None:
        words = list(f.choices) or (self._choices(f.choices_from) if f.choices_from else [])
        if isinstance(editor, QComboBox):
            editor.clear()
            if f.type == "staff":
                editor.addItem("", None)
                for sid, sname in self._staff() if self._staff else []:
                    editor.addItem(sname, sid)
                return
            if not f.required:
                editor.addItem("", "")
            for w in words:
                editor.addItem(tr(w), w)
        elif isinstance(editor, QListWidget):
            editor.clear()
            # several people (``staffs``): the active staff, each checked by id
            people = (self._staff() if self._staff else []) if f.type == "staffs" else [(w, tr(w)) for w in words]
            for code, text in people:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                editor.addItem(item)

    # --- values -----------------------------------------------------------------------------

    def clear(self) -> None:
        """Every field empty (or its default; a date today)."""
        values: dict[str, Any] = {}
        for f in self.fields:
            self._fill_choices(f, self.editors[f.name])
            values[f.name] = self.ctx.user.id if f.type == "staff" and f.default == ME else f.default
        self.set_values(values)

    def set_values(self, values: Mapping[str, Any]) -> None:
        for f in self.fields:
            if f.name in values:
                self._set(f, self.editors[f.name], values[f.name])

    def _set(self, f: FormField, editor: QWidget, value: Any) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText("" if value is None else str(value))
        elif isinstance(editor, QDateEdit):
            editor.setDate(_qdate(value if isinstance(value, date) else self._today()))
        elif isinstance(editor, QDateTimeEdit):
            # empty: now; a timedelta default: that long from now (a loan due in two hours); shown
            # in the desk's wall clock, whatever the PC's own time zone
            now = self._now()
            when = value if isinstance(value, datetime) else now + value if isinstance(value, timedelta) else now
            local = when.astimezone(LOCAL_TZ)
            editor.setDateTime(QDateTime(_qdate(local.date()), QTime(local.hour, local.minute)))
        elif isinstance(editor, QComboBox):
            i = editor.findData(value)
            editor.setCurrentIndex(i if i >= 0 else 0)
        elif isinstance(editor, QListWidget):
            picked = set(value or [])
            for i in range(editor.count()):
                item = editor.item(i)
                on = item.data(Qt.ItemDataRole.UserRole) in picked
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value) if value not in (None, "") else f.low)
        elif isinstance(editor, RoomField):
            project, code = value if isinstance(value, tuple) else (None, value or "")
            editor.set(project, code)
        elif isinstance(editor, QTableWidget):
            rows = list(value or [])
            editor.blockSignals(True)
            editor.setRowCount(0)
            for r in rows:
                at = editor.rowCount()
                editor.insertRow(at)
                for c, col in enumerate(f.columns):
                    v = r.get(col.name)
                    if col.type == "staff" and v is not None:
                        v = dict(self._staff() if self._staff else []).get(v, v)
                    editor.setItem(at, c, QTableWidgetItem("" if v is None else _text(v)))
            editor.blockSignals(False)
            self._grow(editor)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else _text(value))

    def values(self) -> dict[str, Any]:
        return {f.name: self._get(f, self.editors[f.name]) for f in self.fields}

    def _get(self, f: FormField, editor: QWidget) -> Any:
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QDateEdit):
            d = editor.date()
            return date(d.year(), d.month(), d.day())
        if isinstance(editor, QDateTimeEdit):
            d, t = editor.date(), editor.time()
            return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ)
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QListWidget):
            return [
                editor.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(editor.count())
                if editor.item(i).checkState() == Qt.CheckState.Checked
            ]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, RoomField):
            return (editor.project_id(), editor.text())
        if isinstance(editor, QTableWidget):
            _commit_open_cell(editor)
            rows = []
            for r in range(editor.rowCount()):
                cells: dict[str, Any] = {col.name: _cell(editor, r, c) for c, col in enumerate(f.columns)}
                if any(v.strip() for v in cells.values()):
                    for col in f.columns:
                        if col.type == "staff":
                            cells[col.name] = self._staff_id(cells[col.name])
                    rows.append(cells)
            return rows
        if isinstance(editor, QLineEdit):
            return editor.text()
        return None

    def _staff_names(self) -> list[str]:
        return [name for _sid, name in (self._staff() if self._staff else [])]

    def _staff_id(self, name: str) -> int | str | None:
        """A staff cell of a table is typed as a name: its person's id (the typed text when it
        names nobody, which the service reports beside the cell)."""
        if not name:
            return None
        found = [sid for sid, sname in (self._staff() if self._staff else []) if sname == name]
        return found[0] if len(found) == 1 else name

    def first(self) -> QWidget | None:
        """The first editor, where the cursor starts."""
        return next(iter(self.editors.values()), None)


class _NameCell(QStyledItemDelegate):
    """A table cell for a person: a line edit that completes the names ``names()`` gives
    (typing 赵 offers 赵管家)."""

    def __init__(self, parent: QWidget, names: Callable[[], list[str]]) -> None:
        super().__init__(parent)
        self._names = names

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802 - Qt's name
        editor = QLineEdit(parent)
        completer = QCompleter(self._names(), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # completed in the cell itself (the rest of the name selected): no popup over the table
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        editor.setCompleter(completer)
        return editor


def _commit_open_cell(table: QTableWidget) -> None:
    """A cell still being typed in (Ctrl+S pressed inside it) counts as typed."""
    typing = QApplication.focusWidget()
    editing = table.state() == QAbstractItemView.State.EditingState
    if editing and typing is not None and table.viewport().isAncestorOf(typing):
        table.commitData(typing)


class ChoiceDelegate(QStyledItemDelegate):
    """A ``rows`` table's choice column: the cell is edited with a list of the words (Enter or
    Tab takes the chosen one; a cell typed before keeps its text, checked by the service)."""

    def __init__(self, words: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.words = list(words)

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802 - Qt's name
        combo = QComboBox(parent)
        for w in self.words:
            combo.addItem(tr(w), w)
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:  # noqa: N802 - Qt's name
        assert isinstance(editor, QComboBox)
        text = str(index.data() or "")
        editor.setCurrentIndex(max(editor.findData(text), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:  # noqa: N802 - Qt's name
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def _text(value: Any) -> str:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
