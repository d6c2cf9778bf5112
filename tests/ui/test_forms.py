"""ui/forms.FieldErrors: a message under a field never squashes the field, and goes once it is edited."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QFormLayout, QLineEdit, QWidget

from frontdesk.services.errors import ValidationError
from frontdesk.ui.call_log.tab import CallLogTab
from frontdesk.ui.common.bus import EventBus
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.forms import FieldErrors
from frontdesk.ui.shell.login_dialog import FirstStartDialog


class _Refusing:
    def create_first_supervisor(self, *_a):  # type: ignore[no-untyped-def]
        raise ValidationError({"password": "password_too_short"}, min=6)


def test_first_start_password_keeps_its_height(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = FirstStartDialog(_Refusing())  # type: ignore[arg-type]
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.waitExposed(dlg)
    heights = {w: w.height() for w in (dlg.name, dlg.username, dlg.password, dlg.password2)}
    gap = dlg.password2.y() - dlg.password.y()
    dlg.name.setText("王建国")
    dlg.username.setText("boss")
    dlg.password.setText("12")
    dlg.password2.setText("12")
    dlg.on_create_clicked()
    qtbot.wait(50)
    assert dlg.errors.text("password") == "密码至少 6 位"
    assert {w: w.height() for w in heights} == heights
    label = dlg.findChild(QWidget, "error_password")
    assert label.height() >= label.sizeHint().height()  # the message is not cut either
    assert (
        dlg.password2.mapTo(dlg, dlg.password2.rect().topLeft()).y() - dlg.password.mapTo(dlg, dlg.password.rect().topLeft()).y()
        > gap
    )  # the dialog grew by the message's line
    dlg.grab().save("/tmp/shots/shell_first_start_error.png")
    # the message goes as soon as the password is changed
    qtbot.keyClicks(dlg.password, "3")
    assert dlg.errors.text("password") == "" and dlg.password.styleSheet() == ""


def test_call_form_fields_keep_their_height(qtbot, services, receptionist, estate) -> None:  # type: ignore[no-untyped-def]
    tab = CallLogTab(UiContext(services, receptionist, EventBus()))
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    qtbot.waitExposed(tab)
    f = tab.form
    before = {w: w.height() for w in (f.at, f.room, f.phone, f.person, f.channel)}
    f.errors.show(
        ValidationError(
            {"at": "required", "room": "room_unknown", "phone": "bad_phone", "person": "required", "channel": "required"},
            room="9-9-9",
        )
    )
    qtbot.wait(50)
    assert {w: w.height() for w in before} == before
    assert f.at.width() >= f.at.sizeHint().width()
    tab.grab().save("/tmp/shots/shell_call_form_errors.png")
    qtbot.keyClicks(f.room, "3")
    assert f.errors.text("room") == "" and f.errors.text("phone") != ""


def test_errors_clear_when_the_field_is_edited(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = QWidget()
    qtbot.addWidget(w)
    form = QFormLayout(w)
    e = FieldErrors()
    text, combo, when = QLineEdit(), QComboBox(), QDateTimeEdit()
    combo.addItems(["甲", "乙"])
    for name, widget in (("text", text), ("combo", combo), ("when", when)):
        e.add_row(form, name, name, widget)
    w.show()
    e.show(ValidationError({"text": "required", "combo": "required", "when": "required"}))
    assert all(e.text(n) for n in ("text", "combo", "when"))
    from PySide6.QtCore import Qt

    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == 1 and e.text("combo") == "" and e.text("text") and e.text("when")
    when.setDateTime(when.dateTime().addDays(1))
    assert e.text("when") == "" and e.text("text")
    text.setText("程序填入")  # not the user: the message stays
    assert e.text("text")
    qtbot.keyClicks(text, "a")
    assert e.text("text") == "" and text.styleSheet() == ""


def test_first_start_messages_are_not_clipped(qtbot, qapp, services) -> None:  # type: ignore[no-untyped-def]
    """QA: the tops of the first-start error labels were clipped (with the app's style sheet): the
    dialog now grows for them."""
    from PySide6.QtWidgets import QLabel

    from frontdesk.ui.shell import appsetup
    from frontdesk.ui.shell.login_dialog import FirstStartDialog

    before = qapp.styleSheet()
    qapp.setStyleSheet(appsetup.STYLE)
    try:
        dlg = FirstStartDialog(services.staff)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.password.setText("a")
        dlg.password2.setText("a")
        dlg.on_create_clicked()
        qtbot.wait(20)
        shown = [lb for lb in dlg.findChildren(QLabel) if lb.objectName().startswith("error_") and lb.isVisible()]
        # the field above each message keeps its height, and the message starts below it
        fields = [lb.parentWidget().layout().itemAt(0).widget() for lb in shown]
        overlaps = [
            (lb.text(), f.height(), f.sizeHint().height(), lb.y(), f.geometry().bottom())
            for lb, f in zip(shown, fields, strict=True)
            if f.height() < f.sizeHint().height() or lb.y() <= f.geometry().bottom()
        ]
    finally:
        qapp.setStyleSheet(before)
    assert len(shown) == 3
    assert overlaps == []
