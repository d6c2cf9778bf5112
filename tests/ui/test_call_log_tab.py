"""The 来电来访 tab, driven with the keyboard where a receptionist would use it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from frontdesk.services.call_log import CALL, CallFilter, CallInput
from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.ui.call_log.model import DUE_TODAY_BG, OVERDUE_BG, CallLogModel
from frontdesk.ui.call_log.tab import CallLogTab
from frontdesk.ui.common.bus import EventBus
from frontdesk.ui.common.context import UiContext
from tests.support.call_log import OWNER_PHONE, TENANT_PHONE, Estate, call_log_estate, quick_receptionist, quick_user  # noqa: F401  (fixtures)
from tests.support.keyboard import focus, press, type_into

TODAY = date(2026, 11, 27)


@pytest.fixture
def tab(qtbot, services: Services, receptionist: CurrentUser, estate: Estate) -> CallLogTab:  # type: ignore[no-untyped-def]
    widget = CallLogTab(UiContext(services, receptionist, EventBus()))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.form.room.setFocus()
    return widget


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the focused widget: ASCII as key presses, Chinese as the input method commits it."""
    type_into(qtbot, focus(), text)


def test_keyboard_entry_in_one_pass(qtbot, tab: CallLogTab, services: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    form = tab.form
    assert focus() is form.room
    type_text(qtbot, "3栋2单元1502")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is form.phone
    type_text(qtbot, OWNER_PHONE)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "张伟")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is form.kind
    press(qtbot, Qt.Key.Key_2)  # 报修, and on to the content
    assert form.kind.value() == "repair" and focus() is form.content
    type_text(qtbot, "卫生间漏水")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a new line, not a save
    type_text(qtbot, "楼下天花板有水渍")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "已通知工程部")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is form.outcome
    press(qtbot, Qt.Key.Key_2)  # 待跟进 → the due date
    assert focus() is form.due and form.due.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    rows = services.call_log.list_entries(receptionist).rows
    assert len(rows) == 1
    r = rows[0]
    assert (r.kind, r.room_code, r.person, r.content, r.handling, r.outcome, r.due_date) == (
        "repair",
        "3-2-1502",
        "张伟",
        "卫生间漏水\n楼下天花板有水渍",
        "已通知工程部",
        "follow_up",
        TODAY + timedelta(days=1),
    )
    assert r.at == services.clock.now()
    # ready for the next call: empty, focus in the room, the channel kept, the list updated
    assert focus() is form.room and form.is_blank() and form.kind.value() == "inquiry"
    assert form.channel.value() == "phone" and form.outcome.value() == "closed"
    assert "已登记" in form.banner.text()
    assert tab.model.rowCount() == 1


def test_channel_and_kind_are_one_key_each(qtbot, tab: CallLogTab) -> None:  # type: ignore[no-untyped-def]
    form = tab.form
    form.channel.setFocus()
    press(qtbot, Qt.Key.Key_2)
    assert form.channel.value() == "visit" and focus() is form.at
    form.kind.setFocus()
    press(qtbot, Qt.Key.Key_6)
    assert form.kind.value() == "praise" and focus() is form.content
    form.kind.setFocus()
    press(qtbot, Qt.Key.Key_9)  # no such choice: nothing happens
    assert form.kind.value() == "praise" and focus() is form.kind
    press(qtbot, Qt.Key.Key_Left)
    assert form.kind.value() == "suggestion"


