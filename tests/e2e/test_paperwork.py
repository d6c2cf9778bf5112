"""End to end, by keyboard: the counter's paperwork.

工作联系单: made from a template and sent to 工程部, printed with its reply slip, then replied to;
a second one goes unanswered past its date, and the handover lists it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser
from frontdesk.ui.common.kind_tab import ActionDialog, KindTab
from tests.support.keyboard import Keyboard, click_tab, type_text
from tests.support.printing import fonts, pdf_text, printed_pdf
from tests.support.qt import open_window

pytestmark = pytest.mark.usefixtures("cheap_hashing")


def flat(text: str) -> str:
    return "".join(text.split())


def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def in_dialog(kb: Keyboard, fill) -> list[str]:  # type: ignore[no-untyped-def]
    """Run ``fill(dialog)`` once the action's dialog is up (it is modal)."""

    def run() -> None:
        dlg = next((w for w in QApplication.topLevelWidgets() if isinstance(w, ActionDialog) and w.isVisible()), None)
        if dlg is None:
            QTimer.singleShot(20, run)
            return
        try:
            fill(dlg)
        finally:
            if dlg.isVisible():  # refused: say why instead of hanging on the modal dialog
                failures.append(dlg.banner.text() + str({n: dlg.errors.message(n) for n in dlg.fields.editors}))
                dlg.reject()

    failures: list[str] = []
    QTimer.singleShot(0, run)
    return failures


def test_a_letter_from_template_to_reply_and_an_overdue_one_in_the_handover(
    qtbot,
    services: Services,
    receptionist: CurrentUser,
    clock,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    asked = answer_yes(monkeypatch)
    window = open_window(qtbot, services, receptionist)
    kb = Keyboard(qtbot)
    click_tab(kb, window.tabs, "工作联系单")
    tab: KindTab = window.current_tab()
    form = tab.form

    # --- from the template, by keyboard: Alt+T, down to 公共设施报修, Enter ---------------------
    kb.press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert kb.focus() is form.template
    kb.press(Qt.Key.Key_Down)
    fields = form.fields.editors
    assert fields["recipient"].currentData() == "工程部"
    assert fields["subject"].text() == "关于公共设施维修的联系单"
    fields["content"].setFocus()
    fields["content"].moveCursor(fields["content"].textCursor().MoveOperation.End)
    kb.type("3栋大堂门禁损坏，无法刷卡。")
    fields["reply_due"].setFocus()
    fields["reply_due"].setDate(QDate(2026, 11, 30))
    kb.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    first = tab.records.current()
    assert first is not None and first.number == "LX20261127001", form.banner.text()
    assert first.state == "draft"

    # --- send: the question, then the letter prints with its reply slip -----------------------------
    tab.records.table.setFocus()
    kb.click(tab.action_buttons["send"])
    assert asked and "LX20261127001" in asked[-1]
    pdf = printed_pdf(qtbot, tab)
    text = flat(pdf_text(pdf))
    for expected in ("工作联系单", "LX20261127001", "工程部", "3栋大堂门禁损坏", "2026年11月30日", "回复联", "沿虚线撕下"):
        assert expected in text, expected
    assert all(f.embedded for f in fonts(pdf))
    assert tab.records.current().state == "sent"

    # --- the reply comes back: 登记回复 asks for the text and who replied ------------------------
    def reply(dlg: ActionDialog) -> None:
        type_text(qtbot, dlg.fields.editors["reply_text"], "门禁已于当日更换读卡器，恢复正常。")
        type_text(qtbot, dlg.fields.editors["replied_by"], "王工")
        dlg.ok.click()

    failures = in_dialog(kb, reply)
    kb.click(tab.action_buttons["reply"])
    assert failures == []
    assert tab.records.current().state == "replied"
    assert "门禁已于当日更换读卡器" in tab.records.detail.toPlainText()

    # --- a second letter, sent and not answered by its date --------------------------------------
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    kb.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    fields["recipient"].setCurrentIndex(fields["recipient"].findData("开发商"))
    fields["subject"].setFocus()
    kb.type("5栋外墙渗水")
    fields["content"].setFocus()
    kb.type("5-1-201 业主反映外墙渗水，属保修范围。")
    fields["reply_due"].setDate(QDate(2026, 11, 28))
    kb.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    second = tab.records.current()
    assert second.number == "LX20261127002"
    kb.click(tab.action_buttons["send"])
    tab.preview.close()
    clock.advance(days=2)
    tab.reload()

    start = clock.now() - timedelta(hours=8)
    items = [i for i in services.handover_items(receptionist, start, clock.now()) if i.ref_kind == "letter"]
    assert [(i.section, i.ref_number) for i in items] == [("letter.overdue", "LX20261127002")]
    window.refresh_status()  # counted in the worker pool
    qtbot.waitUntil(lambda: "联系单逾期未回复 1" in window.counts_label.text(), timeout=5000)
    # the count is a link to exactly those letters
    assert "href='letter.overdue'" in window.counts_label.text()
    window.tabs.setCurrentIndex(0)
    window.counts_label.linkActivated.emit("letter.overdue")
    assert window.current_tab() is tab and tab.views.currentData() == "overdue"
    assert [r.number for r in tab.model.loaded_rows()] == ["LX20261127002"]
