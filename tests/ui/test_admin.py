"""The 管理 menu: staff accounts, settings and the audit log, for who may use them."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from frontdesk.services.permissions import Role
from frontdesk.ui.admin import AuditLogDialog, SettingsDialog, StaffDialog, StaffFormDialog, audit_summary
from tests.support.keyboard import type_text


def test_create_staff_with_errors_next_to_fields(qtbot, make_ctx, services, supervisor) -> None:  # type: ignore[no-untyped-def]
    dlg = StaffDialog(make_ctx(supervisor))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.on_new_clicked()
    form: StaffFormDialog = dlg.dialog  # type: ignore[assignment]
    assert form.role.currentData() == "receptionist"
    type_text(qtbot, form.name, "刘芳")
    qtbot.keyClicks(form.username, "li fang")
    qtbot.keyClicks(form.password, "abc")
    qtbot.keyClicks(form.password2, "abc")
    qtbot.keyClicks(form.phone, "12345")
    form.on_save_clicked()
    assert form.errors.text("username") == "登录名只能用 2–30 位字母、数字、点、横线或下划线"
    assert form.errors.text("password") == "密码至少 6 位"
    assert form.name.text() == "刘芳" and form.username.text() == "li fang"
    form.username.setText("liufang")
    form.password.setText("secret12")
    form.password2.setText("secret13")
    form.on_save_clicked()
    assert form.errors.text("password2") == "两次输入的密码不一致"
    form.password2.setText("secret12")
    form.phone.setText("13812345678")
    form.department.setCurrentIndex(form.department.findText("客服部"))
    form.on_save_clicked()
    assert not form.isVisible()
    assert dlg.message.text() == "已创建 刘芳（前台客服）。"
    assert services.staff.login("liufang", "secret12").role == Role.RECEPTIONIST


def test_technician_needs_no_login_and_deactivate(qtbot, make_ctx, services, supervisor) -> None:  # type: ignore[no-untyped-def]
    dlg = StaffDialog(make_ctx(supervisor))
    qtbot.addWidget(dlg)
    dlg.on_new_clicked()
    form: StaffFormDialog = dlg.dialog  # type: ignore[assignment]
    form.role.setCurrentIndex(form.role.findData("technician"))
    assert not form.username.isEnabled() and not form.login_note.isHidden()
    form.name.setText("李强")
    form.department.setCurrentIndex(form.department.findText("工程部"))
    form.on_save_clicked()
    assert not form.isVisible()
    row = dlg.row_of(form.created.id)  # type: ignore[union-attr]
    assert dlg.table.item(row, 3).text() == "（不登录）" and dlg.table.item(row, 1).text() == "工程部"
    # deactivating yourself is refused with a reason
    dlg.table.selectRow(dlg.row_of(supervisor.id))
    dlg.on_active_clicked()
    assert dlg.message.text() == "不能停用自己的账号。"
    dlg.table.selectRow(dlg.row_of(form.created.id))  # type: ignore[union-attr]
    dlg.on_active_clicked()
    assert dlg.message.text() == "李强 已停用，不能再登录。"
    assert dlg.table.item(dlg.row_of(form.created.id), 5).text() == "已停用"  # type: ignore[union-attr]


def test_reset_password(qtbot, make_ctx, services, supervisor, receptionist) -> None:  # type: ignore[no-untyped-def]
    dlg = StaffDialog(make_ctx(supervisor))
    qtbot.addWidget(dlg)
    dlg.table.selectRow(dlg.row_of(receptionist.id))
    dlg.on_password_clicked()
    pw = dlg.dialog
    pw.password.setText("brand-new")  # type: ignore[union-attr]
    pw.password2.setText("brand-new")  # type: ignore[union-attr]
    pw.on_save_clicked()  # type: ignore[union-attr]
    assert services.staff.login("li", "brand-new").id == receptionist.id


def test_settings_centre_name(qtbot, make_ctx, services, supervisor, receptionist, tmp_path) -> None:  # type: ignore[no-untyped-def]
    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dlg = SettingsDialog(make_ctx(supervisor), qs)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.centre.clear()
    dlg.on_save_clicked()
    assert dlg.errors.text("centre_name") == "必填"
    type_text(qtbot, dlg.centre, "肯彤名邸物业服务中心")
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    dlg.on_save_clicked()
    assert services.settings.get("centre.name") == "肯彤名邸物业服务中心"
    assert qs.value("ui/language") == "en" and qs.value("ui/centre_name") == "肯彤名邸物业服务中心"
    mine = SettingsDialog(make_ctx(receptionist), qs)
    qtbot.addWidget(mine)
    assert mine.centre.isReadOnly()  # and the service refuses anyway:
    from frontdesk.services.errors import PermissionDenied

    try:
        services.settings.set_centre_name(receptionist, "x")
    except PermissionDenied:
        pass
    else:  # pragma: no cover
        raise AssertionError("a receptionist renamed the centre")


def test_audit_log(qtbot, make_ctx, services, estate, supervisor, receptionist) -> None:  # type: ignore[no-untyped-def]
    services.registry.reveal_all(receptionist, estate.owner_id)
    dlg = AuditLogDialog(make_ctx(supervisor))
    qtbot.addWidget(dlg)
    assert dlg.model.rowCount() >= 3
    first = [dlg.model.cell(0, c) for c in range(6)]
    assert first[1:5] == ["李前台", "业户", str(estate.owner_id), "查看完整号码"]
    dlg.entity.setCurrentIndex(dlg.entity.findData("staff"))
    assert {dlg.model.cell(i, 2) for i in range(dlg.model.rowCount())} == {"员工"}
    assert audit_summary({"status": "未交付"}, {"status": "已入住"}) == "房屋状态：未交付 → 已入住"


def test_menu_shows_what_the_role_may_use(qtbot, make_ctx, supervisor, receptionist) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.shell.main_window import MainWindow

    boss = MainWindow(make_ctx(supervisor))
    qtbot.addWidget(boss)
    assert [a.text() for a in boss.admin_menu.actions() if a.text()] == [
        "员工账号…",
        "操作日志…",
        "设置…",
        "选项（列表、模板、时限）…",
        "交接班设置…",
        "客服月报…",
        "服务超时记录…",
    ]
    desk = MainWindow(make_ctx(receptionist))
    qtbot.addWidget(desk)
    assert [a.text() for a in desk.admin_menu.actions() if a.text()] == ["设置…", "服务超时记录…"]


def test_a_guard_gets_a_window_without_the_registry(qtbot, make_ctx, services, supervisor) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.services.permissions import CurrentUser
    from frontdesk.ui.shell.main_window import MainWindow

    depts = dict((n, i) for i, n in services.staff.departments())
    row = services.staff.create_staff(
        supervisor,
        name="郑军",
        role=Role.GUARD,
        department_id=depts["秩序维护部"],
        username="gate",
        password="secret-gate",
    )
    guard = CurrentUser(row.id, row.name, Role.GUARD, "gate")
    window = MainWindow(make_ctx(guard))
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    # the gate checks (装修: 出入证核验) and the gate's registers (visitors, parcels, keys): nothing
    # of the registry, no call log
    assert titles == ["门岗核验", "装修", "登记簿"]
    assert window.user_label.text() == "当前用户：郑军（门岗）"


def test_a_staff_change_reaches_what_shows_staff(qtbot, make_ctx, supervisor) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.services.core.changes import STAFF

    ctx = make_ctx(supervisor)
    first, second = StaffDialog(ctx), StaffDialog(ctx)  # e.g. the list open twice; any view that shows staff
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    heard: list[object] = []
    ctx.bus.changes.connect(heard.append)
    first.on_new_clicked()
    form: StaffFormDialog = first.dialog  # type: ignore[assignment]
    form.role.setCurrentIndex(form.role.findData("technician"))
    form.name.setText("周工")
    form.on_save_clicked()
    assert heard == [frozenset({STAFF})]
    assert second.row_of(form.created.id) >= 0  # type: ignore[union-attr]  # the other list read again
    second.table.selectRow(second.row_of(form.created.id))  # type: ignore[union-attr]
    second.on_active_clicked()
    assert heard[-1] == frozenset({STAFF}) and first.table.item(first.row_of(form.created.id), 5).text() == "已停用"  # type: ignore[union-attr]


def test_a_stale_deactivation_shows_theirs_beside_mine(qtbot, make_ctx, services, supervisor) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.common.conflict import Choice

    dep = dict((name, i) for i, name in services.staff.departments())["工程部"]
    tech = services.staff.create_staff(supervisor, name="孙工", role=Role.TECHNICIAN, department_id=dep)
    dlg = StaffDialog(make_ctx(supervisor))
    qtbot.addWidget(dlg)
    dlg.table.selectRow(dlg.row_of(tech.id))
    # elsewhere, meanwhile: someone changed the account (a tel. call, it stays in use after all)
    off = services.staff.set_active(supervisor, tech.id, False, expected_version=tech.version)
    services.staff.set_active(supervisor, tech.id, True, expected_version=off.version)
    asked: list = []
    dlg.conflict_answer = lambda diffs: asked.append(diffs) or Choice.KEEP_THEIRS
    dlg.on_active_clicked()  # mine: 停用, on the stale version
    assert [(d.mine, d.theirs) for d in asked[0]] == [("已停用", "在用")]
    assert "您的更改未保存" in dlg.message.text()
    saved = [r for r in services.staff.list_staff(supervisor, active_only=False) if r.id == tech.id][0]
    assert saved.active and saved.version == tech.version + 2  # nothing of mine saved
    # again on a stale row; apply mine: set on top of theirs, the version advanced
    dlg.table.selectRow(dlg.row_of(tech.id))
    stale = dlg.selected()
    assert stale is not None and stale.active
    off = services.staff.set_active(supervisor, tech.id, False, expected_version=stale.version)
    services.staff.set_active(supervisor, tech.id, True, expected_version=off.version)
    dlg.conflict_answer = lambda diffs: Choice.APPLY_MINE
    dlg.on_active_clicked()
    saved = [r for r in services.staff.list_staff(supervisor, active_only=False) if r.id == tech.id][0]
    assert not saved.active and saved.version == stale.version + 3
    assert dlg.message.text() == "孙工 已停用，不能再登录。"
