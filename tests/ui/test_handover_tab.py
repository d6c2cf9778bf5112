"""交接班 tab and dialogs, driven with qtbot: the draft saved as typed, 交班, 接班 with a wrong and a
right password, the login hook, the supervisor's list, corrections and the settings dialog."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QApplication

from frontdesk.services.clock import LOCAL_TZ, FixedClock
from frontdesk.services.container import Services
from frontdesk.services.contracts import HandoverItem
from frontdesk.services.handover import HandoverNotes, MessageInput
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.ui.common.bus import EventBus
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.handover.list_model import HandoverListModel
from frontdesk.ui.handover.settings import HandoverSettingsDialog
from frontdesk.ui.handover.tab import HandoverTab
from frontdesk.ui.shell.main_window import MainWindow
from tests.conftest import make_user
from tests.support.handover import FakeSource
from tests.support.keyboard import type_into

pytestmark = pytest.mark.usefixtures("cheap_hashing")

COUNTER = "前台一号机"
END_OF_EARLY = datetime(2026, 11, 27, 15, 50, tzinfo=LOCAL_TZ)


@pytest.fixture
def source() -> FakeSource:
    due = datetime(2026, 11, 27, 3, tzinfo=timezone.utc)
    return FakeSource(
        [
            HandoverItem("order.open", "order", 1, "WX20261127001", "3-2-1502 卫生间漏水", "已派单", due, True),
            HandoverItem("call.followup", "call", 2, "LD2", "咨询装修押金退还", "待跟进", due, False),
            HandoverItem("count.calls", "call", 0, "", "来电", extra={"count": "5"}),
        ]
    )


@pytest.fixture
def sv(services: Services, clock: FixedClock, source: FakeSource) -> Services:
    clock.set(END_OF_EARLY.astimezone(timezone.utc))
    services.handover_sources.clear()  # only the fake: the real features are in the e2e test
    services.handover_sources.append(source)
    return services


@pytest.fixture
def incoming(services: Services, supervisor: CurrentUser) -> CurrentUser:
    return make_user(services, Role.RECEPTIONIST, "zhang", "张前台")


def window(qtbot, sv: Services, user: CurrentUser, counter: str = COUNTER) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(UiContext(sv, user, EventBus(), counter=counter), None)
    qtbot.addWidget(w)
    w.show()
    return w


def shown(widget) -> bool:  # type: ignore[no-untyped-def]
    """Not hidden by the tab (the tab itself may be behind another one)."""
    return not widget.isHidden()


def tab_of(w: MainWindow) -> HandoverTab:
    tab = w.tab_for_kind("handover")
    assert isinstance(tab, HandoverTab)
    return tab


def submitted(sv: Services, user: CurrentUser, **kw: object):  # type: ignore[no-untyped-def]
    d = sv.handover.open_draft(user, COUNTER)
    return sv.handover.submit(user, d.id, HandoverNotes(**kw), expected_version=d.version)  # type: ignore[arg-type]


def test_draft_is_saved_as_typed_and_reopened_at_the_next_login(qtbot, sv: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    w = window(qtbot, sv, receptionist)
    tab = tab_of(w)
    dlg = tab.write_handover()
    assert dlg is not None and dlg.isVisible()
    assert dlg.items.item(1, 0).text() == "WX20261127001"  # row 0 is the section heading
    assert "来电 5" in dlg.counts.text()
    type_into(qtbot, dlg.keys_lent, "3-2-1502 钥匙借给工程部")
    qtbot.keyClicks(dlg.cash, "350.5")
    qtbot.waitUntil(lambda: not dlg._dirty and "已自动保存" in dlg.save_state.text(), timeout=3000)
    stored = sv.handover.get(receptionist, dlg.detail.id)
    assert stored.keys_lent == "3-2-1502 钥匙借给工程部" and stored.cash_fen == 35050
    # the window is closed without 交班 (or the app crashes): the draft is still there
    draft_id = dlg.detail.id
    w.close()
    w2 = window(qtbot, sv, receptionist)
    tab2 = tab_of(w2)
    tab2.after_login()
    reopened = tab2.draft_dialog
    assert reopened is not None and reopened.isVisible() and reopened.detail.id == draft_id
    assert reopened.keys_lent.toPlainText() == "3-2-1502 钥匙借给工程部" and reopened.cash.text() == "350.50"


def test_a_bad_amount_is_shown_next_to_its_field_and_the_rest_is_saved(qtbot, sv: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    tab = tab_of(window(qtbot, sv, receptionist))
    dlg = tab.write_handover()
    assert dlg is not None
    qtbot.keyClicks(dlg.cash, "35o")
    type_into(qtbot, dlg.watch_notes, "6 栋电梯维保")
    dlg.save_now()
    assert dlg.field_error("cash") == "金额格式不正确，例如 350 或 350.50"
    assert dlg.cash.text() == "35o"  # what was typed stays
    assert sv.handover.get(receptionist, dlg.detail.id).watch_notes == "6 栋电梯维保"
    qtbot.mouseClick(dlg.submit_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and sv.handover.get(receptionist, dlg.detail.id).state == "draft"


def test_a_draft_saved_elsewhere_shows_theirs_beside_mine(qtbot, sv: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.common.conflict import Choice

    dlg = tab_of(window(qtbot, sv, receptionist)).write_handover()
    assert dlg is not None
    asked: list = []
    for answer in (Choice.KEEP_THEIRS, Choice.APPLY_MINE):
        d = sv.handover.get(receptionist, dlg.detail.id)  # another window saves the same draft
        theirs = sv.handover.save_draft(
            receptionist, d.id, HandoverNotes(watch_notes=f"别处写的 {answer.value}"), expected_version=d.version
        ).detail
        dlg.conflict_answer = lambda diffs, answer=answer: asked.append(diffs) or answer
        dlg.watch_notes.setPlainText("这里写的")
        assert dlg.save_now() is (answer is Choice.APPLY_MINE), (answer, asked)
        assert [(x.mine, x.theirs) for x in asked[-1] if x.differs] == [("这里写的", f"别处写的 {answer.value}")]
        stored = sv.handover.get(receptionist, d.id)
        if answer is Choice.KEEP_THEIRS:  # their draft shown, nothing of mine saved
            assert stored.watch_notes == "别处写的 theirs" and stored.version == theirs.version
            assert dlg.watch_notes.toPlainText() == "别处写的 theirs" and "您的修改未保存" in dlg.banner.text()
        else:  # mine saved on top of theirs, the version advanced
            assert stored.watch_notes == "这里写的" and stored.version == theirs.version + 1
            assert dlg.detail.version == stored.version and not dlg._dirty


def test_a_record_changed_before_the_ack_shows_theirs_beside_what_was_read(
    qtbot, sv: Services, receptionist: CurrentUser, incoming: CurrentUser
) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.common.conflict import Choice
    from frontdesk.ui.handover.ack import HandoverAckDialog

    d = submitted(sv, receptionist, watch_notes="原来的记事")
    ack = HandoverAckDialog(UiContext(sv, receptionist, EventBus(), counter=COUNTER), d)
    qtbot.addWidget(ack)
    asked: list = []
    for answer in (Choice.KEEP_THEIRS, Choice.APPLY_MINE):
        # the outgoing person takes it back, changes it and hands over again meanwhile
        now = sv.handover.get(receptionist, d.id)
        back = sv.handover.withdraw(receptionist, d.id, expected_version=now.version)
        again = sv.handover.submit(
            receptionist, d.id, HandoverNotes(watch_notes=f"改过的 {answer.value}"), expected_version=back.version
        )
        ack.conflict_answer = lambda diffs, answer=answer: asked.append(diffs) or answer
        ack.username.setText("zhang")
        ack.password.setText("secret-zhang")
        ack.on_ack_clicked()
        assert [(x.label, x.theirs) for x in asked[-1] if x.differs] == [("注意事项", f"改过的 {answer.value}")]
        stored = sv.handover.get(receptionist, d.id)
        if answer is Choice.KEEP_THEIRS:  # theirs shown to read again, not acknowledged
            assert stored.state == "submitted" and stored.version == again.version
            assert "改过的 theirs" in ack.browser.toPlainText() and "最新内容" in ack.error.text()
        else:  # confirmed on top of their version
            assert stored.state == "acknowledged" and stored.version > again.version
            assert stored.watch_notes == "改过的 mine" and not ack.isVisible()


def test_messages_and_remarks_are_typed_in_the_tables(
    qtbot, sv: Services, receptionist: CurrentUser, incoming: CurrentUser
) -> None:  # type: ignore[no-untyped-def]
    dlg = tab_of(window(qtbot, sv, receptionist)).write_handover()
    assert dlg is not None
    qtbot.mouseClick(dlg.add_message_button, Qt.MouseButton.LeftButton)
    dlg.messages.item(0, 0).setText("张前台")
    dlg.messages.item(0, 1).setText("业主 17:00 来取钥匙")
    dlg.items.item(1, 4).setText("已催工程部")
    assert dlg.save_now()
    d = sv.handover.get(receptionist, dlg.detail.id)
    assert [(m.recipient_name, m.recipient_id, m.text) for m in d.messages] == [("张前台", incoming.id, "业主 17:00 来取钥匙")]
    assert d.open_items[0].remark == "已催工程部"


def test_submit_then_the_incoming_person_signs_a_wrong_then_a_right_password(
    qtbot, sv: Services, receptionist: CurrentUser, incoming: CurrentUser
) -> None:  # type: ignore[no-untyped-def]
    tab = tab_of(window(qtbot, sv, receptionist))
    dlg = tab.write_handover()
    assert dlg is not None
    type_into(qtbot, dlg.watch_notes, "2-1-301 业主来电请转主管")
    qtbot.mouseClick(dlg.submit_button, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    ack = tab.ack_dialog
    assert ack is not None and ack.isVisible()
    assert "2-1-301 业主来电请转主管" in ack.browser.toPlainText()
    assert ack.username.text() == ""  # the writer's own session: the incoming person types their name
    qtbot.keyClicks(ack.username, "zhang")
    qtbot.keyClicks(ack.password, "wrong-one")
    type_into(qtbot, ack.note, "现金已点清")
    qtbot.mouseClick(ack.ack_button, Qt.MouseButton.LeftButton)
    assert ack.isVisible() and "密码不正确" in ack.error.text()
    assert ack.username.text() == "zhang" and ack.note.text() == "现金已点清" and ack.password.text() == ""
    assert sv.handover.get(receptionist, ack.detail.id).state == "submitted"
    # the writer cannot sign for the incoming person
    ack.username.setText("li")
    qtbot.keyClicks(ack.password, "secret-li")
    qtbot.mouseClick(ack.ack_button, Qt.MouseButton.LeftButton)
    assert ack.isVisible() and "交班人不能为自己" in ack.error.text()
    ack.username.setText("zhang")
    ack.password.setText("secret-zhang")
    with qtbot.waitSignal(ack.acknowledged):
        qtbot.mouseClick(ack.ack_button, Qt.MouseButton.LeftButton)
    d = sv.handover.get(receptionist, ack.detail.id)
    assert d.state == "acknowledged" and d.ack_by_name == "张前台" and d.ack_note == "现金已点清"
    qtbot.waitUntil(lambda: tab.current is not None and tab.current.state == "acknowledged", timeout=2000)
    assert shown(tab.correct_button) and not shown(tab.ack_button)


def test_at_login_the_waiting_handover_is_shown_first(
    qtbot, sv: Services, receptionist: CurrentUser, incoming: CurrentUser
) -> None:  # type: ignore[no-untyped-def]
    s = submitted(sv, receptionist, keys_lent="3-2-1502 钥匙借给工程部")
    mine = sv.handover.open_draft(incoming, COUNTER)  # the incoming person's own old draft
    w = window(qtbot, sv, incoming)
    tab = tab_of(w)
    tab.after_login()
    assert w.tabs.currentWidget() is tab
    ack = tab.ack_dialog
    assert ack is not None and ack.isVisible() and ack.detail.id == s.id
    assert ack.username.text() == "zhang" and ack.focusWidget() is ack.password
    assert shown(tab.pending_box) and "李前台" in tab.pending.text()
    qtbot.mouseClick(ack.later_button, Qt.MouseButton.LeftButton)  # 稍后确认: then the own draft
    assert tab.draft_dialog is not None and tab.draft_dialog.detail.id == mine.id
    # on another counter nothing waits
    other = tab_of(window(qtbot, sv, incoming, counter="前台二号机"))
    other.after_login()
    assert other.ack_dialog is None


def test_supervisor_list_filters_and_never_acknowledged(
    qtbot, sv: Services, clock: FixedClock, receptionist: CurrentUser, incoming: CurrentUser, supervisor: CurrentUser
) -> None:  # type: ignore[no-untyped-def]
    a = submitted(sv, receptionist, watch_notes="对讲机故障")
    sv.handover.acknowledge(None, a.id, username="zhang", password="secret-zhang", expected_version=a.version)
    clock.advance(days=1)
    b = submitted(sv, incoming, watch_notes="钥匙柜锁坏")
    clock.advance(hours=3)
    w = window(qtbot, sv, supervisor, counter="主管办公室")
    tab = tab_of(w)
    assert shown(tab.counter_filter)
    assert tab.model.rowCount() == 2
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("overdue"))
    tab.reload_list()
    assert tab.model.rowCount() == 1 and tab.model.row_at(0).id == b.id
    assert "超时" in tab.model.index(0, 6).data()
    tab.on_clear_clicked()
    type_into(qtbot, tab.text, "对讲机")
    qtbot.keyClick(tab.text, Qt.Key.Key_Return)
    assert [tab.model.row_at(i).id for i in range(tab.model.rowCount())] == [a.id]
    tab.on_clear_clicked()
    type_into(qtbot, tab.person, "张前台")
    qtbot.keyClick(tab.person, Qt.Key.Key_Return)
    assert {tab.model.row_at(i).id for i in range(tab.model.rowCount())} == {a.id, b.id}
    tab.on_clear_clicked()
    tab.date_from.setDate(tab.date_from.date().fromString("2026-11-28", "yyyy-MM-dd"))
    assert [tab.model.row_at(i).id for i in range(tab.model.rowCount())] == [b.id]
    qtbot.waitUntil(lambda: "交接班超时未接班 1" in w.counts_label.text())  # counted in the worker pool


def test_a_receptionist_does_not_get_the_counter_filter(qtbot, sv: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    tab = tab_of(window(qtbot, sv, receptionist))
    assert not shown(tab.counter_filter) and tab.query().counter == COUNTER


def test_correction_from_the_tab(qtbot, sv: Services, receptionist: CurrentUser, incoming: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    a = submitted(sv, receptionist, cash="350")
    a = sv.handover.acknowledge(None, a.id, username="zhang", password="secret-zhang", expected_version=a.version)
    tab = tab_of(window(qtbot, sv, receptionist))
    tab.open_record("handover", a.id)
    assert tab.current is not None and tab.current.id == a.id and shown(tab.correct_button)
    assert not shown(tab.edit_button) and not shown(tab.withdraw_button)
    qtbot.mouseClick(tab.correct_button, Qt.MouseButton.LeftButton)
    dlg = tab.correction_dialog
    assert dlg is not None
    dlg.accept()  # no reason given
    assert "必填" in dlg.errors.message("correction_reason") and dlg.isVisible()
    type_into(qtbot, dlg.reason, "现金少写 50 元")
    dlg.accept()
    draft = tab.draft_dialog
    assert draft is not None and draft.detail.corrects_id == a.id
    assert "更正" in draft.banner.text() and not draft.refresh_button.isEnabled()


def test_withdraw_from_the_tab_reopens_the_draft(qtbot, sv: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    s = submitted(sv, receptionist)
    tab = tab_of(window(qtbot, sv, receptionist))
    tab.open_record("handover", s.id)
    assert shown(tab.withdraw_button)
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    assert tab.draft_dialog is not None and tab.draft_dialog.detail.state == "draft"


def test_discarding_a_draft(qtbot, sv: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    tab = tab_of(window(qtbot, sv, receptionist))
    dlg = tab.write_handover()
    assert dlg is not None and dlg.discard_button.isVisible()
    assert dlg.discard()
    assert sv.handover.counter_status(receptionist, COUNTER).own_draft_id is None


def test_the_list_model(
    qtmodeltester, qtbot, sv: Services, clock: FixedClock, receptionist: CurrentUser, supervisor: CurrentUser
) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        submitted(sv, receptionist)
        clock.advance(hours=8)
    model = HandoverListModel(lambda cursor, limit: sv.handover.page(supervisor, None, cursor, limit), page_size=2)
    model.reload()
    root = QModelIndex()
    assert model.rowCount() == 2 and model.canFetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == 3 and not model.canFetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == 3
    model.reload()
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["编号", "班次", "柜台", "交班人", "接班人", "接班时间", "状态", "事项", "更正"]
    assert model.index(0, 1).data() == "11-28 晚班" and model.index(0, 6).data().startswith("待接班")


def test_global_search_opens_the_handover(qtbot, sv: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    s = submitted(sv, receptionist, watch_notes="对讲机故障")
    w = window(qtbot, sv, receptionist)
    hits = [h for h in sv.search(receptionist, "对讲机") if h.kind == "handover"]
    assert [h.id for h in hits] == [s.id]
    w.open_record("handover", s.id)
    assert w.tabs.currentWidget() is tab_of(w) and tab_of(w).current.id == s.id  # type: ignore[union-attr]


def test_settings_dialog(qtbot, sv: Services, supervisor: CurrentUser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ini = QSettings(str(tmp_path / "fd.ini"), QSettings.Format.IniFormat)
    ctx = UiContext(sv, supervisor, EventBus(), counter="旧名字")
    dlg = HandoverSettingsDialog(ctx, ini)
    qtbot.addWidget(dlg)
    assert dlg.shifts.rowCount() == 3
    dlg.shifts.item(0, 1).setText("8点")
    dlg.on_save_clicked()
    assert "时间“8点”不正确" in dlg.errors.message("shifts")
    dlg.shifts.item(0, 1).setText("07:30")
    dlg.shifts.item(2, 2).setText("07:30")
    dlg.counter.setText("一号前台")
    dlg.grace.setValue(30)
    dlg.on_save_clicked()
    assert dlg.result() == dlg.DialogCode.Accepted
    assert [(s.name, s.start, s.end) for s in sv.handover.shifts()][0] == ("早班", "07:30", "16:00")
    assert sv.handover.timing() == (30, 120)
    assert ctx.counter == "一号前台" and ini.value("counter/name") == "一号前台"


def test_settings_action_only_for_those_who_may(qtbot, sv: Services, receptionist: CurrentUser, supervisor: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    def names(w: MainWindow) -> list[str]:
        return [a.objectName() for a in w.admin_menu.actions()]

    assert "handover_settings_action" in names(window(qtbot, sv, supervisor))
    assert "handover_settings_action" not in names(window(qtbot, sv, receptionist))


def test_the_tab_is_hidden_from_a_gate_guard(sv: Services, supervisor: CurrentUser, receptionist: CurrentUser) -> None:
    make_user(sv, Role.GUARD, "menwei", "门卫老周")
    guard = sv.staff.login("menwei", "secret-menwei")
    assert not HandoverTab.visible_for(guard) and HandoverTab.visible_for(receptionist)


def test_the_main_window_saves_an_open_draft_on_close(qtbot, sv: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    w = window(qtbot, sv, receptionist)
    dlg = tab_of(w).write_handover()
    assert dlg is not None
    type_into(qtbot, dlg.receipts, "收据 3 张")
    assert dlg._dirty
    w.close()
    QApplication.processEvents()
    assert sv.handover.get(receptionist, dlg.detail.id).receipts == "收据 3 张"


def test_messages_for_me_are_shown(qtbot, sv: Services, receptionist: CurrentUser, incoming: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    submitted(sv, receptionist, messages=[MessageInput("张前台", "3-2-1502 业主下午来取钥匙")])
    tab = tab_of(window(qtbot, sv, incoming))
    assert shown(tab.for_me) and "3-2-1502 业主下午来取钥匙" in tab.for_me.text()
    assert not shown(tab_of(window(qtbot, sv, receptionist)).for_me)


def test_shift_choice_recompiles(qtbot, sv: Services, source: FakeSource, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    dlg = tab_of(window(qtbot, sv, receptionist)).write_handover()
    assert dlg is not None and dlg.shift.currentText().startswith("2026-11-27 早班")
    dlg.shift.setCurrentIndex(1)
    dlg.on_shift_activated(1)
    assert dlg.detail.shift.name == "晚班"
    assert source.calls[-1][1] == datetime(2026, 11, 27, 0, tzinfo=LOCAL_TZ)


def test_closing_with_unsaved_typing_warns_once(qtbot, sv: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    w = window(qtbot, sv, receptionist)
    dlg = tab_of(w).write_handover()
    assert dlg is not None
    qtbot.keyClicks(dlg.cash, "35o")
    w.close()  # quitting the app: the draft says what is not saved, and nothing closes
    assert w.isVisible() and dlg.isVisible()
    assert "尚未保存" in dlg.banner.text() and dlg.cash.text() == "35o"
    dlg.cash.selectAll()
    qtbot.keyClicks(dlg.cash, "35")
    dlg.close()
    assert not dlg.isVisible()
    assert sv.handover.get(receptionist, dlg.detail.id).cash_fen == 3500
    # asked twice, it lets go
    dlg2 = tab_of(w).write_handover()
    assert dlg2 is not None
    qtbot.keyClicks(dlg2.cash, "x")
    dlg2.close()
    assert dlg2.isVisible()
    dlg2.close()
    assert not dlg2.isVisible()


def test_print_from_the_tab_and_from_the_ack_dialog(qtbot, sv: Services, receptionist: CurrentUser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.support.printing import pdf_text

    s = submitted(sv, receptionist, keys_lent="3-2-1502 钥匙借给工程部")
    tab = tab_of(window(qtbot, sv, receptionist))
    tab.open_record("handover", s.id)
    assert shown(tab.print_button)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    dlg = tab.print_dialog
    assert dlg is not None
    qtbot.waitUntil(lambda: dlg.ready, timeout=10_000)
    text = "".join(pdf_text(dlg.pdf_bytes or b"").split())
    assert s.number in text and "3-2-1502钥匙借给工程部" in text and "WX20261127001" in text
    assert dlg.save_to(tmp_path / "sheet")
    assert [r.action for r in sv.audit._history("handover", s.id)][-1] == "print"
    dlg.close()
    ack = tab.open_ack(s)
    qtbot.mouseClick(ack.print_button, Qt.MouseButton.LeftButton)
    assert ack.print_dialog is not None
    qtbot.waitUntil(lambda: ack.print_dialog.ready, timeout=10_000)
    ack.print_dialog.close()
    # a draft is not printed
    d = sv.handover.open_draft(receptionist, COUNTER)
    tab.refresh()
    tab.open_record("handover", d.id)
    assert tab.current is not None and tab.current.id == d.id and not shown(tab.print_button)


def test_the_notes_are_reached_with_tab(qtbot, sv: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    dlg = tab_of(window(qtbot, sv, receptionist)).write_handover()
    assert dlg is not None and dlg.focusWidget() is dlg.keys_lent
    type_into(qtbot, dlg.keys_lent, "钥匙")
    qtbot.keyClick(dlg.keys_lent, Qt.Key.Key_Tab)
    assert dlg.keys_lent.toPlainText() == "钥匙"  # Tab moved on, it was not typed
    assert dlg.focusWidget() is dlg.cash


def test_typing_a_message_after_choosing_a_colleague_loses_nothing_to_the_autosave(
    qtbot, sv: Services, receptionist: CurrentUser, incoming: CurrentUser
) -> None:  # type: ignore[no-untyped-def]
    """QA: 刘芳：3-2-1402… was saved as -2-1402…: the autosave of the chosen colleague found the
    message still empty, and its error took the focus out of the cell being typed in."""
    from tests.support.keyboard import focus, press

    w = window(qtbot, sv, receptionist)
    dlg = tab_of(w).write_handover()
    assert dlg is not None
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    dlg.on_add_message_clicked()  # 添加留言: the 致 cell opens for typing
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dlg.messages.isAncestorOf(QApplication.focusWidget()))
    type_into(qtbot, focus(), "张前台")
    press(qtbot, Qt.Key.Key_Tab)  # to 留言内容, which opens as the first key is typed
    type_into(qtbot, focus(), "abc")
    qtbot.wait(1200)  # the autosave runs in the middle of the message
    type_into(qtbot, focus(), "测试留言")
    press(qtbot, Qt.Key.Key_Tab)
    assert dlg.save_now()
    d = sv.handover.get(receptionist, dlg.detail.id)
    assert [(m.recipient_name, m.text) for m in d.messages] == [("张前台", "abc测试留言")]
