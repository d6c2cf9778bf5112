"""Staff accounts (管理 → 员工账号): the list, a new member of staff, a new password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QTableWidgetItem,
    QWidget,
)

from frontdesk.services.clock import to_local
from frontdesk.services.core.changes import STAFF, ChangeSet
from frontdesk.services.errors import ConflictError, NotFound, ServiceError
from frontdesk.services.permissions import LOGIN_ROLES, Role
from frontdesk.services.staff import StaffRow
from frontdesk.ui.common.conflict import AsksOnConflict, FieldDiff
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import (
    ContextDialog,
    dialog_buttons,
    error_banner,
    password_field,
    passwords_differ,
    row,
    stack,
    submit,
)
from frontdesk.ui.common.form_parts import add_rows, button, combo, label, line_edit, note
from frontdesk.ui.common.forms import ERROR_STYLE, FieldErrors
from frontdesk.ui.common.labels import (
    data_word,
    role_name,
)
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import call_and_publish
from frontdesk.ui.common.record_list import item_table

STAFF_ROLE = Qt.ItemDataRole.UserRole + 1
#: roles a supervisor can give, in the order the counter thinks of them
CREATABLE_ROLES = (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR, Role.GUARD, Role.TECHNICIAN, Role.CLERK)
OK_STYLE = "color:#1e6b34;"


# --- staff ----------------------------------------------------------------------------------------


class StaffFormDialog(ContextDialog):
    """A new member of staff; logins and passwords only for roles that log in."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("新建员工"))
        self.created: StaffRow | None = None
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        self.name = line_edit("name")
        self.department = combo("department", [(data_word(dname), did) for did, dname in ctx.services.staff.departments()])
        roles = list(CREATABLE_ROLES) + ([Role.ADMIN] if ctx.user.role == Role.ADMIN else [])
        self.role = combo("role", [(role_name(r.value), r.value) for r in roles])
        self.role.currentIndexChanged.connect(self.on_role_currentIndexChanged)
        self.username = line_edit("username", self.tr("字母或数字，如 qiantai3"))
        self.password = password_field("password")
        self.password2 = password_field("password2")
        self.phone = line_edit("phone")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        add_rows(
            self.errors,
            form,
            [
                (self.tr("姓名"), "name", self.name),
                (self.tr("部门"), "department", self.department),
                (self.tr("角色"), "role", self.role),
                (self.tr("登录名"), "username", self.username),
                (self.tr("密码"), "password", self.password),
                (self.tr("再次输入密码"), "password2", self.password2),
                (self.tr("电话"), "phone", self.phone),
            ],
        )
        self.login_note = note(self.tr("这个角色不登录本系统（例如维修工），无需登录名和密码。"), "color:#777;")
        self.banner = error_banner("staff_banner")
        buttons, _ok = dialog_buttons(self, self.tr("创建"), self.tr("取消"), self.on_save_clicked, save=True)
        stack(self, form, self.login_note, self.banner, buttons)
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
        if logs_in and passwords_differ(self.errors, self.password, self.password2, focus=True):
            return
        ok, self.created = submit(
            self.ctx,
            self.errors,
            self.banner,
            self.ctx.services.staff.create_staff,
            self.ctx.user,
            name=self.name.text(),
            role=role,
            department_id=self.department.currentData(),
            username=self.username.text() if logs_in else None,
            password=self.password.text() if logs_in else None,
            phone=self.phone.text(),
            banner_too=True,
        )
        if ok:
            self.accept()


class PasswordDialog(ContextDialog):
    """A new password for someone (a supervisor resetting a colleague's)."""

    def __init__(self, ctx: UiContext, staff: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("重置密码 — {0}").format(staff.name))
        self.staff = staff
        self.setMinimumWidth(400)
        self.errors = FieldErrors()
        self.password = password_field("password")
        self.password2 = password_field("password2")
        form = add_rows(
            self.errors,
            QFormLayout(),
            [(self.tr("新密码"), "password", self.password), (self.tr("再次输入"), "password2", self.password2)],
        )
        self.banner = error_banner()
        buttons, _ok = dialog_buttons(self, self.tr("保存"), self.tr("取消"), self.on_save_clicked, save=True)
        stack(self, QLabel(self.tr("登录名：{0}").format(staff.username or "")), form, self.banner, buttons)

    def on_save_clicked(self) -> None:
        self.errors.clear()
        if passwords_differ(self.errors, self.password, self.password2):
            return
        ok, _none = submit(
            self.ctx,
            self.errors,
            self.banner,
            self.ctx.services.staff.reset_password,
            self.ctx.user,
            self.staff.id,
            self.password.text(),
        )
        if ok:
            self.accept()