def test_unknown_room_keeps_everything_typed(
    qtbot,
    tab: CallLogTab,
    services: Services,  # type: ignore[no-untyped-def]
    receptionist: CurrentUser,
) -> None:
    form = tab.form
    type_text(qtbot, "99-9-999")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "1381234")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "王女士")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_1)
    type_text(qtbot, "咨询快递柜位置")
    press(qtbot, Qt.Key.Key_Return)
    assert form.errors.message("room") == "找不到房号“99-9-999”，请核对楼栋-单元-房号"
    assert "电话号码格式不正确" in form.errors.message("phone")
    assert focus() is form.room
    assert (form.room.text(), form.phone.text(), form.person.text(), form.content.toPlainText()) == (
        "99-9-999",
        "1381234",
        "王女士",
        "咨询快递柜位置",
    )
    assert services.call_log.list_entries(receptionist).rows == []
    form.room.clear()
    form.phone.clear()
    press(qtbot, Qt.Key.Key_Return)
    assert services.call_log.list_entries(receptionist).rows[0].content == "咨询快递柜位置"
    assert form.errors.message("room") == ""


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("content", "漏" * 10_000, "最多 2000 个字（现在 10000 个字）"),
        ("content", "漏水\x1b请处理", "控制字符"),
        ("person", "王😀", "不能包含表情符号"),
        ("phone", "138-1234-567", "电话号码格式不正确"),
    ],
)
def test_bad_input_is_shown_next_to_the_field(
    qtbot,
    tab: CallLogTab,
    services: Services,  # type: ignore[no-untyped-def]
    receptionist: CurrentUser,
    field: str,
    value: str,
    message: str,
) -> None:
    form = tab.form
    form.content.setPlainText("咨询物业费")
    widget = getattr(form, field)
    if field == "content":
        widget.setPlainText(value)
    else:
        widget.setText(value)
    form.save()
    assert message in form.errors.message(field)
    assert (widget.toPlainText() if field == "content" else widget.text()) == value
    assert services.call_log.list_entries(receptionist).rows == []


