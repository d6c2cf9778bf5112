"""A shift handed over at the counter, through the real start-up, login and main window:
receptionist A works the 早班 (three contacts in the call log, a repair order, a follow-up), writes
the handover — the items the app compiled are exactly the records still open — and closes the app;
B logs in at the same counter, is shown the handover first, a wrong password is refused with
nothing lost, B signs with the right one; the entry is frozen; a correction refers to it."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from frontdesk.db import Database
from frontdesk.services.call_log import CallFilter, CallInput
from frontdesk.services.clock import LOCAL_TZ, Clock
from frontdesk.services.container import build_services
from frontdesk.services.errors import InvalidTransition
from frontdesk.services.handover import HandoverNotes
from frontdesk.services.notices import NoticeInput
from frontdesk.services.permissions import Role
from frontdesk.services.release_passes import ItemInput, PassInput
from frontdesk.services.validation import id_check_digit
from frontdesk.services.work_orders import WorkOrderInput
from frontdesk.ui.call_log.tab import CallLogTab
from frontdesk.ui.handover.ack import HandoverAckDialog
from frontdesk.ui.handover.tab import HandoverTab
from frontdesk.ui.work_orders.dialogs import OrderFormDialog
from frontdesk.ui.work_orders.tab import WorkOrderTab
from tests.conftest import make_user
from tests.support.call_log import OWNER_PHONE, make_estate
from tests.support.keyboard import focus, type_into
from tests.support.login import log_in

pytestmark = pytest.mark.usefixtures("cheap_hashing")
KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
COUNTER = "前台一号机"


def at(hour: int, minute: int = 0, day: int = 27) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=LOCAL_TZ).astimezone(timezone.utc)


class WallClock:
    """The time every service in the process sees (the app builds its own Clock at login)."""

    def __init__(self, now: datetime) -> None:
        self.now = now


@pytest.fixture
def wall(monkeypatch: pytest.MonkeyPatch) -> WallClock:
    w = WallClock(at(7, 30))
    monkeypatch.setattr(Clock, "now", lambda _self: w.now)
    return w


@pytest.fixture
def counter(db_path: Path, tmp_path: Path, wall: WallClock):  # type: ignore[no-untyped-def]
    """The estate, the supervisor and two receptionists; yesterday's order still open; a call of the
    night shift (not in the 早班's count)."""
    url = f"sqlite:///{db_path.as_posix()}"
    db = Database(url)
    services = build_services(db)
    make_user(services, Role.SUPERVISOR, "boss", "王主管")
    li = make_user(services, Role.RECEPTIONIST, "li", "李前台")
    make_user(services, Role.RECEPTIONIST, "zhang", "张前台")
    make_estate(db)
    wall.now = at(18, day=26)
    old = services.work_orders.create(
        li,
        WorkOrderInput(
            room="3-2-1501", reporter="刘洋", phone="13987654321", category="门窗", description="阳台推拉门卡住", paid=True
        ),
    )
    # on hold until the owner is back: open, and its service clock stands still (no escalation overnight)
    services.work_orders.hold(li, old.id, reason="业主出差，约好回来后上门", expected_version=old.version)
    services.release_passes.issue(li, pass_input())
    wall.now = at(7, 30)
    services.call_log.create(
        li, CallInput(channel="phone", kind="inquiry", person="夜班来电", content="询问停水时间", outcome="closed")
    )
    db.dispose()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("counter/name", COUNTER)
    return url, settings, old.id


def pass_input() -> PassInput:
    id17 = "11010519491231002"
    return PassInput(
        room="3栋2单元1502",
        carrier_name="刘师傅",
        carrier_phone="13900001111",
        carrier_id_number=id17 + id_check_digit(id17),
        items=[ItemInput("沙发", 1, ""), ItemInput("纸箱", 6, "")],
        reason="搬家",
        confirm_method="phone",
        confirm_note="业主本人接听",
    )


def handover_tab(window) -> HandoverTab:  # type: ignore[no-untyped-def]
    tab = window.tab_for_kind("handover")
    assert isinstance(tab, HandoverTab)
    return tab


def test_a_shift_handed_over_and_acknowledged(qtbot, counter, wall: WallClock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, settings, old_order_id = counter

    # --- A's shift ------------------------------------------------------------------------------
    wall.now = at(8, 5)
    flow, window = log_in(qtbot, url, tmp_path, settings, "li")
    services = flow.services
    tab = handover_tab(window)
    assert tab.ack_dialog is None and tab.draft_dialog is None  # nothing waits at 08:05
    calls = window.tab_for_kind("call")
    assert isinstance(calls, CallLogTab)
    window.tabs.setCurrentWidget(calls)
    with qtbot.waitActive(window):
        window.activateWindow()
    form = calls.form
    form.room.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.room)

    # 1 — 09:12 a repair call: room, phone, caller, 报修, content, Enter
    wall.now = at(9, 12)
    type_into(qtbot, focus(), "3栋2单元1502")
    qtbot.keyClick(focus(), KEY.Key_Tab)
    type_into(qtbot, focus(), OWNER_PHONE)
    qtbot.keyClick(focus(), KEY.Key_Tab)
    type_into(qtbot, focus(), "张伟")
    qtbot.keyClick(focus(), KEY.Key_Tab)
    qtbot.keyClick(focus(), KEY.Key_2)  # 报修
    type_into(qtbot, focus(), "卫生间漏水，楼下天花板有水渍")
    qtbot.keyClick(focus(), KEY.Key_Return)
    qtbot.waitUntil(lambda: calls.model.rowCount() == 2)  # and the night call of 07:30

    # 2 — 10:40 a walk-in to follow up tomorrow
    wall.now = at(10, 40)
    qtbot.keyClick(focus(), KEY.Key_Q, ALT)
    qtbot.keyClick(focus(), KEY.Key_2)  # 来访
    qtbot.keyClick(focus(), KEY.Key_R, ALT)
    type_into(qtbot, focus(), "5-1-0301")
    qtbot.keyClick(focus(), KEY.Key_Tab)
    qtbot.keyClick(focus(), KEY.Key_Tab)
    type_into(qtbot, focus(), "陈女士")
    qtbot.keyClick(focus(), KEY.Key_Tab)
    qtbot.keyClick(focus(), KEY.Key_1)  # 咨询
    type_into(qtbot, focus(), "咨询装修押金退还")
    qtbot.keyClick(focus(), KEY.Key_Tab)
    type_into(qtbot, focus(), "答复明日财务回电")
    qtbot.keyClick(focus(), KEY.Key_Tab)
    qtbot.keyClick(focus(), KEY.Key_2)  # 待跟进
    qtbot.keyClick(focus(), KEY.Key_Return)
    qtbot.waitUntil(lambda: calls.model.rowCount() == 3)

    # 3 — 11:20 a call answered at the desk
    wall.now = at(11, 20)
    qtbot.keyClick(focus(), KEY.Key_Q, ALT)
    qtbot.keyClick(focus(), KEY.Key_1)  # 来电
    qtbot.keyClick(focus(), KEY.Key_R, ALT)
    type_into(qtbot, focus(), "3-2-1501")
    qtbot.keyClick(focus(), KEY.Key_Tab)
    qtbot.keyClick(focus(), KEY.Key_Tab)
    type_into(qtbot, focus(), "刘洋")
    qtbot.keyClick(focus(), KEY.Key_Tab)
    qtbot.keyClick(focus(), KEY.Key_1)  # 咨询
    type_into(qtbot, focus(), "停车月卡办理需要什么材料")
    qtbot.keyClick(focus(), KEY.Key_Return)
    qtbot.waitUntil(lambda: calls.model.rowCount() == 4)

    # the repair becomes an order in the work-order tab
    wall.now = at(11, 30)
    orders = window.tab_for_kind("order")
    assert isinstance(orders, WorkOrderTab)
    window.tabs.setCurrentWidget(orders)
    dlg = orders.open_new_order()
    assert isinstance(dlg, OrderFormDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    type_into(qtbot, dlg.room, "3-2-1502")
    dlg.room.editingFinished.emit()
    type_into(qtbot, dlg.phone, OWNER_PHONE)
    type_into(qtbot, dlg.description, "卫生间漏水，楼下天花板有水渍")
    dlg.category.setFocus()
    qtbot.keyClick(dlg.category, KEY.Key_Down)  # 水: chosen, nothing preselected
    dlg.paid.setFocus()
    qtbot.keyClick(dlg.paid, KEY.Key_Down)  # 有偿
    qtbot.keyClick(dlg, KEY.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    new_order = orders.detail.order
    assert new_order is not None and new_order.state == "new"

    # 14:00 a removal pass, 14:30 a rectification notice (their own tabs are tested elsewhere)
    a_user = services.staff.verify("li", "secret-li")
    wall.now = at(14)
    issued = services.release_passes.issue(a_user, pass_input())
    wall.now = at(14, 30)
    notice = services.notices.issue(
        a_user,
        NoticeInput(
            room="3-2-1502",
            addressee_kind="owner",
            addressee_name="张伟",
            findings="拆除厨房与阳台之间的墙体",
            clause_nos=["第八条"],
            requirement="恢复墙体原状",
            deadline=date(2026, 11, 30),
        ),
    )

    # --- 15:50: A writes the handover -------------------------------------------------------------
    wall.now = at(15, 50)
    window.tabs.setCurrentWidget(tab)
    with qtbot.waitActive(window):
        window.activateWindow()
    tab.table.setFocus()
    qtbot.keyClick(focus(), KEY.Key_J, CTRL)  # 写交接班
    draft = tab.draft_dialog
    assert draft is not None and draft.isVisible()
    d = draft.detail
    assert d.shift.name == "早班" and (d.shift.start, d.shift.end) == (at(8), at(16))
    # exactly the records still open, each once
    follow_ups = services.call_log.list_entries(
        services.staff.verify("li", "secret-li"), CallFilter(outcome="follow_up"), limit=50
    )
    # the walk-in, and the 09:12 repair call: not turned into an order itself (the order was opened
    # in the work-order tab), a repair call stays 待跟进
    assert len(follow_ups.rows) == 2
    compiled = {(i.section, i.ref_kind, i.ref_id) for i in d.open_items}
    assert compiled == {
        ("order.open", "order", new_order.id),
        ("order.open", "order", old_order_id),
        ("call.followup", "call", follow_ups.rows[0].id),
        ("call.followup", "call", follow_ups.rows[1].id),
        ("pass.issued", "pass", issued.detail.id),  # yesterday's pass is not the 早班's
        ("notice.reinspect", "notice", notice.detail.id),
    }
    assert len(d.open_items) == 6
    assert "来电来访：来电 2 · 来访 1 · 合计 3" in draft.counts.text()  # the night call is not the 早班's
    assert "处理结果：当场办结 1 · 待跟进 2" in draft.counts.text()
    # the notes, by keyboard: Tab moves from field to field
    qtbot.waitUntil(lambda: QApplication.activeWindow() is draft)
    assert focus() is draft.keys_lent
    type_into(qtbot, draft.keys_lent, "3-2-1502 入户门钥匙借给工程部刘师傅 14:20，未归还")
    qtbot.keyClick(draft.keys_lent, KEY.Key_Tab)
    type_into(qtbot, focus(), "350.5")
    qtbot.keyClick(focus(), KEY.Key_Tab)
    type_into(qtbot, focus(), "物业费收据 3 张（No.0012–0014）")
    qtbot.keyClick(focus(), KEY.Key_Tab)
    type_into(qtbot, focus(), "6 栋电梯维保，明早 9:00 前停梯")
    qtbot.mouseClick(draft.add_message_button, Qt.MouseButton.LeftButton)
    draft.messages.item(0, 0).setText("张前台")
    draft.messages.item(0, 1).setText("5-1-0301 陈女士明天等财务回电")
    qtbot.waitUntil(lambda: not draft._dirty, timeout=3000)  # saved as typed
    qtbot.keyClick(draft, KEY.Key_Return, CTRL)  # 交班
    assert not draft.isVisible()
    offered = tab.ack_dialog
    assert offered is not None and offered.isVisible()  # B usually stands there; today B is late
    qtbot.mouseClick(offered.later_button, Qt.MouseButton.LeftButton)
    handed = services.handover.get(services.staff.verify("li", "secret-li"), d.id)
    assert handed.state == "submitted" and handed.number == "JB20261127001"
    window.close()
    services.db.dispose()

    # --- 16:05: B logs in at the same counter -----------------------------------------------------
    wall.now = at(16, 5)
    flow2, window2 = log_in(qtbot, url, tmp_path, settings, "zhang")
    services2 = flow2.services
    tab2 = handover_tab(window2)
    qtbot.waitUntil(lambda: window2.tabs.currentWidget() is tab2)  # its login hook runs after the first paint
    ack = tab2.ack_dialog
    assert isinstance(ack, HandoverAckDialog) and ack.isVisible() and ack.detail.id == d.id
    text = ack.browser.toPlainText()
    for expected in ("李前台", "WX", "5-1-0301", "3-2-1502 入户门钥匙借给工程部刘师傅", "350.50 元", "致 张前台"):
        assert expected in text, expected
    assert ack.username.text() == "zhang" and ack.focusWidget() is ack.password
    type_into(qtbot, ack.password, "not-my-password")
    type_into(qtbot, ack.note, "现金 350.50 元已点清")
    qtbot.keyClick(ack.password, KEY.Key_Return)
    assert ack.isVisible() and "密码不正确" in ack.error.text()
    assert (ack.username.text(), ack.note.text(), ack.password.text()) == ("zhang", "现金 350.50 元已点清", "")
    b = services2.staff.verify("zhang", "secret-zhang")
    still = services2.handover.get(b, d.id)
    assert still.state == "submitted" and still.version == handed.version and still.cash_fen == 35050
    type_into(qtbot, ack.password, "secret-zhang")
    with qtbot.waitSignal(ack.acknowledged):
        qtbot.keyClick(ack.password, KEY.Key_Return)
    done = services2.handover.get(b, d.id)
    assert done.state == "acknowledged" and done.ack_by_name == "张前台" and done.ack_note == "现金 350.50 元已点清"
    assert done.acknowledged_at == at(16, 5) and done.digest_ok

    # --- frozen: no edit, no delete, not in the app and not in the database ------------------------
    qtbot.waitUntil(lambda: tab2.current is not None and tab2.current.id == d.id and tab2.current.frozen)
    assert tab2.edit_button.isHidden() and tab2.withdraw_button.isHidden()
    a = services2.staff.verify("li", "secret-li")
    for attempt in (
        lambda: services2.handover.withdraw(a, d.id, expected_version=done.version),
        lambda: services2.handover.save_draft(a, d.id, HandoverNotes(cash="300"), expected_version=done.version),
        lambda: services2.handover.discard(a, d.id, expected_version=done.version),
    ):
        with pytest.raises(InvalidTransition):
            attempt()
    con = sqlite3.connect(url.removeprefix("sqlite:///"))
    try:
        for sql in ("UPDATE handover SET cash_fen = 30000 WHERE id = ?", "DELETE FROM handover WHERE id = ?"):
            with pytest.raises(sqlite3.DatabaseError, match="frozen"):
                con.execute(sql, (d.id,))
    finally:
        con.close()

    # --- a correction refers to it -----------------------------------------------------------------
    wall.now = at(16, 20)
    assert not tab2.correct_button.isHidden()
    qtbot.mouseClick(tab2.correct_button, Qt.MouseButton.LeftButton)
    fix = tab2.correction_dialog
    assert fix is not None
    type_into(qtbot, fix.reason, "钥匙已于 15:55 归还，交班时漏改")
    fix.accept()
    corr = tab2.draft_dialog
    assert corr is not None and corr.detail.corrects_id == d.id and corr.detail.author_name == "张前台"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is corr)
    assert focus() is corr.keys_lent
    qtbot.keyClick(focus(), KEY.Key_A, CTRL)
    type_into(qtbot, focus(), "无（3-2-1502 钥匙已归还）")
    qtbot.keyClick(focus(), KEY.Key_Return, CTRL)  # 交班
    qtbot.waitUntil(lambda: not corr.isVisible())
    rows = {r.id: r for r in services2.handover.find(b, None)}
    correction = next(r for r in rows.values() if r.corrects_id == d.id)
    assert correction.corrects_number == "JB20261127001" and correction.state == "submitted"
    assert services2.handover.get(b, correction.id).keys_lent == "无（3-2-1502 钥匙已归还）"
    assert services2.handover.get(b, d.id).corrected_by == ((correction.id, correction.number),)
    assert services2.handover.get(b, d.id).keys_lent.startswith("3-2-1502 入户门钥匙")  # the original stands
    window2.close()
    services2.db.dispose()
