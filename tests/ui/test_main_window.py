"""The main window's status bar and the handover tab's counter line: items never run together."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from frontdesk.services.contracts import StatusCount
from frontdesk.ui.common.bus import EventBus
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.handover.tab import HandoverTab
from frontdesk.ui.shell.main_window import MainWindow


def _plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText().replace("\xa0", " ")


def test_status_counts_are_separated(qtbot, services, monkeypatch, receptionist) -> None:  # type: ignore[no-untyped-def]
    counts = [
        StatusCount("complaint.to_approve", 1, "warning"),
        StatusCount("pass.issued_today", 1),
        StatusCount("nothing.due", 0),
    ]
    monkeypatch.setattr(type(services), "status_counts", lambda self, user: counts)
    w = MainWindow(UiContext(services, receptionist, EventBus(), counter="vm"), None)
    qtbot.addWidget(w)
    w.refresh_status()  # counted in the worker pool
    qtbot.waitUntil(lambda: "放行条" in w.counts_label.text())
    first, second = (w.status_text(c) for c in counts[:2])
    assert _plain(w.counts_label.text()) == f"{first}  ｜  {second}" == "投诉待审批 1  ｜  今日放行条 1 张"
    tab = w.tab_for_kind("handover")
    assert isinstance(tab, HandoverTab)
    assert _plain(tab.where.text()).startswith("柜台：vm  ｜  当前班次：")
    w.show()
    w.grab().save("/tmp/shots/shell_status.png")
    w.tabs.setCurrentWidget(tab)
    tab.grab().save("/tmp/shots/shell_handover_header.png")


def test_a_pasted_page_does_not_widen_the_window(qtbot, make_ctx, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from frontdesk.ui.common.messages import field_message
    from frontdesk.ui.registry.tab import RegistryTab
    from frontdesk.ui.shell.search_dialog import GlobalSearchDialog

    pasted = "3-2-1502" + "x" * 10_000
    window = MainWindow(make_ctx(receptionist))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    width = window.width()
    tab = next(t for t in window.build_all_tabs() if isinstance(t, RegistryTab))
    window.tabs.setCurrentWidget(tab)
    QApplication.clipboard().setText(pasted)
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.search.text()) > 1000  # the paste arrived
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert tab.hint.text().startswith("没有找到“3-2-1502xxx") and "…”" in tab.hint.text()
    assert len(tab.hint.text()) < 80
    assert window.width() == width and window.minimumSizeHint().width() < 1400
    window.grab().save("/tmp/shots/shell_registry_paste.png")

    dlg = GlobalSearchDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dialog_width = dlg.width()
    dlg.query.setText(pasted)
    with qtbot.waitSignal(dlg.searched):
        dlg.run_search()
    assert dlg.results.count() == 0 and "…" in dlg.hint.text() and len(dlg.hint.text()) < 50
    assert dlg.width() == dialog_width and dlg.minimumSizeHint().width() < 800
    # every error next to a field echoes the typed value short, on one line
    msg = field_message("room_unknown", {"room": "9-9-" + "9\n" * 5000})
    assert msg.startswith("找不到房号“9-9-9 9 9") and len(msg) < 60


def test_tabs_are_built_when_first_needed(qtbot, make_ctx, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    """Only the tab shown is built with the window; the others wait under their titles and are
    built when shown or found (a record opened)."""
    from frontdesk.ui.call_log.tab import CallLogTab
    from frontdesk.ui.shell.tabs import TabSlot
    from frontdesk.ui.work_orders.tab import WorkOrderTab

    window = MainWindow(make_ctx(receptionist))
    qtbot.addWidget(window)
    slots = [i for i in range(window.tabs.count()) if isinstance(window.tabs.widget(i), TabSlot)]
    built = [type(t).__name__ for t in window.tab_widgets()]
    assert built == ["CallLogTab"] and len(slots) == window.tabs.count() - 1
    assert isinstance(window.tabs.currentWidget(), CallLogTab) and window.first_tab_ready()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    orders = titles.index("维修工单")
    window.tabs.setCurrentIndex(orders)  # shown: built in its place, under the same title
    assert isinstance(window.tabs.currentWidget(), WorkOrderTab) and window.tabs.currentIndex() == orders
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == titles
    notices = window.tab_for_kind("notice")  # found: built
    assert notices is not None and type(notices).__name__ == "NoticeTab"
    assert window.waiting_tabs() == window.tabs.count() - 3
    window.show()
    qtbot.wait(300)  # nothing is built behind the person's back
    assert window.waiting_tabs() == window.tabs.count() - 3
    window.build_all_tabs()
    assert window.waiting_tabs() == 0
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == titles
    assert window.tabs.currentIndex() == orders


def test_a_waiting_tab_is_asked_after_login_once_painted(qtbot, monkeypatch, make_ctx, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.handover.tab import HandoverTab
    from frontdesk.ui.shell.tabs import TabSlot

    asked: list[str] = []
    window = MainWindow(make_ctx(receptionist))
    qtbot.addWidget(window)
    handover = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "交接班")
    assert isinstance(window.tabs.widget(handover), TabSlot)
    monkeypatch.setattr(HandoverTab, "after_login", lambda self: asked.append(type(self).__name__))
    window.after_login()
    assert asked == [] and isinstance(window.tabs.widget(handover), TabSlot)  # not before the first paint
    window.show()
    qtbot.waitUntil(lambda: asked == ["HandoverTab"])
    assert isinstance(window.tabs.widget(handover), HandoverTab)


def test_a_status_count_opens_its_filtered_list(qtbot, make_ctx, receptionist) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.shell.main_window import MainWindow

    window = MainWindow(make_ctx(receptionist))
    qtbot.addWidget(window)
    for code, attr, data in (
        ("order.new", "scope", ("all", "new")),
        ("complaint.to_approve", "state", "approve"),
        ("callback.overdue", "scope", "overdue"),
    ):
        window.open_count(code)
        tab = window.current_tab()
        assert tab is window.tab_for_kind(code.split(".")[0])
        assert getattr(tab, attr).currentData() == data, code


def test_alt_and_a_number_brings_that_tab_with_the_keyboard_in_it(qtbot, make_ctx, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.support.qt import show_active

    window = show_active(qtbot, MainWindow(make_ctx(receptionist)), (1366, 688))
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert window.tabs.tabToolTip(6) == "Alt+7" and window.tabs.tabToolTip(9) == "Alt+0"
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == 6 and titles[6] == "放行条"
    passes = window.current_tab()
    assert passes.isAncestorOf(QApplication.focusWidget()) and QApplication.focusWidget() is passes.room
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    calls = window.current_tab()
    assert window.tabs.currentIndex() == 0 and calls.isAncestorOf(QApplication.focusWidget())
    tip = window.tabs.tabToolTip(6)
    window.tab_at(6)  # a waiting tab replaced by the built one keeps its tip
    assert window.tabs.tabToolTip(6) == tip


def test_ctrl_j_writes_the_handover_from_any_tab(qtbot, make_ctx, services, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    """写交接班 is the window's key, not the handover tab's: pressed in the call log's form it
    builds the waiting handover tab and opens this shift's draft, the call log staying in front."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from frontdesk.ui.call_log.tab import CallLogTab
    from frontdesk.ui.shell.tabs import TabSlot

    window = MainWindow(make_ctx(receptionist))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    call_log = window.current_tab()
    assert isinstance(call_log, CallLogTab)
    handover = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "交接班")
    assert isinstance(window.tabs.widget(handover), TabSlot)
    room = call_log.form.room
    room.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is room)
    qtbot.keyClick(room, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    tab = window.tabs.widget(handover)
    assert isinstance(tab, HandoverTab)
    dlg = tab.draft_dialog
    assert dlg is not None and dlg.isVisible() and dlg.detail.author_id == receptionist.id
    assert window.current_tab() is call_log and room.text() == ""  # nothing typed into the form
    # pressed again (from the draft's own window or the tab), the same draft comes forward
    assert window.write_handover() is dlg
    dlg.close()
    assert "Ctrl+J" in window.handover_action.shortcut().toString()

    # a guard writes no handover: the key does nothing there
    from frontdesk.services.permissions import Role
    from tests.conftest import make_user

    gate = MainWindow(make_ctx(make_user(services, Role.GUARD, "men", "门岗")))
    qtbot.addWidget(gate)
    assert not gate.handover_action.isEnabled()