def test_esc_clears_and_the_text_can_come_back(qtbot, tab: CallLogTab) -> None:  # type: ignore[no-untyped-def]
    form = tab.form
    type_text(qtbot, "3-2-1502")
    form.content.setFocus()
    type_text(qtbot, "半句话")
    press(qtbot, Qt.Key.Key_Escape)
    assert form.is_blank() and focus() is form.room and form.restore_button.isVisible()
    qtbot.keyClick(focus(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert form.room.text() == "3-2-1502" and form.content.toPlainText() == "半句话"


def test_time_is_taken_when_the_call_starts(
    qtbot,
    tab: CallLogTab,
    services: Services,
    clock,  # type: ignore[no-untyped-def]
    receptionist: CurrentUser,
) -> None:
    started = clock.now()
    type_text(qtbot, "3-2-1502")
    clock.advance(minutes=3)  # the caller talks for three minutes
    tab.form.content.setPlainText("咨询停车")
    tab.form.save()
    assert services.call_log.list_entries(receptionist).rows[0].at == started


def test_caller_lookup_and_f4(qtbot, tab: CallLogTab, services: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    services.call_log.create(receptionist, CallInput(room="3-2-1501", content="空调滴水", outcome="follow_up", due_date=TODAY))
    form = tab.form
    form.phone.setFocus()
    type_text(qtbot, TENANT_PHONE)
    qtbot.waitUntil(lambda: "刘洋" in tab.caller.text())
    text = tab.caller.text()
    assert "3-2-1501" in text and "租户" in text and "空调滴水" in text and "今日到期" in text
    press(qtbot, Qt.Key.Key_F4)
    assert form.room.text() == "3-2-1501" and form.person.text() == "刘洋" and focus() is form.kind
    form.phone.clear()
    form.room.setText("3-2-1502")
    qtbot.waitUntil(lambda: "张伟" in tab.caller.text())
    assert "138****5678" in tab.caller.text() and OWNER_PHONE not in tab.caller.text()
    form.room.setText("77-7-777")
    qtbot.waitUntil(lambda: "找不到房号" in tab.caller.text())


def test_list_filters_search_and_highlights(
    qtbot,
    tab: CallLogTab,
    services: Services,
    clock,  # type: ignore[no-untyped-def]
    receptionist: CurrentUser,
) -> None:
    svc = services.call_log
    clock.advance(days=-3)
    over = svc.create(
        receptionist,
        CallInput(kind="repair", content="卫生间漏水", outcome="follow_up", due_date=TODAY - timedelta(days=1)),
    )
    clock.advance(days=3)
    due = svc.create(receptionist, CallInput(kind="complaint", content="噪音扰民", outcome="follow_up", due_date=TODAY))
    plain = svc.create(receptionist, CallInput(channel="visit", content="咨询停车月卡"))
    tab.ctx.bus.publish(frozenset({CALL}))  # as a save at another view would
    assert tab.model.rowCount() == 3
    colors = {tab.model.row_at(i).id: tab.model.data(tab.model.index(i, 0), Qt.ItemDataRole.BackgroundRole) for i in range(3)}
    assert colors[over.id].color() == OVERDUE_BG and colors[due.id].color() == DUE_TODAY_BG and colors[plain.id] is None
    assert "今日到期 1" in tab.counts.text() and "已逾期 1" in tab.counts.text()
    tab.f_text.setFocus()
    type_text(qtbot, "漏水")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.row_at(0).id == over.id
    tab.f_text.clear()
    tab.f_channel.setCurrentIndex(tab.f_channel.findData("visit"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.row_at(0).id == plain.id)
    tab.clear_filters()
    tab.on_counts_linkActivated("overdue")
    assert [tab.model.row_at(i).id for i in range(tab.model.rowCount())] == [over.id]
    tab.clear_filters()
    tab.f_room.setText("88-8-888")
    qtbot.waitUntil(lambda: tab.filter_error.isVisible())
    assert "找不到房号" in tab.filter_error.text()
    assert tab.status_label("call.followup_overdue", 2) == "跟进逾期 2"


def test_edit_and_conflict(qtbot, tab: CallLogTab, services: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    row = services.call_log.create(receptionist, CallInput(kind="repair", room="3-2-1502", content="卫生间漏水"))
    tab.reload()
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    press(qtbot, Qt.Key.Key_Return)
    form = tab.form
    assert form.editing is not None and form.editing.id == row.id and focus() is form.content
    type_text(qtbot, "，师傅已约明早")
    # meanwhile a colleague saves the same entry at another counter
    colleague = quick_user(services.db, Role.BUTLER, "zhao", "赵管家")
    services.call_log.update(
        colleague,
        row.id,
        CallInput(kind="repair", room="3-2-1502", content="卫生间漏水", handling="已派单"),
        expected_version=row.version,
    )
    press(qtbot, Qt.Key.Key_Return)
    assert form.conflict.isVisible()
    assert "赵管家" in form.conflict.message.text()
    cells = {
        form.conflict.table.item(i, 0).text(): (
            form.conflict.table.item(i, 1).text(),
            form.conflict.table.item(i, 2).text(),
        )
        for i in range(form.conflict.table.rowCount())
    }
    assert cells["内容"] == ("卫生间漏水，师傅已约明早", "卫生间漏水")  # mine | theirs
    assert cells["处理情况"] == ("", "已派单")
    assert form.content.toPlainText() == "卫生间漏水，师傅已约明早"  # still in the form
    assert services.call_log.get(receptionist, row.id).handling == "已派单"  # theirs is saved
    # take the colleague's handling into ours, then keep ours
    form.handling.setPlainText("已派单")
    qtbot.mouseClick(form.conflict.apply_button, Qt.MouseButton.LeftButton)
    saved = services.call_log.get(receptionist, row.id)
    assert (saved.content, saved.handling, saved.version) == (
        "卫生间漏水，师傅已约明早",
        "已派单",
        row.version + 2,
    )
    assert not form.conflict.isVisible() and form.editing is None


def test_conflict_take_theirs_keeps_mine_restorable(
    qtbot,
    tab: CallLogTab,
    services: Services,  # type: ignore[no-untyped-def]
    receptionist: CurrentUser,
) -> None:
    row = services.call_log.create(receptionist, CallInput(content="咨询物业费"))
    tab.open_entry(row.id)
    tab.form.content.setPlainText("咨询物业费和停车费")
    services.call_log.update(receptionist, row.id, CallInput(content="咨询物业费缴纳方式"), expected_version=row.version)
    tab.form.save()
    qtbot.mouseClick(tab.form.conflict.keep_button, Qt.MouseButton.LeftButton)
    assert tab.form.content.toPlainText() == "咨询物业费缴纳方式" and tab.form.restore_button.isVisible()
    tab.form.restore_draft()
    assert tab.form.content.toPlainText() == "咨询物业费和停车费"


def test_complete_follow_up(qtbot, tab: CallLogTab, services: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    row = services.call_log.create(receptionist, CallInput(content="阳台漏水", outcome="follow_up", due_date=TODAY))
    tab.reload()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    assert tab.follow_button.isEnabled()
    tab.complete_follow_up()
    dlg = tab.follow_dialog
    dlg.note.setPlainText("x" * 3000)
    dlg.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dlg.isVisible())
    assert "最多 2000 个字" in dlg.errors.message("note")
    dlg.note.setPlainText("已电话回复业主")
    dlg.buttons.accepted.emit()
    qtbot.waitUntil(lambda: services.call_log.get(receptionist, row.id).outcome == "followed_up")
    assert "没有待跟进" in tab.counts.text()


def test_export_runs_in_the_background(
    qtbot,
    tab: CallLogTab,
    services: Services,
    receptionist: CurrentUser,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    from openpyxl import load_workbook

    services.call_log.create(receptionist, CallInput(kind="repair", content="卫生间漏水"))
    tab.export()
    dlg = tab.export_dialog
    assert dlg.path.text().endswith("来电来访登记_20261127.xlsx")
    dlg.path.setText(str(tmp_path / "今天.xlsx"))
    dlg.on_accepted()
    qtbot.waitUntil(lambda: "已导出 1 条" in tab.export_status.text(), timeout=10_000)
    rows = list(load_workbook(tmp_path / "今天.xlsx").active.iter_rows(values_only=True))
    assert rows[1][7] == "卫生间漏水"
    tab.start_export(TODAY, TODAY, Path("/proc/no/such/dir/x.xlsx"))
    qtbot.waitUntil(lambda: "导出失败" in tab.export_status.text(), timeout=10_000)
    assert tab.export_button.isEnabled()


def test_open_record_from_global_search(qtbot, tab: CallLogTab, services: Services, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    row = services.call_log.create(receptionist, CallInput(content="咨询装修押金"))
    tab.f_text.setText("不存在的词")
    tab.apply_filters()
    tab.open_record("call", row.id)
    assert tab.form.editing is not None and tab.form.editing.id == row.id
    assert tab.f_text.text() == "" and tab.selected() is not None and tab.selected().id == row.id


def test_model_pages_and_passes_the_model_tester(
    qtbot,
    qtmodeltester,
    services: Services,
    clock,  # type: ignore[no-untyped-def]
    receptionist: CurrentUser,
) -> None:
    for i in range(7):
        services.call_log.create(receptionist, CallInput(content=f"第{i}个电话"))
        clock.advance(minutes=1)
    model = CallLogModel(services.call_log, receptionist)
    model.page_size = 3
    model.reload(CallFilter())
    assert model.rowCount() == 3 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 7 and not model.canFetchMore()
    assert [model.data(model.index(i, 6)) for i in range(3)] == ["第6个电话", "第5个电话", "第4个电话"]
    qtmodeltester.check(model)


def test_status_bar_and_global_search(qtbot, services: Services, receptionist: CurrentUser, estate: Estate, clock) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.shell.main_window import MainWindow
    from frontdesk.ui.shell.search_dialog import GlobalSearchDialog

    row = services.call_log.create(
        receptionist, CallInput(room="3-2-1502", content="卫生间漏水", outcome="follow_up", due_date=TODAY)
    )
    clock.advance(days=1)  # tomorrow it is overdue
    ctx = UiContext(services, receptionist, EventBus())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "跟进逾期 1" in window.counts_label.text())  # counted in the worker pool
    dialog = GlobalSearchDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.query.setText("漏水")
    with qtbot.waitSignal(dialog.searched):
        dialog.run_search()
    texts = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert any(t.startswith("[来电来访] 11-27 09:30  3-2-1502") and "卫生间漏水" in t for t in texts)
    window.open_record("call", row.id)
    tab = window.tabs.currentWidget()
    assert isinstance(tab, CallLogTab) and tab.form.editing is not None and tab.form.editing.id == row.id


def test_a_repair_call_not_converted_is_left_to_follow_up(
    qtbot, tab: CallLogTab, services: Services, receptionist: CurrentUser
) -> None:  # type: ignore[no-untyped-def]
    """报修 saved without 转工单 stays open (待跟进 by the default date); another kind is closed at
    the desk; an outcome the receptionist picks herself is kept whatever the kind."""
    form = tab.form
    type_text(qtbot, "3-2-1502")
    form.kind.setFocus()
    press(qtbot, Qt.Key.Key_2)  # 报修
    assert form.outcome.value() == "follow_up" and form.due.isEnabled()
    type_text(qtbot, "厨房漏水")
    press(qtbot, Qt.Key.Key_Return)
    first = services.call_log.list_entries(receptionist).rows[0]
    assert (first.kind, first.outcome, first.due_date) == ("repair", "follow_up", TODAY + timedelta(days=1))
    assert form.outcome.value() == "closed" and not form.due.isEnabled()  # the next call starts closed

    # the kind changed back: closed again
    form.kind.setFocus()
    press(qtbot, Qt.Key.Key_2)
    form.kind.setFocus()
    press(qtbot, Qt.Key.Key_1)  # 咨询
    assert form.outcome.value() == "closed" and not form.due.isEnabled()

    # she says it was handled at the desk: 当场办结 stays, even when the kind is chosen after
    form.outcome.setFocus()
    press(qtbot, Qt.Key.Key_1)  # 当场办结
    form.kind.setFocus()
    press(qtbot, Qt.Key.Key_2)  # 报修
    assert form.outcome.value() == "closed"
    type_text(qtbot, "教业主关总阀")
    press(qtbot, Qt.Key.Key_Return)
    second = services.call_log.list_entries(receptionist).rows[0]
    assert (second.kind, second.outcome) == ("repair", "closed")


def test_f4_fills_the_phone_masked_and_the_entry_keeps_it_in_full(
    qtbot, tab: CallLogTab, services: Services, receptionist: CurrentUser, estate: Estate
) -> None:  # type: ignore[no-untyped-def]
    form = tab.form
    type_text(qtbot, "3-2-1502")
    qtbot.waitUntil(lambda: "张伟" in tab.caller.text())
    press(qtbot, Qt.Key.Key_F4)
    assert (form.room.text(), form.person.text(), form.phone.text()) == ("3-2-1502", "张伟", "138****5678")
    assert "业户档案" in form.phone.toolTip() and focus() is form.kind  # on to 类别
    qtbot.waitUntil(lambda: "电话 138****5678 登记为" in tab.caller.text())  # the masked number is understood
    assert OWNER_PHONE not in tab.caller.text()
    press(qtbot, Qt.Key.Key_1)  # 咨询, on to 内容
    type_text(qtbot, "厨房漏水")
    press(qtbot, Qt.Key.Key_Return)
    row = services.call_log.list_entries(receptionist).rows[0]
    assert row.phone == "138****5678" and not form.errors.text("phone")
    boss = quick_user(services.db, Role.SUPERVISOR, "boss2", "王主管")
    assert services.call_log.get(boss, row.id).phone == OWNER_PHONE

    # a caller who gives another name: F4 fills the room only, no one else's phone
    form.phone.setFocus()
    form.person.setText("李师傅")
    form.room.setText("3-2-1502")
    tab.refresh_lookup()
    press(qtbot, Qt.Key.Key_F4)
    assert form.phone.text() == ""
    # the family member named: their phone; typed over, it is hers and no longer the registry's
    form.person.setText("王芳")
    press(qtbot, Qt.Key.Key_F4)
    assert form.phone.text() == "137****1111" and form.phone_from is not None
    form.phone.setFocus()
    form.phone.selectAll()
    type_text(qtbot, "13900002222")
    assert form.phone_from is None and form.phone.toolTip() == ""
