"""Logging in, and creating the first supervisor account on a new database."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel

from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import CurrentUser
from frontdesk.ui.common.dialog_parts import (
    dialog_buttons,
    error_banner,
    password_field,
    passwords_differ,
    stack,
    submit,
)
from frontdesk.ui.common.form_parts import add_rows, label, line_edit
from frontdesk.ui.common.forms import ERROR_STYLE, FieldErrors
from frontdesk.ui.common.messages import error_message

if TYPE_CHECKING:  # the login window must not wait for the database layer to import
    from frontdesk.services.staff import StaffService


class LoginDialog(QDialog):
    """Username and password; a wrong password keeps what was typed in the name field.

    ``auth`` has ``login(username, password) -> CurrentUser``; when it also has ``ready`` (the
    start-up flow opening the database in the background) a login asked for too early waits
    for it: ``request_login()`` now, ``finish_login()`` when the database is open.
    """

    def __init__(self, auth: Any, *, centre: str = "", db_text: str = "", parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._staff = auth
        self.user: CurrentUser | None = None
        self.setWindowTitle(self.tr("登录 — FrontDesk 客服前台"))
        self.setMinimumWidth(380)
        self.title = title = QLabel(centre or self.tr("物业服务中心"))
        title.setObjectName("login_title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 20px; font-weight: bold; padding: 8px;")
        self.username = line_edit("username")
        self.password = password_field("password")
        self.error = error_banner("login_error")
        form = QFormLayout()
        form.addRow(self.tr("登录名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        buttons, self.login_button = dialog_buttons(self, self.tr("登录"), self.tr("退出"), self.on_login_clicked)
        db_label = label("", "color: #777; font-size: 11px;", wrap=True, text=self.tr("数据库：{0}").format(db_text))
        stack(self, title, form, self.error, buttons, db_label)

    def set_centre(self, name: str) -> None:
        if name:
            self.title.setText(name)

    def on_login_clicked(self) -> None:
        if not self.username.text().strip():
            self.error.setText(self.tr("请输入登录名"))
            self.username.setFocus()
            return
        if not getattr(self._staff, "ready", True):
            self.error.setStyleSheet("color:#555;")
            self.error.setText(self.tr("正在打开数据库，请稍候 …"))
            self.login_button.setEnabled(False)
            self._staff.request_login(self.username.text(), self.password.text())
            return
        self.error.setStyleSheet(ERROR_STYLE)
        try:
            self.user = self._staff.login(self.username.text(), self.password.text())
        except ServiceError as exc:
            self.error.setText(error_message(exc))
            self.adjustSize()  # a longer reason (a lock, a wait) wraps onto more lines
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def finish_login(self) -> None:
        """The database is open now: do the login that was asked for."""
        self.login_button.setEnabled(True)
        self.on_login_clicked()


class FirstStartDialog(QDialog):
    """A new database: create the supervisor's account (who then creates everyone else)."""

    def __init__(self, staff: StaffService, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._staff = staff
        self.user: CurrentUser | None = None
        self.setWindowTitle(self.tr("首次使用 — 创建主管账号"))
        self.setMinimumWidth(460)
        intro = label(
            "",
            wrap=True,
            text=self.tr(
                "欢迎使用 FrontDesk。这是一个新的数据库，请先创建客服主管的账号；主管登录后可以为前台、管家等同事创建账号。"
            ),
        )
        self.errors = FieldErrors()
        self.name = line_edit("name")
        self.username = line_edit("username")
        self.password = password_field("password")
        self.password2 = password_field("password2")
        form = add_rows(
            self.errors,
            QFormLayout(),
            [
                (self.tr("姓名"), "name", self.name),
                (self.tr("登录名"), "username", self.username),
                (self.tr("密码"), "password", self.password),
                (self.tr("再次输入密码"), "password2", self.password2),
            ],
        )
        self.banner = error_banner(wrap=False)
        buttons, _ok = dialog_buttons(self, self.tr("创建并登录"), self.tr("退出"), self.on_create_clicked)
        stack(self, intro, form, self.banner, buttons)

    def on_create_clicked(self) -> None:
        self.errors.clear()
        self.banner.clear()
        if passwords_differ(self.errors, self.password, self.password2):
            return
        # no bus before the first login: nothing is watching yet
        ok, self.user = submit(
            None,
            self.errors,
            self.banner,
            self._staff.create_first_supervisor,
            self.name.text(),
            self.username.text(),
            self.password.text(),
        )
        if ok:
            self.accept()
