"""The fields forms are built from, made in one call each: a named line edit, combo box, text box,
date-time edit, button or radio group, a margin-less form grid and its rows of wrapped fields.

Why: every dialog and step page built the same widgets by hand (object name, placeholder,
tab-through, calendar popup, error label under each row); here the set-up lives once, so the
dialogs only say which fields they have. The object names are what tests and FieldErrors find a
field by, so each maker takes one."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.date_fields import DateField, DateTimeField, TimeField
from frontdesk.ui.common.dialog_parts import Part, row
from frontdesk.ui.common.forms import FieldErrors

#: a row of a form: its label, the field's name (for its error label) and the field
Row = tuple[str, str, QWidget]


def line_edit(name: str, placeholder: str = "") -> QLineEdit:
    """A one-line field named ``name`` (with a placeholder when given)."""
    field = QLineEdit()
    field.setObjectName(name)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


def combo(name: str, items: Iterable[tuple[str, Any]] = ()) -> QComboBox:
    """A combo box named ``name`` offering ``items`` as (text shown, data)."""
    box = QComboBox()
    box.setObjectName(name)
    for text, data in items:
        box.addItem(text, data)
    return box


def text_box(name: str, placeholder: str = "") -> QPlainTextEdit:
    """A several-line field named ``name``; Tab moves on to the next field instead of typing a tab."""
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    if placeholder:
        box.setPlaceholderText(placeholder)
    return box


def date_time_edit(name: str, display: str = "yyyy-MM-dd HH:mm", *, popup: bool = True) -> QDateTimeEdit:
    """A date and time field named ``name``, to the minute, with its calendar popup; one Tab
    passes it, typed digits fill it (date_fields.DateTimeField)."""
    return dated(DateTimeField(), name, display, popup=popup)


def date_edit(name: str) -> QDateEdit:
    """A date field named ``name`` (2026-11-27) with its calendar popup (date_fields.DateField)."""
    return dated(DateField(), name, "yyyy-MM-dd", popup=True)


def time_edit(name: str) -> QTimeEdit:
    """A time field named ``name``, hours and minutes (date_fields.TimeField)."""
    return dated(TimeField(), name, "HH:mm", popup=False)


D = TypeVar("D", bound=QDateTimeEdit)


def dated(edit: D, name: str, display: str, *, popup: bool) -> D:
    """``edit`` (any date or time field, a subclass too) named ``name``, showing ``display``,
    with the calendar popup when ``popup``."""
    edit.setObjectName(name)
    edit.setDisplayFormat(display)
    if popup:
        edit.setCalendarPopup(True)
    return edit


def button(text: str, name: str, on_click: Callable[[], Any] | None = None) -> QPushButton:
    """A push button named ``name`` (unless empty) that calls ``on_click`` when clicked."""
    push = QPushButton(text)
    if name:
        push.setObjectName(name)
    if on_click is not None:
        push.clicked.connect(on_click)
    return push


def radio(text: str, name: str) -> QRadioButton:
    """A radio button named ``name``."""
    choice = QRadioButton(text)
    choice.setObjectName(name)
    return choice


def label(name: str, style: str = "", *, wrap: bool = False, text: str = "") -> QLabel:
    """A label named ``name`` (a hint, a status line, a note), styled and wrapping as asked;
    empty unless ``text`` is given."""
    shown = QLabel(text)
    if name:
        shown.setObjectName(name)
    if style:
        shown.setStyleSheet(style)
    shown.setWordWrap(wrap)
    return shown


def note(text: str, style: str = "color:#666") -> QLabel:
    """A grey explanatory line under a group of fields, wrapped."""
    return label("", style, wrap=True, text=text)


def spin(name: str, low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    """A whole-number field named ``name`` from ``low`` to ``high``, holding ``value``."""
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(low, high)
    if suffix:
        box.setSuffix(suffix)
    box.setValue(value)
    return box


def one_of(owner: QObject, choices: Sequence[QAbstractButton], *, across: bool = False) -> QWidget:
    """The radio buttons ``choices`` as one exclusive group (kept by ``owner``), in a box of their
    own, one under the other (``across``: side by side, pushed to the left)."""
    return numbered_choices(owner, choices, across=across)[1]


def numbered_choices(
    owner: QObject, choices: Sequence[QAbstractButton], *, across: bool = False, keys: bool = False
) -> tuple[QButtonGroup, QWidget]:
    """:func:`one_of` with its group: each button's id is its place in ``choices``, so
    ``group.checkedId()`` says which was picked (-1: none yet). ``keys``: each choice is shown
    after its number, and while the group has the keyboard, that number key picks it and moves on
    to the next field (as :class:`~frontdesk.ui.common.choice_bar.ChoiceBar` does)."""
    group = QButtonGroup(owner)
    box = QWidget()
    lay: QBoxLayout = QHBoxLayout(box) if across else QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    for i, choice in enumerate(choices):
        group.addButton(choice, i)
        lay.addWidget(choice)
        if keys and i < 9:
            choice.setText(f"{i + 1} {choice.text()}")
    if keys:
        picker = _NumberKeys(group)
        for choice in choices:
            choice.installEventFilter(picker)
    if across:
        lay.addStretch(1)
    return group, box


def uncheck(group: QButtonGroup) -> None:
    """No button of the exclusive ``group`` checked (a required choice starts empty)."""
    group.setExclusive(False)
    for b in group.buttons():
        b.setChecked(False)
    group.setExclusive(True)


def first_field(page: QWidget) -> QWidget | None:
    """The first widget inside ``page`` that Tab would stop at (shown and enabled): where the
    keyboard goes when a page (a tab, a step's form) comes to the front."""
    w = page.nextInFocusChain()
    while w is not None and w is not page:
        if page.isAncestorOf(w) and takes_tab(w):
            return w
        w = w.nextInFocusChain()
    return None


def takes_tab(w: QWidget) -> bool:
    """Tab would stop at ``w`` now: shown, enabled, taking focus by Tab."""
    return w.isVisible() and w.isEnabled() and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)


