"""转工单 in the 来电来访 tab: the button and Ctrl+G (only for entries that can still be converted,
only for roles that may open orders), the pre-filled order form, the order number in the list and
the way to it, and the order detail pointing back at its call."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication

from frontdesk.models import WorkOrder
from frontdesk.services import permissions
from frontdesk.services.call_log import CALL, CallInput
from frontdesk.services.container import Services
from frontdesk.services.core.changes import Kind
from frontdesk.services.permissions import Action, CurrentUser, Role
from frontdesk.services.work_orders import ORDER
from frontdesk.ui.call_log.model import LINK_FG, CallLogModel
from frontdesk.ui.call_log.tab import CallLogTab
from frontdesk.ui.common.bus import EventBus
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.work_orders.dialogs import OrderFormDialog
from frontdesk.ui.work_orders.tab import WorkOrderTab
from tests.support.call_log import OWNER_PHONE, Estate, call_log_estate, quick_receptionist  # noqa: F401  (fixtures)
from tests.support.qt import show_active

CONTENT = "卫生间地漏返水，楼下天花板有水渍"


def _tab(qtbot, services: Services, user: CurrentUser) -> CallLogTab:  # type: ignore[no-untyped-def]
    tab = show_active(qtbot, CallLogTab(UiContext(services, user, EventBus())), (1300, 800))
    return tab


def _call(services: Services, user: CurrentUser, **kw: object) -> int:
    data: dict[str, object] = dict(kind="repair", room="3-2-1502", person="张伟", phone=OWNER_PHONE, content=CONTENT)
    data.update(kw)
    return services.call_log.create(user, CallInput(**data)).id  # type: ignore[arg-type]


def double_click(qtbot, tab: CallLogTab, index) -> None:  # type: ignore[no-untyped-def]
    """A person's double-click: the first press selects, the second opens (QTest's mouseDClick
    alone leaves out the first press, which the view needs)."""
    pos = tab.table.visualRect(index).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _outcome(tab: CallLogTab, row: int = 0) -> str:
    return tab.model.index(row, CallLogModel.COL_OUTCOME).data()


def test_ctrl_g_turns_the_selected_call_into_an_order(
    qtbot, services: Services, receptionist: CurrentUser, estate: Estate
) -> None:  # type: ignore[no-untyped-def]
    call_id = _call(services, receptionist)
    tab = _tab(qtbot, services, receptionist)
    bus = tab.ctx.bus
    tab.table.selectRow(0)
    assert tab.order_button.isVisible() and tab.order_button.isEnabled()
    assert not tab.linked_button.isEnabled()
    tab.form.room.setFocus()  # the cursor is back in the form after a call is saved
    qtbot.keyClick(tab.form.room, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dlg = tab.order_dialog
    assert isinstance(dlg, OrderFormDialog) and dlg.windowTitle() == "来电来访转工单"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    assert (dlg.room.text(), dlg.reporter.text(), dlg.phone.text(), dlg.description.toPlainText()) == (
        "3-2-1502",
        "张伟",
        "138****5678",
        CONTENT,
    )
    assert dlg.category.hasFocus() and dlg.category.currentText() == "水"  # guessed from 返水, 水渍
    assert dlg.category_guess.text() == "按来电内容推测"
    assert dlg.paid.currentData() is True and dlg.paid_guess.text() == "按来电内容推测"  # a room: 有偿
    opened: list[tuple[str, int]] = []
    bus.open_requested.connect(lambda kind, ident: opened.append((kind, ident)))
    changed: list[frozenset[Kind]] = []
    bus.changes.connect(changed.append)
    qtbot.keyClick(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dlg.isVisible(), dlg.banner.text()
    order = dlg.result_detail
    assert order is not None and (order.source_kind, order.source_id) == ("call", call_id)
    assert services.work_orders.get(receptionist, order.id).phone == "138****5678"
    assert {CALL, ORDER} <= frozenset().union(*changed)  # the entry is now 已转工单, and a new order
    assert opened == [("order", order.id)]  # the main window turns to the new order
    tab.activateWindow()  # back at the call log
    qtbot.waitUntil(tab.isActiveWindow)

    # the list names the order, as a link; the entry cannot be converted again
    assert _outcome(tab) == f"已转工单 {order.number}"
    index = tab.model.index(0, CallLogModel.COL_OUTCOME)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == QBrush(LINK_FG)
    assert order.number in index.data(Qt.ItemDataRole.ToolTipRole)
    assert tab.selected() is not None and tab.selected().id == call_id
    assert not tab.order_button.isEnabled() and not tab.complaint_button.isEnabled()
    assert not tab.order_shortcut.isEnabled() and not tab.complaint_shortcut.isEnabled()
    assert tab.linked_button.isEnabled() and order.number in tab.linked_button.text()
    tab.order_dialog = None
    qtbot.keyClick(tab.form.room, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert tab.order_dialog is None  # nothing opens for a converted entry

    # Ctrl+O and a double-click on the outcome open the order; elsewhere the double-click edits
    opened.clear()
    qtbot.keyClick(tab.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    double_click(qtbot, tab, index)
    assert opened == [("order", order.id), ("order", order.id)]
    double_click(qtbot, tab, tab.model.index(0, CallLogModel.COL_CONTENT))
    assert tab.form.editing is not None and tab.form.editing.id == call_id
    assert len(opened) == 2
    assert tab.form.outcome.value() == "work_order" and not tab.form.outcome.isEnabled()


def test_an_entry_converted_elsewhere_is_refused_with_a_message(
    qtbot, services: Services, receptionist: CurrentUser, estate: Estate
) -> None:  # type: ignore[no-untyped-def]
    """The button was enabled when the list was read; another counter converted it since."""
    call_id = _call(services, receptionist)
    tab = _tab(qtbot, services, receptionist)
    tab.table.selectRow(0)
    draft = services.complaints.draft_from_call(receptionist, call_id)
    draft.category = "其他"
    services.complaints.create_from_call(receptionist, call_id, draft)  # the other counter
    assert tab.order_button.isEnabled()
    tab.order_button.click()
    assert getattr(tab, "order_dialog", None) is None
    assert "已经转过" in tab.form.banner.text()


def test_only_roles_that_open_orders_see_the_action(
    qtbot, services: Services, receptionist: CurrentUser, estate: Estate, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    _call(services, receptionist)
    matrix = dict(permissions.MATRIX)
    matrix[Role.RECEPTIONIST] = matrix[Role.RECEPTIONIST] - {Action.ORDER_CREATE}
    monkeypatch.setattr(permissions, "MATRIX", matrix)
    tab = _tab(qtbot, services, receptionist)
    tab.table.selectRow(0)
    assert not tab.order_button.isVisible() and not tab.order_button.isEnabled()
    assert not tab.order_shortcut.isEnabled() and tab.complaint_button.isEnabled()
    tab.convert_to_order()  # even called directly, nothing opens
    assert getattr(tab, "order_dialog", None) is None
    tab.form.room.setFocus()
    qtbot.keyClick(tab.form.room, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # 转投诉 still is
    dlg = tab.complaint_dialog
    assert dlg.isVisible() and dlg.form.content.toPlainText() == CONTENT
    dlg.reject()


def test_the_order_detail_shows_its_call_and_goes_back_to_it(
    qtbot, services: Services, receptionist: CurrentUser, estate: Estate
) -> None:  # type: ignore[no-untyped-def]
    call_id = _call(services, receptionist)
    draft = services.work_orders.draft_from_call(receptionist, call_id)
    draft.category, draft.paid = "水", True
    order = services.work_orders.create_from_call(receptionist, call_id, draft)
    direct = services.work_orders.create(
        receptionist, type(draft)(room="3-2-1501", reporter="刘洋", phone="13987654321", category="电",
                                  description="客厅插座没电", paid=True)
    )  # fmt: skip
    tab = WorkOrderTab(UiContext(services, receptionist, EventBus()))
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.open_record("order", order.id)
    source = tab.detail.values["source"]
    assert source.text().startswith(f"<a href='call:{call_id}'>")
    assert f"来电来访登记 #{call_id}：11-27 09:30 来电 张伟" in source.text()
    created = tab.detail.timeline.topLevelItem(0)
    assert created.text(2) == "开单" and f"由来电来访登记 #{call_id} 转入" in created.text(3)
    opened: list[tuple[str, int]] = []
    tab.ctx.bus.open_requested.connect(lambda kind, ident: opened.append((kind, ident)))
    source.linkActivated.emit(f"call:{call_id}")
    assert opened == [("call", call_id)]
    tab.open_record("order", direct.id)
    assert source.text() == "前台直接开单"


def test_a_call_without_telling_words_guesses_nothing_and_a_choice_ends_the_guess(
    qtbot, services: Services, receptionist: CurrentUser, estate: Estate
) -> None:  # type: ignore[no-untyped-def]
    _call(services, receptionist, content="业主说家里有东西坏了，回来再说")
    _call(services, receptionist, content="客厅插座没电")
    tab = _tab(qtbot, services, receptionist)
    tab.table.selectRow(1)  # the first call
    tab.convert_to_order()
    dlg = tab.order_dialog
    assert dlg.category.currentData() == "" and not dlg.category_guess.text()
    dlg.on_save_clicked()
    assert dlg.isVisible() and dlg.errors.message("category") == "请选择报修类别"
    dlg.reject()
    tab.table.selectRow(0)
    tab.convert_to_order()
    dlg = tab.order_dialog
    assert dlg.category.currentText() == "电" and dlg.category_guess.text() == "按来电内容推测"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    qtbot.keyClick(dlg.category, Qt.Key.Key_Up)  # she changes it: no longer a guess
    assert dlg.category.currentText() == "水" and not dlg.category_guess.text()
    dlg.paid.setCurrentIndex(2)
    dlg.paid.activated.emit(2)  # 无偿, chosen
    assert dlg.paid.currentData() is False and not dlg.paid_guess.text()
    dlg.reject()


def test_a_number_she_typed_is_not_masked_back_at_her(
    qtbot, services: Services, receptionist: CurrentUser, estate: Estate
) -> None:  # type: ignore[no-untyped-def]
    """The receptionist (who sees stored phones masked) types a caller's number: opened again,
    or turned into an order, the form shows what she typed. What comes from the database (a
    colleague's entry, a number changed since) stays masked."""
    other = _call(services, receptionist, content="阳台地漏堵了")  # saved elsewhere: from the database
    tab = _tab(qtbot, services, receptionist)
    form = tab.form
    form.room.setText("3-2-1502")
    form.phone.setText("138 1234 5678")
    form.person.setText("张伟")
    form.kind.set_value("repair")
    form.content.setPlainText(CONTENT)
    row = form.save()
    assert row is not None and row.phone == "138****5678"  # stored, and masked in the list
    tab.open_entry(row.id)  # opened again in the same form: what she typed
    assert form.phone.text() == "138 1234 5678"
    form.reset()
    tab.open_entry(other)
    assert form.phone.text() == "138****5678"  # not typed here: masked
    form.reset()

    tab.table.selectRow(0)
    assert tab.selected().id == row.id
    tab.convert_to_order()
    dlg = tab.order_dialog
    assert dlg.phone.text() == "138 1234 5678"
    dlg.paid.setCurrentIndex(1)
    dlg.on_save_clicked()
    assert not dlg.isVisible(), dlg.banner.text()
    with services.db.read() as s:  # the order keeps the number in full
        assert s.get(WorkOrder, dlg.result_detail.id).phone == OWNER_PHONE

    # 转投诉 too
    tab.form.reset()
    form.phone.setText("139 8765 4321")
    form.kind.set_value("complaint")
    form.content.setPlainText("楼上装修噪音，中午也在施工")
    noise = form.save()
    assert noise is not None
    tab.table.selectRow(0)
    assert tab.selected().id == noise.id
    tab.convert_to_complaint()
    assert tab.complaint_dialog.form.phone.text() == "139 8765 4321"
    tab.complaint_dialog.reject()

    # someone else changes the number since: theirs, masked
    tab.form.reset()
    form.phone.setText("13987654321")
    form.content.setPlainText("咨询停车")
    mine = form.save()
    assert mine is not None
    fresh = services.call_log.get(receptionist, mine.id)
    services.call_log.update(
        receptionist,
        mine.id,
        CallInput(phone="13700001111", content="咨询停车", kind=fresh.kind, outcome=fresh.outcome),
        expected_version=fresh.version,
    )
    tab.open_entry(mine.id)
    assert form.phone.text() == "137****1111"
