"""A repair from the report to the closed order, driven through the main window like the counter
works: the owner's call logged in 来电来访 and turned into an order with 转工单 (Ctrl+G), linked
both ways; dispatched, completed with charges, called back 不满意, reopened, completed again,
called back 满意, closed by the supervisor on another counter, and printed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from frontdesk.db import Database
from frontdesk.services.container import Services, build_services
from frontdesk.services.errors import PermissionDenied
from frontdesk.services.permissions import CurrentUser
from frontdesk.services.work_orders import Op, WorkOrderDetail
from frontdesk.ui.call_log.tab import CallLogTab
from frontdesk.ui.callbacks.tab import CallbackTab
from frontdesk.ui.common.bus import EventBus
from frontdesk.ui.common.conflict import Choice
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.print_preview import PrintPreviewDialog
from frontdesk.ui.shell.main_window import MainWindow
from frontdesk.ui.work_orders.actions import CompleteDialog, ReasonDialog
from frontdesk.ui.work_orders.dialogs import DispatchDialog, OrderFormDialog
from frontdesk.ui.work_orders.tab import WorkOrderTab
from tests.support.keyboard import type_into
from tests.support.orders import add_rooms, add_technicians, fast  # noqa: F401 - fast is a fixture
from tests.support.printing import fonts, pdf_text

pytestmark = pytest.mark.usefixtures("fast")
PHONE = "13912345678"


def open_window(qtbot, services: Services, user: CurrentUser) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(UiContext(services, user, EventBus()))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def order_tab(window: MainWindow) -> WorkOrderTab:
    tab = window.tab_for_kind("order")
    assert isinstance(tab, WorkOrderTab)
    window.tabs.setCurrentWidget(tab)
    return tab


def wait_dialog(qtbot, tab, kind):  # type: ignore[no-untyped-def]
    dlg = tab.dialog
    assert isinstance(dlg, kind), dlg
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    return dlg


def activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def save(qtbot, dlg) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dlg.isVisible(), dlg.banner.text()


def focused():  # type: ignore[no-untyped-def]
    w = QApplication.focusWidget()
    assert w is not None
    return w


def order_from_call(qtbot, window: MainWindow) -> tuple[WorkOrderDetail, int, int]:  # type: ignore[no-untyped-def]
    """Step 1 as the counter does it, keyboard only: the owner's call typed into 来电来访 while
    they are on the phone, then 转工单 (Ctrl+G) on the entry just saved. Returns the order, and
    the keys pressed beyond the typed text for the call and for the order."""
    calls = window.tab_for_kind("call")
    assert isinstance(calls, CallLogTab) and window.tabs.currentWidget() is calls  # the first tab at login
    form = calls.form
    qtbot.waitUntil(form.room.hasFocus)
    type_into(qtbot, form.room, "3栋2单元1502")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # → 电话
    type_into(qtbot, form.phone, PHONE)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # → 来电人
    type_into(qtbot, form.person, "陈建国")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # → 类别
    qtbot.keyClick(focused(), Qt.Key.Key_2)  # 报修, and on to 内容
    assert form.content.hasFocus()
    type_into(qtbot, form.content, "厨房水槽下水管漏水，地面有积水，楼下反映天花板渗水")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # saved; the entry is selected in the list
    call_keys = 5
    call = calls.selected()
    assert call is not None and call.kind == "repair" and call.room_code == "3-2-1502"
    assert form.room.hasFocus()  # ready for the next call

    qtbot.keyClick(focused(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # 转工单
    dlg = calls.order_dialog
    assert isinstance(dlg, OrderFormDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    assert (dlg.room.text(), dlg.reporter.text(), dlg.phone.text()) == ("3-2-1502", "陈建国", PHONE)  # as she typed it
    assert dlg.description.toPlainText().startswith("厨房水槽下水管漏水")
    assert dlg.category.hasFocus() and dlg.category.currentText() == "水"  # 水 is first: no key
    save(qtbot, dlg)
    order_keys = 2
    tab = window.tabs.currentWidget()  # the new order, in its tab
    assert isinstance(tab, WorkOrderTab)
    order = tab.detail.order
    assert order is not None and (order.source_kind, order.source_id) == ("call", call.id)
    return order, call_keys, order_keys


def both_ways(qtbot, window: MainWindow, order: WorkOrderDetail) -> None:  # type: ignore[no-untyped-def]
    """The order shows its call and leads to it; the call shows the order's number and leads back."""
    activate(qtbot, window)  # the dialog has closed: back in the main window
    tab = order_tab(window)
    source = tab.detail.values["source"]
    assert f"来电来访登记 #{order.source_id}：" in source.text() and "陈建国" in source.text()
    source.linkActivated.emit(f"call:{order.source_id}")  # a click on it
    calls = window.tabs.currentWidget()
    assert isinstance(calls, CallLogTab)
    assert calls.form.editing is not None and calls.form.editing.id == order.source_id
    row = calls.selected()
    assert row is not None and row.id == order.source_id and row.outcome == "work_order"
    col = calls.model.COL_OUTCOME
    assert calls.model.index(calls.table.currentIndex().row(), col).data() == f"已转工单 {order.number}"
    assert not calls.order_button.isEnabled() and not calls.complaint_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # leave the entry as it is
    qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # to the list
    qtbot.keyClick(focused(), Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # open its order
    assert window.tabs.currentWidget() is tab and tab.detail.order.id == order.id


def test_a_repair_from_report_to_closed_order(
    qtbot,
    services: Services,
    db_path: Path,
    receptionist: CurrentUser,
    supervisor: CurrentUser,
    clock,
    tmp_path: Path,
) -> None:
    add_rooms(services)
    add_technicians(services, supervisor, ("张师傅", "刘师傅"))
    services.settings.set(supervisor, "order.butler_closes", True)  # this centre's butlers close orders
    counter = open_window(qtbot, services, receptionist)

    # 1. the report: a call becomes an order
    order, call_keys, order_keys = order_from_call(qtbot, counter)
    tab = order_tab(counter)
    assert call_keys <= 6 and order_keys == 2
    assert order.number == "WX20261127001" and order.state == "new" and order.room_code == "3-2-1502"
    assert order.reporter == "陈建国" and order.phone == "139****5678"  # masked for the receptionist
    assert services.work_orders.get(supervisor, order.id).phone == PHONE  # stored in full
    assert tab.model.rowCount() == 1
    both_ways(qtbot, counter, order)

    # 2. dispatched to 工程部 / 张师傅
    clock.advance(minutes=5)
    tab.detail.buttons[Op.DISPATCH].click()
    dlg = wait_dialog(qtbot, tab, DispatchDialog)
    assert dlg.department.currentText() == "工程部"
    dlg.technician.setCurrentIndex(dlg.technician.findText("张师傅"))
    type_into(qtbot, dlg.note, "业主下午两点后在家")
    save(qtbot, dlg)
    assert tab.detail.order.state == "dispatched" and tab.detail.order.technician == "张师傅"

    # two counters change the same order: a conflict, not an overwrite
    other_db = Database(f"sqlite:///{db_path.as_posix()}")
    try:
        second = build_services(other_db, clock)
        office = open_window(qtbot, second, supervisor)
        boss_tab = order_tab(office)
        boss_tab.open_record("order", order.id)
        tab.detail.buttons[Op.EDIT].click()
        mine = wait_dialog(qtbot, tab, OrderFormDialog)
        mine.description.setPlainText("")
        type_into(qtbot, mine.description, "厨房水槽下水管漏水，业主要求下午上门")
        boss_tab.detail.buttons[Op.EDIT].click()
        theirs = wait_dialog(qtbot, boss_tab, OrderFormDialog)
        type_into(qtbot, theirs.location, "厨房")
        save(qtbot, theirs)
        activate(qtbot, mine)  # back at the receptionist's counter
        asked: list = []

        def answer(diffs):  # type: ignore[no-untyped-def]
            # the conflict is shown: nothing of theirs overwritten yet, mine beside theirs
            fresh = services.work_orders.get(receptionist, order.id)
            assert fresh.location == "厨房" and fresh.description.startswith("厨房水槽下水管漏水，地面")
            asked.append({d.label: (d.mine, d.theirs) for d in diffs if d.differs})
            return Choice.APPLY_MINE

        mine.conflict_answer = answer
        mine.location.setText("厨房")
        qtbot.keyClick(mine, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        (shown,) = asked
        assert shown["故障描述"][0] == "厨房水槽下水管漏水，业主要求下午上门"
        assert shown["故障描述"][1].startswith("厨房水槽下水管漏水，地面")
        qtbot.waitUntil(lambda: not mine.isVisible())
        saved = services.work_orders.get(receptionist, order.id)
        assert saved.location == "厨房" and saved.version == theirs.result_detail.version + 1
        activate(qtbot, counter)
        assert tab.detail.order.description == "厨房水槽下水管漏水，业主要求下午上门"

        # 3. on site, then completed with charges
        clock.advance(hours=1)
        tab.detail.buttons[Op.START].click()
        assert tab.detail.order.state == "in_progress"
        clock.advance(hours=1)
        tab.detail.buttons[Op.COMPLETE].click()
        done = wait_dialog(qtbot, tab, CompleteDialog)
        type_into(qtbot, done.work_done, "更换下水管及密封圈，试水无渗漏")
        for col, value in enumerate(("PVC下水管 50mm", "1", "根", "35")):
            done.lines.item(0, col).setText(value)
        done.add_line("人工费", "1", "次", "50")
        assert "85.00" in done.total.text() and "捌拾伍元整" in done.total.text()
        done.set_confirmation("signed")
        save(qtbot, done)
        o = tab.detail.order
        assert o.state == "completed" and str(o.charge_total) == "85.00"
        assert tab.detail.buttons[Op.CALLBACK].isVisible()

        # 4. called back: not satisfied → reopened for the same technician
        clock.advance(hours=20)
        tab.detail.buttons[Op.CALLBACK].click()
        callbacks = counter.tabs.currentWidget()
        assert isinstance(callbacks, CallbackTab) and callbacks.current.ref_id == order.id
        callbacks.findChild(QRadioButton, "sat_unsatisfied").setChecked(True)
        type_into(qtbot, callbacks.comments, "水槽下面还在滴水")
        callbacks.save_button.click()
        assert "已重新派单" in callbacks.banner.text()
        tab = order_tab(counter)
        tab.open_record("order", order.id)
        o = tab.detail.order
        assert o.state == "dispatched" and o.reopen_count == 1 and o.technician == "张师傅"

        # 5. completed again (no charge for the rework), called back satisfied
        clock.advance(hours=2)
        tab.detail.buttons[Op.START].click()
        clock.advance(hours=1)
        tab.detail.buttons[Op.COMPLETE].click()
        done = wait_dialog(qtbot, tab, CompleteDialog)
        done.work_done.setPlainText("")
        type_into(qtbot, done.work_done, "重新更换密封圈并打胶，试水半小时无渗漏")
        done.lines.setRowCount(0)
        done.add_line("密封圈", "2", "个", "0")
        done.set_confirmation("phone")
        save(qtbot, done)
        clock.advance(hours=3)
        tab.detail.buttons[Op.CALLBACK].click()
        callbacks = counter.tabs.currentWidget()
        callbacks.findChild(QRadioButton, "sat_satisfied").setChecked(True)
        type_into(qtbot, callbacks.comments, "修好了，谢谢")
        callbacks.save_button.click()
        tab = order_tab(counter)
        tab.open_record("order", order.id)
        o = tab.detail.order
        assert o.state == "called_back"

        # the receptionist may not close (nor cancel): the service refuses, whatever the screen shows
        assert tab.detail.buttons[Op.CLOSE].isVisible() and not tab.detail.buttons[Op.CLOSE].isEnabled()
        with pytest.raises(PermissionDenied):
            services.work_orders.close(receptionist, o.id, expected_version=o.version)
        with pytest.raises(PermissionDenied):
            services.work_orders.cancel(receptionist, o.id, reason="试试", expected_version=o.version)

        # 6. closed by the supervisor at the other counter
        boss_tab.open_record("order", order.id)
        boss_tab.detail.buttons[Op.CLOSE].click()
        closing = wait_dialog(qtbot, boss_tab, ReasonDialog)
        type_into(qtbot, closing.text, "回访满意，结单")
        save(qtbot, closing)
        assert boss_tab.detail.order.state == "closed"
    finally:
        other_db.dispose()

    # the timeline shows every step, who and when
    activate(qtbot, counter)
    tab.open_record("order", order.id)
    timeline = tab.detail.timeline
    rows = [(timeline.topLevelItem(i).text(1), timeline.topLevelItem(i).text(2)) for i in range(timeline.topLevelItemCount())]
    assert rows == [
        ("李前台", "开单"),
        ("李前台", "派单（待派单 → 已派单）"),
        ("王主管", "修改内容"),
        ("李前台", "修改内容"),
        ("李前台", "开始处理（已派单 → 处理中）"),
        ("李前台", "完工（处理中 → 已完工）"),
        ("李前台", "回访"),
        ("李前台", "回访不满意，重新派单（已完工 → 已派单）"),
        ("李前台", "开始处理（已派单 → 处理中）"),
        ("李前台", "完工（处理中 → 已完工）"),
        ("李前台", "回访（已完工 → 已回访）"),
        ("王主管", "关闭（已回访 → 已关闭）"),
    ]
    assert "水槽下面还在滴水" in timeline.topLevelItem(7).text(3)
    assert "张师傅" in timeline.topLevelItem(1).text(3)

    # 7. printed: the PDF holds every field, with its font embedded
    qtbot.keyClick(tab, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = tab.dialog
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.waitUntil(lambda: preview.ready, timeout=15_000)
    pdf = preview.pdf_bytes or b""
    text = pdf_text(pdf).replace("\n", "")
    for needle in (
        "物业服务中心",
        "维修工作单",
        order.number,
        "肯彤名邸",
        "3-2-1502 厨房",
        "陈建国",
        PHONE,
        "水",
        "一般",
        "有偿",
        "厨房水槽下水管漏水，业主要求下午上门",
        "工程部",
        "张师傅",
        "重新更换密封圈并打胶，试水半小时无渗漏",
        "密封圈",
        "电话确认",
        "返修第 1 次",
        "维修人员签字",
        "业主签字",
        "满意",
        "维修联",
        "存根联",
        "李前台",
        "2026-11-27 09:30",
    ):
        assert needle in text, needle
    assert fonts(pdf) and all(f.embedded for f in fonts(pdf))
    assert preview.save_to(tmp_path / "维修工作单.pdf")
    preview.reject()
    assert timeline_last(tab) == ("李前台", "打印")


def timeline_last(tab: WorkOrderTab) -> tuple[str, str]:
    t = tab.detail.timeline
    item = t.topLevelItem(t.topLevelItemCount() - 1)
    return item.text(1), item.text(2)
