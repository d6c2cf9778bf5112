"""End to end in the main window: fees at the counter.

Three payments (cash; WeChat with its reference; a repair charge taken from a completed order),
one receipt printed and read back with its 大写, one voided with a supervisor's approval; the
shift's cash totals, compiled into the handover and acknowledged by the incoming receptionist;
a renovation deposit taken and refunded with a deduction; the arrears list imported (bad rows
rejected), three rooms called, two notices printed, and the reasons counted. And no money column
or service type uses float."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget, QTableWidgetItem
from sqlalchemy import Float, Numeric

from frontdesk.models import Base
from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.ui.arrears.tab import ArrearsStatsDialog, ArrearsTab
from frontdesk.ui.common.kind_tab import ActionDialog, KindTab
from frontdesk.ui.handover.ack import HandoverAckDialog
from frontdesk.ui.handover.tab import HandoverTab
from tests.conftest import make_user
from tests.services.arrears.test_arrears import BAD, GOOD, arrears_list
from tests.support.keyboard import Keyboard, click_tab, type_into, type_text
from tests.support.orders import add_rooms, add_technicians, advance, order_input
from tests.support.printing import fonts, pdf_text, printed_pdf
from tests.support.qt import open_window

pytestmark = pytest.mark.usefixtures("cheap_hashing")
CTRL = Qt.KeyboardModifier.ControlModifier


def flat(text: str) -> str:
    return "".join(text.split())


def fill_rows(table: QTableWidget, rows: list[list[str]]) -> None:
    """Type a table of items cell by cell (the table grows a row as each is filled)."""
    table.setFocus()
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


def in_dialog(fill: Any) -> list[str]:
    """Run ``fill(dialog)`` once an action's dialog is up (it is modal); a refusal is reported."""
    from PySide6.QtCore import QTimer

    failures: list[str] = []

    def run() -> None:
        dlg = next((w for w in QApplication.topLevelWidgets() if isinstance(w, ActionDialog) and w.isVisible()), None)
        if dlg is None:
            QTimer.singleShot(20, run)
            return
        try:
            fill(dlg)
        finally:
            if dlg.isVisible():
                failures.append(dlg.banner.text() + str({n: dlg.errors.message(n) for n in dlg.fields.editors}))
                dlg.reject()

    QTimer.singleShot(0, run)
    return failures


def save(kb: Keyboard, tab: KindTab) -> Any:
    kb.press(Qt.Key.Key_S, CTRL)
    row = tab.records.current()
    assert row is not None, tab.form.banner.text()
    return row


