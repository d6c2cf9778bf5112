"""End to end: 装修管理 from the application at the counter to the closed record, on four PCs
(the counter, the supervisor, the butler, the gate).

1. The receptionist registers an application by keyboard: documents, deposit, two workers (a
   wrong ID check digit is refused beside its cell, nothing typed is lost).
2. The supervisor approves.
3. The permit and the worker cards print; their text is read back and the QRs decoded.
4. Works start, and the room shows 装修中.
5. The butler inspects and finds a violation; the 整改通知单 prints in the same step.
6. The deadline passes; the re-inspection finds it 已整改.
7. Acceptance fails (the 验收单 prints), then passes (the room's status comes back).
8. The deposit is refunded with a deduction, and the record is closed.
9. The day's handover lists another renovation's overdue inspection.
10. A guard scans an expired worker card and is refused.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox, QTableWidget

from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.services.validation import id_check_digit
from frontdesk.ui.common.kind_tab import ActionDialog
from frontdesk.ui.notices.tab import NoticeTab
from frontdesk.ui.renovation.gate import WorkerCardCheckTab
from frontdesk.ui.renovation.tab import RenovationTab
from tests.conftest import make_user
from tests.support.estate import add_room
from tests.support.keyboard import Keyboard, click_tab, type_into, type_text
from tests.support.printing import fonts, pdf_text, printed_pdf, qr_codes
from tests.support.qt import open_window

pytestmark = pytest.mark.usefixtures("cheap_hashing")

ID1 = "44030619900307201" + id_check_digit("44030619900307201")
ID2 = "11010519850101123" + id_check_digit("11010519850101123")
WRONG_ID2 = ID2[:17] + ("0" if ID2[17] != "0" else "1")


def flat(text: str) -> str:
    return "".join(text.split())


def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    def warning(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected warning: {text}")

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return asked


def in_dialog(fill) -> list[str]:  # type: ignore[no-untyped-def]
    """Run ``fill(dialog)`` once the action's (modal) dialog is up; a refusal is reported, not hung on."""
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


def act(kb: Keyboard, tab: RenovationTab, action: str, fill=None) -> None:  # type: ignore[no-untyped-def]
    """Take an action on the selected record: with its dialog filled by ``fill``, or answered yes."""
    failures = in_dialog(fill) if fill is not None else []
    kb.click(tab.action_buttons[action])
    assert failures == [], failures


def shown_detail(qtbot: Any, tab: RenovationTab, record_id: int, expected: str) -> str:
    """The record's detail once it shows ``expected``: selected again if a reload of the list
    (another counter's change) took the selection away meanwhile."""

    def shown() -> bool:
        current = tab.records.current()
        if current is None or current.id != record_id:
            tab.records.select(record_id)
            return False
        return expected in flat(tab.records.detail.toPlainText())

    qtbot.waitUntil(shown)
    return flat(tab.records.detail.toPlainText())


def check_all(qtbot: Any, items: QListWidget, words: list[str] | None = None) -> None:
    """Tick items of a list by keyboard: Down to each, Space to tick it."""
    items.setFocus()
    for i in range(items.count()):
        qtbot.keyClick(items, Qt.Key.Key_Down if i else Qt.Key.Key_Home)
        if words is None or items.item(i).text() in words:
            qtbot.keyClick(items, Qt.Key.Key_Space)


