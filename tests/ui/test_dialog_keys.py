"""Ctrl+Enter saves in every dialog: the app's dialogs are opened the way a user opens them (each
tab's buttons that open one, the admin menu, global search, new records with Ctrl+N), and in each
that has a save or OK button, Ctrl+Return and the keypad's Ctrl+Enter, pressed in whatever field
has the focus, press that button — a multi-line field included, where Enter alone makes a new line."""

from __future__ import annotations

import warnings
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from tests.ui.test_keyboard_map import select_first_rows

CTRL = Qt.KeyboardModifier.ControlModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier
ACCEPTING = (
    QDialogButtonBox.ButtonRole.AcceptRole,
    QDialogButtonBox.ButtonRole.YesRole,
    QDialogButtonBox.ButtonRole.ApplyRole,
)


def save_button(dlg: QDialog) -> QAbstractButton | None:
    """The dialog's save/OK: an accepting button of its button box, else the button it made its
    default (asked before it is shown: once shown, whichever button has the focus is default)."""
    for box in dlg.findChildren(QDialogButtonBox):
        for b in box.buttons():
            if box.buttonRole(b) in ACCEPTING and b.isVisibleTo(dlg) and b.isEnabled():
                return b
    for b in dlg.findChildren(QPushButton):
        if b.isDefault() and b.isVisibleTo(dlg) and b.isEnabled():
            return b
    return None


def presses(qtbot, button: QAbstractButton, target: QWidget, key: Qt.Key, mods: Qt.KeyboardModifier) -> int:  # type: ignore[no-untyped-def]
    """How often ``button`` is pressed by one ``key`` on ``target`` (its own work cut off, so
    that nothing is saved)."""
    button.clicked.disconnect()
    pressed: list[bool] = []
    button.clicked.connect(lambda *_a: pressed.append(True))
    target.setFocus()
    qtbot.keyClick(target, key, mods)
    QApplication.processEvents()
    return len(pressed)


class Dialogs:
    """Every dialog opened (exec or open) is checked there and then, and closed."""

    def __init__(self, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.checked: dict[str, int] = {}  # title → presses (two expected)
        self.without_save: list[str] = []
        dialogs = self

        def exec_(dlg: QDialog) -> int:
            dialogs.look(dlg)
            return int(QDialog.DialogCode.Rejected)

        monkeypatch.setattr(QDialog, "exec", exec_)
        monkeypatch.setattr(QDialog, "open", lambda dlg: dialogs.look(dlg))
        monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
        monkeypatch.setattr(QMessageBox, "warning", lambda *_a, **_k: QMessageBox.StandardButton.Ok)
        monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: QMessageBox.StandardButton.Ok)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))

    def look(self, dlg: QDialog) -> None:
        if isinstance(dlg, QMessageBox):
            return
        name = dlg.windowTitle() or type(dlg).__name__
        button = save_button(dlg)
        dlg.show()
        self.qtbot.waitExposed(dlg)
        dlg.activateWindow()
        self.qtbot.wait(50)
        if not dlg.isActiveWindow():  # a dialog opened while another window was being activated
            with warnings.catch_warnings():  # (deprecated, but the offscreen platform cannot raise)
                warnings.simplefilter("ignore", DeprecationWarning)
                QApplication.setActiveWindow(dlg)
        self.qtbot.waitUntil(dlg.isActiveWindow, timeout=3000)
        if button is None:
            self.without_save.append(name)
        else:
            field = QApplication.focusWidget()
            if field is None or field.window() is not dlg:
                field = dlg
            found: list[QWidget] = [*dlg.findChildren(QPlainTextEdit), *dlg.findChildren(QTextEdit)]
            texts = [w for w in found if w.isVisibleTo(dlg) and w.isEnabled() and not getattr(w, "isReadOnly", bool)()]
            n = presses(self.qtbot, button, field, Qt.Key.Key_Return, CTRL)
            n += presses(self.qtbot, button, texts[0] if texts else field, Qt.Key.Key_Enter, CTRL | KEYPAD)
            self.checked[name] = n
        dlg.hide()
        dlg.deleteLater()


