"""A colleague locked out by wrong passwords: the login says until when, the supervisor sees the
lock in 员工账号 and lifts it."""

from __future__ import annotations

import pytest

from frontdesk.services import login_guard
from frontdesk.services.errors import AuthError
from frontdesk.services.permissions import Role
from frontdesk.ui.admin.staff import StaffDialog
from frontdesk.ui.shell.login_dialog import LoginDialog
from tests.conftest import make_user


def test_a_locked_account_is_told_then_unlocked_by_the_supervisor(qtbot, make_ctx, services, clock, supervisor) -> None:  # type: ignore[no-untyped-def]
    li = make_user(services, Role.RECEPTIONIST, "li", "李前台")
    for _ in range(login_guard.LOCK_AFTER):
        with pytest.raises(AuthError):
            services.staff.login("li", "wrong-password")
        clock.advance(seconds=61)
    login = LoginDialog(services.staff, centre="肯彤名邸物业服务中心", db_text="frontdesk.db")
    qtbot.addWidget(login)
    login.show()
    login.username.setText("li")
    login.password.setText("secret-li")
    login.on_login_clicked()
    assert "已暂时锁定到" in login.error.text() and "请主管" in login.error.text()
    assert login.username.text() == "li" and login.isVisible()
    qtbot.wait(20)
    login.grab().save("/tmp/i11/login_locked.png")

    dlg = StaffDialog(make_ctx(supervisor))
    qtbot.addWidget(dlg)
    dlg.show()
    row = dlg.row_of(li.id)
    assert dlg.table.item(row, 5).text().startswith("密码错误已锁定")
    dlg.table.selectRow(row)
    assert dlg.unlock_button.isEnabled()
    dlg.grab().save("/tmp/i11/staff_locked.png")
    dlg.on_unlock_clicked()
    assert dlg.table.item(dlg.row_of(li.id), 5).text() == "在用"
    assert "已为 李前台 解锁" in dlg.message.text()
    assert services.staff.login("li", "secret-li").id == li.id