class StaffDialog(AsksOnConflict, ContextDialog):
    """Everyone on the staff list: create, deactivate / reactivate, reset a password."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("员工账号"), (820, 520))
        self.dialog: QDialog | None = None
        self.table = item_table(
            "staff_table",
            [
                self.tr("姓名"),
                self.tr("部门"),
                self.tr("角色"),
                self.tr("登录名"),
                self.tr("电话"),
                self.tr("状态"),
            ],
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, w in enumerate((90, 100, 130, 110, 120)):
            self.table.setColumnWidth(i, w)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button = button(self.tr("新建员工…"), "staff_new", self.on_new_clicked)
        self.active_button = button(self.tr("停用"), "staff_active", self.on_active_clicked)
        self.password_button = button(self.tr("重置密码…"), "staff_password", self.on_password_clicked)
        self.unlock_button = button(self.tr("解锁"), "staff_unlock", self.on_unlock_clicked)
        self.message = label("staff_message", wrap=True)
        close = button(self.tr("关闭"), "", self.accept)
        buttons = row(self.new_button, self.active_button, self.password_button, self.unlock_button, None, close)
        stack(self, (self.table, 1), self.message, buttons)
        # a bound slot: Qt drops the connection when the dialog goes (bus.watch would keep a closure)
        ctx.bus.changes.connect(self.on_changes)
        self.reload()

    def on_changes(self, changes: ChangeSet) -> None:
        if STAFF in changes:
            self.reload()

    def reload(self, select_id: int | None = None) -> None:
        chosen = self.selected()
        keep = select_id or (chosen.id if chosen is not None else None)
        rows = self.ctx.services.staff.list_staff(self.ctx.user, active_only=False)
        rows.sort(key=lambda r: (not r.active, r.department_id or 1_000_000, r.id))
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = [
                r.name,
                data_word(r.department),
                role_name(r.role.value),
                r.username or self.tr("（不登录）"),
                r.phone or "",
                self._state_word(r),
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

    def _state_word(self, r: StaffRow) -> str:
        if not r.active:
            return self.tr("已停用")
        if r.locked_until is not None:
            return self.tr("密码错误已锁定（至 {0}）").format(to_local(r.locked_until).strftime("%H:%M"))
        return self.tr("在用")

    def selected(self) -> StaffRow | None:
        current = self.table.currentRow()
        item = self.table.item(current, 0) if current >= 0 else None
        return item.data(STAFF_ROLE) if item is not None else None

    def row_of(self, staff_id: int) -> int:
        for i in range(self.table.rowCount()):
            item = self.table.item(i, 0)
            if item is not None and item.data(STAFF_ROLE).id == staff_id:
                return i
        return -1

    def _update_buttons(self) -> None:
        r = self.selected()
        self.active_button.setEnabled(r is not None)
        self.active_button.setText(self.tr("启用") if r is not None and not r.active else self.tr("停用"))
        self.password_button.setEnabled(r is not None and r.active and bool(r.username))
        self.unlock_button.setEnabled(r is not None and r.locked_until is not None)

    def on_unlock_clicked(self) -> None:
        """Lift a password lock before it runs out (the colleague is standing at the counter)."""
        r = self.selected()
        if r is None:
            return
        try:
            call_and_publish(self.ctx, self.ctx.services.staff.unlock, self.ctx.user, r.id)
        except ServiceError as exc:
            self._say(error_message(exc), error=True)
            return
        self.reload(r.id)
        self._say(self.tr("已为 {0} 解锁，可以重新登录。").format(r.name))

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

    def on_active_clicked(self) -> None:
        r = self.selected()
        if r is not None:
            self._set_active(r, not r.active)

    def _set_active(self, r: StaffRow, active: bool) -> bool:
        try:
            changed = call_and_publish(
                self.ctx, self.ctx.services.staff.set_active, self.ctx.user, r.id, active, expected_version=r.version
            )
        except ConflictError:
            return self._stale(r, active)
        except ServiceError as exc:
            self._say(error_message(exc), error=True)
            return False
        self.reload(changed.id)
        self._say(
            self.tr("{0} 已停用，不能再登录。").format(changed.name)
            if not changed.active
            else self.tr("{0} 已启用。").format(changed.name)
        )
        return True

    def _stale(self, r: StaffRow, active: bool) -> bool:
        """Someone changed this member of staff meanwhile: theirs beside mine, then keep theirs
        (the list reloads) or set mine again on their version."""

        def word(on: bool) -> str:
            return self.tr("在用") if on else self.tr("已停用")

        def keep_theirs(theirs: StaffRow) -> None:
            self.reload(theirs.id)
            self._say(self.tr("此员工刚被其他人修改过，已载入对方保存的内容，您的更改未保存。"), error=True)

        return self.on_stale(
            self.tr("员工账号"),
            lambda: self._staff_now(r.id),
            lambda theirs: [FieldDiff(self.tr("状态"), word(active), word(theirs.active))],
            keep_theirs,
            lambda theirs: self._set_active(theirs, active),
        )

    def _staff_now(self, staff_id: int) -> StaffRow:
        found = [r for r in self.ctx.services.staff.list_staff(self.ctx.user, active_only=False) if r.id == staff_id]
        if not found:
            raise NotFound("not_found")
        return found[0]

    def on_password_clicked(self) -> None:
        r = self.selected()
        if r is None:
            return
        dlg = PasswordDialog(self.ctx, r, self)
        dlg.accepted.connect(lambda: self._say(self.tr("已为 {0} 设置新密码。").format(r.name)))
        self.dialog = dlg
        dlg.open()