class _NumberKeys(QObject):
    """Number keys pick a choice of the group (see :func:`numbered_choices`)."""

    def __init__(self, group: QButtonGroup) -> None:
        super().__init__(group)
        self._group = group

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = cast(QKeyEvent, event)
        text = key.text()
        mods = key.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        buttons = self._group.buttons()
        if not (text.isdigit() and mods == Qt.KeyboardModifier.NoModifier and 1 <= int(text) <= min(9, len(buttons))):
            return False
        chosen = self._group.button(int(text) - 1)
        if not chosen.isEnabled():
            return True
        chosen.click()  # checked, and clicked as by the mouse (emitting clicked by hand crashes PySide6 6.12)
        after = buttons[-1].nextInFocusChain()
        while after is not None and after is not buttons[0] and (after in buttons or not takes_tab(after)):
            after = after.nextInFocusChain()
        if after is not None and after is not buttons[0]:
            after.setFocus(Qt.FocusReason.TabFocusReason)
        return True


def across(*parts: Part) -> QWidget:
    """Several fields as one, side by side in a box without margins (a check box and the date it
    enables, a method with its details); parts as dialog_parts.row takes them."""
    box = QWidget()
    lay = row(*parts)
    lay.setContentsMargins(0, 0, 0, 0)
    box.setLayout(lay)
    return box


def field_value(field: QWidget) -> Any:
    """What a form field holds, as a service method takes it: a text box's or line's text, a
    combo's data, a check or radio button's tick. Lets a form list its fields as data
    (keyword → field) and read them in one loop."""
    if isinstance(field, QPlainTextEdit):
        return field.toPlainText()
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, QComboBox):
        return field.currentData()
    if isinstance(field, QAbstractButton):
        return field.isChecked()
    raise TypeError(f"no value for a {type(field).__name__}")


def form_grid(parent: QWidget | None = None) -> QFormLayout:
    """A label/field grid without margins of its own (it sits inside a page or a box)."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    return form


def add_rows(errors: FieldErrors, form: QFormLayout, rows: Iterable[Row]) -> QFormLayout:
    """Each (label, name, field) as a row of ``form``, the field wrapped with its error label."""
    for text, name, field in rows:
        errors.add_row(form, text, name, field)
    return form
