"""End to end, by keyboard: the counter's five registers (登记簿).

访客: a visitor let in and confirmed by the host, flagged for overstaying, let out, the slip
printed; the guard sees an expected visitor on 今日预约/在访 and lets them in. 快递: a parcel logged,
its label printed, picked up by its code from the pick-up box. 钥匙: a key lent from the cabinet,
overdue, in the handover's items and its 借出钥匙, returned. 物品: an umbrella lent with a deposit and
returned. 档案: a loan refused to the front desk, lent by the supervisor and returned."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox

from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.ui.common.kind_tab import ActionDialog, KindTab
from tests.conftest import make_user
from tests.e2e.test_paperwork import answer_yes, flat, in_dialog
from tests.support.keyboard import Keyboard, click_tab, type_text
from tests.support.printing import pdf_text, printed_pdf
from tests.support.qt import open_window

pytestmark = pytest.mark.usefixtures("cheap_hashing", "estate")
CTRL = Qt.KeyboardModifier.ControlModifier


def _open(qtbot, services: Services, user: CurrentUser, title: str):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, services, user)
    kb = Keyboard(qtbot)
    click_tab(kb, window.tabs, title)
    tab: KindTab = window.current_tab()
    assert isinstance(tab, KindTab)
    return window, kb, tab


def _fill(qtbot, tab: KindTab, **values: str) -> None:  # type: ignore[no-untyped-def]
    for name, text in values.items():
        editor = tab.form.fields.editors[name]
        type_text(qtbot, getattr(editor, "edit", editor), text)  # a room field types into its box


def _back(qtbot, window, widget) -> None:  # type: ignore[no-untyped-def]
    """After a dialog or the print preview: the window active again, the focus on ``widget``."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()


def _due(tab: KindTab, when) -> None:  # type: ignore[no-untyped-def]
    """Type a due time as the desk reads it: its wall clock (Asia/Shanghai), whatever the PC's zone."""
    from PySide6.QtCore import QDate, QTime

    from frontdesk.services.clock import to_local

    local = to_local(when)
    editor = tab.form.fields.editors["due_at"]
    editor.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))


def _saved(kb: Keyboard, tab: KindTab):  # type: ignore[no-untyped-def]
    kb.press(Qt.Key.Key_S, CTRL)
    row = tab.records.current()
    errors = {n: tab.form.errors.text(n) for n in tab.form.fields.editors if tab.form.errors.text(n)}
    assert row is not None, f"{tab.form.banner.text()} {errors}"
    return row


