"""The complaints tab: list and filters, the intake dialog, step pages, conflicts, the monthly table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from frontdesk.services.complaints import State
from frontdesk.ui.common.bus import EventBus
from frontdesk.ui.common.conflict import Choice
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.complaints.forms import NewComplaintDialog
from frontdesk.ui.complaints.models import ComplaintListModel
from frontdesk.ui.complaints.stats import ComplaintStatsDialog
from frontdesk.ui.complaints.tab import ComplaintsTab
from tests.support.complaints import intake, make_estate, walk
from tests.support.keyboard import type_text

pytestmark = pytest.mark.usefixtures("cheap_hashing")


@pytest.fixture
def estate(services):  # type: ignore[no-untyped-def]
    return make_estate(services)


def make_tab(qtbot, services, user) -> ComplaintsTab:  # type: ignore[no-untyped-def]
    tab = ComplaintsTab(UiContext(services, user, EventBus()))
    qtbot.addWidget(tab)
    tab.resize(1400, 850)
    return tab


def select(tab: ComplaintsTab, complaint_id: int) -> None:
    tab.open_record("complaint", complaint_id)
    assert tab.detail.detail is not None and tab.detail.detail.id == complaint_id


def test_list_filters_search_and_counts(qtbot, services, clock, receptionist, supervisor, estate) -> None:
    walk(services, receptionist, supervisor, until="judge")
    walk(
        services,
        receptionist,
        supervisor,
        until="invalid",
        data=intake(category="收费", content="物业费多收"),
    )
    walk(services, receptionist, supervisor, until="approve", data=intake(severity="重大", room="5-1-301"))
    tab = make_tab(qtbot, services, receptionist)
    assert tab.model.rowCount() == 2  # "处理中" by default
    assert tab.state.currentText() == "处理中（2）"
    tab.state.setCurrentIndex(tab.state.findData(""))
    assert tab.model.rowCount() == 3 and tab.count_label.text() == "共 3 条"
    type_text(qtbot, tab.search, "多收")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert [tab.model.row_at(i).category for i in range(tab.model.rowCount())] == ["收费"]
    tab.search.clear()
    tab.severity.setCurrentIndex(tab.severity.findData("重大"))
    assert tab.model.rowCount() == 1 and tab.model.row_at(0).room == "5-1-301"
    tab.severity.setCurrentIndex(0)
    clock.advance(hours=10)
    tab.state.setCurrentIndex(tab.state.findData("overdue"))
    assert tab.model.rowCount() == 2
    row = tab.model.row_at(0)
    assert row.overdue and tab.model.data(tab.model.index(0, 8)).startswith("超时")
    assert tab.status_label("complaint.overdue", 2) == "投诉超时 2"


def test_list_model_pages_and_passes_the_model_tester(qtbot, qtmodeltester, services, clock, receptionist,
                                                     estate) -> None:  # fmt: skip
    for i in range(7):
        clock.advance(minutes=1)
        services.complaints.create(receptionist, intake(content=f"第{i}条投诉"))
    model = ComplaintListModel(
        lambda cursor, limit: services.complaints.list_page(receptionist, cursor=cursor, limit=limit),
        services.clock.now,
        page_size=3,
    )
    model.reload()
    assert model.rowCount() == 3 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 7 and not model.canFetchMore()
    assert model.row_at(0).content == "第6条投诉"
    qtmodeltester.check(model)


def test_new_complaint_by_keyboard_keeps_what_was_typed_on_error(qtbot, services, receptionist, estate) -> None:
    tab = make_tab(qtbot, services, receptionist)
    dlg = NewComplaintDialog(tab.ctx, tab)
    qtbot.addWidget(dlg)
    f = dlg.form
    type_text(qtbot, f.room, "9栋9单元999")
    f.on_room_editingFinished()
    assert "找不到房号" in f.errors.message("room") and f.room_hint.text() == ""
    type_text(qtbot, f.complainant, "周建国")
    type_text(qtbot, f.phone, "1399876543")  # one digit short
    type_text(qtbot, f.content, "楼道垃圾两天没人清理")
    f.category.setCurrentIndex(f.category.findData("环境卫生"))
    assert f.channel.currentData() == ""  # 投诉方式 is chosen, not guessed
    dlg.on_save_clicked()
    assert dlg.result() == 0
    assert "找不到房号" in f.errors.message("room") and "电话号码格式不正确" in f.errors.message("phone")
    assert f.errors.message("channel") == "必填"
    assert f.complainant.text() == "周建国" and f.content.toPlainText() == "楼道垃圾两天没人清理"
    assert services.complaints.count(receptionist) == 0
    f.room.clear()
    type_text(qtbot, f.room, "3#2-1502")
    f.on_room_editingFinished()
    assert "翠湖花园 3-2-1502" in f.room_hint.text() and "陈美玲" in f.room_hint.text()
    f.phone.setText("13998765432")
    f.channel.setCurrentIndex(f.channel.findData("来访"))
    dlg.on_save_clicked()
    assert dlg.created is not None and dlg.created.room == "3-2-1502" and dlg.created.complainant == "周建国"


def _click(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.findChild(QPushButton, name).click()


def test_step_pages_take_each_step(qtbot, services, receptionist, supervisor, butler, estate) -> None:
    c = services.complaints.create(receptionist, intake())
    tab = make_tab(qtbot, services, receptionist)
    select(tab, c.id)
    view = tab.detail
    assert view.current_step() == 2 and view.page(2).form_box.isVisibleTo(view)
    judge = view.page(2)
    assert not judge.valid.isChecked() and not judge.invalid.isChecked()  # a verdict is chosen, not guessed
    _click(judge, "submit_judge")
    assert judge.errors.message("valid") == "请选择投诉是否成立" and view.detail.state == State.JUDGE
    judge.invalid.setChecked(True)
    _click(judge, "submit_judge")  # invalid needs the reply given
    assert judge.errors.message("invalid_reply") == "必填"
    judge.valid.setChecked(True)
    judge.note.setPlainText("属实")
    _click(judge, "submit_judge")
    assert view.detail.state == State.INVESTIGATE and view.current_step() == 3
    assert "有效" in view.page(2).record.text() and "李前台" in view.page(2).record.text()
    inv = view.page(3)
    inv.department.setCurrentIndex(inv.department.findText("工程部"))
    inv.person.setText("张工")
    inv.cause.setPlainText("装修单位违规提前施工")
    _click(inv, "submit_investigate")
    prop = view.page(4)
    assert view.current_step() == 4 and prop.form_box.isVisibleTo(view)
    prop.proposals[0].setPlainText("约谈装修负责人")
    prop.proposals[1].setPlainText("发整改通知单")
    _click(prop, "submit_propose")
    assert view.detail.state == State.APPROVE
    assert not prop.approval_box.isVisibleTo(view)  # a receptionist does not approve
    assert "等待客服主管审批" in prop.status.text()
    # the supervisor's counter
    boss_tab = make_tab(qtbot, services, supervisor)
    select(boss_tab, c.id)
    bprop = boss_tab.detail.page(4)
    assert bprop.approval_box.isVisibleTo(boss_tab.detail) and len(bprop.choices) == 2
    assert not any(b.isChecked() for b in bprop.choices)  # two solutions: the supervisor picks one
    _click(bprop, "approve")
    assert bprop.errors.message("chosen") == "请选择要批准的方案"
    assert boss_tab.detail.detail.state == State.APPROVE
    _click(bprop, "send_back")
    assert bprop.errors.message("approval_comment") == "必填"
    bprop.comment.setPlainText("请写明施工时段")
    _click(bprop, "send_back")
    assert boss_tab.detail.detail.state == State.PROPOSE
    # back at the counter: the returned comment and the old solutions to start from
    tab.detail.reload()
    assert prop.returned.isVisibleTo(view) and "请写明施工时段" in prop.returned.text()
    assert prop.proposals[0].toPlainText() == "约谈装修负责人"
    prop.proposals[0].setPlainText("约谈装修负责人，限 8:00-18:00 施工")
    _click(prop, "submit_propose")
    boss_tab.detail.reload()
    bprop.choices[1].setChecked(True)
    _click(bprop, "approve")
    assert boss_tab.detail.detail.approved_proposal == "发整改通知单"
    tab.detail.reload()
    impl = view.page(5)
    assert view.current_step() == 5 and "发整改通知单" in impl.plan.text()
    impl.actions_taken.setPlainText("已发整改通知单")
    _click(impl, "submit_implement")
    assert impl.errors.message("accepted") == "请选择投诉人是否接受处理结果"
    assert impl.actions_taken.toPlainText() == "已发整改通知单"  # nothing typed is lost
    impl.accepted.setChecked(True)
    _click(impl, "submit_implement")
    assert view.detail.state == State.CALLBACK and view.current_step() == 6
    assert "回访队列" in view.page(6).status.text()
    assert [e.action for e in view.detail.events][-1] == "implement"
    assert view.timeline.topLevelItem(0).text(1) == "实施完成，投诉人接受"


def test_conflict_shows_theirs_beside_mine_then_keeps_theirs_or_applies_mine(
    qtbot, services, receptionist, butler, estate
) -> None:  # type: ignore[no-untyped-def]
    c = services.complaints.create(receptionist, intake())
    tab = make_tab(qtbot, services, receptionist)
    select(tab, c.id)
    asked: list = []
    tab.detail.conflict_answer = lambda diffs: asked.append(diffs) or Choice.KEEP_THEIRS
    judge = tab.detail.page(2)
    judge.valid.setChecked(True)
    judge.note.setPlainText("我的判断说明")
    c = services.complaints.update_intake(butler, c.id, intake(content="管家补充了内容"), expected_version=c.version)
    _click(judge, "submit_judge")
    (diffs,) = asked
    assert ("判断说明" in [d.label for d in diffs]) or any(d.mine == "我的判断说明" for d in diffs)
    # keep theirs: their record shown, nothing of mine saved
    assert tab.detail.detail.content == "管家补充了内容" and tab.detail.detail.state == State.JUDGE
    assert judge.note.toPlainText() == "" and "您的修改未保存" in tab.detail.banner.text()
    assert services.complaints.get(receptionist, c.id).judge_note in ("", None)
    # apply mine: the step taken on top of theirs, the version advanced
    judge.valid.setChecked(True)
    judge.note.setPlainText("我的判断说明")
    c = services.complaints.update_intake(butler, c.id, intake(content="管家又补充"), expected_version=c.version)
    tab.detail.conflict_answer = lambda diffs: Choice.APPLY_MINE
    _click(judge, "submit_judge")
    saved = services.complaints.get(receptionist, c.id)
    assert saved.state == State.INVESTIGATE and saved.judge_note == "我的判断说明" and saved.content == "管家又补充"
    assert saved.version > c.version and tab.detail.detail.state == State.INVESTIGATE


def test_step_taken_elsewhere_is_explained(qtbot, services, receptionist, butler, estate) -> None:
    c = services.complaints.create(receptionist, intake())
    tab = make_tab(qtbot, services, receptionist)
    select(tab, c.id)
    services.complaints.judge(butler, c.id, valid=True, expected_version=c.version)
    asked: list = []
    tab.detail.conflict_answer = lambda diffs: asked.append(diffs) or Choice.KEEP_THEIRS
    tab.detail.page(2).valid.setChecked(True)
    _click(tab.detail.page(2), "submit_judge")
    assert asked and tab.detail.current_step() == 3
    # applying mine again: the step is no longer allowed, the service's refusal shown the usual way
    c2 = services.complaints.create(receptionist, intake())
    tab.refresh()
    select(tab, c2.id)
    services.complaints.judge(butler, c2.id, valid=True, expected_version=c2.version)
    tab.detail.conflict_answer = lambda diffs: Choice.APPLY_MINE
    tab.detail.page(2).valid.setChecked(True)
    _click(tab.detail.page(2), "submit_judge")
    assert tab.detail.banner_box.isVisibleTo(tab.detail) and tab.detail.banner.text()
    assert services.complaints.get(receptionist, c2.id).state == State.INVESTIGATE


def test_stats_dialog_shows_the_month(qtbot, services, clock, supervisor, receptionist, estate, tmp_path) -> None:
    walk(services, receptionist, supervisor, until="callback")
    walk(services, receptionist, supervisor, until="invalid", data=intake(category="收费", severity="重大"))
    tab = make_tab(qtbot, services, supervisor)
    assert tab.stats_button.isVisibleTo(tab)
    assert not make_tab(qtbot, services, receptionist).stats_button.isVisibleTo(tab)
    dlg = ComplaintStatsDialog(tab.ctx, tab)
    qtbot.addWidget(dlg)
    assert dlg.title.text() == "2026年11月 顾客投诉分类统计表"
    assert dlg.cell(dlg.by_category, "噪音扰民", "有效") == "1"
    assert dlg.cell(dlg.by_category, "收费", "无效") == "1"
    assert dlg.cell(dlg.by_category, "合计", "重大") == "1"
    assert dlg.cell(dlg.by_department, "工程部", "投诉数") == "1"
    assert dlg.cell(dlg.by_department, "未定责任部门", "投诉数") == "1"
    assert "投诉总数 2 件" in dlg.summary.text()
    out = tmp_path / "m.xlsx"
    dlg.save_xlsx(out)
    qtbot.waitUntil(lambda: "已保存" in dlg.message.text(), timeout=5000)
    assert out.exists()
    dlg.month.setDate(dlg.month.date().addMonths(-1))
    assert dlg.cell(dlg.by_category, "合计", "投诉数") == "0"


def test_call_log_entry_becomes_a_complaint(qtbot, services, receptionist, estate) -> None:
    from frontdesk.services.call_log import CallInput
    from frontdesk.ui.call_log.tab import CallLogTab

    call = services.call_log.create(receptionist, CallInput(
        channel="phone", kind="complaint", room="3-2-1502", person="陈美玲", phone="13812345678",
        content="楼上装修噪音太大", outcome="closed",
    ))  # fmt: skip
    bus = EventBus()
    opened: list[tuple[str, int]] = []
    bus.open_requested.connect(lambda kind, rid: opened.append((kind, rid)))
    tab = CallLogTab(UiContext(services, receptionist, bus))
    qtbot.addWidget(tab)
    tab.table.selectRow(0)
    assert tab.complaint_button.isEnabled()
    tab.complaint_button.click()
    dlg = tab.complaint_dialog
    f = dlg.form
    assert (f.complainant.text(), f.room.text(), f.phone.text(), f.content.toPlainText()) == (
        "陈美玲",
        "3-2-1502",
        "138****5678",
        "楼上装修噪音太大",
    )
    assert f.channel.currentData() == "来电" and "陈美玲" in f.room_hint.text()
    # 投诉类别 guessed from the call's words, marked as a guess
    assert f.category.currentData() == "噪音扰民" and f.category_guess.text() == "按来电内容推测"
    qtbot.keyClick(f.category, Qt.Key.Key_Down)  # she picks another: no longer a guess
    assert f.category.currentData() == "装修" and f.category_guess.text() == ""
    f.category.setCurrentIndex(0)  # and none: the category is still required
    dlg.on_save_clicked()
    assert f.errors.message("category") == "必填"
    f.category.setCurrentIndex(f.category.findData("噪音扰民"))
    dlg.on_save_clicked()
    c = dlg.created
    assert c is not None and c.call_id == call.id and opened == [("complaint", c.id)]
    entry = services.call_log.get(receptionist, call.id)
    assert (entry.outcome, entry.complaint_id) == ("complaint", c.id)
    qtbot.waitUntil(lambda: tab.model.row_at(0).complaint_id == c.id, timeout=3000)
    tab.table.selectRow(0)
    assert not tab.complaint_button.isEnabled()


def test_export_writes_the_filtered_list_through_the_one_export(qtbot, services, receptionist, estate, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    walk(services, receptionist, receptionist, until="judge", data=intake(content='=HYPERLINK("x") 楼上噪音'))
    tab = make_tab(qtbot, services, receptionist)
    path = tmp_path / "投诉.xlsx"
    tab.export_to(path)
    assert not tab.export_button.isEnabled()  # until the worker is done
    qtbot.waitUntil(lambda: tab.export_button.isEnabled(), timeout=10_000)
    assert tab.count_label.text() == f"已导出 1 条到 {path}"
    cells = [c for row in load_workbook(path).active.iter_rows() for c in row]
    assert "投诉内容" in [c.value for c in cells]
    assert any(c.value == '=HYPERLINK("x") 楼上噪音' and c.data_type == "s" for c in cells)


def test_each_step_has_its_key_live_only_while_the_step_is_due(qtbot, services, receptionist, supervisor,
                                                               estate) -> None:  # fmt: skip
    from tests.support.qt import show_active

    ctrl = Qt.KeyboardModifier.ControlModifier
    c = walk(services, receptionist, supervisor, until="approve")
    boss = show_active(qtbot, ComplaintsTab(UiContext(services, supervisor, EventBus())), (1366, 728))
    select(boss, c.id)
    view = boss.detail
    prop = view.page(4)
    texts = {b.objectName(): b.text() for b in view.findChildren(QPushButton)}
    assert texts["approve"] == "批准所选方案（Ctrl+4）" and texts["send_back"] == "退回修改（Ctrl+R）"
    assert texts["submit_judge"] == "提交判断（Ctrl+2）" and texts["submit_close"] == "总结并关闭投诉（Ctrl+6）"
    assert texts["print_form"] == "打印登记表（Ctrl+P）" and texts["print_for_signature"] == "打印登记表供签字（Ctrl+P）"
    boss.table.setFocus()
    qtbot.keyClick(boss.table, Qt.Key.Key_2, ctrl)  # judging is done: Ctrl+2 does nothing
    qtbot.keyClick(boss.table, Qt.Key.Key_R, ctrl)  # 退回修改 without a comment: said beside it
    qtbot.waitUntil(lambda: prop.errors.message("approval_comment") == "必填")
    prop.comment.setPlainText("请写明施工时段")
    qtbot.keyClick(prop.comment, Qt.Key.Key_R, ctrl)
    qtbot.waitUntil(lambda: view.detail.state == State.PROPOSE)
    assert services.complaints.get(supervisor, c.id).returned_count == 1
    # step 1: Ctrl+1 opens the intake for correction, Ctrl+S saves it
    view.show_step(1)
    accept = view.page(1)
    qtbot.keyClick(boss.table, Qt.Key.Key_1, ctrl)
    qtbot.waitUntil(lambda: accept.form_box.isVisibleTo(view))
    qtbot.keyClick(accept.form.complainant, Qt.Key.Key_Escape)  # 放弃修改（Esc）
    qtbot.waitUntil(lambda: not accept.form_box.isVisibleTo(view))
    qtbot.keyClick(boss.table, Qt.Key.Key_1, ctrl)
    qtbot.waitUntil(lambda: accept.form_box.isVisibleTo(view))
    accept.form.complainant.setText("陈小玲")
    qtbot.keyClick(accept.form.complainant, Qt.Key.Key_S, ctrl)
    qtbot.waitUntil(lambda: view.detail.complainant == "陈小玲")
    assert not accept.form_box.isVisibleTo(view)
