"""The 放行条 tab and the 门岗核验 screen, with qtbot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTimeEdit

from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.services.release_passes import PASS, ItemInput, PassInput
from frontdesk.services.validation import id_check_digit
from frontdesk.ui.common.bus import EventBus
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.notices.model import NoticeModel
from frontdesk.ui.release_passes.gate_check import GateCheckTab
from frontdesk.ui.release_passes.model import ReleasePassModel
from frontdesk.ui.release_passes.tab import ReleasePassTab
from tests.conftest import make_user
from tests.support.estate import add_room
from tests.support.keyboard import Keyboard, type_into
from tests.support.qt import show_active

ID_17 = "44030619900307201"
CARRIER_ID = ID_17 + id_check_digit(ID_17)


pytestmark = pytest.mark.usefixtures("cheap_hashing")


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list:  # type: ignore[type-arg]
    """What the tab sent to the printer (the preview is tested with the print pipeline)."""
    out: list = []  # type: ignore[type-arg]
    monkeypatch.setattr(ReleasePassTab, "print_pass", lambda self, p: out.append(p))
    return out


@pytest.fixture
def tab(qtbot, services: Services, receptionist: CurrentUser, printed) -> ReleasePassTab:  # type: ignore[no-untyped-def]
    add_room(services, "3-2-1502", "张伟", "13812345678")
    w = show_active(qtbot, ReleasePassTab(UiContext(services, receptionist, EventBus())), (1200, 760))
    w.reset_form()
    return w


def test_issue_from_the_keyboard(qtbot, tab: ReleasePassTab, printed: list, services: Services) -> None:  # type: ignore[no-untyped-def]
    kb = Keyboard(qtbot)
    assert QApplication.focusWidget() is tab.room
    kb.type("3栋2单元1502")
    kb.tab()
    assert tab.room.text() == "3-2-1502" and tab.owner.text() == "张伟"  # from the registry
    assert "翠湖花园" in tab.room_info.text()
    assert kb.focus() is tab.carrier
    kb.type("刘师傅")
    kb.tab()
    kb.type("13900001111")
    kb.tab()
    kb.type(CARRIER_ID)
    kb.tab()
    assert tab.id_number.text() == "440306********" + CARRIER_ID[-4:]  # masked once typed
    assert tab.id_number.value() == CARRIER_ID
    assert kb.focus() is tab.confirm_method
    kb.press(Qt.Key.Key_Down, label="Down")  # 电话确认业主
    assert tab.confirm_method.currentData() == "phone"
    kb.enter()  # 确认人 and 时间 have defaults: Enter goes on to 原因
    assert kb.focus() is tab.reason
    # 搬出原因 starts empty, chosen here: Down picks 搬家, Enter goes on to the items
    assert tab.reason.currentData() == "" and tab.reason.currentText() == "请选择…"
    kb.press(Qt.Key.Key_Down, label="Down")  # 搬家
    kb.enter()
    assert kb.focus() is tab.items.first_field()
    kb.type("双人床")
    kb.enter()  # next line, quantity 1
    kb.type("纸箱")
    kb.tab()
    kb.type("12")
    kb.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier, label="Ctrl+Enter")
    assert len(printed) == 1, tab.banner.text()
    d = printed[0].detail
    assert d.number == "FX20261127001" and d.carrier_name == "刘师傅"
    assert [(i.name, i.quantity, i.note) for i in d.items] == [("双人床", 1, ""), ("纸箱", 12, "")]
    assert d.confirm_method == "phone" and d.confirm_by == "李前台" and d.reason == "搬家"
    assert tab.model.rowCount() == 1 and tab.current_pass().id == d.id
    assert tab.room.text() == "" and QApplication.focusWidget() is tab.room  # ready for the next one
    assert "FX20261127001" in tab.banner.text()
    assert kb.interactions == 11, kb.log  # 9, and choosing the reason (Down, Enter)


def test_tab_reaches_the_confirmation_details_while_they_are_shown(qtbot, tab: ReleasePassTab) -> None:  # type: ignore[no-untyped-def]
    def tabs_from(widget) -> list:  # type: ignore[no-untyped-def]
        widget.setFocus()
        seen = []
        for _ in range(4):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            w = QApplication.focusWidget()
            seen.append(w.parentWidget() if isinstance(w.parentWidget(), QTimeEdit) else w)
            if w is tab.reason:
                break
        return seen

    tab.confirm_method.setCurrentIndex(tab.confirm_method.findData("phone"))
    assert tabs_from(tab.confirm_method) == [tab.confirm_by, tab.confirm_time, tab.confirm_note, tab.reason]
    # a note typed after Tab lands in the note, not in the item name
    tab.confirm_method.setFocus()
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_into(qtbot, QApplication.focusWidget(), "业主妻子接听 138")
    assert tab.confirm_note.text() == "业主妻子接听 138" and tab.items.first_field().text() == ""
    tab.confirm_method.setCurrentIndex(tab.confirm_method.findData("signed"))
    assert tabs_from(tab.confirm_method) == [tab.confirm_note, tab.reason]
    # the owner carries: no confirmation, no extra Tab stop after the ID number
    tab.carrier_is_owner.setChecked(True)
    assert tabs_from(tab.id_number) == [tab.reason]
    # Enter in a detail field goes on to 原因 as well, and from 原因 (or its note) to the items
    tab.carrier_is_owner.setChecked(False)
    tab.confirm_method.setCurrentIndex(tab.confirm_method.findData("phone"))
    tab.confirm_by.setFocus()
    qtbot.keyClick(tab.confirm_by, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is tab.reason
    qtbot.keyClick(tab.reason, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is tab.items.first_field()
    tab.reason_note.setFocus()
    qtbot.keyClick(tab.reason_note, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is tab.items.first_field()
    tab.grab().save("/tmp/shots/shell_pass_confirm.png")


def test_tab_order_after_the_items_reaches_the_optional_fields(qtbot, tab: ReleasePassTab) -> None:  # type: ignore[no-untyped-def]
    tab.items.add_row(focus=False)
    tab.items.last_field().setFocus()
    qtbot.keyClick(tab.items.last_field(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.valid_date  # 原因 came before the items


def test_room_without_owner_goes_to_the_owner_field(qtbot, tab: ReleasePassTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    add_room(services, "7-1-301", owner=None)
    qtbot.keyClicks(tab.room, "7-1-301")
    qtbot.keyClick(tab.room, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.owner)


def test_bad_input_is_shown_next_to_fields_and_nothing_is_lost(qtbot, tab: ReleasePassTab, printed: list) -> None:  # type: ignore[no-untyped-def]
    tab.room.setText("9-9-999")
    tab.carrier.setText("刘师傅")
    tab.phone.setText("1390000")
    tab.id_number.set_value(ID_17 + ("1" if CARRIER_ID[-1] != "1" else "2"))
    tab.items.rows[0][0].setText("柜" * 30)
    tab.items.rows[0][1].setValue(3)
    tab.on_issue_clicked()
    assert printed == []
    assert "找不到房号" in tab.errors.message("room")
    assert "电话号码格式不正确" in tab.errors.message("carrier_phone")
    assert "校验位" in tab.errors.message("carrier_id_number")
    assert "业主确认方式" in tab.errors.message("confirm_method")
    assert tab.errors.message("reason") == "请选择搬出原因"  # chosen, never guessed
    assert tab.room.text() == "9-9-999" and tab.carrier.text() == "刘师傅" and tab.phone.text() == "1390000"
    assert tab.items.items()[0].quantity == 3
    # an item line problem is worded under the item grid
    tab.room.setText("3-2-1502")
    tab.items.rows[0][0].clear()
    tab.items.rows[0][2].setText("备注但没有名称")
    tab.on_issue_clicked()
    assert "第 1 行 物品名称" in tab.items_error.text()


def test_item_lines_keyboard(qtbot, tab: ReleasePassTab) -> None:  # type: ignore[no-untyped-def]
    ed = tab.items
    ed.rows[0][0].setFocus()
    type_into(qtbot, ed.rows[0][0], "冰箱")
    qtbot.keyClick(ed.rows[0][0], Qt.Key.Key_Return)
    assert len(ed.rows) == 2 and QApplication.focusWidget() is ed.rows[1][0]
    type_into(qtbot, ed.rows[1][0], "洗衣机")
    qtbot.keyClick(ed.rows[1][0], Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert len(ed.rows) == 3
    qtbot.keyClick(ed.rows[2][0], Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [i.name for i in ed.items()] == ["冰箱", "洗衣机"]
    ed.rows[0][0].setFocus()
    qtbot.keyClick(ed.rows[0][0], Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [i.name for i in ed.items()] == ["洗衣机"]
    for _ in range(10):
        ed.add_row(focus=False)
    assert len(ed.rows) == 8  # the printed table's limit


def test_owner_carrying(qtbot, tab: ReleasePassTab, printed: list) -> None:  # type: ignore[no-untyped-def]
    tab.room.setText("3-2-1502")
    tab.on_room_editingFinished()
    tab.carrier_is_owner.setChecked(True)
    assert tab.carrier.text() == "张伟" and not tab.confirm_method.isEnabled()
    tab.items.rows[0][0].setText("钢琴")
    tab.reason.setCurrentIndex(tab.reason.findData("搬家"))
    tab.on_issue_clicked()
    assert printed and printed[0].detail.carrier_is_owner and printed[0].carrier_phone == "13812345678"


def test_list_void_reprint_copy_and_export(
    qtbot,
    tab: ReleasePassTab,
    printed: list,
    services: Services,  # type: ignore[no-untyped-def]
    receptionist: CurrentUser,
    tmp_path: Path,
) -> None:
    rp = services.release_passes
    inp = PassInput(
        room="3-2-1502",
        carrier_name="刘师傅",
        carrier_phone="13900001111",
        carrier_id_number=CARRIER_ID,
        items=[ItemInput("沙发", 1)],
        confirm_method="signed",
    )
    a = rp.issue(receptionist, inp).detail
    tab.ctx.bus.publish(frozenset({PASS}))
    assert tab.model.rowCount() == 1
    tab.select_pass(a.id)
    assert tab.reprint_button.isEnabled() and tab.void_button.isEnabled()
    tab.on_reprint_clicked()
    assert printed[-1].reprint_no == 1 and printed[-1].detail.number == a.number
    assert "已补打 1 次" in tab.detail.toPlainText()
    tab.on_copy_clicked()
    assert tab.room.text() == "3-2-1502" and tab.carrier.text() == "刘师傅" and tab.phone.text() == ""
    assert tab.items.items()[0].name == "沙发"
    assert tab.void_pass(tab.current_pass(), "填错了")
    assert tab.current_pass().state == "void"
    assert not tab.reprint_button.isEnabled() and not tab.void_button.isEnabled()
    assert "已作废" in tab.detail.toPlainText() and "填错了" in tab.detail.toPlainText()
    path = tmp_path / "out.xlsx"
    tab.export_to(path)
    qtbot.waitUntil(lambda: path.exists() and "已导出" in tab.count_label.text(), timeout=5000)


def test_models(qtmodeltester, services: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    add_room(services, "3-2-1502", "张伟", "13812345678")
    d = services.release_passes.issue(
        receptionist, PassInput(room="3-2-1502", carrier_is_owner=True, items=[ItemInput("床", 1)])
    ).detail
    m = ReleasePassModel()
    m.set_rows([d])
    qtmodeltester.check(m)
    assert m.data(m.index(0, 5)) == "已开具"
    n = NoticeModel()
    qtmodeltester.check(n)


# --- the gate ----------------------------------------------------------------------------------------------


@pytest.fixture
def gate(qtbot, services: Services, supervisor: CurrentUser) -> GateCheckTab:  # type: ignore[no-untyped-def]
    guard = make_user(services, Role.GUARD, "gate1", "陈门岗")
    w = show_active(qtbot, GateCheckTab(UiContext(services, guard, EventBus())), (1200, 760))
    w.scan.setFocus()
    return w


def test_gate_scan_release_and_refusals(
    qtbot,
    gate: GateCheckTab,
    services: Services,
    receptionist: CurrentUser,  # type: ignore[no-untyped-def]
    clock,
) -> None:
    add_room(services, "3-2-1502", "张伟", "13812345678")
    pp = services.release_passes.issue(
        receptionist,
        PassInput(
            room="3-2-1502",
            carrier_name="刘师傅",
            carrier_phone="13900001111",
            carrier_id_number=CARRIER_ID,
            items=[ItemInput("冰箱", 1)],
            confirm_method="phone",
        ),
    )
    assert not gate.scan.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    qtbot.keyClicks(gate.scan, pp.payload)
    qtbot.keyClick(gate.scan, Qt.Key.Key_Return)  # what a USB scanner does
    assert "可以放行" in gate.verdict.text() and gate.release_button.isEnabled()
    assert "冰箱" in gate.card.toPlainText() and "3-2-1502" in gate.card.toPlainText()
    assert gate.scan.text() == "" and QApplication.focusWidget() is gate.scan
    clock.advance(minutes=3)
    qtbot.keyClick(gate.scan, Qt.Key.Key_Return)  # Enter on the empty box: let through
    assert "已放行" in gate.verdict.text() and "陈门岗" in gate.reason.text()
    assert gate.log_model.rowCount() == 1 and not gate.release_button.isEnabled()
    clock.advance(minutes=10)
    qtbot.keyClicks(gate.scan, pp.payload)
    qtbot.keyClick(gate.scan, Qt.Key.Key_Return)
    assert "不能放行：已使用" in gate.verdict.text()
    assert "陈门岗" in gate.reason.text() and "09:33" in gate.reason.text()
    assert not gate.release_button.isEnabled()
    qtbot.keyClicks(gate.scan, pp.payload[:-2] + "AA")
    qtbot.keyClick(gate.scan, Qt.Key.Key_Return)
    assert "内容被改动" in gate.verdict.text()
    qtbot.keyClicks(gate.scan, "FX20261127999")
    qtbot.keyClick(gate.scan, Qt.Key.Key_Return)
    assert "查无此单" in gate.verdict.text() and "FX20261127999" in gate.reason.text()


def test_gate_releases_with_ctrl_enter_only_after_a_valid_check(
    qtbot, gate: GateCheckTab, services: Services, receptionist: CurrentUser
) -> None:  # type: ignore[no-untyped-def]
    add_room(services, "3-2-1502", "张伟", "13812345678")
    pp = services.release_passes.issue(
        receptionist,
        PassInput(
            room="3-2-1502", carrier_name="刘师傅", carrier_phone="13900001111", carrier_id_number=CARRIER_ID,
            items=[ItemInput("冰箱", 1)], confirm_method="phone", reason="搬家",
        ),
    )  # fmt: skip
    ctrl = Qt.KeyboardModifier.ControlModifier
    assert "Ctrl+Enter" in gate.release_button.text()
    qtbot.keyClick(gate.scan, Qt.Key.Key_Return, ctrl)  # nothing checked yet: nothing happens
    assert "请扫描" in gate.verdict.text() and gate.log_model.rowCount() == 0
    qtbot.keyClicks(gate.scan, pp.payload)
    qtbot.keyClick(gate.scan, Qt.Key.Key_Return)
    assert "可以放行" in gate.verdict.text()
    gate.card.setFocus()  # wherever the focus is
    qtbot.keyClick(gate.card, Qt.Key.Key_Enter, ctrl | Qt.KeyboardModifier.KeypadModifier)
    assert "已放行" in gate.verdict.text() and gate.log_model.rowCount() == 1
    assert services.release_passes.get(receptionist, pp.detail.id).state == "used"
    qtbot.keyClick(gate.scan, Qt.Key.Key_Return, ctrl)  # released: the key is spent with the button
    assert gate.log_model.rowCount() == 1


def test_gate_auto_release_and_manual_serial(
    qtbot,
    gate: GateCheckTab,
    services: Services,  # type: ignore[no-untyped-def]
    receptionist: CurrentUser,
) -> None:
    add_room(services, "3-2-1502", "张伟", "13812345678")
    d = services.release_passes.issue(
        receptionist, PassInput(room="3-2-1502", carrier_is_owner=True, items=[ItemInput("冰箱", 1)])
    ).detail
    gate.auto_release.setChecked(True)
    qtbot.keyClicks(gate.scan, d.number.lower())
    qtbot.keyClick(gate.scan, Qt.Key.Key_Return)
    assert "已放行" in gate.verdict.text()
    assert "手工输入编号" in gate.note.text()
    assert services.release_passes.get(receptionist, d.id).state == "used"


def test_guard_sees_only_the_gate(qtbot, services: Services, supervisor: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.shell.main_window import MainWindow

    guard = make_user(services, Role.GUARD, "gate1", "陈门岗")
    w = MainWindow(UiContext(services, guard, EventBus()))
    qtbot.addWidget(w)
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == ["门岗核验", "装修", "登记簿"]


def test_global_search_opens_a_pass_and_a_notice(qtbot, services: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from frontdesk.services.notices import NoticeInput
    from frontdesk.ui.shell.main_window import MainWindow

    add_room(services, "3-2-1502", "张伟", "13812345678")
    d = services.release_passes.issue(
        receptionist, PassInput(room="3-2-1502", carrier_is_owner=True, items=[ItemInput("冰箱", 1)])
    ).detail
    n = services.notices.issue(
        receptionist,
        NoticeInput(
            room="3-2-1502",
            addressee_name="张伟",
            findings="楼道堆放材料",
            clause_nos=["第二十条"],
            requirement="当日清理",
            deadline=date(2026, 11, 28),
        ),
    ).detail
    w = MainWindow(UiContext(services, receptionist, EventBus()))
    qtbot.addWidget(w)
    hits = {(h.kind, h.id) for h in services.search(receptionist, "3-2-1502")}
    assert {("pass", d.id), ("notice", n.id)} <= hits
    w.open_record("pass", d.id)
    assert w.tabs.currentWidget().windowTitle() == "放行条"
    assert w.tabs.currentWidget().current_pass().id == d.id
    w.open_record("notice", n.id)
    assert w.tabs.currentWidget().windowTitle() == "整改通知"
    assert w.tabs.currentWidget().current_notice().id == n.id


def test_void_of_a_pass_changed_meanwhile_asks_theirs_or_mine(
    tab: ReleasePassTab,
    printed: list,
    services: Services,  # type: ignore[no-untyped-def]
    receptionist: CurrentUser,
) -> None:
    from frontdesk.ui.common.conflict import Choice

    rp = services.release_passes
    inp = PassInput(room="3-2-1502", carrier_is_owner=True, items=[ItemInput("床", 1)])
    seen = rp.issue(receptionist, inp).detail
    tab.reload()
    tab.select_pass(seen.id)
    rp.reprint(receptionist, seen.id)  # another counter prints a copy: the version moves on
    asked: list = []  # type: ignore[type-arg]

    def keep(diffs):  # type: ignore[no-untyped-def]
        asked.append({d.label: (d.mine, d.theirs) for d in diffs})
        return Choice.KEEP_THEIRS

    tab.conflict_answer = keep
    assert not tab.void_pass(seen, "填错了")
    assert asked[-1]["补打次数"] == ("0", "1") and rp.get(receptionist, seen.id).state == "issued"
    assert "已补打 1 次" in tab.detail.toPlainText()  # theirs, reloaded
    tab.conflict_answer = lambda _diffs: Choice.APPLY_MINE
    assert tab.void_pass(seen, "填错了")
    assert rp.get(receptionist, seen.id).state == "void" and tab.current_pass().state == "void"