def test_ctrl_enter_presses_save_in_every_dialog(qtbot, services, supervisor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.common.bus import EventBus
    from frontdesk.ui.common.context import UiContext
    from frontdesk.ui.shell.main_window import MainWindow

    services.demo.load(supervisor, history_days=2)
    dialogs = Dialogs(qtbot, monkeypatch)
    window = MainWindow(UiContext(services, supervisor, EventBus()))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    for tab in window.build_all_tabs():
        window.show_tab(tab)
        select_first_rows(qtbot, tab)
        for button in tab.findChildren(QPushButton):  # the buttons that open a dialog end in …
            if button.isVisibleTo(tab) and button.isEnabled() and "…" in button.text():
                button.click()
                QApplication.processEvents()
        new = tab.findChild(QPushButton, "new_complaint") or tab.findChild(QPushButton, "new_order")
        if new is not None and new.isVisibleTo(tab) and new.isEnabled():  # 投诉受理, 新建工单
            new.click()
            QApplication.processEvents()
    for action in window.findChildren(QAction):  # the admin menu's dialogs
        if action.objectName().startswith("action_") and action.isEnabled():
            action.trigger()
    print("checked:", dialogs.checked, "without a save button:", dialogs.without_save)
    assert "投诉受理" in dialogs.checked and len(dialogs.checked) >= 8, dialogs.checked
    assert {name: n for name, n in dialogs.checked.items() if n != 2} == {}


def test_ctrl_enter_presses_save_in_the_dialogs_opened_from_a_record(qtbot, services, supervisor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The dialogs a record's own buttons open (a step, a re-inspection, an account), built
    directly on a demo record."""
    from frontdesk.services.notices import NoticeInput
    from frontdesk.services.work_orders import Op
    from frontdesk.ui.admin.staff import PasswordDialog, StaffFormDialog
    from frontdesk.ui.common.bus import EventBus
    from frontdesk.ui.common.context import UiContext
    from frontdesk.ui.handover.correction import CorrectionDialog
    from frontdesk.ui.handover.settings import HandoverSettingsDialog
    from frontdesk.ui.notices.dialogs import ReinspectDialog
    from frontdesk.ui.shell.login_dialog import LoginDialog
    from frontdesk.ui.work_orders.actions import CompleteDialog, ReasonDialog
    from frontdesk.ui.work_orders.dialogs import DispatchDialog
    from tests.support.estate import add_room

    services.demo.load(supervisor, history_days=2)
    ctx = UiContext(services, supervisor, EventBus())
    dialogs = Dialogs(qtbot, monkeypatch)
    order = services.work_orders.get(supervisor, services.work_orders.list_orders(supervisor, limit=1)[0].id)
    add_room(services, "98-1-101", "张伟", "13812345678")
    notice = services.notices.issue(
        supervisor,
        NoticeInput(
            room="98-1-101",
            addressee_name="张伟",
            findings="楼道堆放材料",
            clause_nos=["第二十条"],
            requirement="当日清理",
            deadline=services.clock.local_now().date() + timedelta(days=3),
        ),
    ).detail
    staff = services.staff.list_staff(supervisor)[0]
    built = [
        ReinspectDialog(notice),
        StaffFormDialog(ctx),
        PasswordDialog(ctx, staff),
        HandoverSettingsDialog(ctx, None),
        CorrectionDialog("JB20261127001"),
        LoginDialog(services.staff),
        DispatchDialog(ctx, order),
        CompleteDialog(ctx, order),
        ReasonDialog(ctx, order, Op.HOLD),
    ]
    for dlg in built:
        qtbot.addWidget(dlg)
        dialogs.look(dlg)
    print("checked:", dialogs.checked, "without a save button:", dialogs.without_save)
    assert len(dialogs.checked) == len(built), dialogs.without_save
    assert {name: n for name, n in dialogs.checked.items() if n != 2} == {}
