"""End to end: a receptionist issues a 大件物品放行条 from the keyboard and prints it; the QR code
is read off the printed page by a real QR reader and scanned at the gate on the guard's screen.

Covers: let through once; scanned again (refused: used, by whom and when); one character changed
(refused); expired (refused); void (refused); reprint (副本, same serial).
"""

from __future__ import annotations

from datetime import datetime, timezone

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtCore import Qt

from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.services.release_passes import ItemInput, PassInput
from frontdesk.services.validation import id_check_digit
from frontdesk.ui.release_passes.gate_check import GateCheckTab
from frontdesk.ui.release_passes.tab import ReleasePassTab
from tests.conftest import make_user
from tests.support.estate import add_room
from tests.support.keyboard import Keyboard, click_tab
from tests.support.printing import pdf_text, printed_pdf
from tests.support.qt import open_window

ID_17 = "44030619900307201"
CARRIER_ID = ID_17 + id_check_digit(ID_17)


pytestmark = pytest.mark.usefixtures("cheap_hashing")


def qr_codes(pdf: bytes) -> list[str]:
    page = pdfium.PdfDocument(pdf)[0]
    return [r.text for r in zxingcpp.read_barcodes(page.render(scale=2).to_pil())]


def scan(qtbot, gate: GateCheckTab, text: str) -> None:  # type: ignore[no-untyped-def]
    """What a USB barcode scanner does: types the payload, then Enter."""
    qtbot.keyClicks(gate.scan, text)
    qtbot.keyClick(gate.scan, Qt.Key.Key_Return)


