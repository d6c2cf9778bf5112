"""A new counter PC, end to end: first start → supervisor account → demo data → a receptionist
account → the receptionist logs in and finds a room three ways, sees the phone masked →
restart on the same database → everything is still there."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from frontdesk.services.demo import DEMO_PASSWORD
from frontdesk.ui.admin import StaffDialog, StaffFormDialog
from frontdesk.ui.registry.tab import RegistryTab
from frontdesk.ui.shell.login_dialog import FirstStartDialog, LoginDialog
from frontdesk.ui.shell.main_window import MainWindow
from frontdesk.ui.shell.startup import StartupFlow
from tests.support.keyboard import type_text

MASKED = re.compile(r"^1\d{2}\*{4}\d{4}$")


def _start(url: str, data: Path, settings: QSettings) -> StartupFlow:
    flow = StartupFlow(url, data, settings)
    assert flow.start()
    return flow


def _login(qtbot, flow: StartupFlow, username: str, password: str) -> MainWindow:  # type: ignore[no-untyped-def]
    dlg = flow.dialog
    assert isinstance(dlg, LoginDialog)
    qtbot.keyClicks(dlg.username, username)
    qtbot.keyClicks(dlg.password, password)
    with qtbot.waitSignal(flow.window_shown, timeout=20_000):
        qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    window = flow.window
    qtbot.addWidget(window)
    return window


def _restart(flow: StartupFlow) -> None:
    flow.window.close()
    flow.services.db.dispose()


def open_registry_tab(qtbot, window):  # type: ignore[no-untyped-def]
    """Click the 业户档案 tab as the receptionist would."""
    bar = window.tabs.tabBar()
    index = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "业户档案")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentIndex() == index
    return window.tabs.currentWidget()


def test_first_start_to_receptionist_and_restart(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{(tmp_path / 'frontdesk.db').as_posix()}"
    data = tmp_path / "data"
    settings = QSettings(str(tmp_path / "frontdesk.ini"), QSettings.Format.IniFormat)

    # 1. first start: the supervisor's account
    flow = _start(url, data, settings)
    first = flow.dialog
    assert isinstance(first, FirstStartDialog)
    type_text(qtbot, first.name, "王建国")
    qtbot.keyClicks(first.username, "wangjg")
    qtbot.keyClicks(first.password, "Zhuguan-2026")
    qtbot.keyClicks(first.password2, "Zhuguan-2026")
    qtbot.keyClick(first.password2, Qt.Key.Key_Return)

    # 2. demo data, loaded in the background with progress
    question = flow.dialog
    assert isinstance(question, QMessageBox)
    with qtbot.waitSignal(flow.window_shown, timeout=60_000):
        qtbot.mouseClick(flow.demo_yes, Qt.MouseButton.LeftButton)
    assert flow.demo_result is not None and flow.demo_result.rooms >= 3000
    boss_window: MainWindow = flow.window
    qtbot.addWidget(boss_window)
    tab = open_registry_tab(qtbot, boss_window)
    assert isinstance(tab, RegistryTab) and tab.hint.text() == "共 1904 间"

    # 3. the supervisor creates a receptionist through 管理 → 员工账号
    staff_action = next(a for a in boss_window.admin_menu.actions() if a.objectName() == "action_staff")
    staff_action.trigger()
    staff_dialog = boss_window.admin_dialog
    assert isinstance(staff_dialog, StaffDialog)
    qtbot.mouseClick(staff_dialog.new_button, Qt.MouseButton.LeftButton)
    form = staff_dialog.dialog
    assert isinstance(form, StaffFormDialog)
    type_text(qtbot, form.name, "孙小美")
    qtbot.keyClicks(form.username, "sunxm")
    qtbot.keyClicks(form.password, "Qiantai-2026")
    qtbot.keyClicks(form.password2, "Qiantai-2026")
    qtbot.keyClicks(form.phone, "13712345678")
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)
    assert not form.isVisible() and staff_dialog.message.text() == "已创建 孙小美（前台客服）。"
    staff_dialog.accept()

    # 4. restart; the receptionist logs in
    _restart(flow)
    flow = _start(url, data, settings)
    window = _login(qtbot, flow, "sunxm", "Qiantai-2026")
    assert window.user_label.text() == "当前用户：孙小美（前台客服）"
    tab = open_registry_tab(qtbot, window)
    assert isinstance(tab, RegistryTab)
    assert not tab.import_button.isVisible() and not tab.add_button.isVisible()

    # 5. one room, three spellings, typed; the phone stays masked
    for spelling in ("3-2-1502", "3栋2单元1502", "3#2-1502"):
        qtbot.mouseClick(tab.search, Qt.MouseButton.LeftButton)
        qtbot.keyClick(tab.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # typing replaces it
        type_text(qtbot, tab.search, spelling)
        assert tab.search.text() == spelling
        qtbot.keyClick(tab.search, Qt.Key.Key_Return)
        assert tab.room_title.text() == "肯彤名邸  3-2-1502", spelling
        owner_phone = tab.occupants.item(0, 3).text()
        assert MASKED.match(owner_phone), owner_phone
        assert MASKED.match(tab.model.rows()[0].owner_phone)
        assert "*" in tab.occupants.item(0, 5).text() or tab.occupants.item(0, 5).text() == ""
    owner_name = tab.occupants.item(0, 1).text()

    # 6. restart again: the supervisor finds everything as it was
    _restart(flow)
    flow = _start(url, data, settings)
    window = _login(qtbot, flow, "wangjg", "Zhuguan-2026")
    services = flow.services
    assert services.registry.room_count() == 3104
    logins = {s.username for s in services.staff.list_staff(window.ctx.user)}
    assert {"wangjg", "sunxm", "qiantai", "guanjia", "menggang"} <= logins
    assert "zhuguan" not in logins  # the real supervisor is in charge, not the demo one
    assert services.staff.login("menggang", DEMO_PASSWORD).role.value == "guard"
    rows = services.registry.find(flow.window.ctx.user, "3-2-1502")
    assert rows[0].owner_name == owner_name and not MASKED.match(rows[0].owner_phone)  # the supervisor sees it
    _restart(flow)
