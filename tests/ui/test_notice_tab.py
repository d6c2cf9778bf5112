"""The 整改通知 tab, with qtbot."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser
from frontdesk.ui.common.bus import EventBus
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.notices.tab import NoticeTab
from tests.support.estate import add_room
from tests.support.keyboard import type_into
from tests.support.qt import show_active

pytestmark = pytest.mark.usefixtures("cheap_hashing")


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list:  # type: ignore[type-arg]
    out: list = []  # type: ignore[type-arg]
    monkeypatch.setattr(NoticeTab, "print_notice", lambda self, p: out.append(p))
    return out


def make_tab(qtbot, services: Services, user: CurrentUser) -> NoticeTab:  # type: ignore[no-untyped-def]
    w = show_active(qtbot, NoticeTab(UiContext(services, user, EventBus())), (1200, 760))
    w.reset_form()
    return w


def test_issue_reinspect_and_follow_up(qtbot, services: Services, butler: CurrentUser, clock, printed: list) -> None:  # type: ignore[no-untyped-def]
    add_room(services, "3-2-1502", "张伟", "13812345678", status="装修中")
    tab = make_tab(qtbot, services, butler)
    assert QApplication.focusWidget() is tab.room
    qtbot.keyClicks(tab.room, "3#2-1502")
    qtbot.keyClick(tab.room, Qt.Key.Key_Tab)
    assert tab.room.text() == "3-2-1502" and tab.addressee.text() == "张伟"
    assert "无整改记录" in tab.room_info.text()
    # nothing chosen yet: every missing field is marked, nothing typed is lost
    tab.on_issue_clicked()
    assert printed == []
    assert "必填" in tab.errors.message("findings") and "条款" in tab.errors.message("clauses")
    assert tab.room.text() == "3-2-1502"
    type_into(qtbot, tab.findings, "卫生间墙面横向开槽，深度约 6 厘米")
    tab.clauses.setFocus()
    tab.clauses.setCurrentRow(1)
    qtbot.keyClick(tab.clauses, Qt.Key.Key_Space)
    assert tab.checked_clauses() == ["第八条"]
    type_into(qtbot, tab.requirement, "立即停止开槽，恢复墙面原状")
    assert tab.deadline.date() == QDate(2026, 11, 30)
    qtbot.keyClick(tab.requirement, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(printed) == 1, tab.banner.text()
    first = printed[0].detail
    assert first.number == "ZG20261127001" and [c.no for c in first.clauses] == ["第八条"]
    assert tab.current_notice().id == first.id
    assert "ZG20261127001" in tab.detail.toPlainText() and "整改记录（1 份）" in tab.detail.toPlainText()
    # receipt
    assert services.notices.record_receipt(butler, first.id, "张伟", None, expected_version=first.version)
    # deadline passes: 未整改 through the dialog
    clock.set(datetime(2026, 11, 30, 3, 0, tzinfo=timezone.utc))
    tab.view.setCurrentIndex(tab.view.findData("due"))
    assert tab.model.rowCount() == 1
    tab.select_notice(first.id)
    assert tab.reinspect_button.isEnabled() and tab.reinspect_button.text() == "复查…（Ctrl+R）"
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # 复查 by keyboard
    qtbot.waitUntil(lambda: getattr(tab, "_reinspect_dialog", None) is not None)
    dlg = tab._reinspect_dialog
    assert not dlg.rectified.isChecked() and not dlg.not_rectified.isChecked()  # the finding is chosen
    dlg.accept()
    assert dlg.isVisible() and dlg.errors.message("result") == "请选择已整改或未整改"
    dlg.not_rectified.setChecked(True)
    dlg.accept()  # no note: refused, the dialog comes back with the message
    assert dlg.isVisible() and "必填" in dlg.errors.message("reinspect_note")
    type_into(qtbot, dlg.note, "墙面未恢复")
    dlg.accept()
    assert tab.current_notice().status == "followup_needed"
    assert tab.followup_button.isEnabled() and not tab.reinspect_button.isEnabled()
    tab.on_followup_clicked()
    assert tab.room.isReadOnly() and tab.room.text() == "3-2-1502"
    assert "ZG20261127001" in tab.findings.toPlainText() and "墙面未恢复" in tab.findings.toPlainText()
    assert tab.checked_clauses() == ["第八条"] and tab.followup_banner.isVisible()
    tab.on_issue_clicked()
    second = printed[-1].detail
    assert second.round == 2 and second.previous_number == first.number
    assert printed[-1].previous_reinspect_note == "墙面未恢复"
    tab.select_notice(second.id)
    assert "第 2 次通知" in tab.detail.toPlainText() and "整改记录（2 份）" in tab.detail.toPlainText()


def test_status_words_and_receptionist_cannot_reinspect(
    qtbot,
    services: Services,
    receptionist: CurrentUser,  # type: ignore[no-untyped-def]
    printed: list,
) -> None:
    add_room(services, "3-2-1502", "张伟")
    tab = make_tab(qtbot, services, receptionist)
    assert tab.status_label("notice.reinspect_due", 2) == "整改到期待复查 2 份"
    tab.room.setText("3-2-1502")
    tab.on_room_editingFinished()
    tab.to_contractor.setChecked(True)
    assert tab.addressee.text() == ""
    tab.addressee.setText("鑫达装饰 王工")
    tab.findings.setPlainText("楼道堆放装修材料")
    tab.check_clause("第二十条")
    tab.requirement.setPlainText("当日清理")
    tab.on_issue_clicked()
    d = printed[-1].detail
    assert d.addressee_kind == "contractor"
    tab.select_notice(d.id)
    assert not tab.reinspect_button.isEnabled() and tab.print_button.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # not hers: nothing opens
    qtbot.wait(200)
    assert getattr(tab, "_reinspect_dialog", None) is None


def test_receipt_of_a_notice_changed_meanwhile_asks_theirs_or_mine(
    qtbot,
    services: Services,
    butler: CurrentUser,
    receptionist: CurrentUser,
    printed: list,  # type: ignore[no-untyped-def]
) -> None:
    from datetime import date

    from frontdesk.services.notices import NoticeInput
    from frontdesk.ui.common.conflict import Choice

    add_room(services, "3-2-1502", "张伟", "13812345678", status="装修中")
    ns = services.notices
    clauses = [c.no for c in ns.clauses()][:1]
    inp = NoticeInput(
        room="3-2-1502",
        addressee_name="张伟",
        findings="开槽过深",
        clause_nos=clauses,
        requirement="恢复原状",
        deadline=date(2026, 11, 30),
    )
    seen = ns.issue(butler, inp).detail
    tab = make_tab(qtbot, services, butler)
    tab.select_notice(seen.id)
    ns.record_receipt(receptionist, seen.id, "张伟", None, expected_version=seen.version)  # another counter
    asked: list = []  # type: ignore[type-arg]

    def keep(diffs):  # type: ignore[no-untyped-def]
        asked.append({d.label: (d.mine, d.theirs) for d in diffs})
        return Choice.KEEP_THEIRS

    tab.conflict_answer = keep
    assert not tab.record_receipt(seen, "王装修")
    assert asked[-1]["签收人"] == ("王装修", "张伟") and ns.get(butler, seen.id).received_by == "张伟"
    tab.conflict_answer = lambda _diffs: Choice.APPLY_MINE
    assert tab.record_receipt(seen, "王装修")
    assert ns.get(butler, seen.id).received_by == "王装修" and tab.current_notice().received_by == "王装修"