def test_fees_at_the_counter(  # type: ignore[no-untyped-def]
    qtbot, services: Services, receptionist: CurrentUser, supervisor: CurrentUser, clock, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: QMessageBox.StandardButton.Ok)
    add_rooms(services)
    tech = add_technicians(services, supervisor)[0]
    order = advance(services, receptionist, services.work_orders.create(receptionist, order_input()), "completed", tech)
    assert order.state == "completed"
    make_user(services, Role.RECEPTIONIST, "zhang", "张前台")

    window = open_window(qtbot, services, receptionist)
    kb = Keyboard(qtbot)

    # --- three payments --------------------------------------------------------------------------
    click_tab(kb, window.tabs, "收据")
    tab: KindTab = window.current_tab()
    f = tab.form.fields.editors
    # 1 — cash: 物业费 for half a year
    type_text(qtbot, f["payer"], "陈建国")
    kb.tab()
    kb.type("3-2-1502")
    fill_rows(f["items"], [["物业费", "2026年1-6月", "1200"]])
    cash = save(kb, tab)
    assert cash.number == "SJ20261127001" and cash.total == Decimal("1200.00") and cash.method == "现金"
    # 2 — WeChat: the reference is asked for first
    type_text(qtbot, f["payer"], "李秀英")
    kb.tab()
    kb.type("3-2-1503")
    fill_rows(f["items"], [["门禁卡", "2张", "50"], ["出入证工本费", "", "20"]])
    f["method"].setFocus()
    f["method"].setCurrentIndex(f["method"].findData("微信"))
    kb.press(Qt.Key.Key_S, CTRL)
    assert "交易流水号" in tab.form.errors.message("reference")
    assert f["payer"].text() == "李秀英"  # nothing typed is lost
    type_text(qtbot, f["reference"], "4200001234202611270001")
    wechat = save(kb, tab)
    assert (wechat.number, wechat.total, wechat.method) == ("SJ20261127002", Decimal("70.00"), "微信")
    # 3 — the repair charge of a completed order
    type_text(qtbot, f["payer"], "陈建国")
    type_text(qtbot, f["order"], order.number)
    repair = save(kb, tab)
    assert (repair.total, repair.room, repair.items) == (Decimal("85.00"), "3-2-1502", "有偿维修")

    # --- print one: its text and 大写 read back -----------------------------------------------------
    assert tab.records.select(cash.id)
    tab.records.table.setFocus()
    kb.press(Qt.Key.Key_P, CTRL)
    pdf = printed_pdf(qtbot, tab)
    text = flat(pdf_text(pdf))
    for expected in ("收据", cash.number, "陈建国", "3-2-1502", "物业费", "1,200.00", "壹仟贰佰元整", "收据联", "存根联"):
        assert expected in text, expected
    assert "补打" not in text and all(font.embedded for font in fonts(pdf))
    tab.preview.close()

    # --- void the WeChat receipt: the supervisor approves with their own password ----------------
    assert tab.records.select(wechat.id)

    def void(dlg: ActionDialog) -> None:
        type_text(qtbot, dlg.fields.editors["reason"], "业主重复扫码，已原路退回")
        type_text(qtbot, dlg.fields.editors["approver"], "boss")
        type_text(qtbot, dlg.fields.editors["approver_password"], "wrong")
        dlg.ok.click()
        assert dlg.isVisible() and "密码不正确" in dlg.errors.message("approver_password")
        dlg.fields.editors["approver_password"].clear()
        type_text(qtbot, dlg.fields.editors["approver_password"], "secret-boss")
        dlg.ok.click()

    failures = in_dialog(void)
    kb.click(tab.action_buttons["void"])
    assert failures == []
    assert tab.records.current().state == "void"
    assert "业主重复扫码" in tab.records.detail.toPlainText() and "王主管" in tab.records.detail.toPlainText()

    # --- the shift's cash: totals, and the handover compiles them --------------------------------
    start, end = clock.now().replace(hour=0), clock.now().replace(hour=8)  # 08:00–16:00 local
    report = services.receipts.cash_report(receptionist, start, end)
    assert [(m.method, m.count, m.total) for m in report.methods] == [("现金", 2, Decimal("1285.00"))]
    assert report.total == Decimal("1285.00") and [v.number for v in report.voids] == [wechat.number]

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    click_tab(kb, window.tabs, "交接班")
    handover: HandoverTab = window.current_tab()
    handover.table.setFocus()
    kb.press(Qt.Key.Key_J, CTRL)
    draft = handover.draft_dialog
    assert draft is not None and draft.isVisible()
    compiled = {(i.section, i.ref_number): i.summary for i in draft.detail.items}
    assert "¥1,285.00" in compiled[("receipt.cash", "现金")]
    assert "¥1,285.00" in compiled[("receipt.total", "合计")]
    assert ("receipt.void", wechat.number) in compiled
    assert draft.cash.text() == "1285.00"  # 交接现金, compiled instead of typed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is draft)
    qtbot.keyClick(draft, Qt.Key.Key_Return, CTRL)  # 交班
    qtbot.waitUntil(lambda: handover.ack_dialog is not None and handover.ack_dialog.isVisible())
    ack: HandoverAckDialog = handover.ack_dialog
    shown = ack.browser.toPlainText()
    for expected in ("本班收款", "现金", "1,285.00", wechat.number):
        assert expected in shown, expected
    ack.username.setText("zhang")
    type_into(qtbot, ack.password, "secret-zhang")
    type_into(qtbot, ack.note, "现金 1285.00 元已点清")
    with qtbot.waitSignal(ack.acknowledged):
        qtbot.keyClick(ack.password, Qt.Key.Key_Return)
    signed = services.handover.get(supervisor, draft.detail.id)
    assert signed.state == "acknowledged" and signed.ack_by_name == "张前台" and signed.cash_fen == 128500

    # --- a renovation deposit, refunded with a deduction ------------------------------------------
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    click_tab(kb, window.tabs, "押金台账")
    deposits: KindTab = window.current_tab()
    d = deposits.form.fields.editors
    assert d["purpose"].currentData() == "装修押金"
    d["room"].setFocus()
    kb.type("3-2-1502")
    type_text(qtbot, d["payer"], "陈建国")
    type_text(qtbot, d["amount"], "3000")
    held = save(kb, deposits)
    assert held.number == "YJ20261127001" and held.amount == Decimal("3000.00") and held.receipt_number == "SJ20261127004"

    def refund(dlg: ActionDialog) -> None:
        fill_rows(dlg.fields.editors["deductions"], [["损坏楼道墙面，修复费", "350"]])
        type_text(qtbot, dlg.fields.editors["refund_to"], "陈建国")
        dlg.ok.click()

    failures = in_dialog(refund)
    kb.click(deposits.action_buttons["refund"])
    assert failures == []
    done = services.deposits.row(receptionist, held.id)
    assert (done.state, done.deducted, done.refunded) == ("refunded", Decimal("350.00"), Decimal("2650.00"))
    slip = flat(pdf_text(printed_pdf(qtbot, deposits)))  # the refund prints for the payee's signature
    assert "押金退还单" in slip and "损坏楼道墙面" in slip and "贰仟陆佰伍拾元整" in slip
    deposits.preview.close()
    assert services.deposits.balances(receptionist) == []

    # --- arrears: import (bad rows rejected), three calls, two notices, the reasons ----------------
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    click_tab(kb, window.tabs, "欠费催缴")
    arrears: ArrearsTab = window.current_tab()
    arrears.open_import()
    dlg = arrears.import_dialog
    dlg.path.setText(str(arrears_list(tmp_path / "欠费明细.xlsx", GOOD + BAD)))
    kb.click(dlg.check)
    qtbot.waitUntil(lambda: dlg.ok.isEnabled(), timeout=5000)
    assert dlg.accepted_table.rowCount() == 4 and dlg.rejected_table.rowCount() == 4
    reasons = [dlg.rejected_table.item(r, 2).text() for r in range(4)]
    assert "9-9-999" in reasons[0] and "数字" in reasons[1] and "必填" in reasons[2] and "重复" in reasons[3]
    kb.click(dlg.ok)
    assert "新增欠费 3 户" in dlg.summary.text()
    dlg.close()
    qtbot.waitUntil(lambda: arrears.model.rowCount() == 3)
    arrears.building.setCurrentIndex(arrears.building.findData("3"))  # the round, building 3 first
    qtbot.waitUntil(lambda: arrears.model.rowCount() == 2)

    def call(reached: bool, reason: str, promised: bool = False):  # type: ignore[no-untyped-def]
        def fill(dlg: ActionDialog) -> None:
            e = dlg.fields.editors
            e["reached"].setChecked(reached)
            if reason:
                e["reason"].setCurrentIndex(e["reason"].findData(reason))
            e["promised"].setChecked(promised)
            type_text(qtbot, e["note"], "业主称下月缴纳" if promised else "")
            dlg.ok.click()

        return fill

    rows = {r.room: r for r in arrears.model.loaded_rows()}
    for room, fill in (("3-2-1502", call(True, "经济困难", promised=True)), ("3-2-1503", call(True, "对服务不满"))):
        assert arrears.records.select(rows[room].id)
        failures = in_dialog(fill)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        arrears.records.table.setFocus()
        kb.press(Qt.Key.Key_L, CTRL)  # 登记催缴
        assert failures == []
        assert arrears.records.current().calls == 1
    arrears.building.setCurrentIndex(arrears.building.findData("5"))
    qtbot.waitUntil(lambda: arrears.model.rowCount() == 1)
    arrears.records.select(arrears.model.loaded_rows()[0].id)
    failures = in_dialog(call(False, ""))
    kb.click(arrears.action_buttons["call"])
    assert failures == []
    states = {r.room: (r.state, r.reason) for r in services.arrears.page(receptionist, "all", "", None, 10).rows}
    assert states == {"3-2-1502": ("promised", "经济困难"), "3-2-1503": ("contacted", "对服务不满"), "5-1-201": ("open", "")}

    # two notices: one room, then the other
    arrears.building.setCurrentIndex(arrears.building.findData("3"))
    qtbot.waitUntil(lambda: arrears.model.rowCount() == 2)
    printed = []
    for row in arrears.model.loaded_rows():
        arrears.records.select(row.id)
        kb.click(arrears.print_button)
        notice = flat(pdf_text(printed_pdf(qtbot, arrears)))
        arrears.preview.close()
        printed.append(notice)
        assert "催缴通知单" in notice and row.room in notice and row.owner in notice and "盖章" in notice
    assert any("壹仟叁佰捌拾元整" in n for n in printed)  # 3-2-1502: 1,260 + 120

    # the reasons report counts the calls
    arrears.show_statistics()
    stats: ArrearsStatsDialog = arrears.stats_dialog
    counted = {stats.reasons.item(r, 0).text(): stats.reasons.item(r, 1).text() for r in range(stats.reasons.rowCount())}
    assert counted["经济困难"] == "1" and counted["对服务不满"] == "1" and counted["有争议"] == "0"
    assert "已联系上：2 户" in stats.figures.text() and "已承诺缴费：1 户" in stats.figures.text()
    stats.close()


