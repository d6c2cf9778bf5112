"""Date and time fields by keyboard: one Tab passes them, typed digits fill their sections
(ui/common/date_fields.py), in the shared makers and in the forms built from them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from frontdesk.services.clock import LOCAL_TZ
from frontdesk.services.container import Services
from frontdesk.services.core.fields import FormField
from frontdesk.services.permissions import CurrentUser
from frontdesk.ui.common.bus import EventBus
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.date_fields import DateField, DateTimeField, TimeField
from frontdesk.ui.common.field_widgets import FieldWidgets
from frontdesk.ui.common.form_parts import date_edit, date_time_edit, time_edit
from frontdesk.ui.common.forms import FieldErrors
from frontdesk.ui.common.tab_parts import date_box
from tests.support.keyboard import focus, press

TAB, BACKTAB = Qt.Key.Key_Tab, Qt.Key.Key_Backtab
START = QDateTime(QDate(2026, 11, 27), QTime(9, 30))


def between(qtbot, field: QDateTimeEdit) -> tuple[QLineEdit, QLineEdit, QWidget]:  # type: ignore[no-untyped-def]
    """``field`` between two line edits in a shown window (returned last: keep it), holding
    2026-11-27 09:30; the cursor in the first line edit."""
    box = QWidget()
    before, after = QLineEdit(), QLineEdit()
    lay = QVBoxLayout(box)
    for w in (before, field, after):
        lay.addWidget(w)
    field.setDateTime(START)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    before.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is before)
    return before, after, box


def test_one_tab_passes_a_date_time_field_and_one_shift_tab_comes_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = date_time_edit("when")
    before, after, _box = between(qtbot, field)
    press(qtbot, TAB)
    assert focus() is field
    press(qtbot, TAB)
    assert focus() is after
    press(qtbot, BACKTAB)
    assert focus() is field
    press(qtbot, BACKTAB)
    assert focus() is before
    assert field.dateTime() == START


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("202612031430", "2026-12-03 14:30"),  # the whole date and time
        ("12031430", "2026-12-03 14:30"),  # a month first: this year
        ("0305", "2026-03-05 09:30"),  # month and day; the time stays
        ("2025", "2025-11-27 09:30"),  # only the year
        ("", "2026-11-27 09:30"),  # nothing typed: nothing changes
    ],
)
def test_typed_digits_fill_the_sections(qtbot, typed: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    field = date_time_edit("when")
    _before, after, _box = between(qtbot, field)
    press(qtbot, TAB)
    qtbot.keyClicks(field, typed)
    press(qtbot, TAB)
    assert focus() is after
    assert field.dateTime().toString("yyyy-MM-dd HH:mm") == shown


def test_coming_back_by_shift_tab_types_from_the_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = date_time_edit("when")
    _before, after, _box = between(qtbot, field)
    after.setFocus()
    press(qtbot, BACKTAB)
    assert focus() is field
    qtbot.keyClicks(field, "12011000")
    assert field.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-12-01 10:00"


def test_left_right_choose_the_section_and_up_down_turn_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = date_time_edit("when")
    _parts = between(qtbot, field)
    press(qtbot, TAB)
    press(qtbot, Qt.Key.Key_Up)  # the year
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)  # the day
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Right)  # the hour
    qtbot.keyClicks(field, "16")  # typed over; on to the minutes
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Left)  # the month
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)  # past the last section: stays on the minutes
    assert field.currentSection() == QDateTimeEdit.Section.MinuteSection
    assert focus() is field
    assert field.dateTime().toString("yyyy-MM-dd HH:mm") == "2027-10-28 16:29"


@pytest.mark.parametrize(
    ("make", "typed", "shown", "fmt"),
    [
        (lambda: date_edit("day"), "1203", "2026-12-03", "yyyy-MM-dd"),
        (lambda: date_edit("day"), "20250102", "2025-01-02", "yyyy-MM-dd"),
        (lambda: date_box("filter_day"), "0401", "2026-04-01", "yyyy-MM-dd"),
        (lambda: time_edit("at"), "1430", "14:30", "HH:mm"),
    ],
)
def test_dates_and_times_too(qtbot, make, typed: str, shown: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    field = make()
    _before, after, _box = between(qtbot, field)
    press(qtbot, TAB)
    assert focus() is field
    qtbot.keyClicks(field, typed)
    press(qtbot, TAB)
    assert focus() is after
    assert field.dateTime().toString(fmt) == shown


def test_a_record_kinds_date_and_date_time_fields(qtbot, services: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    """The generic record form (field_widgets) makes the same fields: Tab, digits, Tab."""
    box = QWidget()
    form = QFormLayout(box)
    note = QLineEdit()
    form.addRow("note", note)
    fields = [FormField("due", "期限", type="date"), FormField("back_at", "归还时间", type="datetime")]
    widgets = FieldWidgets(
        UiContext(services, receptionist, EventBus()),
        fields,
        FieldErrors(),
        form,
        choices=lambda _key: [],
        today=lambda: date(2026, 11, 27),
        now=lambda: datetime(2026, 11, 27, 9, 30, tzinfo=LOCAL_TZ),
    )
    last = QLineEdit()
    form.addRow("last", last)
    due, back_at = widgets.editors["due"], widgets.editors["back_at"]
    assert isinstance(due, DateField) and isinstance(back_at, DateTimeField)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is note)
    press(qtbot, TAB)
    assert focus() is due
    qtbot.keyClicks(due, "1205")
    press(qtbot, TAB)
    assert focus() is back_at
    qtbot.keyClicks(back_at, "12051730")
    press(qtbot, TAB)
    assert focus() is last
    values = widgets.values()
    assert values["due"] == date(2026, 12, 5)
    assert values["back_at"] == datetime(2026, 12, 5, 17, 30, tzinfo=LOCAL_TZ)


def test_time_field_is_a_qtimeedit() -> None:
    """The fields stay Qt's own kinds, so code that asks isinstance(…, QDateEdit) still works."""
    from PySide6.QtWidgets import QDateEdit, QTimeEdit

    assert issubclass(DateField, QDateEdit) and issubclass(TimeField, QTimeEdit)
    assert issubclass(DateTimeField, QDateTimeEdit) and not issubclass(DateTimeField, QDateEdit)