def type_cells(qtbot: Any, table: QTableWidget, rows: list[list[str]]) -> None:
    """Type a table row by row: F2 opens the first cell, Tab commits a cell and opens the next."""
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    for row in rows:
        for text in row:
            editor = QApplication.focusWidget()
            type_into(qtbot, editor, text)
            qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_renovation_from_application_to_refund_and_the_gate(
    qtbot,
    services: Services,
    receptionist: CurrentUser,
    supervisor: CurrentUser,
    butler: CurrentUser,
    clock,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    asked = answer_yes(monkeypatch)
    add_room(services, "3-2-1502", "张伟", "13812345678", status="已交房")
    add_room(services, "3-2-1501", "李娜", "13812340000", status="已交房")
    guard = make_user(services, Role.GUARD, "gate1", "陈门岗")
    svc = services.renovation

    # another renovation, started today with a short works period (for steps 9 and 10)
    other = svc.create(
        receptionist,
        {
            "room": (None, "3-2-1501"),
            "company": "美家装饰",
            "manager": "周平",
            "manager_phone": "13600002222",
            "categories": ["地面"],
            "description": "客厅铺地砖",
            "planned_start": svc.today(),
            "planned_end": svc.today() + timedelta(days=5),
            "workers": [{"name": "吴师傅", "id_number": ID2}],
        },
    )
    other = svc.act(supervisor, other.id, other.version, "approve")
    other = svc.act(receptionist, other.id, other.version, "start")

    # four PCs, each logged in: the gate, the butler, the supervisor and, in front, the counter
    gate_window = open_window(qtbot, services, guard)
    desk = open_window(qtbot, services, butler)
    boss = open_window(qtbot, services, supervisor)
    counter = open_window(qtbot, services, receptionist)

    # --- 1. the counter registers the application by keyboard ----------------------------------
    kb = Keyboard(qtbot)
    click_tab(kb, counter.tabs, "装修管理")
    tab: RenovationTab = counter.current_tab()
    fields = tab.form.fields.editors
    kb.type("3栋2单元1502")
    fields["company"].setFocus()
    kb.type("鑫达装饰工程有限公司")
    kb.tab()
    kb.type("刘建国")
    kb.tab()
    kb.type("13900001111")
    kb.tab()
    assert kb.focus() is fields["categories"]
    check_all(qtbot, fields["categories"], ["水电改造", "墙面", "防水"])
    fields["description"].setFocus()
    kb.type("厨卫水电改造及防水，客厅墙面翻新。")
    fields["planned_end"].setDate(QDate(2026, 12, 27))
    check_all(qtbot, fields["documents"])
    fields["deposit"].setFocus()
    kb.type("3000")
    kb.tab()
    kb.type("300")
    kb.tab()
    kb.type("SJ20261127015")
    type_cells(qtbot, fields["workers"], [["王师傅", "13700001111", ID1], ["李师傅", "", WRONG_ID2]])
    kb.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert tab.records.current() is None or tab.records.current().id == other.id
    assert tab.form.errors.message("workers") == "第 2 行 身份证号：身份证号校验位不正确，请核对"
    assert fields["company"].text() == "鑫达装饰工程有限公司"  # nothing typed is lost
    table = fields["workers"]
    table.setFocus()
    table.setCurrentCell(1, 2)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_into(qtbot, editor, ID2)
    # Ctrl+S with the cell still open: what is typed in it is saved too
    kb.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    row = tab.records.current()
    assert row is not None and row.number == "ZX20261127002", tab.form.banner.text()
    assert (row.state, row.room_code, row.owner_name, row.workers) == ("applied", "3-2-1502", "张伟", 2)
    detail = shown_detail(qtbot, tab, row.id, "ZX20261127002")
    assert "水电改造、墙面、防水" in detail and "3000.00" in detail and "300.00" in detail and "138****5678" in detail
    assert ID1 not in detail and "440306********2016" in detail
    assert "approve" not in row.allowed and tab.action_buttons["approve"].isHidden()

    # --- 2. the supervisor approves (the permit comes up to print) ---------------------------------
    boss_kb = Keyboard(qtbot)
    click_tab(boss_kb, boss.tabs, "装修管理")
    btab: RenovationTab = boss.current_tab()
    btab.reload()  # another counter's new record (the app's poller would bring it)
    btab.records.select(row.id)
    act(boss_kb, btab, "approve")
    assert asked and "ZX20261127002" in asked[-1]
    assert btab.records.current().state == "approved"

    # --- 3. the permit and the worker cards: text read back, QRs decoded -----------------------
    permit = printed_pdf(qtbot, btab)
    text = flat(pdf_text(permit))
    for expected in ("装修许可证", "ZX20261127002", "3-2-1502", "鑫达装饰工程有限公司", "刘建国", "13900001111"):
        assert expected in text, expected
    assert "2026年11月27日至2026年12月27日" in text and "14:00—18:00" in text
    assert qr_codes(permit) == ["ZX20261127002"]
    assert all(f.embedded for f in fonts(permit))
    btab.print_actions["cards"].trigger()
    cards = printed_pdf(qtbot, btab)
    card_text = flat(pdf_text(cards))
    assert card_text.count("施工人员出入证") == 2 and "王师傅" in card_text and "李师傅" in card_text
    assert ID1 not in card_text and "440306********2016" in card_text and "2026年12月27日" in card_text
    assert sorted(qr_codes(cards)) == ["ZX20261127002-01", "ZX20261127002-02"]

    # --- 4. works start: the room is 装修中 ------------------------------------------------------
    tab.reload()
    tab.records.select(row.id)
    act(kb, tab, "start")
    assert tab.records.current().state == "working"
    assert services.registry.resolve(receptionist, "3-2-1502").status == "装修中"

    # --- 5. the butler inspects: a violation, and its notice prints in the same step ---------------
    bkb = Keyboard(qtbot)
    click_tab(bkb, desk.tabs, "装修管理")
    ntab_r: RenovationTab = desk.current_tab()
    ntab_r.reload()
    ntab_r.records.select(row.id)

    def violation(dlg: ActionDialog) -> None:
        f = dlg.fields.editors
        f["result"].setCurrentIndex(f["result"].findData("违规"))
        type_text(qtbot, f["findings"], "擅自拆除厨房与阳台之间的非承重墙，未经申报。")
        f["clause"].setCurrentIndex(1)
        dlg.ok.click()

    act(bkb, ntab_r, "inspect", violation)
    notice = flat(pdf_text(printed_pdf(qtbot, ntab_r)))
    for expected in (
        "整改通知单",
        "ZG20261127001",
        "3-2-1502",
        "鑫达装饰工程有限公司",
        "擅自拆除厨房与阳台之间的非承重墙",
        "2026年11月30日",
    ):
        assert expected in notice, expected
    assert "巡查记录" in shown_detail(qtbot, ntab_r, row.id, "ZG20261127001")

    # --- 6. the deadline passes; the re-inspection finds it 已整改 -----------------------------------
    clock.advance(days=4)  # 2026-12-01
    click_tab(bkb, desk.tabs, "整改通知")
    notices: NoticeTab = desk.current_tab()
    notices.reload()
    [first_notice] = services.notices.list_notices(butler, view="all", limit=10)
    notices.select_notice(first_notice.id)
    qtbot.mouseClick(notices.reinspect_button, Qt.MouseButton.LeftButton)
    dlg = notices._reinspect_dialog
    assert not dlg.rectified.isChecked() and not dlg.not_rectified.isChecked()  # the finding is chosen
    dlg.rectified.setChecked(True)
    type_into(qtbot, dlg.note, "墙体已按原样恢复")
    dlg.accept()
    assert notices.current_notice().status == "rectified"

    # --- 7. acceptance fails (the 验收单 prints), then passes --------------------------------------
    tab.reload()
    tab.records.select(row.id)
    act(kb, tab, "finish")
    click_tab(bkb, desk.tabs, "装修管理")
    ntab_r.reload()
    ntab_r.records.select(row.id)

    def fail(dlg: ActionDialog) -> None:
        check_all(qtbot, dlg.fields.editors["items"], ["承重结构、外立面未改动"])
        type_text(qtbot, dlg.fields.editors["note"], "卫生间闭水试验渗漏，须重做防水")
        dlg.ok.click()

    act(bkb, ntab_r, "fail", fail)
    assert ntab_r.records.current().state == "working"
    failed = flat(pdf_text(printed_pdf(qtbot, ntab_r)))
    assert "装修验收单" in failed and "卫生间闭水试验渗漏" in failed and "不合格" in failed

    tab.reload()
    tab.records.select(row.id)
    act(kb, tab, "finish")
    ntab_r.reload()
    ntab_r.records.select(row.id)

    def accept(dlg: ActionDialog) -> None:
        check_all(qtbot, dlg.fields.editors["items"])
        type_text(qtbot, dlg.fields.editors["note"], "防水重做，闭水试验合格")
        dlg.ok.click()

    act(bkb, ntab_r, "accept", accept)
    assert ntab_r.records.current().state == "accepted"
    passed = flat(pdf_text(printed_pdf(qtbot, ntab_r)))
    assert "验收结论合格" in passed and "赵管家" in passed
    assert services.registry.resolve(receptionist, "3-2-1502").status == "已交房"

    # --- 8. the deposit back, less a deduction; the record closed ---------------------------------
    tab.reload()
    tab.records.select(row.id)

    def refund(dlg: ActionDialog) -> None:
        type_text(qtbot, dlg.fields.editors["deduction"], "200")
        dlg.ok.click()  # a deduction needs its reason: refused, the amount stays
        assert dlg.isVisible() and dlg.errors.message("deduction_reason")
        assert dlg.fields.editors["deduction"].text() == "200"
        type_text(qtbot, dlg.fields.editors["deduction_reason"], "搬运材料刮花电梯轿厢，维修费")
        dlg.ok.click()

    act(kb, tab, "refund", refund)
    assert tab.records.current().state == "refunded"
    shown_detail(qtbot, tab, row.id, "退还2800.00元，扣除200.00元")
    [deposit] = svc.deposits(receptionist, row.id)
    assert (str(deposit.deposit), str(deposit.cleanup_fee), str(deposit.refunded)) == ("3000.00", "300.00", "2800.00")
    act(kb, tab, "close")
    closed = svc.row(receptionist, row.id)
    assert closed.state == "closed" and closed.allowed == frozenset()

    # --- 9. days later: the other renovation's inspection is overdue, in the handover ---------------
    clock.advance(days=4)  # 2026-12-05: last inspected (started) 11-27, every 7 days
    start = clock.now() - timedelta(hours=8)
    items = [
        (i.section, i.ref_number) for i in services.handover_items(receptionist, start, clock.now()) if i.ref_kind == "renovation"
    ]
    assert ("renovation.inspection_due", other.number) in items and ("renovation.past_end", other.number) in items
    assert all(number == other.number for _, number in items)
    counter.refresh_status()
    qtbot.waitUntil(lambda: "装修巡查逾期 1" in counter.counts_label.text())
    tab.views.setCurrentIndex(tab.views.findData("inspection_due"))
    qtbot.waitUntil(lambda: [r.number for r in tab.model.loaded_rows()] == [other.number])

    # --- 10. the gate: an expired worker card is refused ------------------------------------------
    other_cards = svc.printable(receptionist, other.id, "cards").render()
    [scanned] = qr_codes(other_cards)
    gkb = Keyboard(qtbot)
    click_tab(gkb, gate_window.tabs, "出入证核验")
    gate: WorkerCardCheckTab = gate_window.current_tab()
    qtbot.keyClicks(gate.scan, scanned)
    qtbot.keyClick(gate.scan, Qt.Key.Key_Return)
    assert "不准进入：出入证已过期" in gate.verdict.text()
    assert "2026-12-02" in gate.reason.text() and "吴师傅" in gate.card.toPlainText()
    assert ID2 not in gate.card.toPlainText()