#: float columns that hold no money (a measure), each named here on purpose
NOT_MONEY = frozenset(
    {
        "room.area",
        "RoomRow.area",
        "ImportRow.area",
        "StatsLine.avg_days_to_close",
        # the demo history's pace: records per day, not money
        *(f"Pace.{k}" for k in ("calls", "orders", "complaints", "passes", "notices")),
    }
)


def _money_like(name: str) -> bool:
    return any(w in name for w in ("amount", "total", "price", "cash", "money", "fee", "deposit", "balance", "held"))


def test_no_money_column_or_service_type_uses_float() -> None:
    """Every table column is checked: none is a Float but the named measures (a room's area), and
    every amount-like column is Numeric with two places. Every dataclass in the services and
    printing packages is checked: no service type has a float field but the named measures, and
    no amount-like field anywhere is a float."""
    for table in Base.metadata.tables.values():
        for col in table.columns:
            name = f"{table.name}.{col.name}"
            if isinstance(col.type, Float):  # Float is a Numeric too: checked first
                assert name in NOT_MONEY, f"{name} is a float column"
            elif _money_like(col.name) and isinstance(col.type, Numeric):
                assert col.type.scale == 2, name
    for money in ("counter_receipt.total", "counter_receipt_line.amount", "deposit.amount", "deposit.refund_amount",
                  "deposit_deduction.amount", "arrears_case.total", "arrears_debt.amount"):  # fmt: skip
        t, c = money.split(".")
        col_type = Base.metadata.tables[t].columns[c].type
        assert isinstance(col_type, Numeric) and (col_type.precision, col_type.scale) == (12, 2), money

    import frontdesk.printing
    import frontdesk.services

    checked = money_fields = 0
    for package in (frontdesk.services, frontdesk.printing):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for obj in vars(module).values():
                if not (isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == module.__name__):
                    continue
                checked += 1
                for f in dataclasses.fields(obj):
                    where, annotation = f"{obj.__name__}.{f.name}", str(f.type)
                    floating = re.search(r"\bfloat\b", annotation) is not None
                    if package is frontdesk.services and floating:
                        assert where in NOT_MONEY, f"{obj.__module__}.{where} is a float"
                    if _money_like(f.name) and ("Decimal" in annotation or floating):
                        money_fields += 1
                        assert not floating, f"{obj.__module__}.{where} holds money as a float"
    assert checked > 100 and money_fields > 20
