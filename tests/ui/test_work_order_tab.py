"""The work-order tab: the list model, opening an order by keyboard, actions per role, conflicts,
search and export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from frontdesk.services.work_orders import Op, OrderFilter
from frontdesk.ui.common.conflict import Choice
from frontdesk.ui.work_orders import model as model_mod
from frontdesk.ui.work_orders.dialogs import OrderFormDialog
from frontdesk.ui.work_orders.model import WorkOrderListModel
from frontdesk.ui.work_orders.tab import WorkOrderTab
from tests.support.keyboard import type_into
from tests.support.orders import (  # noqa: F401 - fast is a fixture
    add_rooms,
    add_technicians,
    advance,
    fast,
    make_ctx,
    order_input,
)

pytestmark = pytest.mark.usefixtures("fast")


@pytest.fixture
def estate(services, supervisor):  # type: ignore[no-untyped-def]
    add_rooms(services)
    return add_technicians(services, supervisor)


def _tab(qtbot, services, user) -> WorkOrderTab:  # type: ignore[no-untyped-def]
    tab = WorkOrderTab(make_ctx(services, user))
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    return tab


def test_list_model_pages_and_passes_the_model_tester(qtbot, qtmodeltester, services, receptionist, estate, monkeypatch) -> None:
    monkeypatch.setattr(model_mod, "PAGE", 5)
    ids = [services.work_orders.create(receptionist, order_input(description=f"第{i}户漏水")).id for i in range(12)]
    wo = services.work_orders
    model = WorkOrderListModel(
        lambda before, limit: wo.list_orders(receptionist, OrderFilter(), before_id=before, limit=limit),
        services.clock.now,
    )
    model.reload()
    assert model.rowCount() == 5 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 12 and not model.canFetchMore()
    assert [model.order_at(i).id for i in range(12)] == list(reversed(ids))  # type: ignore[union-attr]
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "单号"


def test_new_order_by_keyboard_with_room_lookup_and_errors_next_to_fields(qtbot, services, receptionist, estate) -> None:
    tab = _tab(qtbot, services, receptionist)
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dlg = tab.dialog
    assert isinstance(dlg, OrderFormDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    type_into(qtbot, dlg.room, "9栋9单元999")
    dlg.room.editingFinished.emit()
    assert "9栋9单元999" in dlg.errors.message("room")
    dlg.room.clear()
    type_into(qtbot, dlg.room, "3栋2单元1502")
    dlg.room.editingFinished.emit()
    assert "3-2-1502" in dlg.room_hint.text() and dlg.reporter.text() == "陈建国"  # the owner fills in
    type_into(qtbot, dlg.phone, "1381234")
    type_into(qtbot, dlg.description, "厨房水槽漏水")
    # the required choices start empty: nothing is chosen for her
    assert dlg.category.currentData() == "" and dlg.paid.currentData() is None
    assert not dlg.category_guess.text() and not dlg.paid_guess.text()
    qtbot.keyClick(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dlg.isVisible()  # the phone is wrong, no category, no charging: nothing saved, nothing lost
    assert "电话号码格式不正确" in dlg.errors.message("phone")
    assert dlg.errors.message("category") == "请选择报修类别"
    assert dlg.errors.message("paid") == "请选择有偿或无偿"
    dlg.category.setFocus()
    qtbot.keyClick(dlg.category, Qt.Key.Key_Down)  # the first category, 水
    dlg.paid.setFocus()
    qtbot.keyClick(dlg.paid, Qt.Key.Key_Down)  # 有偿
    assert dlg.errors.message("category") == "" and dlg.errors.message("paid") == ""
    assert (dlg.category.currentText(), dlg.paid.currentData()) == ("水", True)
    dlg.phone.setFocus()
    dlg.phone.end(False)
    assert dlg.description.toPlainText() == "厨房水槽漏水" and dlg.room.text() == "3栋2单元1502"
    type_into(qtbot, dlg.phone, "5678")
    qtbot.keyClick(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dlg.isVisible()
    assert tab.detail.order is not None and tab.detail.order.number == "WX20261127001"
    assert tab.detail.values["place"].text() == "肯彤名邸 3-2-1502"
    assert tab.detail.values["phone"].text() == "138****5678" and tab.detail.reveal_button.isVisible()
    assert tab.model.rowCount() == 1 and "共 1 张" in tab.count_label.text()
    assert [tab.detail.timeline.topLevelItem(i).text(2) for i in range(tab.detail.timeline.topLevelItemCount())] == ["开单"]


def test_public_location_switches_to_free_and_needs_a_place(qtbot, services, receptionist, estate) -> None:
    tab = _tab(qtbot, services, receptionist)
    dlg = tab.open_new_order()
    dlg.public.setChecked(True)
    assert not dlg.room.isEnabled() and dlg.paid.currentData() is False
    assert dlg.paid_guess.text() == "公区报修，按无偿推测"
    dlg.public.setChecked(False)  # back to a room: no guess left behind
    assert dlg.paid.currentData() is None and not dlg.paid_guess.text()
    dlg.public.setChecked(True)
    dlg.category.setCurrentIndex(dlg.category.findText("电"))
    type_into(qtbot, dlg.reporter, "赵保安")
    type_into(qtbot, dlg.description, "大堂灯不亮")
    dlg.on_save_clicked()
    assert dlg.errors.message("location") == "必填"
    type_into(qtbot, dlg.location, "3栋大堂")
    dlg.on_save_clicked()
    assert not dlg.isVisible() and tab.detail.order.public  # type: ignore[union-attr]


def test_buttons_follow_state_and_role(qtbot, services, receptionist, supervisor, estate) -> None:
    o = services.work_orders.create(receptionist, order_input())
    tab = _tab(qtbot, services, receptionist)
    tab.open_record("order", o.id)
    b = tab.detail.buttons
    assert b[Op.DISPATCH].isVisible() and b[Op.DISPATCH].isEnabled()
    assert b[Op.CANCEL].isVisible() and not b[Op.CANCEL].isEnabled()  # a receptionist may not cancel
    assert "客服主管" in b[Op.CANCEL].toolTip()
    assert not b[Op.START].isVisible() and not b[Op.CLOSE].isVisible()
    boss_tab = _tab(qtbot, services, supervisor)
    boss_tab.open_record("order", o.id)
    assert boss_tab.detail.buttons[Op.CANCEL].isEnabled()
    dlg = boss_tab.run_op(Op.CANCEL)
    dlg.on_save_clicked()  # type: ignore[union-attr]
    assert dlg.errors.message("reason") == "必填"  # type: ignore[union-attr]
    type_into(qtbot, dlg.text, "重复报修")  # type: ignore[union-attr]
    dlg.on_save_clicked()  # type: ignore[union-attr]
    assert boss_tab.detail.order.state == "cancelled"  # type: ignore[union-attr]
    assert "取消原因：重复报修" in boss_tab.detail.note.text()


def test_a_stale_edit_is_a_conflict_theirs_beside_mine(qtbot, services, receptionist, supervisor, estate) -> None:
    o = services.work_orders.create(receptionist, order_input())
    tab = _tab(qtbot, services, receptionist)
    tab.open_record("order", o.id)
    # keep theirs: their values shown, nothing of mine saved
    dlg = tab.run_op(Op.EDIT)
    asked: list = []
    dlg.conflict_answer = lambda diffs: asked.append(diffs) or Choice.KEEP_THEIRS  # type: ignore[union-attr]
    dlg.description.setPlainText("前台补充：业主下午在家")  # type: ignore[union-attr]
    o = services.work_orders.update(supervisor, o.id, order_input(description="主管补充：楼下也渗水"), expected_version=o.version)
    dlg.on_save_clicked()  # type: ignore[union-attr]
    (diffs,) = asked
    assert [(d.mine, d.theirs) for d in diffs if d.differs] == [("前台补充：业主下午在家", "主管补充：楼下也渗水")]
    assert dlg.isVisible() and "您的修改未保存" in dlg.banner.text()  # type: ignore[union-attr]
    assert dlg.description.toPlainText() == "主管补充：楼下也渗水"  # type: ignore[union-attr]
    assert services.work_orders.get(receptionist, o.id).description == "主管补充：楼下也渗水"
    dlg.reject()  # type: ignore[union-attr]
    # apply mine: saved on top of theirs, the version advanced
    dlg = tab.run_op(Op.EDIT)
    dlg.conflict_answer = lambda diffs: Choice.APPLY_MINE  # type: ignore[union-attr]
    dlg.description.setPlainText("前台补充：业主下午在家")  # type: ignore[union-attr]
    theirs = services.work_orders.update(
        supervisor, o.id, order_input(location="厨房", description="主管又改"), expected_version=o.version
    )
    dlg.on_save_clicked()  # type: ignore[union-attr]
    assert not dlg.isVisible()  # type: ignore[union-attr]
    saved = services.work_orders.get(receptionist, o.id)
    assert saved.description == "前台补充：业主下午在家" and saved.version == theirs.version + 1


def test_search_filters_and_export(qtbot, services, receptionist, supervisor, estate, tmp_path: Path) -> None:
    wo = services.work_orders
    leak = wo.create(receptionist, order_input())
    wo.create(receptionist, order_input(room="5-1-201", category="门窗", description="入户门锁芯坏了"))
    closed = advance(
        services,
        supervisor,
        wo.create(receptionist, order_input(description="阳台=地漏堵塞")),
        "closed",
        estate[0],
    )
    tab = _tab(qtbot, services, receptionist)
    assert tab.model.rowCount() == 2  # 未关闭 by default
    tab.scope.setCurrentIndex(tab.scope.findText("全部"))
    assert tab.model.rowCount() == 3
    type_into(qtbot, tab.search, "漏水")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 1 and tab.detail.order.id == leak.id  # type: ignore[union-attr]
    tab.search.clear()
    type_into(qtbot, tab.search, "3栋2单元1502")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 2
    tab.search.clear()
    tab.category.setCurrentIndex(tab.category.findText("门窗"))
    assert tab.model.rowCount() == 1
    tab.category.setCurrentIndex(0)
    tab.search.clear()
    tab.reload()
    done: list[int] = []
    out = tmp_path / "工单.xlsx"
    tab.export_to(out, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    from openpyxl import load_workbook

    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:4] == ("单号", "报修时间", "项目", "房号/位置")
    assert done == [3] and len(rows) == 4
    numbers = [r[0] for r in rows[1:]]
    assert numbers == [leak.number, numbers[1], closed.number]
    closed_row = rows[3]
    assert closed_row[7] == "阳台=地漏堵塞" and closed_row[11] == "已关闭" and closed_row[21] == "满意"
    assert rows[1][5] == "138****5678"  # exported as the receptionist may see it


def test_the_list_picks_up_orders_from_other_counters(qtbot, services, receptionist, supervisor, estate) -> None:
    from frontdesk.services.work_orders.rules import ORDER

    tab = _tab(qtbot, services, receptionist)
    assert tab.model.rowCount() == 0
    services.work_orders.create(supervisor, order_input())  # at another counter: no bus signal here
    tab.ctx.bus.publish_elsewhere(frozenset({ORDER}))  # what the poller announces (tests/ui/test_poller.py)
    assert tab.model.rowCount() == 1 and tab.detail.order is not None


def test_complete_dialog_accepts_its_own_default_time_and_detail_keeps_the_deadline(
    qtbot, services, receptionist, estate, clock
) -> None:
    """QA: started 09:43:37, the dialog offered 09:43 and then refused it as before the start; after
    完工 the detail showed 完成时限 "—"."""
    from frontdesk.services.clock import to_local
    from frontdesk.ui.work_orders.actions import CompleteDialog

    clock.advance(minutes=13, seconds=37)
    o = advance(services, receptionist, services.work_orders.create(receptionist, order_input()), "in_progress", estate[0])
    clock.advance(seconds=5)
    tab = _tab(qtbot, services, receptionist)
    tab.open_record("order", o.id)
    dlg = tab.run_op(Op.COMPLETE)
    assert isinstance(dlg, CompleteDialog)
    assert dlg.completed_at.dateTime().toString("HH:mm") == to_local(o.started_at).strftime("%H:%M")
    type_into(qtbot, dlg.work_done, "更换阀门")
    dlg.set_confirmation("signed")
    for r in range(dlg.lines.rowCount()):
        for c in range(dlg.lines.columnCount()):
            if dlg.lines.item(r, c):
                dlg.lines.item(r, c).setText("")
    dlg.on_save_clicked()
    assert dlg.errors.message("completed_at") == ""
    done = tab.detail.order
    assert done.state == "completed" and done.completed_at == clock.now()  # seconds kept
    due = tab.detail.values["due_at"].text()
    assert to_local(done.due_at).strftime("%Y-%m-%d %H:%M") in due and "按时完工" in due


def test_complete_dialog_left_open_across_the_minute_saves_the_minute_it_shows(
    qtbot, services, receptionist, estate, clock
) -> None:
    """QA: 完工时间 showed 18:17 in the dialog, 18:18 was saved: untouched, it follows the clock."""
    from frontdesk.services.clock import to_local
    from frontdesk.ui.work_orders.actions import CompleteDialog

    clock.advance(minutes=47, seconds=50)
    o = advance(services, receptionist, services.work_orders.create(receptionist, order_input()), "in_progress", estate[0])
    tab = _tab(qtbot, services, receptionist)
    tab.open_record("order", o.id)
    dlg = tab.run_op(Op.COMPLETE)
    assert isinstance(dlg, CompleteDialog)
    opened = dlg.completed_at.dateTime().toString("HH:mm")
    type_into(qtbot, dlg.work_done, "更换阀门")
    dlg.set_confirmation("signed")
    clock.advance(seconds=30)  # the minute turns while she types
    qtbot.waitUntil(lambda: dlg.completed_at.dateTime().toString("HH:mm") != opened, timeout=3000)
    shown = dlg.completed_at.dateTime().toString("HH:mm")
    dlg.on_save_clicked()
    done = tab.detail.order
    assert done.state == "completed" and to_local(done.completed_at).strftime("%H:%M") == shown


def test_the_materials_table_lets_tab_and_ctrl_tab_out(qtbot, services, receptionist, estate) -> None:
    """Tab walks the typed cells (not the computed 金额) and leaves from the last one; Shift+Tab
    leaves from the first; Ctrl+Tab leaves from any cell, also while a cell is being typed in."""
    from frontdesk.ui.work_orders.actions import CompleteDialog

    o = advance(services, receptionist, services.work_orders.create(receptionist, order_input()), "in_progress", estate[0])
    tab = _tab(qtbot, services, receptionist)
    tab.open_record("order", o.id)
    dlg = tab.run_op(Op.COMPLETE)
    assert isinstance(dlg, CompleteDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    dlg.add_line("水龙头", "1", "个", "35")  # two lines
    lines = dlg.lines

    def focused():  # type: ignore[no-untyped-def]
        return QApplication.focusWidget()

    def tab_key(mods=Qt.KeyboardModifier.NoModifier, key=Qt.Key.Key_Tab) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClick(focused(), key, mods)

    dlg.completed_at.setFocus()
    qtbot.waitUntil(lambda: dlg.completed_at.hasFocus())
    # from the field before: into the table, then cell by cell
    lines.setFocus()
    lines.setCurrentCell(0, 0)
    visited = []
    for _ in range(8):
        if not lines.isAncestorOf(focused()) and focused() is not lines:
            break
        visited.append((lines.currentRow(), lines.currentColumn()))
        tab_key()
    assert visited == [(0, 0), (0, 1), (0, 2), (0, 3), (1, 0), (1, 1), (1, 2), (1, 3)][: len(visited)]
    assert visited[-1] == (1, 3)  # the last typed cell, then out
    after = focused()
    assert after is not lines and not lines.isAncestorOf(after)
    assert dlg.isAncestorOf(after)
    assert after.objectName() == "add_line"  # the next field: Space adds a line and goes into it
    qtbot.keyClick(after, Qt.Key.Key_Space)
    assert lines.rowCount() == 3 and focused() is lines and (lines.currentRow(), lines.currentColumn()) == (2, 0)

    # back: Shift+Tab re-enters, and from the first cell it leaves backwards
    lines.setFocus()
    lines.setCurrentCell(0, 0)
    tab_key(Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Backtab)
    assert focused() is not lines and not lines.isAncestorOf(focused())

    # Ctrl+Tab from a middle cell, and from a cell being edited: out, forward
    lines.setFocus()
    lines.setCurrentCell(0, 1)
    tab_key(Qt.KeyboardModifier.ControlModifier)
    assert focused() is after
    lines.setFocus()
    lines.setCurrentCell(0, 2)
    lines.editItem(lines.item(0, 2))
    qtbot.waitUntil(lambda: lines.isAncestorOf(focused()))  # the cell editor
    qtbot.keyClicks(focused(), "pcs")
    tab_key(Qt.KeyboardModifier.ControlModifier)
    assert focused() is after
    assert lines.item(0, 2).text() == "pcs"  # what was typed is kept
    # typing in the last cell, Tab keeps what was typed and goes on
    lines.setFocus()
    lines.setCurrentCell(2, 3)
    lines.editItem(lines.item(2, 3))
    qtbot.waitUntil(lambda: lines.isAncestorOf(focused()))
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "40")
    tab_key()
    assert focused() is after and lines.item(2, 3).text() == "40"
    # Ctrl+Shift+Tab goes back out
    lines.setFocus()
    lines.setCurrentCell(1, 1)
    tab_key(Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Backtab)
    assert focused() is not lines and not lines.isAncestorOf(focused())
    dlg.reject()