def test_visitor_in_confirmed_overstaying_out_and_the_guard(qtbot, services, receptionist, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answer_yes(monkeypatch)
    window, kb, tab = _open(qtbot, services, receptionist, "访客登记")
    assert kb.focus() is tab.form.fields.editors["visitor_name"]
    kb.type("陈明")
    _fill(qtbot, tab, room="3-2-1502", id_number="11010519491231002X", plate="粤B12345", badge="F-07")
    row = _saved(kb, tab)
    assert row.number.startswith("FK") and row.state == "in"
    assert kb.focus() is tab.form.fields.editors["visitor_name"]  # ready for the next visitor

    def confirm(dlg: ActionDialog) -> None:
        type_text(qtbot, dlg.fields.editors["host_confirmed_by"], "张伟")
        dlg.ok.click()

    tab.records.table.setFocus()
    failures = in_dialog(kb, confirm)
    kb.click(tab.action_buttons["confirm"])
    assert failures == []
    assert "张伟" in tab.records.detail.toPlainText()

    _back(qtbot, window, tab.records.table)
    # the receptionist sees the ID masked; 显示完整号码 shows it, and the audit trail has it
    assert "110105********002X" in tab.records.detail.toPlainText()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a, **_k: shown.append(text))
    kb.click(tab.reveal_button)
    assert shown and "身份证号：11010519491231002X" in shown[0]

    _back(qtbot, window, tab.records.table)
    kb.press(Qt.Key.Key_P, CTRL)
    slip = flat(pdf_text(printed_pdf(qtbot, tab)))
    for expected in ("访客单", row.number, "3-2-1502", "陈明", "110105********002X", "F-07", "被访人签字"):
        assert expected in slip, expected

    # five hours later he is still in: flagged, counted, in its view and the handover
    clock.advance(hours=5)
    tab.reload()
    tab.views.setCurrentIndex(tab.views.findData("overstay"))
    assert [r.number for r in tab.model.loaded_rows()] == [row.number]
    assert "超时" in tab.model.index(0, len(tab.spec.columns) - 1).data()
    window.refresh_status()  # counted in the worker pool
    qtbot.waitUntil(lambda: "访客逗留超时 1" in window.counts_label.text(), timeout=5000)
    handed = services.handover_items(receptionist, clock.now() - timedelta(hours=8), clock.now())
    assert [(i.section, i.ref_number) for i in handed if i.ref_kind == "visitor"] == [("visitor.overstay", row.number)]
    tab.records.select(row.id)
    _back(qtbot, window, tab.records.table)
    kb.press(Qt.Key.Key_R, CTRL)  # 离开
    assert tab.records.current() is None or services.visitors.row(receptionist, row.id).state == "out"
    assert services.visitors.row(receptionist, row.id).state == "out"

    # an expected visitor, for the guard: 预约 ticked with the space bar
    window.activateWindow()
    kb.press(Qt.Key.Key_N, CTRL)
    _fill(qtbot, tab, visitor_name="王芳", room="1-1-201")
    tab.form.fields.editors["expected"].setFocus()
    kb.press(Qt.Key.Key_Space)
    expected = _saved(kb, tab)
    assert expected.state == "expected"
    window.close()

    guard = make_user(services, Role.GUARD, "men", "门岗老周")
    gwin, gkb, gtab = _open(qtbot, services, guard, "访客登记")
    assert gtab.views.currentData() == "today"
    assert [r.number for r in gtab.model.loaded_rows()] == [expected.number]
    gtab.records.select(expected.id)
    gtab.records.table.setFocus()
    gkb.press(Qt.Key.Key_E, CTRL)  # 到访
    assert services.visitors.row(guard, expected.id).state == "in"
    gwin.close()


