"""One whole counter day by keyboard alone, on a 1366×768 screen, through the real start-up,
login and main window: no mouse click anywhere.

- 09:00 a repair call, turned into a work order (Ctrl+G), dispatched, started, completed and called
  back 满意 — the satisfied callback closes the order;
- 10:00 a complaint call, accepted as a complaint (Ctrl+T) and taken up to the supervisor's approval;
- 11:00 a removal pass, issued and printed;
- 14:00 a rectification notice, issued and printed;
- 15:50 the handover written (Ctrl+J from any tab), 16:05 acknowledged by the next receptionist.

Each task's interactions beyond typed text (Tab, Enter, shortcuts, arrow keys) are counted and
printed; the aims of issue 13 are asserted: a call ≤ 4, the order lifecycle ≤ 12, complaint
acceptance ≤ 10, a pass ≤ 10, the handover ≤ 8."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QKeyCombination, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from frontdesk.db import Database
from frontdesk.services.clock import LOCAL_TZ, Clock
from frontdesk.services.container import build_services
from frontdesk.services.permissions import Role
from frontdesk.services.validation import id_check_digit
from frontdesk.ui.callbacks.tab import CallbackTab
from frontdesk.ui.shell.search_dialog import GlobalSearchDialog
from frontdesk.ui.work_orders.tab import WorkOrderTab
from tests.conftest import make_user
from tests.support.call_log import OWNER_PHONE, make_estate
from tests.support.keyboard import Keyboard
from tests.support.login import log_in
from tests.support.orders import add_technicians
from tests.support.qt import wait_focus

ID_17 = "44030619900307201"
CARRIER_ID = ID_17 + id_check_digit(ID_17)
KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SCREEN = (1366, 768 - 40 - 40)  # a maximised window's client area: taskbar and title bar taken off

#: the aims of issue 13, interactions beyond typed text
AIMS = {"call": 4, "order lifecycle": 12, "complaint acceptance": 10, "pass": 10, "handover": 8}


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, 3, hour, minute, tzinfo=LOCAL_TZ).astimezone(timezone.utc)


class WallClock:
    """The time every service in the process sees (the app builds its own Clock at login)."""

    def __init__(self, now: datetime) -> None:
        self.now = now


@pytest.fixture
def wall(monkeypatch: pytest.MonkeyPatch) -> WallClock:
    w = WallClock(at(7, 55))
    monkeypatch.setattr(Clock, "now", lambda _self: w.now)
    return w


@pytest.fixture
def centre(db_path: Path, tmp_path: Path, wall: WallClock):  # type: ignore[no-untyped-def]
    """The estate, two technicians, the supervisor and two receptionists, as set up by the supervisor."""
    url = f"sqlite:///{db_path.as_posix()}"
    db = Database(url)
    services = build_services(db)
    boss = make_user(services, Role.SUPERVISOR, "boss", "王主管")
    make_user(services, Role.RECEPTIONIST, "li", "李前台")
    make_user(services, Role.RECEPTIONIST, "zhang", "张前台")
    add_technicians(services, boss, ("张师傅", "刘师傅"))
    make_estate(db)
    db.dispose()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return url, settings


def focus() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


class Day:
    """The keyboard, and the interactions counted per task."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.kb = Keyboard(qtbot)
        self.counts: dict[str, int] = {}
        self.logs: dict[str, list[str]] = {}
        self._task = ""

    def start(self, task: str) -> None:
        self._task = task
        self.kb.interactions = 0
        self.kb.log = []

    def end(self) -> int:
        self.counts[self._task] = self.kb.interactions
        self.logs[self._task] = list(self.kb.log)
        return self.kb.interactions

    def type(self, text: str) -> None:
        self.kb.type(text)

    def key(self, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, label: str = "") -> None:
        self.kb.press(key, mods, label or QKeySequence(QKeyCombination(mods, key)).toString())

    def wait_active(self, widget: QWidget) -> None:
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)

    def opened(self, dialog: Callable[[], QWidget | None]) -> QWidget:
        """The dialog a key opened, once it is the active window (a button's key clicks it a
        moment later, as the button is seen to go down)."""
        self.qtbot.waitUntil(lambda: dialog() is not None and QApplication.activeWindow() is dialog())
        shown = dialog()
        assert shown is not None
        return shown

    def closed(self, dialog: QWidget, window: QWidget) -> None:
        """The dialog has closed and its window is active again (a window manager gives the
        activation back; the offscreen platform needs to be told)."""
        self.qtbot.waitUntil(lambda: not dialog.isVisible())
        window.activateWindow()
        self.wait_active(window)

    def report(self) -> str:
        return "\n".join(f"{task}: {n} (aim ≤ {AIMS.get(task, '-')}) {self.logs[task]}" for task, n in self.counts.items())


