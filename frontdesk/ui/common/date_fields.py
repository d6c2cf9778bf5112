"""Date and time fields that one Tab passes and typed digits fill: ``DateTimeField``,
``DateField`` and ``TimeField`` (what form_parts, tab_parts and field_widgets make).

Why: Qt's date-time edit moves Tab from section to section, so a 2026-11-27 09:30 field took five
Tabs to pass (a date three) and a receptionist going down a form by Tab got stuck in it. Here Tab
and Shift+Tab leave the field as they leave every other field. Typed digits fill the sections in
turn, from the first (Qt moves on when a section is full): 202612031430 is 2026-12-03 14:30. When
the first two digits can only be a month (01–12; a year starts 19 or 20), the year is kept and
the digits fill from the month on: 12031430 is 12-03 14:30 this year, 1203 the 3rd of December.
Left/Right select the previous or next section (to type over it), Up/Down change the selected
one; the calendar button still opens the calendar."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget

_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
_FROM_KEYS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason)


class _OneTabStop:
    """What the three fields share (mixed in before the Qt class)."""

    #: digits typed since the field took the focus, while they still fill it from its start
    #: (``None``: the user moved the cursor or the digits have been placed)
    _typed: str | None = None
    #: the value before the first of those digits, kept when they turn out to start at the month
    _before: QDateTime | None = None

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt's names)
        """Tab leaves the field (Qt's own moves to the next section first)."""
        return QWidget.focusNextPrevChild(self, next)  # type: ignore[arg-type]

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        QDateTimeEdit.focusInEvent(edit, event)
        if event.reason() in _FROM_KEYS:  # by Tab, Shift+Tab or its label's Alt+key: typing starts at the start
            edit.setSelectedSection(edit.sectionAt(0))
        self._typed = "" if edit.currentSectionIndex() == 0 else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        text = event.text()
        digit = len(text) == 1 and text.isdigit() and event.modifiers() in _PLAIN
        typed, self._typed = self._typed, None
        step = _STEPS.get(Qt.Key(event.key())) if event.modifiers() in _PLAIN else None
        if step is not None:  # Left/Right: the whole previous or next section, to type over or turn with Up/Down
            i = min(max(edit.currentSectionIndex() + step, 0), edit.sectionCount() - 1)
            edit.setCurrentSectionIndex(i)
            edit.setSelectedSection(edit.sectionAt(i))
            return
        if digit and typed == "" and edit.currentSectionIndex() == 0:
            self._before, self._typed = edit.dateTime(), text  # the first digit: wait for the second
        elif digit and typed and self._month_first() and 1 <= int(typed + text) <= 12 and self._before is not None:
            # two digits that can only be a month: the year stays, the digits go to the month
            edit.setDateTime(self._before)
            edit.setSelectedSection(QDateTimeEdit.Section.MonthSection)
            for d in typed + text:
                key = Qt.Key(Qt.Key.Key_0.value + int(d))
                QDateTimeEdit.keyPressEvent(edit, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, d))
            return
        QDateTimeEdit.keyPressEvent(edit, event)

    def _month_first(self) -> bool:
        """The field starts with the year and a month follows it."""
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        return (
            edit.sectionCount() > 1
            and edit.sectionAt(0) == QDateTimeEdit.Section.YearSection
            and edit.sectionAt(1) == QDateTimeEdit.Section.MonthSection
        )


class DateTimeField(_OneTabStop, QDateTimeEdit):
    """A date and time (yyyy-MM-dd HH:mm): one Tab passes it, typed digits fill it."""


class DateField(_OneTabStop, QDateEdit):
    """A date (yyyy-MM-dd): one Tab passes it, typed digits fill it."""


class TimeField(_OneTabStop, QTimeEdit):
    """A time (HH:mm): one Tab passes it, typed digits fill it."""
