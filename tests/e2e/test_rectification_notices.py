"""End to end: the counter issues a 整改通知单 and prints it; the deadline passes; the butler
re-inspects (未整改), issues the second notice that refers to the first, and re-inspects again
(已整改). The status bar, the handover items and the room's history follow along."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate, Qt

from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser
from frontdesk.ui.notices.tab import NoticeTab
from tests.support.estate import add_room
from tests.support.keyboard import Keyboard, click_tab, type_into
from tests.support.printing import fonts, page_count, pdf_text, printed_pdf
from tests.support.qt import open_window

pytestmark = pytest.mark.usefixtures("cheap_hashing")


def flat(text: str) -> str:
    return "".join(text.split())


def test_notice_follow_up_to_a_second_notice(
    qtbot,
    services: Services,
    receptionist: CurrentUser,  # type: ignore[no-untyped-def]
    butler: CurrentUser,
    supervisor: CurrentUser,
    clock,
) -> None:
    add_room(services, "3-2-1502", "张伟", "13812345678", status="装修中")

    # --- the counter issues the notice from the keyboard --------------------------------------------
    counter = open_window(qtbot, services, receptionist)
    kb = Keyboard(qtbot)
    click_tab(kb, counter.tabs, "整改通知")
    tab: NoticeTab = counter.tabs.currentWidget()
    assert kb.focus() is tab.room
    kb.type("3#2-1502")
    kb.tab()
    assert tab.addressee.text() == "张伟"
    tab.findings.setFocus()
    kb.type("卫生间东侧墙面横向开槽，深约 6 厘米；厨房与阳台之间的砖墙已被拆除。")
    kb.tab()
    assert kb.focus() is tab.clauses
    tab.clauses.setCurrentRow(0)
    kb.press(Qt.Key.Key_Down)  # 第八条
    kb.press(Qt.Key.Key_Space)
    kb.press(Qt.Key.Key_Down)
    kb.press(Qt.Key.Key_Down)  # 第十条
    kb.press(Qt.Key.Key_Space)
    assert tab.checked_clauses() == ["第八条", "第十条"]
    kb.tab()
    kb.type("立即停止拆改，按原设计恢复墙体；卫生间重做防水并闭水试验。")
    assert tab.deadline.date() == QDate(2026, 11, 30)  # three days, from the settings
    kb.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    first = tab.current_notice()
    assert first is not None and first.number == "ZG20261127001", tab.banner.text()
    pdf = printed_pdf(qtbot, tab)
    assert page_count(pdf) == 2 and all(f.embedded for f in fonts(pdf))
    text = flat(pdf_text(pdf))
    for expected in (
        "整改通知单",
        "ZG20261127001",
        "3-2-1502",
        "张伟",
        "厨房与阳台之间的砖墙已被拆除",
        "《装修管理规定》第八条",
        "第十条",
        "请于2026年11月30日前整改完毕",
        "签收人",
        "第一联通知联",
        "第二联存根联",
    ):
        assert expected in text, expected
    # the owner signs the counter's copy
    services.notices.record_receipt(receptionist, first.id, "张伟", None, expected_version=first.version)

    # --- the deadline comes: due for re-inspection, on the status bar and in the handover ------------
    clock.set(datetime(2026, 11, 30, 1, 0, tzinfo=timezone.utc))  # 09:00 on the deadline day
    butler_window = open_window(qtbot, services, butler)
    qtbot.waitUntil(lambda: "整改到期待复查 1 份" in butler_window.counts_label.text())  # counted in the worker pool
    items = services.handover_items(butler, clock.now() - timedelta(hours=8), clock.now())
    assert [(i.ref_number, i.section) for i in items if i.ref_kind == "notice"] == [("ZG20261127001", "notice.reinspect")]
    click_tab(Keyboard(qtbot), butler_window.tabs, "整改通知")
    ntab: NoticeTab = butler_window.tabs.currentWidget()
    assert ntab.view.currentData() == "due" and ntab.model.rowCount() == 1
    ntab.select_notice(first.id)

    # re-inspection: 未整改
    qtbot.mouseClick(ntab.reinspect_button, Qt.MouseButton.LeftButton)
    dlg = ntab._reinspect_dialog
    qtbot.mouseClick(dlg.not_rectified, Qt.MouseButton.LeftButton)
    type_into(qtbot, dlg.note, "厨房与阳台之间墙体仍未恢复；卫生间未做闭水试验。")
    dlg.accept()
    assert ntab.current_notice().status == "followup_needed"
    qtbot.waitUntil(lambda: "未整改待再次通知 1 份" in butler_window.counts_label.text())

    # --- the second notice, referring to the first --------------------------------------------------
    qtbot.mouseClick(ntab.followup_button, Qt.MouseButton.LeftButton)
    assert ntab.followup_banner.isVisible() and "ZG20261127001" in ntab.followup_banner.text()
    assert "仍未恢复" in ntab.findings.toPlainText() and ntab.checked_clauses() == ["第八条", "第十条"]
    ntab.deadline.setDate(QDate(2026, 12, 2))
    butler_window.activateWindow()  # the re-inspection dialog has closed (a window manager does this)
    qtbot.waitUntil(butler_window.isActiveWindow)
    ntab.requirement.setFocus()
    qtbot.keyClick(ntab.requirement, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    second = ntab.current_notice()
    assert second.number == "ZG20261130001" and second.round == 2 and second.previous_number == "ZG20261127001"
    text2 = flat(pdf_text(printed_pdf(qtbot, ntab)))
    assert "第二次整改通知单" in text2 and "ZG20261127001号整改通知单" in text2 and "2026年12月2日" in text2
    assert services.notices.get(butler, first.id).followup_number == "ZG20261130001"

    # --- re-inspected again: 已整改 -------------------------------------------------------------------
    clock.set(datetime(2026, 12, 2, 2, 0, tzinfo=timezone.utc))
    ntab.reload()
    ntab.select_notice(second.id)
    qtbot.mouseClick(ntab.reinspect_button, Qt.MouseButton.LeftButton)
    dlg2 = ntab._reinspect_dialog
    assert not dlg2.rectified.isChecked() and not dlg2.not_rectified.isChecked()  # the finding is chosen
    type_into(qtbot, dlg2.note, "墙体已恢复，闭水试验合格")
    dlg2.accept()  # neither chosen: said beside the choice, the dialog back with the note kept
    assert dlg2.errors.message("result") == "请选择已整改或未整改" and dlg2.note.toPlainText() == "墙体已恢复，闭水试验合格"
    assert ntab.current_notice().status != "rectified"
    dlg2.note.clear()
    dlg2.rectified.setChecked(True)
    type_into(qtbot, dlg2.note, "墙体已恢复，闭水试验合格")
    dlg2.accept()
    assert ntab.current_notice().status == "rectified"
    ntab.view.setCurrentIndex(ntab.view.findData("open"))
    assert ntab.model.rowCount() == 0

    # the room's history reads as a chain, and every step is audited
    code, history = services.notices.room_history(butler, "3-2-1502")
    assert [(h.number, h.status) for h in history] == [
        ("ZG20261127001", "followed_up"),
        ("ZG20261130001", "rectified"),
    ]
    ntab.select_notice(second.id)
    assert "整改记录（2 份）" in ntab.detail.toPlainText()
    assert [h.action for h in services.audit.history(supervisor, "rectification_notice", first.id)] == [
        "issue",
        "receipt",
        "reinspect",
        "followup",
    ]
    assert [h.action for h in services.audit.history(supervisor, "rectification_notice", second.id)] == [
        "issue",
        "reinspect",
    ]
    counts = {c.code: c.count for c in services.status_counts(butler)}
    assert counts["notice.reinspect_due"] == 0 and counts["notice.followup_needed"] == 0
