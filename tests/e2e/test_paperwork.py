"""End to end, by keyboard: the counter's paperwork.

工作联系单: made from a template and sent to 工程部, printed with its reply slip, then replied to;
a second one goes unanswered past its date, and the handover lists it.
温馨提示: a 停水 notice for buildings 3–5 from its template, approved by the supervisor, published
and printed; a call logged from 3-2-1502 then shows it and is linked to it with one key (F6).
会议纪要: minutes with two actions, issued and printed; the one that falls due is in the handover
and in its owner's list.
收发文件登记: a received document registered and signed for."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser
from frontdesk.ui.call_log.tab import CallLogTab
from frontdesk.ui.common.kind_tab import ActionDialog, KindTab
from tests.support.keyboard import Keyboard, click_tab, type_text
from tests.support.orders import add_rooms
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


def test_a_water_notice_approved_printed_and_shown_at_the_call_log(
    qtbot,
    services: Services,
    receptionist: CurrentUser,
    supervisor: CurrentUser,
    clock,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    rooms = add_rooms(services, ("3-2-1502", "4-1-101", "5-1-201", "6-1-101"))
    asked = answer_yes(monkeypatch)
    window = open_window(qtbot, services, receptionist)
    kb = Keyboard(qtbot)
    click_tab(kb, window.tabs, "温馨提示")
    tab: KindTab = window.current_tab()
    form, fields = tab.form, tab.form.fields.editors

    # --- 停水 from the templates (the first one): the title, text and where posted come with it --
    kb.press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert kb.focus() is form.template
    kb.press(Qt.Key.Key_Down)
    assert fields["title"].text() == "停水通知"
    assert "暂停供水" in fields["body"].toPlainText()
    fields["body"].setFocus()
    fields["body"].moveCursor(fields["body"].textCursor().MoveOperation.End)
    kb.type("\n停水时间：12月1日 9:00 至 17:00。")
    assert not fields["scope_items"].isEnabled()  # 整个项目: no buildings to name
    fields["scope"].setCurrentIndex(fields["scope"].findData("指定楼栋"))
    assert fields["scope_items"].isEnabled()
    type_text(qtbot, fields["scope_items"], "3-9")
    fields["valid_from"].setDate(QDate(2026, 11, 27))
    fields["valid_to"].setDate(QDate(2026, 12, 1))
    kb.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # buildings 7–9 are not in the registry: said beside the field, nothing typed is lost
    assert tab.form.errors.message("scope_items") == "业户档案中没有 7、8、9 栋"
    assert tab.model.loaded_rows() == []
    fields["scope_items"].selectAll()
    type_text(qtbot, fields["scope_items"], "3-5")
    kb.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    notice = tab.records.current()
    assert notice is not None and notice.number == "TX20261127001", form.banner.text()
    assert notice.scope == "3栋、4栋、5栋" and notice.state == "draft"
    assert not tab.action_buttons["approve"].isEnabled()  # a supervisor approves

    # --- the supervisor approves it at their own counter ------------------------------------
    boss = open_window(qtbot, services, supervisor)
    click_tab(kb, boss.tabs, "温馨提示")
    boss_tab: KindTab = boss.current_tab()
    boss_tab.views.setCurrentIndex(boss_tab.views.findData("state:draft"))
    assert boss_tab.records.select(notice.id)
    kb.click(boss_tab.action_buttons["approve"])
    # approved, it leaves the supervisor's 待审核 list
    assert services.tips.row(supervisor, notice.id).state == "approved"
    assert boss_tab.model.loaded_rows() == []
    boss.close()

    # --- back at the counter: published, and the poster prints ------------------------------
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.reload()
    assert tab.records.select(notice.id)
    assert tab.records.current().state == "approved"
    kb.click(tab.action_buttons["publish"])
    assert "TX20261127001" in asked[-1]
    pdf = printed_pdf(qtbot, tab)
    text = flat(pdf_text(pdf))
    for expected in ("温馨提示", "停水通知", "暂停供水", "3栋、4栋、5栋", "2026年11月27日至2026年12月1日", "（盖章）"):
        assert expected in text, expected
    assert all(f.embedded for f in fonts(pdf))
    assert tab.records.current().state == "published"

    # --- a call from 3-2-1502: the notice shows, F6 links the call to it -----------------------
    calls = window.tab_for_kind("call")
    assert isinstance(calls, CallLogTab)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_tab(calls)
    calls.form.room.setFocus()
    kb.type("3-2-1502")
    qtbot.waitUntil(lambda: bool(calls.caller.concerns), timeout=3000)
    panel = calls.caller.text()
    assert "该房间的生效通知" in panel and "TX20261127001" in panel and "停水通知" in panel
    kb.press(Qt.Key.Key_F6)
    assert calls.form.link == ("tip", notice.id)
    assert "已关联" in calls.caller.text()
    calls.form.content.setFocus()
    kb.type("业主询问停水到几点，已告知 17:00 恢复。")
    kb.enter()
    entry = calls.model.row_at(0)
    assert entry is not None and (entry.link_kind, entry.link_id) == ("tip", notice.id)
    assert ("关联来电", "1 次") in services.tips.detail(receptionist, notice.id).lines
    # a room outside the scope hears of nothing
    calls.form.room.setFocus()
    kb.type("6-1-101")
    calls.refresh_lookup()
    assert calls.caller.concerns == [] and "停水通知" not in calls.caller.text()
    assert services.concerning(receptionist, rooms["5-1-201"], clock.now())[0].number == "TX20261127001"


def test_minutes_with_two_actions_the_due_one_in_the_handover(
    qtbot,
    services: Services,
    receptionist: CurrentUser,
    butler: CurrentUser,
    clock,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    answer_yes(monkeypatch)
    window = open_window(qtbot, services, receptionist)
    kb = Keyboard(qtbot)
    click_tab(kb, window.tabs, "会议纪要")
    tab: KindTab = window.current_tab()
    fields = tab.form.fields.editors
    assert kb.focus() is fields["meeting"]
    kb.type("客服部周例会")
    fields["held_on"].setDate(QDate(2026, 11, 27))
    people = fields["attendees"]
    for i in range(people.count()):
        if people.item(i).text() in ("李前台", "赵管家"):
            people.item(i).setCheckState(Qt.CheckState.Checked)
    type_text(qtbot, fields["decisions"], "一、3栋电梯异响由管家跟进。二、下周起双人值班。")
    table = fields["actions"]
    cells = [
        ("联系维保单位检查3栋电梯", "赵", "2026-11-28"),  # 赵 completes to 赵管家
        ("排出双人值班表", "李前台", "2026-12-04"),
    ]
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            if not window.isActiveWindow():  # the offscreen platform drops the activation when a cell editor closes
                window.activateWindow()
                qtbot.waitUntil(window.isActiveWindow)
            table.setFocus()
            table.setCurrentCell(r, c)
            kb.press(Qt.Key.Key_F2)  # edit the cell
            kb.type(text)
            if (r, c) != (1, 2):
                kb.enter()
                QApplication.processEvents()  # the view commits the cell queued
    # the last cell is still being typed in when Ctrl+S saves: it counts
    assert table.rowCount() == 3  # always one empty row to type the next action into
    kb.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    minutes = tab.records.current()
    assert minutes is not None and minutes.number == "JY20261127001", tab.form.banner.text()
    assert minutes.attendees == "李前台、赵管家" and [a.owner for a in minutes.actions] == ["赵管家", "李前台"]

    kb.click(tab.action_buttons["issue"])
    text = flat(pdf_text(printed_pdf(qtbot, tab)))
    for expected in ("会议纪要", "JY20261127001", "联系维保单位检查3栋电梯", "赵管家", "2026-11-28", "排出双人值班表"):
        assert expected in text, expected

    # the next day the first action falls due: in the handover and in the butler's list
    clock.advance(days=1)
    start = clock.now() - timedelta(hours=8)
    items = [i for i in services.handover_items(receptionist, start, clock.now()) if i.ref_kind == "minutes"]
    assert [(i.section, i.ref_number) for i in items] == [("minutes.due", "JY20261127001")]
    assert "联系维保单位检查3栋电梯" in items[0].summary and "排出双人值班表" not in items[0].summary
    own = open_window(qtbot, services, butler)
    click_tab(kb, own.tabs, "会议纪要")
    own_tab: KindTab = own.current_tab()
    own_tab.views.setCurrentIndex(own_tab.views.findData("mine"))
    assert [r.number for r in own_tab.model.loaded_rows()] == ["JY20261127001"]
    own.close()
    window.refresh_status()  # counted in the worker pool
    qtbot.waitUntil(lambda: "纪要待办到期 1" in window.counts_label.text(), timeout=5000)


def test_a_received_document_registered_and_signed_for(
    qtbot,
    services: Services,
    receptionist: CurrentUser,
    clock,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    window = open_window(qtbot, services, receptionist)
    kb = Keyboard(qtbot)
    click_tab(kb, window.tabs, "收发文件登记")
    tab: KindTab = window.current_tab()
    fields = tab.form.fields.editors
    assert fields["direction"].currentData() == "收文"
    fields["counterpart"].setFocus()
    kb.type("公司行政部")
    kb.tab()
    kb.type("关于做好冬季消防安全工作的通知")
    kb.tab()
    kb.type("粤物〔2026〕35号")
    fields["copies"].setValue(2)
    assert fields["handled_by"].currentText() == "李前台"  # whoever is at the counter
    kb.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    doc = tab.records.current()
    assert doc is not None and doc.number == "WJ20261127001", tab.form.banner.text()
    assert (doc.direction, doc.state, doc.copies) == ("收文", "registered", 2)

    # signed for: Ctrl+R asks who signed and when
    def sign(dlg: ActionDialog) -> None:
        type_text(qtbot, dlg.fields.editors["received_by"], "赵管家")
        dlg.ok.click()

    failures = in_dialog(kb, sign)
    tab.records.table.setFocus()
    kb.press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert failures == []
    signed = tab.records.current()
    assert signed.state == "signed" and signed.received_by == "赵管家"
    assert "赵管家" in tab.records.detail.toPlainText()
    assert [h.title for h in services.search(receptionist, "35号") if h.kind == "document"] == ["WJ20261127001"]