def test_issue_print_scan_and_refusals(
    qtbot,
    services: Services,
    receptionist: CurrentUser,  # type: ignore[no-untyped-def]
    supervisor: CurrentUser,
    clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_room(services, "3-2-1502", "张伟", "13812345678")
    guard = make_user(services, Role.GUARD, "gate1", "陈门岗")
    counter = open_window(qtbot, services, receptionist)
    kb = Keyboard(qtbot)

    # --- the counter: issue a pass from the keyboard ----------------------------------------------
    click_tab(kb, counter.tabs, "放行条")
    tab: ReleasePassTab = counter.tabs.currentWidget()
    assert kb.focus() is tab.room
    kb.type("3栋2单元1502")
    kb.tab()
    kb.type("刘建国")
    kb.tab()
    kb.type("13900001111")
    kb.tab()
    kb.type(CARRIER_ID)
    kb.tab()
    kb.press(Qt.Key.Key_Down, label="Down: 电话确认业主")
    kb.press(Qt.Key.Key_Return, label="Enter: 确认人、时间默认，到原因")  # Tab would go to 确认人 …
    kb.press(Qt.Key.Key_Down, label="Down: 搬家")  # 搬出原因 is chosen, never guessed
    kb.press(Qt.Key.Key_Return, label="Enter: 到物品")
    kb.type("双人床")
    kb.enter()
    kb.type("纸箱")
    kb.tab()
    kb.type("12")
    kb.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier, label="Ctrl+Enter: 开具并打印")
    issued_keys = kb.interactions
    assert issued_keys <= 12, kb.log  # two items, and the reason chosen (Down, Enter): it is no longer guessed
    print(f"\ninteractions to issue a pass: {issued_keys}: {kb.log}")

    detail = tab.current_pass()
    assert detail is not None and detail.number == "FX20261127001"
    assert (detail.room_code, detail.owner_name, detail.carrier_name) == ("3-2-1502", "张伟", "刘建国")
    assert [(i.name, i.quantity) for i in detail.items] == [("双人床", 1), ("纸箱", 12)]
    qtbot.waitUntil(lambda: "今日放行条 1 张" in counter.counts_label.text())  # the status bar

    # --- print it: the PDF, and the QR code read off the rendered page ----------------------------
    pdf = printed_pdf(qtbot, tab)
    text = pdf_text(pdf)
    assert text.count("FX20261127001") == 2 and "副本" not in text
    codes = qr_codes(pdf)
    assert len(codes) == 1
    payload = codes[0]
    assert payload.startswith("FX1:FX20261127001:3-2-1502:")

    # --- the gate (another PC, the guard logged in): scan, compare, let through -----------------
    gate_window = open_window(qtbot, services, guard)
    assert [gate_window.tabs.tabText(i) for i in range(gate_window.tabs.count())] == ["门岗核验", "装修", "登记簿"]
    gate: GateCheckTab = gate_window.tabs.currentWidget()
    clock.advance(minutes=20)
    scan(qtbot, gate, payload)
    assert "可以放行" in gate.verdict.text()
    assert "双人床" in gate.card.toPlainText() and "纸箱" in gate.card.toPlainText()
    qtbot.keyClick(gate.scan, Qt.Key.Key_Return)  # the guard has looked at the goods: Enter lets them out
    assert "已放行" in gate.verdict.text() and "陈门岗" in gate.reason.text()
    assert services.release_passes.get(supervisor, detail.id).state == "used"

    # scanned again: refused, with who and when
    clock.advance(minutes=15)
    scan(qtbot, gate, payload)
    assert "不能放行：已使用" in gate.verdict.text()
    assert "陈门岗" in gate.reason.text() and "2026-11-27 09:50" in gate.reason.text()
    assert not gate.release_button.isEnabled()

    # one character changed (a forger edits the room in a copied code): refused
    forged = payload.replace("3-2-1502", "3-2-1503")
    assert forged != payload
    scan(qtbot, gate, forged)
    assert "不能放行：内容被改动" in gate.verdict.text()
    last = payload[-1]
    scan(qtbot, gate, payload[:-1] + ("A" if last != "A" else "B"))
    assert "不能放行：内容被改动" in gate.verdict.text()

    # --- void: the counter voids a second pass; the gate refuses it --------------------------------
    second = services.release_passes.issue(
        receptionist,
        PassInput(
            room="3-2-1502",
            carrier_name="马强",
            carrier_phone="13700001111",
            carrier_id_number=CARRIER_ID,
            items=[ItemInput("衣柜", 1)],
            confirm_method="signed",
        ),
    )
    tab.reload()
    tab.select_pass(second.detail.id)
    monkeypatch.setattr("frontdesk.ui.release_passes.tab.ask_text", lambda *a, **k: ("业主取消，作废", True))
    kb.click(tab.void_button, "作废")
    assert tab.current_pass().state == "void"
    scan(qtbot, gate, second.payload)
    assert "不能放行：已作废" in gate.verdict.text() and "业主取消，作废" in gate.reason.text()

    # --- reprint: 副本, the same serial and the same QR -------------------------------------------
    third = services.release_passes.issue(
        receptionist, PassInput(room="3-2-1502", carrier_is_owner=True, items=[ItemInput("钢琴", 1)])
    )
    tab.reload()
    tab.select_pass(third.detail.id)
    kb.click(tab.reprint_button, "补打")
    copy_pdf = printed_pdf(qtbot, tab)
    copy_text = pdf_text(copy_pdf)
    assert "副本" in copy_text and copy_text.count(third.detail.number) == 2
    assert qr_codes(copy_pdf) == [third.payload]

    # --- expired: the window closes at 20:00; the copy is refused after that ----------------------
    clock.set(datetime(2026, 11, 27, 12, 5, tzinfo=timezone.utc))  # 20:05 in Shanghai
    scan(qtbot, gate, qr_codes(copy_pdf)[0])
    assert "不能放行：已过期" in gate.verdict.text() and "20:00" in gate.reason.text()

    # everything above is on the audit trail
    actions = [h.action for h in services.audit.history(supervisor, "release_pass", detail.id)]
    # the two altered copies are on the real pass's history too
    assert actions == ["issue", "gate_check", "release", "gate_check", "gate_check", "gate_check"]
    assert [h.action for h in services.audit.history(supervisor, "release_pass", second.detail.id)] == [
        "issue",
        "void",
        "gate_check",
    ]
    assert [h.action for h in services.audit.history(supervisor, "release_pass", third.detail.id)] == [
        "issue",
        "reprint",
        "gate_check",
    ]