def printer_dialog(monkeypatch: pytest.MonkeyPatch, pdf: Path, day: Day) -> None:
    """The system print dialog, where the receptionist presses Enter on the printer shown; here
    the printer is a PDF file (no printer is installed on a test machine)."""
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog

    from frontdesk.ui.common import print_preview

    class PrintDialog:
        def __init__(self, printer: QPrinter, _parent: QWidget) -> None:
            self.printer = printer

        def setWindowTitle(self, _title: str) -> None:  # noqa: N802 - Qt's name
            pass

        def exec(self) -> int:
            day.kb.interactions += 1  # Enter on its 打印 button
            day.kb.log.append("Enter 打印窗口：打印")
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(pdf))
            return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(print_preview, "QPrintDialog", PrintDialog)


def test_a_counter_day_by_keyboard(qtbot, centre, wall: WallClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    url, settings = centre
    day = Day(qtbot)
    wall.now = at(8, 0)
    flow, window = log_in(qtbot, url, tmp_path, settings, "li")
    window.resize(*SCREEN)
    services = flow.services  # the app's own, as logged in
    boss = services.staff.verify("boss", "secret-boss")  # to read what was stored, unmasked
    calls = window.current_tab()
    form = calls.form

    wait_focus(qtbot, window, form.room)  # the login dialog has gone, the cursor waits in the room box

    # --- 09:00 a repair call ---------------------------------------------------------------------
    wall.now = at(9, 0)
    day.start("call")
    day.type("3栋2单元1502")  # the room: the lookup beside the form shows 张伟, the owner
    qtbot.waitUntil(lambda: "张伟" in calls.caller.text())
    day.key(KEY.Key_F4, label="F4 填入业主")  # room, phone and name filled; on to 类别
    assert (form.room.text(), form.person.text()) == ("3栋2单元1502", "张伟")
    day.key(KEY.Key_2, label="2 报修")
    day.type("卫生间漏水，楼下天花板有水渍")
    day.key(KEY.Key_Return)
    day.end()
    call = calls.selected()
    assert call is not None and call.kind == "repair" and call.room_code == "3-2-1502"

    # --- the order's lifecycle ------------------------------------------------------------------
    day.start("order lifecycle")
    day.key(KEY.Key_G, CTRL, "Ctrl+G 转工单")
    dlg = calls.order_dialog
    day.wait_active(dlg)
    # the order form from the call: the owner's number as the role may see it, 报修类别 and 收费 guessed
    # from the call's words (marked as a guess), the cursor on 报修类别
    assert (dlg.room.text(), dlg.reporter.text(), dlg.phone.text()) == ("3-2-1502", "张伟", "138****5678")
    assert focus() is dlg.category and dlg.category.currentText() == "水"
    day.key(KEY.Key_Return, CTRL, "Ctrl+Enter 保存")
    day.closed(dlg, window)
    orders = window.current_tab()
    assert isinstance(orders, WorkOrderTab)  # the new order, in its tab
    order = orders.detail.order
    assert order is not None and order.state == "new" and (order.source_kind, order.source_id) == ("call", call.id)
    assert services.work_orders.get(boss, order.id).phone == OWNER_PHONE  # the record keeps the real number
    day.key(KEY.Key_1, CTRL, "Ctrl+1 派单")
    d = day.opened(lambda: orders.dialog)
    assert focus() is d.technician and d.department.currentText() == "工程部"
    day.key(KEY.Key_Down, label="Down 张师傅")
    assert d.technician.currentText() == "张师傅"
    day.key(KEY.Key_Return, CTRL, "Ctrl+Enter 派单")
    day.closed(d, window)
    assert orders.detail.order.state == "dispatched"
    wall.now = at(10, 0)
    day.key(KEY.Key_2, CTRL, "Ctrl+2 开始处理")
    qtbot.waitUntil(lambda: orders.detail.order.state == "in_progress")
    wall.now = at(11, 0)
    day.key(KEY.Key_3, CTRL, "Ctrl+3 完工登记")
    d = day.opened(lambda: orders.dialog)
    assert focus() is d.confirmation_group.button(0)  # 业主确认 first: the slip in her hand is signed
    day.key(KEY.Key_1, label="1 业主签字")
    assert focus() is d.work_done
    day.type("更换卫生间地漏密封圈，试水无渗漏")
    day.key(KEY.Key_Return, CTRL, "Ctrl+Enter 完工")
    day.closed(d, window)
    assert orders.detail.order.state == "completed"
    wall.now = at(11, 30)
    day.key(KEY.Key_4, CTRL, "Ctrl+4 回访")
    qtbot.waitUntil(lambda: isinstance(window.current_tab(), CallbackTab))
    callbacks = window.current_tab()
    qtbot.waitUntil(lambda: callbacks.current is not None)
    assert focus() is callbacks.sat_group.button(0)  # the owner's answer first
    day.key(KEY.Key_1, label="1 满意")
    assert focus() is callbacks.comments
    day.type("修好了，谢谢")
    day.key(KEY.Key_Return, CTRL, "Ctrl+Enter 保存回访")
    qtbot.waitUntil(lambda: "工单已关闭" in callbacks.banner.text())
    day.end()
    assert services.work_orders.get(boss, order.id).state == "closed"  # the satisfied callback closed it

    # --- 13:00 a complaint call, accepted as a complaint -----------------------------------------
    wall.now = at(13, 0)
    day.start("complaint call")
    day.key(KEY.Key_1, ALT, "Alt+1 来电来访")
    assert window.current_tab() is calls and focus() is form.room
    day.type("3-2-1502")
    qtbot.waitUntil(lambda: "张伟" in calls.caller.text())
    day.key(KEY.Key_F4, label="F4 填入业主")
    day.key(KEY.Key_3, label="3 投诉")
    day.type("楼上装修每天早上七点就开始电钻，多次反映没有人管")
    day.key(KEY.Key_Return)
    day.end()
    day.start("complaint acceptance")
    day.key(KEY.Key_T, CTRL, "Ctrl+T 转投诉")
    dlg = day.opened(lambda: calls.complaint_dialog)
    assert dlg.form.complainant.text() == "张伟" and dlg.form.phone.text() == "138****5678"
    # 投诉类别 guessed from the call's words and marked as a guess; she agrees, so saves
    assert focus() is dlg.form.category and dlg.form.category.currentText() == "噪音扰民"
    assert dlg.form.category_guess.text() == "按来电内容推测"
    day.key(KEY.Key_Return, CTRL, "Ctrl+Enter 受理")
    day.closed(dlg, window)
    day.end()
    complaints = window.current_tab()
    complaint = complaints.detail.detail
    assert complaint is not None and complaint.state.value == "judge" and complaint.category == "噪音扰民"

    # --- … and taken up to the supervisor's approval --------------------------------------------------
    day.start("complaint to approval")
    detail = complaints.detail
    judge = detail.page(2)
    assert focus() is judge.valid  # opened at the step due, the keyboard in its form
    day.key(KEY.Key_1, label="1 投诉成立")
    assert focus() is judge.note
    day.type("楼上装修，业主反映属实")
    day.key(KEY.Key_2, CTRL, "Ctrl+2 提交判断")
    qtbot.waitUntil(lambda: detail.detail.state.value == "investigate")
    investigate = detail.page(3)
    assert focus() is investigate.department
    day.key(KEY.Key_Down, label="Down 责任部门")
    day.key(KEY.Key_Tab)
    day.type("装修管理员 王工")
    day.key(KEY.Key_Tab)
    day.type("装修户未按规定时间施工（规定 8:00 后）")
    day.key(KEY.Key_3, CTRL, "Ctrl+3 提交调查结果")
    qtbot.waitUntil(lambda: detail.detail.state.value == "propose")
    propose = detail.page(4)
    assert focus() is propose.proposals[0]
    day.type("书面通知装修户 8:00 前不得施工，装修管理员每日早上巡查一周")
    day.key(KEY.Key_4, CTRL, "Ctrl+4 提交主管审批")
    qtbot.waitUntil(lambda: detail.detail.state.value == "approve")
    day.end()
    done = detail.detail
    assert (done.valid, done.responsible_person, done.proposals) == (
        True,
        "装修管理员 王工",
        ("书面通知装修户 8:00 前不得施工，装修管理员每日早上巡查一周",),
    )

    # --- 14:00 a removal pass: a mover carries the owner's bed out -------------------------------
    wall.now = at(14, 0)
    day.start("pass")
    day.key(KEY.Key_7, ALT, "Alt+7 放行条")
    passes = window.current_tab()
    assert focus() is passes.room
    day.type("3-2-1502")
    day.key(KEY.Key_Tab)
    day.type("刘建国")
    day.key(KEY.Key_Tab)
    day.type("13900001111")
    day.key(KEY.Key_Tab)
    day.type(CARRIER_ID)
    day.key(KEY.Key_Tab)
    day.key(KEY.Key_Down, label="Down 电话确认业主")
    day.key(KEY.Key_Return, label="Enter 到原因")
    day.key(KEY.Key_Down, label="Down 搬家")
    day.key(KEY.Key_Return, label="Enter 到物品")
    day.type("双人床")
    day.key(KEY.Key_Return, CTRL, "Ctrl+Enter 开具并打印")
    preview = day.opened(lambda: passes.preview)
    day.end()
    issued = passes.current_pass()
    assert issued is not None and issued.number == "FX20261203001" and issued.reason == "搬家"
    assert [(i.name, i.quantity) for i in issued.items] == [("双人床", 1)]
    day.start("pass printing")
    pdf = tmp_path / "printed-pass.pdf"
    qtbot.waitUntil(lambda: preview.ready, timeout=15_000)
    printer_dialog(monkeypatch, pdf, day)
    day.key(KEY.Key_P, CTRL, "Ctrl+P 打印")  # the first time on this PC: the print dialog asks
    qtbot.waitUntil(lambda: "已发送到打印机" in preview.print_message, timeout=20_000)
    assert pdf.stat().st_size > 10_000  # the pages went to the printer (a PDF file here)
    day.key(KEY.Key_Escape, label="Esc 关闭预览")
    day.closed(preview, window)
    day.end()

    # --- 14:10 张伟 asks about this morning's leak: global search, the words as she hears them --------
    wall.now = at(14, 10)
    day.start("search")
    found: list[str] = []

    def in_the_search_window() -> None:  # runs inside the search window's own event loop
        def shown() -> bool:
            search = QApplication.activeModalWidget()
            return isinstance(search, GlobalSearchDialog) and QApplication.focusWidget() is search.query

        qtbot.waitUntil(shown)
        search = QApplication.activeModalWidget()
        assert isinstance(search, GlobalSearchDialog)
        try:
            day.type("3栋2单元1502 漏水")
            qtbot.waitUntil(lambda: search.results.count() > 0)
            found.extend(search.results.item(i).text() for i in range(search.results.count()))
            for _ in range(next(i for i, hit in enumerate(found) if order.number in hit)):
                day.key(KEY.Key_Down, label="Down 到工单")  # the call and the order, the same minute
            day.key(KEY.Key_Return, label="Enter 打开")
        finally:
            if search.isVisible() and not found:
                search.reject()  # a failure must not leave the window waiting

    QTimer.singleShot(0, in_the_search_window)
    day.key(KEY.Key_K, CTRL, "Ctrl+K 全局搜索")
    day.end()
    assert len(found) == 2 and all("3-2-1502" in hit and "漏水" in hit for hit in found), found  # the call and its order
    window.activateWindow()  # the search window has closed (a window manager does this)
    day.wait_active(window)
    assert window.current_tab() is orders and orders.detail.order.id == order.id

    # --- 14:30 a rectification notice ------------------------------------------------------------
    wall.now = at(14, 30)
    day.start("notice")
    day.key(KEY.Key_0, ALT, "Alt+0 整改通知")
    notices = window.current_tab()
    assert focus() is notices.room
    day.type("3-2-1502")
    while focus() is not notices.findings:
        day.key(KEY.Key_Tab)
        assert len(day.kb.log) < 12, day.kb.log
    assert notices.addressee.text() == "张伟"  # the owner, from the registry
    day.type("卫生间东侧墙面横向开槽，深约 6 厘米")
    day.key(KEY.Key_Tab)
    assert focus() is notices.clauses
    day.key(KEY.Key_Down, label="Down 第八条")
    day.key(KEY.Key_Space, label="Space 勾选")
    assert notices.checked_clauses() == ["第八条"]
    day.key(KEY.Key_Tab)
    assert focus() is notices.requirement
    day.type("立即停止开槽，按原状修复墙面")
    day.key(KEY.Key_Return, CTRL, "Ctrl+Enter 开具并打印")
    preview = day.opened(lambda: notices.preview)
    day.end()
    assert "ZG20261203001" in notices.banner.text()
    preview.close()
    day.closed(preview, window)

    # --- 15:50 the handover ------------------------------------------------------------------------
    wall.now = at(15, 50)
    day.start("handover")
    assert window.current_tab() is notices  # Ctrl+J works from any tab
    day.key(KEY.Key_J, CTRL, "Ctrl+J 写交接班")
    handover = window.tab_for_kind("handover")
    draft = day.opened(lambda: handover.draft_dialog)
    open_items = {(i.section, i.ref_number) for i in draft.detail.open_items}  # what the day left open
    assert open_items == {
        ("complaint.open", "TS20261203001"),
        ("pass.issued", "FX20261203001"),
        ("notice.reinspect", "ZG20261203001"),
    }, open_items
    day.key(KEY.Key_A, ALT, "Alt+A 添加留言")
    qtbot.waitUntil(lambda: draft.messages.isAncestorOf(QApplication.focusWidget()))  # the 致 cell, editing
    day.type("张前台")
    day.key(KEY.Key_Tab)
    day.type("3-2-1502 张伟明天上午来取整改通知回执")
    day.key(KEY.Key_Return, CTRL, "Ctrl+Enter 交班")
    ack = day.opened(lambda: handover.ack_dialog)  # 张前台 stands there: she acknowledges at once
    assert not draft.isVisible()
    day.end()

    # --- 16:00 the next receptionist acknowledges it, at the same counter --------------------------
    wall.now = at(16, 0)
    day.start("acknowledgement")
    assert focus() is ack.username
    text = ack.browser.toPlainText()
    for expected in ("李前台", "FX20261203001", "ZG20261203001", "致 张前台", "张伟明天上午来取整改通知回执"):
        assert expected in text, expected
    day.type("zhang")
    day.key(KEY.Key_Tab)
    day.type("secret-zhang")
    day.key(KEY.Key_Return, label="Enter 确认接班")
    qtbot.waitUntil(lambda: not ack.isVisible())
    day.end()
    zhang = services.staff.verify("zhang", "secret-zhang")
    done = services.handover.get(zhang, draft.detail.id)
    assert done.state == "acknowledged" and done.ack_by_name == "张前台" and done.digest_ok

    # --- the day's interactions beyond typed text, task by task ------------------------------------
    print("\n" + day.report())
    over = {task: n for task, n in day.counts.items() if n > AIMS.get(task, n)}
    assert over == {}, day.report()
    assert set(AIMS) <= set(day.counts)
    assert not [step for log in day.logs.values() for step in log if step.startswith("click")]  # keyboard only
