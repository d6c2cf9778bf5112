"""Form helpers: an error label under each field, filled from a ValidationError."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.errors import ValidationError
from frontdesk.ui.common.messages import field_message

ERROR_STYLE = "color: #c0392b; font-size: 12px;"
# the note beside a choice a form guessed (按来电内容推测), until the receptionist confirms or changes it
GUESS_STYLE = "color:#b45309; font-size:11px;"
INVALID_STYLE = "border: 1px solid #c0392b; border-radius: 2px; padding: 2px;"  # keeps the height


def _make_room(label: QLabel) -> None:
    """A dialog grows to show a message that just appeared: with word-wrapped labels its layout
    may otherwise squeeze the rows and clip the messages' tops (the first-start dialog did)."""
    window = label.window()
    if not isinstance(window, QDialog) or window.layout() is None:
        return
    window.layout().activate()  # type: ignore[union-attr]
    wanted = window.heightForWidth(window.width()) if window.hasHeightForWidth() else -1
    wanted = max(wanted, window.sizeHint().height())
    if window.height() < wanted:
        window.resize(window.width(), wanted)


class FieldErrors:
    """Keeps one hidden red label per field; ``show()`` fills the ones a ValidationError names."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        #: a table field's column words ("workers.phone" → "电话"): an error on a cell
        #: ("workers.1.phone") is shown under the table as "第 2 行 电话：…"
        self.cell_labels: dict[str, str] = {}

    def wrap(self, name: str, widget: QWidget, marked: QWidget | None = None) -> QWidget:
        """A container holding ``widget`` with its error label below; use it in the form layout.
        ``marked``: the part of ``widget`` outlined in red and focused on an error (default: all)."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        lay.addWidget(label)
        if _one_line(widget):
            # a one-line field: the box is exactly field + message, so the layout (and a dialog)
            # makes room for the message instead of squashing the field under it
            box.setSizePolicy(box.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
        self._labels[name] = label
        self._widgets[name] = marked if marked is not None else widget
        for editor in _editors(widget):
            _on_user_edit(editor, lambda *_args, name=name: self.clear_one(name))
        return box

    def add_row(self, form: QFormLayout, label: str, name: str, widget: QWidget) -> None:
        form.addRow(label, self.wrap(name, widget))

    def clear(self) -> None:
        for name in self._labels:
            self.clear_one(name)

    def clear_one(self, name: str) -> None:
        """Hide one field's message (after checking that field alone, or as soon as it is edited),
        leaving the others."""
        label = self._labels.get(name)
        if label is not None and (label.text() or not label.isHidden()):
            label.clear()
            label.hide()
            _unmark(self._widgets[name])

    def set(self, name: str, text: str) -> None:
        label = self._labels.get(name)
        if label is None:
            return
        label.setText(text)
        _align_top(label.parentWidget())  # a taller neighbour in the row must not centre the field
        label.show()
        _mark(self._widgets[name])
        _make_room(label)

    def show(self, exc: ValidationError, *, focus: bool = True) -> list[str]:
        """Show each error next to its field; returns the names that have no label here. The
        first field in error takes the focus unless ``focus`` is False (a save nobody asked for,
        such as an autosave, must not pull the cursor out of what is being typed)."""
        self.clear()
        params = exc.params.get("field_params", {}) or {}
        unknown: list[str] = []
        for name, code in exc.errors.items():
            p = dict(exc.params)
            p.update(params.get(name, {}))
            if name in self._labels:
                self.set(name, field_message(code, p))
            elif self._cell(name) in self._labels:
                base, row, col = name.split(".", 2)
                cell = QCoreApplication.translate("FieldErrors", "第 {0} 行 {1}：").format(
                    int(row) + 1, self.cell_labels.get(f"{base}.{col}", col)
                )
                self.set(base, cell + field_message(code, p))
            else:
                unknown.append(name)
        first = next((self._widgets[n] for n in (*exc.errors, *map(self._cell, exc.errors)) if n in self._widgets), None)
        if first is not None and focus:
            first.setFocus()
        return unknown

    @staticmethod
    def _cell(name: str) -> str:
        """The table field a cell's error name ("workers.1.phone") belongs to ("workers")."""
        parts = name.split(".")
        return parts[0] if len(parts) == 3 and parts[1].isdigit() else ""

    def text(self, name: str) -> str:
        label = self._labels.get(name)
        return label.text() if label is not None and label.isVisible() else ""

    def message(self, name: str) -> str:
        """The current message for a field, visible or not (for tests of hidden windows)."""
        label = self._labels.get(name)
        return label.text() if label is not None else ""


def _align_top(box: QWidget | None) -> None:
    """Put a wrapped field at the top of its cell in whatever layout holds it (a fixed-height box
    in a taller grid row would otherwise sit in the middle, out of line with its label)."""
    parent = box.parentWidget() if box is not None else None
    root = parent.layout() if parent is not None else None
    if box is None or root is None:
        return
    todo: list[QLayout] = [root]
    while todo:
        lay = todo.pop()
        for i in range(lay.count()):
            item = lay.itemAt(i)
            if item is None:
                continue
            if item.widget() is box:
                if not item.alignment() & Qt.AlignmentFlag.AlignVertical_Mask:
                    item.setAlignment(item.alignment() | Qt.AlignmentFlag.AlignTop)
                    lay.invalidate()
                return
            inner = item.layout()
            if inner is not None:
                todo.append(inner)


def _one_line(widget: QWidget) -> bool:
    """A field of one line's height (not a text box or a list that takes what room there is)."""
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return False
    policy = widget.sizePolicy().verticalPolicy()
    if policy in (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding, QSizePolicy.Policy.Ignored):
        return False
    lay = widget.layout()
    return lay is None or not (lay.expandingDirections() & Qt.Orientation.Vertical)


def _editors(widget: QWidget) -> list[QWidget]:
    """The input widgets in a wrapped field (the field itself, or those in its box)."""
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractButton)
    if isinstance(widget, kinds):
        return [widget]
    return [
        w
        for w in widget.findChildren(QWidget)
        if isinstance(w, kinds) and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))
    ]


