"""文件 → 切换用户 (Ctrl+Shift+L): close the window, log in again on the same database, per-person layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from frontdesk.services.permissions import Role
from frontdesk.ui.handover.tab import HandoverTab
from frontdesk.ui.shell.login_dialog import LoginDialog
from frontdesk.ui.shell.startup import StartupFlow


def _login(qtbot, flow: StartupFlow, username: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: flow.ready and isinstance(flow.dialog, LoginDialog), timeout=15_000)
    dlg = flow.dialog
    assert isinstance(dlg, LoginDialog) and dlg.isVisible()
    qtbot.keyClicks(dlg.username, username)
    qtbot.keyClicks(dlg.password, "secret-" + username)
    with qtbot.waitSignal(flow.window_shown, timeout=15_000):
        qtbot.keyClick(dlg.password, Qt.Key.Key_Return)


def test_switch_user_logs_in_again_with_a_window_for_the_new_role(
    qtbot,
    monkeypatch,
    services,
    supervisor,
    receptionist,
    db_path: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    hooks: list[str] = []
    original = HandoverTab.after_login

    def counting(self):  # type: ignore[no-untyped-def]
        hooks.append(self.ctx.user.username)
        original(self)

    monkeypatch.setattr(HandoverTab, "after_login", counting)
    settings = QSettings(str(tmp_path / "fd.ini"), QSettings.Format.IniFormat)
    flow = StartupFlow(f"sqlite:///{db_path.as_posix()}", tmp_path / "data", settings)
    assert flow.start()
    _login(qtbot, flow, "boss")
    first = flow.window
    qtbot.waitUntil(lambda: hooks == ["boss"])  # asked just after the window's first paint
    assert first.ctx.user.role == Role.SUPERVISOR
    assert first.switch_user_action.text() == "切换用户…"
    assert first.switch_user_action.shortcut().toString() == "Ctrl+Shift+L"
    assert first.switch_user_action in first.menuBar().actions()[0].menu().actions()
    boss_tab = first.tabs.count() - 1
    first.tabs.setCurrentIndex(boss_tab)
    boss_tab_kind = type(first.tabs.currentWidget()).__name__

    with qtbot.waitActive(first):
        first.activateWindow()
    qtbot.keyClick(
        first.tabs.currentWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not first.isVisible() and flow.window is None
    assert isinstance(flow.dialog, LoginDialog) and flow.dialog.isVisible()
    assert flow.dialog.username.text() == ""  # nothing of the last person is left on screen
    assert not QApplication.instance().closingDown()

    _login(qtbot, flow, "li")
    second = flow.window
    assert second is not first and second.ctx.user.role == Role.RECEPTIONIST
    assert second.ctx.services is services or second.ctx.services.db.describe() == services.db.describe()
    assert "li" in second.user_label.text() or receptionist.name in second.user_label.text()
    qtbot.waitUntil(lambda: hooks == ["boss", "li"])  # the shift-handover hook runs for the new person too
    assert type(second.tabs.currentWidget()).__name__ != boss_tab_kind or second.tabs.currentIndex() == 0
    second.tabs.setCurrentIndex(1)
    vm_tab_kind = type(second.tabs.currentWidget()).__name__
    assert vm_tab_kind != boss_tab_kind

    second.switch_user_action.trigger()
    _login(qtbot, flow, "boss")
    third = flow.window
    assert type(third.tabs.currentWidget()).__name__ == boss_tab_kind  # remembered per person
    rows = services.audit.recent(supervisor)
    logouts = [r for r in rows if r.action == "logout"]
    assert {r.actor_name for r in logouts} == {supervisor.name, receptionist.name}
    third.close()
    flow.services.db.dispose()


def test_switch_user_waits_for_an_unsaved_draft(qtbot, services, supervisor, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "fd.ini"), QSettings.Format.IniFormat)
    flow = StartupFlow(f"sqlite:///{db_path.as_posix()}", tmp_path / "data", settings)
    flow.start()
    _login(qtbot, flow, "boss")
    window = flow.window
    tab = window.tab_widgets()[0]
    tab.confirm_close = lambda: False  # type: ignore[attr-defined]  # e.g. 有未保存的内容 → 取消
    assert not window.switch_user()
    assert window.isVisible() and flow.window is window and not isinstance(flow.dialog, LoginDialog)
    assert not [r for r in services.audit.recent(supervisor) if r.action == "logout"]
    del tab.confirm_close
    assert window.switch_user()
    assert isinstance(flow.dialog, LoginDialog)
    flow.dialog.close()
    flow.services.db.dispose()
