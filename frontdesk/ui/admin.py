"""The 管理 menu: staff accounts, settings (language, centre name) and the audit log.

Hiding a menu item from a role is only cosmetic: every action is checked again by the service.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.errors import ConflictError, ServiceError, ValidationError
from frontdesk.services.permissions import LOGIN_ROLES, Action, Role
from frontdesk.services.staff import StaffRow
from frontdesk.ui.appsetup import LANGUAGES
from frontdesk.ui.context import UiContext
from frontdesk.ui.forms import ERROR_STYLE, FieldErrors
from frontdesk.ui.itemmodels.table import TextTableModel
from frontdesk.ui.labels import (
    AUDIT_ENTITIES,
    audit_action,
    audit_entity,
    data_word,
    field_name,
    gender_name,
    kind_name,
    role_name,
)
from frontdesk.ui.messages import error_message, field_message

STAFF_ROLE = Qt.ItemDataRole.UserRole + 1
#: roles a supervisor can give, in the order the counter thinks of them
CREATABLE_ROLES = (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR, Role.GUARD, Role.TECHNICIAN, Role.CLERK)
OK_STYLE = "color:#1e6b34;"


# --- staff ----------------------------------------------------------------------------------------


class StaffFormDialog(QDialog):
    """A new member of staff; logins and passwords only for roles that log in."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: StaffRow | None = None
        self.setWindowTitle(self.tr("新建员工"))
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.department = QComboBox()
        self.department.setObjectName("department")
        for did, dname in ctx.services.staff.departments():
            self.department.addItem(data_word(dname), did)
        self.role = QComboBox()
        self.role.setObjectName("role")
        roles = list(CREATABLE_ROLES) + ([Role.ADMIN] if ctx.user.role == Role.ADMIN else [])
        for r in roles:
            self.role.addItem(role_name(r.value), r.value)
        self.role.currentIndexChanged.connect(self.on_role_currentIndexChanged)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("字母或数字，如 qiantai3"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.errors.add_row(form, self.tr("姓名"), "name", self.name)
        self.errors.add_row(form, self.tr("部门"), "department", self.department)
        self.errors.add_row(form, self.tr("角色"), "role", self.role)
        self.errors.add_row(form, self.tr("登录名"), "username", self.username)
        self.errors.add_row(form, self.tr("密码"), "password", self.password)
        self.errors.add_row(form, self.tr("再次输入密码"), "password2", self.password2)
        self.errors.add_row(form, self.tr("电话"), "phone", self.phone)
        self.login_note = QLabel(self.tr("这个角色不登录本系统（例如维修工），无需登录名和密码。"))
        self.login_note.setStyleSheet("color:#777;")
        self.login_note.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("staff_banner")
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("创建"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.login_note)
        lay.addWidget(self.banner)
        lay.addWidget(buttons)
        self.on_role_currentIndexChanged(0)

    def selected_role(self) -> Role:
        return Role(self.role.currentData())

    def on_role_currentIndexChanged(self, _index: int) -> None:
        logs_in = self.selected_role() in LOGIN_ROLES
        for w in (self.username, self.password, self.password2):
            w.setEnabled(logs_in)
        self.login_note.setVisible(not logs_in)

    def on_save_clicked(self) -> None:
        self.errors.clear()
        self.banner.clear()
        role = self.selected_role()
        logs_in = role in LOGIN_ROLES
        if logs_in and self.password.text() != self.password2.text():
            self.errors.set("password2", field_message("passwords_differ"))
            self.password2.setFocus()
            return
        try:
            self.created = self.ctx.services.staff.create_staff(
                self.ctx.user,
                name=self.name.text(),
                role=role,
                department_id=self.department.currentData(),
                username=self.username.text() if logs_in else None,
                password=self.password.text() if logs_in else None,
                phone=self.phone.text(),
            )
        except ValidationError as exc:
            self.errors.show(exc)
            self.banner.setText(error_message(exc))
            return
        except ServiceError as exc:
            self.banner.setText(error_message(exc))
            return
        self.accept()


class PasswordDialog(QDialog):
    """A new password for someone (a supervisor resetting a colleague's)."""

    def __init__(self, ctx: UiContext, staff: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.staff = staff
        self.setWindowTitle(self.tr("重置密码 — {0}").format(staff.name))
        self.setMinimumWidth(400)
        self.errors = FieldErrors()
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("新密码"), "password", self.password)
        self.errors.add_row(form, self.tr("再次输入"), "password2", self.password2)
        self.banner = QLabel()
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("登录名：{0}").format(staff.username or "")))
        lay.addLayout(form)
        lay.addWidget(self.banner)
        lay.addWidget(buttons)

    def on_save_clicked(self) -> None:
        self.errors.clear()
        if self.password.text() != self.password2.text():
            self.errors.set("password2", field_message("passwords_differ"))
            return
        try:
            self.ctx.services.staff.reset_password(self.ctx.user, self.staff.id, self.password.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except ServiceError as exc:
            self.banner.setText(error_message(exc))
            return
        self.accept()


class StaffDialog(QDialog):
    """Everyone on the staff list: create, deactivate / reactivate, reset a password."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QDialog | None = None
        self.setWindowTitle(self.tr("员工账号"))
        self.resize(820, 520)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("staff_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("姓名"),
                self.tr("部门"),
                self.tr("角色"),
                self.tr("登录名"),
                self.tr("电话"),
                self.tr("状态"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, w in enumerate((90, 100, 130, 110, 120)):
            self.table.setColumnWidth(i, w)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button = QPushButton(self.tr("新建员工…"))
        self.new_button.setObjectName("staff_new")
        self.new_button.clicked.connect(self.on_new_clicked)
        self.active_button = QPushButton(self.tr("停用"))
        self.active_button.setObjectName("staff_active")
        self.active_button.clicked.connect(self.on_active_clicked)
        self.password_button = QPushButton(self.tr("重置密码…"))
        self.password_button.setObjectName("staff_password")
        self.password_button.clicked.connect(self.on_password_clicked)
        self.message = QLabel()
        self.message.setObjectName("staff_message")
        self.message.setWordWrap(True)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.password_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id or (self.selected().id if self.selected() else None)
        rows = self.ctx.services.staff.list_staff(active_only=False)
        rows.sort(key=lambda r: (not r.active, r.department_id or 1_000_000, r.id))
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = [
                r.name,
                data_word(r.department),
                role_name(r.role.value),
                r.username or self.tr("（不登录）"),
                r.phone or "",
                self.tr("在用") if r.active else self.tr("已停用"),
            ]
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                if j == 0:
                    item.setData(STAFF_ROLE, r)
                if not r.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(i, j, item)
            if r.id == keep:
                self.table.selectRow(i)
        self._update_buttons()

    def selected(self) -> StaffRow | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(STAFF_ROLE) if item is not None else None

    def row_of(self, staff_id: int) -> int:
        for i in range(self.table.rowCount()):
            if self.table.item(i, 0).data(STAFF_ROLE).id == staff_id:
                return i
        return -1

    def _update_buttons(self) -> None:
        r = self.selected()
        self.active_button.setEnabled(r is not None)
        self.active_button.setText(self.tr("启用") if r is not None and not r.active else self.tr("停用"))
        self.password_button.setEnabled(r is not None and r.active and bool(r.username))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)

    def on_new_clicked(self) -> None:
        dlg = StaffFormDialog(self.ctx, self)
        dlg.accepted.connect(lambda: self._created(dlg))
        self.dialog = dlg
        dlg.open()

    def _created(self, dlg: StaffFormDialog) -> None:
        if dlg.created is not None:
            self.reload(dlg.created.id)
            self._say(self.tr("已创建 {0}（{1}）。").format(dlg.created.name, role_name(dlg.created.role.value)))
            self.ctx.bus.changed.emit("staff", dlg.created.id)

    def on_active_clicked(self) -> None:
        r = self.selected()
        if r is None:
            return
        try:
            row = self.ctx.services.staff.set_active(self.ctx.user, r.id, not r.active, expected_version=r.version)
        except ConflictError:
            self.reload(r.id)
            self._say(self.tr("此员工刚被其他人修改过，已载入最新内容，请核对后再操作。"), error=True)
            return
        except ServiceError as exc:
            self._say(error_message(exc), error=True)
            return
        self.reload(row.id)
        self._say(
            self.tr("{0} 已停用，不能再登录。").format(row.name) if not row.active else self.tr("{0} 已启用。").format(row.name)
        )
        self.ctx.bus.changed.emit("staff", row.id)

    def on_password_clicked(self) -> None:
        r = self.selected()
        if r is None:
            return
        dlg = PasswordDialog(self.ctx, r, self)
        dlg.accepted.connect(lambda: self._say(self.tr("已为 {0} 设置新密码。").format(r.name)))
        self.dialog = dlg
        dlg.open()


# --- settings -------------------------------------------------------------------------------------


class SettingsDialog(QDialog):
    """Language (this PC) and the centre's name (shared, for SETTINGS_MANAGE roles)."""

    def __init__(self, ctx: UiContext | None, settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._settings = settings or QSettings()
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        current = str(self._settings.value("ui/language", "zh_CN"))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.centre = QLineEdit()
        self.centre.setObjectName("centre_name")
        self._centre_before = ctx.services.settings.get("centre.name") if ctx else ""
        self.centre.setText(self._centre_before)
        may_manage = ctx is not None and ctx.user.can(Action.SETTINGS_MANAGE)
        self.centre.setReadOnly(not may_manage)
        if not may_manage:
            self.centre.setToolTip(self.tr("只有主管可以修改服务中心名称"))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("界面语言"), "language", self.language)
        self.errors.add_row(form, self.tr("服务中心名称"), "centre_name", self.centre)
        note = QLabel(self.tr("语言只对这台电脑有效，重新启动程序后生效；服务中心名称显示在标题栏、登录窗口和打印的单据上。"))
        note.setWordWrap(True)
        note.setStyleSheet("color:#777")
        self.banner = QLabel()
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(self.banner)
        lay.addWidget(buttons)

    def on_save_clicked(self) -> None:
        self.errors.clear()
        self.banner.clear()
        if self.ctx is not None and self.centre.text() != self._centre_before:
            try:
                name = self.ctx.services.settings.set_centre_name(self.ctx.user, self.centre.text())
            except ValidationError as exc:
                self.errors.show(exc)
                return
            except ServiceError as exc:
                self.banner.setText(error_message(exc))
                return
            self._settings.setValue("ui/centre_name", name)
            self.ctx.bus.changed.emit("setting", 0)
        self._settings.setValue("ui/language", self.language.currentData())
        self._settings.sync()
        self.accept()


# --- audit log ------------------------------------------------------------------------------------


def _short(value: Any, limit: int = 40) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def _value(key: str, value: Any) -> str:
    """A recorded value in words: roles, kinds, yes/no, field lists."""
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditLogDialog", "是") if value else QCoreApplication.translate("AuditLogDialog", "否")
    if key == "role" and isinstance(value, str):
        return role_name(value)
    if key == "kind" and isinstance(value, str):
        return kind_name(value)
    if key == "gender" and isinstance(value, str):
        return gender_name(value)
    if key in ("field", "fields"):
        items = value if isinstance(value, list) else [value]
        return "、".join(field_name(str(v)) for v in items)
    return _short(value)


def audit_summary(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """before → after, field by field, in words: 房屋状态：未交付 → 已入住"""
    b, a = before or {}, after or {}
    parts = []
    for key in list(dict.fromkeys([*b, *a])):
        label = field_name(key)
        if key in b and key in a:
            parts.append(f"{label}：{_value(key, b[key])} → {_value(key, a[key])}")
        elif key in a:
            parts.append(f"{label}：{_value(key, a[key])}")
        else:
            parts.append(f"{label}：{_value(key, b[key])} → ")
    return "；".join(parts)


class AuditLogDialog(QDialog):
    """Read-only: who did what, when, before → after. Newest first, older pages on request."""

    PAGE = 300

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._last_id: int | None = None
        self.setWindowTitle(self.tr("操作日志"))
        self.resize(1000, 600)
        self.entity = QComboBox()
        self.entity.setObjectName("audit_entity")
        self.entity.addItem(self.tr("全部"), "")
        for code in AUDIT_ENTITIES:
            self.entity.addItem(audit_entity(code), code)
        self.entity.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = TextTableModel(
            [
                self.tr("时间"),
                self.tr("操作人"),
                self.tr("对象"),
                self.tr("编号"),
                self.tr("操作"),
                self.tr("内容"),
            ],
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("audit_table")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, w in enumerate((150, 80, 80, 70, 130)):
            self.view.setColumnWidth(i, w)
        self.more_button = QPushButton(self.tr("加载更早的记录"))
        self.more_button.setObjectName("audit_more")
        self.more_button.clicked.connect(self.load_more)
        self.count = QLabel()
        self.count.setObjectName("audit_count")
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("对象")))
        top.addWidget(self.entity)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("操作日志只能查看，不能修改或删除。")))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        self._last_id = None
        self.model.set_rows([])
        self.load_more()

    def load_more(self) -> None:
        from frontdesk.services.clock import to_local

        try:
            rows = self.ctx.services.audit.page(
                self.ctx.user,
                before_id=self._last_id,
                limit=self.PAGE,
                entity=self.entity.currentData() or None,
            )
        except ServiceError as exc:
            self.count.setText(error_message(exc))
            self.more_button.setEnabled(False)
            return
        self.model.append_rows(
            [
                (
                    to_local(r.at).strftime("%Y-%m-%d %H:%M:%S"),
                    r.actor_name,
                    audit_entity(r.entity),
                    r.entity_id,
                    audit_action(r.action),
                    audit_summary(r.before, r.after),
                )
                for r in rows
            ]
        )
        if rows:
            self._last_id = rows[-1].id
        self.more_button.setEnabled(len(rows) == self.PAGE)
        self.count.setText(self.tr("已显示 {0} 条").format(self.model.rowCount()))