def _on_user_edit(editor: QWidget, clear) -> None:  # type: ignore[no-untyped-def]
    """Clear the field's message when the user changes it (signals a program's own setText,
    e.g. a masked ID number, does not send where Qt offers the choice)."""
    if isinstance(editor, QLineEdit):
        editor.textEdited.connect(clear)
    elif isinstance(editor, QComboBox):
        editor.activated.connect(clear)
        if editor.isEditable():
            editor.editTextChanged.connect(clear)
    elif isinstance(editor, QDateTimeEdit):
        editor.dateTimeChanged.connect(clear)
    elif isinstance(editor, QAbstractSpinBox):
        editor.valueChanged.connect(clear)  # type: ignore[attr-defined]
    elif isinstance(editor, (QPlainTextEdit, QTextEdit)):
        editor.textChanged.connect(clear)
    elif isinstance(editor, QAbstractButton):
        editor.clicked.connect(clear)


_NATURAL_HEIGHT = "_frontdesk_natural_height"


def _mark(widget: QWidget) -> None:
    """The red frame, at the field's own height (a style sheet changes the frame's size)."""
    if widget.property(_NATURAL_HEIGHT) is None and isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox)):
        natural = max(widget.height(), widget.sizeHint().height()) if widget.isVisible() else widget.sizeHint().height()
        widget.setProperty(_NATURAL_HEIGHT, (natural, widget.minimumHeight(), widget.maximumHeight()))
        widget.setFixedHeight(natural)
    if type(widget) is QWidget:  # a box of choices: one frame round the box, not one per choice
        if not widget.objectName():
            widget.setObjectName(f"field_box_{id(widget):x}")
        widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        widget.setStyleSheet(f"#{widget.objectName()} {{ {INVALID_STYLE} }}")
        return
    widget.setStyleSheet(INVALID_STYLE)


def _unmark(widget: QWidget) -> None:
    widget.setStyleSheet("")
    kept = widget.property(_NATURAL_HEIGHT)
    if kept is not None:
        _natural, low, high = kept
        widget.setMinimumHeight(low)
        widget.setMaximumHeight(high)
        widget.setProperty(_NATURAL_HEIGHT, None)
