"""投诉: the six-step closed loop driven through the real main windows of two counters — the
receptionist's and the supervisor's — on one database, the way the people at the desk work.

A call becomes a complaint; judged valid; investigated; the receptionist cannot approve; the
supervisor sends the solution back once, then approves; implemented and the form printed for the
complainant's signature; called back; closed. An invalid complaint ends at step 2 with its reply.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from frontdesk.db import Database
from frontdesk.services.clock import FixedClock
from frontdesk.services.complaints import State
from frontdesk.services.container import Services, build_services
from frontdesk.services.errors import PermissionDenied
from frontdesk.services.permissions import Role
from frontdesk.ui.common.bus import EventBus
from frontdesk.ui.common.conflict import Choice
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.complaints.tab import ComplaintsTab
from frontdesk.ui.shell.login_dialog import LoginDialog
from frontdesk.ui.shell.main_window import MainWindow
from frontdesk.ui.shell.search_dialog import HIT_ROLE, GlobalSearchDialog
from tests.conftest import make_user
from tests.support.complaints import make_estate
from tests.support.keyboard import focus, press, type_into
from tests.support.printing import fonts, pdf_text

CTRL = Qt.KeyboardModifier.ControlModifier

pytestmark = pytest.mark.usefixtures("cheap_hashing")


def login(qtbot, services: Services, username: str, password: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """The login dialog typed in, then the main window, as at the start of a shift."""
    dlg = LoginDialog(services.staff, centre="翠湖花园物业服务中心", db_text=services.db.describe())
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.username.setFocus()
    type_into(qtbot, dlg.username, username)
    type_into(qtbot, dlg.password, password)
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    assert dlg.user is not None, dlg.error.text()
    window = MainWindow(UiContext(services, dlg.user, EventBus()))
    qtbot.addWidget(window)
    window.resize(1500, 900)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Turn to this counter's screen."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def complaints_tab(window: MainWindow) -> ComplaintsTab:
    tab = window.tab_for_kind("complaint")
    assert isinstance(tab, ComplaintsTab)
    return tab


def click(widget: QWidget, name: str) -> None:
    button = widget.findChild(QPushButton, name)
    assert button is not None and button.isEnabled() and button.isVisibleTo(widget), name
    button.click()


@pytest.fixture
def counters(db_path: Path, clock: FixedClock):  # type: ignore[no-untyped-def]
    """Two counters on one database: each has its own connection and services, one clock."""
    dbs = [Database(f"sqlite:///{db_path.as_posix()}") for _ in range(2)]
    front, office = (build_services(d, clock) for d in dbs)
    make_user(front, Role.SUPERVISOR, "boss", "王主管")
    make_user(front, Role.RECEPTIONIST, "li", "李前台")
    front.settings.set(front.staff.login("boss", "secret-boss"), "centre.name", "翠湖花园物业服务中心")
    make_estate(front)
    yield front, office
    for d in dbs:
        d.dispose()


def test_complaint_closed_loop(qtbot, counters, clock: FixedClock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    front, office = counters
    desk = login(qtbot, front, "li", "secret-li")
    li = desk.ctx.user

    # --- the call, logged by keyboard while the owner is on the phone -----------------------------
    calls = desk.tab_for_kind("call")
    desk.tabs.setCurrentWidget(calls)
    form = calls.form  # type: ignore[attr-defined]
    form.room.setFocus()
    type_into(qtbot, focus(), "3栋2单元1502")
    press(qtbot, Qt.Key.Key_Tab)
    type_into(qtbot, focus(), "13812345678")
    press(qtbot, Qt.Key.Key_Tab)
    type_into(qtbot, focus(), "陈美玲")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_3)  # 投诉
    type_into(qtbot, focus(), "楼上3-2-1602装修，每天早上7点就开始电钻，噪音太大")
    press(qtbot, Qt.Key.Key_Tab)
    type_into(qtbot, focus(), "已安抚，转投诉处理")
    press(qtbot, Qt.Key.Key_Return)
    [call] = front.call_log.list_entries(li).rows
    assert call.kind == "complaint"

    # --- it becomes a complaint in one action -----------------------------------------------------------
    calls.table.selectRow(0)  # type: ignore[attr-defined]
    calls.complaint_button.click()  # type: ignore[attr-defined]
    dlg = calls.complaint_dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(dlg.isActiveWindow, timeout=3000)
    # the number she typed, not masked back at her
    assert dlg.form.content.toPlainText().startswith("楼上3-2-1602装修") and dlg.form.phone.text() == "13812345678"
    assert focus() is dlg.form.category
    press(qtbot, Qt.Key.Key_End)  # the categories are one list: 其他 is last …
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)  # … 噪音扰民 three above it
    assert dlg.form.category.currentData() == "噪音扰民"
    assert dlg.form.channel.currentData() == "来电"  # carried over from the call
    press(qtbot, Qt.Key.Key_Return, CTRL)  # 受理登记: Ctrl+Enter saves the dialog
    activate(qtbot, desk)
    tab = complaints_tab(desk)
    assert desk.tabs.currentWidget() is tab
    view = tab.detail
    c = view.detail
    assert c is not None and c.call_id == call.id and c.state == State.JUDGE
    assert front.call_log.get(li, call.id).outcome == "complaint"

    # --- 2 判断 and 3 调查 ---------------------------------------------------------------------------
    judge = view.page(2)
    assert judge.go.text() == "提交判断（Ctrl+2）"
    press(qtbot, Qt.Key.Key_3, CTRL)  # not step 3's turn: nothing happens
    qtbot.wait(150)
    assert view.detail.state == State.JUDGE
    judge.valid.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # 投诉成立: the verdict starts empty and is chosen
    judge.note.setFocus()
    type_into(qtbot, focus(), "核实属实：1602 装修违反施工时间规定")
    press(qtbot, Qt.Key.Key_2, CTRL)  # 提交判断
    qtbot.waitUntil(lambda: view.detail.state == State.INVESTIGATE)
    assert view.current_step() == 3
    inv = view.page(3)
    inv.department.setCurrentIndex(inv.department.findText("秩序维护部"))
    inv.person.setFocus()
    type_into(qtbot, focus(), "周队长")
    inv.cause.setFocus()
    type_into(qtbot, focus(), "装修巡查未覆盖早间时段")
    press(qtbot, Qt.Key.Key_3, CTRL)  # 提交调查结果
    qtbot.waitUntil(lambda: view.detail.state == State.PROPOSE)

    # --- 4 方案: proposed; the receptionist cannot approve it --------------------------------------------
    prop = view.page(4)
    prop.proposals[0].setFocus()
    type_into(qtbot, focus(), "约谈装修负责人")
    prop.proposals[1].setFocus()
    type_into(qtbot, focus(), "发整改通知单")
    click(prop, "submit_propose")
    assert view.detail.state == State.APPROVE
    assert not prop.approval_box.isVisibleTo(view) and "等待客服主管审批" in prop.status.text()
    press(qtbot, Qt.Key.Key_4, CTRL)  # a receptionist's Ctrl+4 does not approve: the step is not hers
    qtbot.wait(150)
    assert front.complaints.get(li, c.id).state == State.APPROVE and not view.banner_box.isVisibleTo(view)
    with pytest.raises(PermissionDenied):  # the service refuses whatever the screen shows
        front.complaints.approve(li, c.id, chosen=0, expected_version=view.detail.version)

    # --- the supervisor's counter: finds it, sends it back once, then approves --------------------------------
    office_win = login(qtbot, office, "boss", "secret-boss")
    qtbot.waitUntil(lambda: "投诉待审批 1" in office_win.counts_label.text())  # counted in the worker pool
    search = GlobalSearchDialog(office_win.ctx, office_win)
    qtbot.addWidget(search)
    search.show()  # Ctrl+K
    qtbot.waitUntil(search.isActiveWindow, timeout=3000)
    search.query.setFocus()
    type_into(qtbot, search.query, "噪音")
    with qtbot.waitSignal(search.searched):
        search.run_search()
    kinds = [search.results.item(i).data(HIT_ROLE).kind for i in range(search.results.count())]
    assert "complaint" in kinds and "call" in kinds  # the call and the complaint it became
    for _ in range(kinds.index("complaint")):
        qtbot.keyClick(search.query, Qt.Key.Key_Down)
    assert search.results.currentItem().text().startswith("[投诉] " + c.number)
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    office_win.open_record(search.chosen.kind, search.chosen.id)
    activate(qtbot, office_win)
    boss_view = complaints_tab(office_win).detail
    assert boss_view.detail.id == c.id and boss_view.current_step() == 4
    bprop = boss_view.page(4)
    bprop.comment.setFocus()
    type_into(qtbot, focus(), "方案要写明允许施工的时段")
    click(bprop, "send_back")
    assert boss_view.detail.state == State.PROPOSE and boss_view.detail.returned_count == 1

    # back at the desk: the list refreshes, the returned comment shows, the solution is rewritten
    activate(qtbot, desk)
    tab.refresh()
    assert prop.returned.isVisibleTo(view) and "允许施工的时段" in prop.returned.text()
    prop.proposals[0].selectAll()
    type_into(qtbot, prop.proposals[0], "约谈装修负责人，只许 8:00-12:00、14:00-18:00 施工")
    click(prop, "submit_propose")

    activate(qtbot, office_win)
    complaints_tab(office_win).refresh()
    qtbot.wait(300)  # the list's own delayed reload (the change set) settles
    bprop.comment.setFocus()
    type_into(qtbot, focus(), "同意方案一，秩序维护部跟进")
    assert bprop.approve.text() == "批准所选方案（Ctrl+4）" and not any(b.isChecked() for b in bprop.choices)
    bprop.choices[0].setFocus()
    press(qtbot, Qt.Key.Key_Space)  # 方案一: two solutions, none chosen for the supervisor
    assert bprop.choices[0].isChecked()
    press(qtbot, Qt.Key.Key_4, CTRL)  # 批准所选方案
    qtbot.waitUntil(lambda: boss_view.detail.state == State.IMPLEMENT)
    assert boss_view.detail.approved_proposal.startswith("约谈装修负责人，只许")
    qtbot.wait(300)  # the supervisor's screen settles; it is not refreshed again below
    office_win.poller.timer.stop()  # (nor by its poller: it stays stale, whatever the time the desk takes)

    # --- 5 实施 -------------------------------------------------------------------------------------------------
    activate(qtbot, desk)
    tab.refresh()
    impl = view.page(5)
    assert view.current_step() == 5 and "只许 8:00-12:00" in impl.plan.text()
    impl.actions_taken.setFocus()
    type_into(qtbot, focus(), "已约谈1602装修负责人王师傅，签署施工时间承诺书")
    impl.accepted.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # 投诉人接受 (asked, not assumed)
    press(qtbot, Qt.Key.Key_5, CTRL)  # 提交实施结果
    qtbot.waitUntil(lambda: view.detail.state == State.CALLBACK)

    # --- an invalid complaint ends at step 2 with its reply ---------------------------------------------------
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new = tab._dialog
    qtbot.waitUntil(new.isActiveWindow, timeout=3000)
    f = new.form
    assert focus() is f.room
    type_into(qtbot, focus(), "5-1-301")
    press(qtbot, Qt.Key.Key_Tab)
    type_into(qtbot, focus(), "周建国")
    press(qtbot, Qt.Key.Key_Tab)
    type_into(qtbot, focus(), "13998765432")
    f.category.setCurrentIndex(f.category.findData("收费"))
    f.channel.setCurrentIndex(f.channel.findData("来访"))
    f.content.setFocus()
    type_into(qtbot, focus(), "认为本月物业费多收了35元")
    press(qtbot, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)  # Ctrl+Enter on the keypad saves too
    qtbot.waitUntil(lambda: not new.isVisible())
    activate(qtbot, desk)
    other = view.detail
    assert other.number != c.number and other.state == State.JUDGE
    judge.invalid.setChecked(True)
    judge.reply.setFocus()
    type_into(qtbot, focus(), "已向业主说明：本月含公摊电费35元，有公示")
    click(judge, "submit_judge")
    ended = front.complaints.get(li, other.id)
    assert ended.state == State.INVALID and ended.invalid_reply.startswith("已向业主说明")
    assert view.current_step() == 2 and not judge.form_box.isVisibleTo(view)
    assert all(not view.page(n).form_box.isVisibleTo(view) for n in (3, 4, 5, 6))

    # --- the supervisor's screen was stale: a conflict, shown, nothing overwritten, nothing typed lost -------------
    activate(qtbot, office_win)
    assert boss_view.detail.state == State.IMPLEMENT  # what that screen still shows
    bimpl = boss_view.page(5)
    bimpl.actions_taken.setFocus()
    type_into(qtbot, focus(), "主管亲自上门协调")
    bimpl.accepted.setChecked(True)
    asked: list = []

    def keep_theirs(diffs):  # type: ignore[no-untyped-def]
        # asked before anything is written: mine (still typed) beside theirs
        assert bimpl.actions_taken.toPlainText() == "主管亲自上门协调"
        asked.append({d.label: (d.mine, d.theirs) for d in diffs})
        return Choice.KEEP_THEIRS

    boss_view.conflict_answer = keep_theirs
    click(bimpl, "submit_implement")
    (shown,) = asked
    assert any(mine == "主管亲自上门协调" for mine, _theirs in shown.values())
    assert "已被其他人修改" in boss_view.banner.text() or "您的修改未保存" in boss_view.banner.text()
    assert boss_view.detail.state == State.CALLBACK and boss_view.current_step() == 6
    assert front.complaints.get(li, c.id).actions_taken.startswith("已约谈1602装修负责人")

    # --- the form printed for the complainant's signature (and once more: a reprint says so) ------------------
    activate(qtbot, desk)
    tab.open_record("complaint", c.id)
    press(qtbot, Qt.Key.Key_P, CTRL)  # 打印登记表（Ctrl+P）
    qtbot.waitUntil(lambda: getattr(tab, "print_dialog", None) is not None)
    preview = tab.print_dialog
    qtbot.waitUntil(lambda: preview.ready, timeout=10_000)
    out = tmp_path / "登记表.pdf"
    assert preview.save_to(out)
    text = pdf_text(out.read_bytes())
    for value in ("顾客投诉登记表", c.number, "陈美玲", "3-2-1502", "13812345678", "噪音扰民", "秩序维护部", "周队长",
                  "装修巡查未覆盖早间时段", "方案一（已批准）", "同意方案一，秩序维护部跟进", "已约谈1602装修负责人王师傅",
                  "投诉人签字", "经办人签字", "回访记录"):  # fmt: skip
        assert value in text, value
    assert "重印" not in text and all(f.embedded for f in fonts(out.read_bytes()))
    preview.close()
    click(view, "print_form")
    again = tab.print_dialog
    qtbot.waitUntil(lambda: again.ready, timeout=10_000)
    assert again.save_to(tmp_path / "again.pdf")
    assert "重印 第2次" in pdf_text((tmp_path / "again.pdf").read_bytes())
    again.close()
    activate(qtbot, desk)

    # --- 6 回访: the complaint waits in the shared callback queue; the call is made and recorded ---------------
    assert "回访队列" in view.page(6).status.text()
    view.show_step(6)
    press(qtbot, Qt.Key.Key_6, CTRL)  # 记录回访…（Ctrl+6）
    qtbot.waitUntil(lambda: desk.tabs.currentWidget() is desk.tab_for_kind("callback"))
    queue = desk.tabs.currentWidget()
    assert queue is desk.tab_for_kind("callback") and queue.current.ref_number == c.number  # type: ignore[attr-defined]
    clock.advance(days=1)
    queue.method_group.button(0).setChecked(True)  # type: ignore[attr-defined]
    queue.sat_group.button(0).setChecked(True)  # 满意  # type: ignore[attr-defined]
    queue.comments.setFocus()  # type: ignore[attr-defined]
    type_into(qtbot, focus(), "早上已经安静了，谢谢")
    click(queue, "save_callback")
    assert front.complaints.get(li, c.id).state == State.CLOSE

    # --- 总结 and closed, by the supervisor ----------------------------------------------------------------------
    activate(qtbot, office_win)
    complaints_tab(office_win).refresh()
    closing = boss_view.page(6)
    assert boss_view.current_step() == 6 and "满意" in closing.record.text()
    closing.improvement.setFocus()
    type_into(qtbot, focus(), "装修审批时书面告知施工时段，秩序维护部早间巡查装修户")
    click(closing, "submit_close")
    assert boss_view.detail.state == State.CLOSED and "投诉已关闭" in closing.status.text()

    final = front.complaints.get(li, c.id)
    assert final.state == State.CLOSED and final.returned_count == 1 and final.satisfaction == "satisfied"
    assert [e.action for e in final.events if e.step] == [
        "accept",
        "judge_valid",
        "investigate",
        "propose",
        "return",
        "propose",
        "approve",
        "implement",
        "callback",
        "close",
    ]
    assert [e.action for e in final.events if e.action in ("print", "reprint")] == ["print", "reprint"]


def test_major_complaint_alerts_the_supervisor_on_every_counter(qtbot, counters, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    front, office = counters
    office_win = login(qtbot, office, "boss", "secret-boss")
    desk = login(qtbot, front, "li", "secret-li")
    tab = complaints_tab(desk)
    desk.tabs.setCurrentWidget(tab)
    tab.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dlg = tab._dialog
    qtbot.waitUntil(dlg.isActiveWindow, timeout=3000)
    f = dlg.form
    type_into(qtbot, focus(), "12-3-2201")
    press(qtbot, Qt.Key.Key_Tab)
    type_into(qtbot, focus(), "刘洋")
    press(qtbot, Qt.Key.Key_Tab)
    type_into(qtbot, focus(), "13700001111")
    f.category.setCurrentIndex(f.category.findData("维修质量"))
    f.channel.setCurrentIndex(f.channel.findData("来访"))
    f.severity_major.setChecked(True)
    f.content.setFocus()
    type_into(qtbot, focus(), "卫生间漏水修了三次还在漏，楼下天花板已泡坏，要求赔偿")
    click(dlg, "save")
    c = tab.detail.detail
    assert c.severity == "重大" and c.due_at == clock.now() + timedelta(hours=1)

    # the supervisor's counter learns of it at its next poll: a window that stays until acknowledged
    watcher = office_win.alerts
    [alert] = watcher.poll()
    card = watcher.window.card(alert.id)
    assert watcher.window.isVisible() and card is not None
    assert alert.kind == "complaint.major" and alert.ref_number == c.number and "12-3-2201" in alert.summary
    card.view_button.click()  # 查看 opens the complaint on that counter
    assert complaints_tab(office_win).detail.detail.id == c.id
    card.ack_button.click()
    ack = watcher.window.dialog
    ack.note.setText("已电话联系业主，明早上门")
    ack.on_ok_clicked()
    assert watcher.poll() == [] and not watcher.window.isVisible()
    events = front.complaints.get(desk.ctx.user, c.id).events
    assert [(e.action, e.actor_name, e.note) for e in events if e.step == 0] == [
        ("alert", "李前台", ""),
        ("alert_ack", "王主管", "已电话联系业主，明早上门"),
    ]