# --- the menu -------------------------------------------------------------------------------------


def add_admin_actions(window: QMainWindow, menu: QMenu) -> None:
    ctx: UiContext | None = getattr(window, "ctx", None)
    settings = getattr(window, "_settings", None)

    def opener(factory: Any) -> Any:
        def open_dialog() -> None:
            dlg = factory()
            window.admin_dialog = dlg  # type: ignore[attr-defined]
            dlg.open()

        return open_dialog

    if ctx is not None and ctx.user.can(Action.STAFF_MANAGE):
        act = QAction(QCoreApplication.translate("MainWindow", "员工账号…"), window)
        act.setObjectName("action_staff")
        act.triggered.connect(opener(lambda: StaffDialog(ctx, window)))
        menu.addAction(act)
    if ctx is not None and ctx.user.can(Action.AUDIT_VIEW):
        act = QAction(QCoreApplication.translate("MainWindow", "操作日志…"), window)
        act.setObjectName("action_audit")
        act.triggered.connect(opener(lambda: AuditLogDialog(ctx, window)))
        menu.addAction(act)
    if menu.actions():
        menu.addSeparator()
    act = QAction(QCoreApplication.translate("MainWindow", "设置…"), window)
    act.setObjectName("action_settings")
    act.triggered.connect(opener(lambda: SettingsDialog(ctx, settings, window)))
    menu.addAction(act)
    from frontdesk.ui.handover_settings import add_handover_settings_action

    add_handover_settings_action(window, menu)


__all__ = [
    "AuditLogDialog",
    "PasswordDialog",
    "SettingsDialog",
    "StaffDialog",
    "StaffFormDialog",
    "add_admin_actions",
]