def test_parcel_labelled_and_picked_up_by_its_code(qtbot, services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    window, kb, tab = _open(qtbot, services, receptionist, "快递代收")
    assert kb.focus() is tab.form.fields.editors["room"].edit
    kb.type("3-2-1502")
    _fill(qtbot, tab, recipient="张伟", tracking_tail="8841", shelf="A-3")
    row = _saved(kb, tab)
    code = row.cells["code"]
    assert row.number.startswith("KD") and row.state == "waiting" and len(code) == 6

    kb.press(Qt.Key.Key_P, CTRL)
    label = flat(pdf_text(printed_pdf(qtbot, tab)))
    for expected in ("快递代收", "3-2-1502", "张伟", "A-3", code, "沿虚线剪开"):
        assert expected in label, expected

    # a wrong code says so beside the box; the right one opens 取件 with the code filled in
    _back(qtbot, window, tab.records.table)
    kb.press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert kb.focus() is tab.code
    kb.type("000000" if code != "000000" else "111111")
    kb.enter()
    assert "没有待取的包裹" in tab.code_note.text()
    tab.code.clear()
    kb.type(code)

    def pick_up(dlg: ActionDialog) -> None:
        assert dlg.fields.editors["pickup_code"].text() == code
        type_text(qtbot, dlg.fields.editors["taker_name"], "李娜")
        dlg.ok.click()

    failures = in_dialog(kb, pick_up)
    kb.enter()
    assert failures == []
    done = services.parcels.row(receptionist, row.id)
    assert done.state == "collected" and done.cells["taker"] == "李娜" and done.cells["picked"] == clock.now()
    assert "凭取件码" in dict(services.parcels.detail(receptionist, row.id).lines)["取件"]
    assert tab.model.loaded_rows() == []  # gone from 待取
    window.close()


def test_a_key_from_the_cabinet_overdue_in_the_handover_then_returned(qtbot, services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    window, kb, tab = _open(qtbot, services, receptionist, "钥匙借还")
    tab.cabinet.setFocus()
    tab.cabinet.setCurrentCell(0, 0)
    kb.enter()  # lend the key on hook A01
    assert kb.focus() is tab.form.fields.editors["borrower"]
    kb.type("刘师傅")
    _fill(qtbot, tab, purpose="空置房验房")
    _due(tab, clock.now() + timedelta(hours=1))
    row = _saved(kb, tab)
    assert row.number.startswith("YS") and row.cells["hook"] == "A01"
    assert "借出：刘师傅" in tab.cabinet.item(0, 2).text()

    clock.advance(hours=2)
    tab.reload()
    assert "逾期" in tab.model.index(0, len(tab.spec.columns) - 2).data()
    handed = services.handover_items(receptionist, clock.now() - timedelta(hours=8), clock.now())
    assert [(i.section, i.ref_number, i.overdue) for i in handed if i.ref_kind == "key"] == [("key.overdue", row.number, True)]
    draft = services.handover.open_draft(receptionist, "一号前台")
    assert draft.keys_lent.startswith("▶ A01 3-2-1502 空置房钥匙（交房） → 刘师傅") and "【已逾期】" in draft.keys_lent
    window.refresh_status()  # counted in the worker pool
    qtbot.waitUntil(lambda: "钥匙逾期未还 1" in window.counts_label.text(), timeout=5000)

    def give_back(dlg: ActionDialog) -> None:
        type_text(qtbot, dlg.fields.editors["return_note"], "完好")
        dlg.ok.click()

    tab.records.select(row.id)
    _back(qtbot, window, tab.records.table)
    failures = in_dialog(kb, give_back)
    kb.press(Qt.Key.Key_R, CTRL)
    assert failures == []
    assert services.keys.row(receptionist, row.id).state == "returned"
    assert tab.cabinet.item(0, 2).text() == "在柜"
    window.close()


def test_an_umbrella_lent_with_a_deposit_and_returned(qtbot, services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    window, kb, tab = _open(qtbot, services, receptionist, "物品借用")
    _fill(qtbot, tab, item_no="伞-03", room="3-2-1502", borrower="李娜", phone="13900003333", deposit="50")
    row = _saved(kb, tab)
    assert row.number.startswith("WP") and str(row.cells["deposit"]) == "50.00" and row.state == "out"
    assert row.cells["due_at"] == clock.now() + timedelta(days=1)  # the declared default

    def give_back(dlg: ActionDialog) -> None:
        type_text(qtbot, dlg.fields.editors["deposit_refunded"], "60")
        dlg.ok.click()
        assert "不能多于收取的押金（50.00 元）" in dlg.errors.text("deposit_refunded")
        dlg.fields.editors["deposit_refunded"].clear()
        type_text(qtbot, dlg.fields.editors["deposit_refunded"], "50")
        dlg.ok.click()

    tab.records.table.setFocus()
    failures = in_dialog(kb, give_back)
    kb.press(Qt.Key.Key_R, CTRL)
    assert failures == []
    assert services.loans.row(receptionist, row.id).state == "returned"
    assert ("退还押金", "50.00 元") in services.loans.detail(receptionist, row.id).lines
    window.close()


def test_an_archive_loan_refused_to_the_front_desk_lent_by_the_supervisor(
    qtbot, services, receptionist, supervisor, clock
) -> None:  # type: ignore[no-untyped-def]
    window, kb, tab = _open(qtbot, services, receptionist, "档案借阅")
    assert not tab.form.save_button.isEnabled()
    _fill(qtbot, tab, room="3-2-1502", purpose="核对购房合同")
    kb.press(Qt.Key.Key_S, CTRL)
    assert tab.form.banner.text() == "您的角色无权执行此操作。"
    assert tab.form.fields.editors["purpose"].text() == "核对购房合同"  # nothing typed is lost
    assert tab.records.current() is None
    window.close()

    window, kb, tab = _open(qtbot, services, supervisor, "档案借阅")
    fields = tab.form.fields.editors
    _fill(qtbot, tab, room="3-2-1502", purpose="办理产权证需核对购房合同")
    for name in ("borrower", "approved_by"):
        fields[name].setCurrentIndex(fields[name].findText("王主管"))
    row = _saved(kb, tab)
    assert row.number.startswith("DA") and row.cells["approved_by"] == "王主管"
    tab.records.table.setFocus()
    failures = in_dialog(kb, lambda dlg: dlg.ok.click())
    kb.press(Qt.Key.Key_R, CTRL)
    assert failures == []
    assert services.archive_loans.row(supervisor, row.id).state == "returned"
    window.close()
