"""The one poller: a change set made at one counter reaches the lists of another through the
change marks, whatever the kind; a counter does not hear its own changes twice; the status bar
and global search work in the worker pool and drop what a newer request overtook."""

from __future__ import annotations

from frontdesk.services.change_marks import ChangeMarks
from frontdesk.services.core.changes import ChangeSet
from frontdesk.services.work_orders.rules import ORDER
from frontdesk.ui.common.bus import EventBus
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.shell.poller import ChangePoller
from tests.support.orders import order_input


def _counter(qtbot, services, user):  # type: ignore[no-untyped-def]
    ctx = UiContext(services, user, EventBus(), counter="x")
    poller = ChangePoller(ctx, interval_ms=60_000)  # checked by hand below
    heard: list[ChangeSet] = []
    ctx.bus.changes.connect(heard.append)
    qtbot.waitUntil(lambda: poller._known is not None)
    return ctx, poller, heard


def test_a_change_at_one_counter_reaches_the_other(qtbot, services, receptionist, supervisor, estate) -> None:  # type: ignore[no-untyped-def]
    a, poll_a, heard_a = _counter(qtbot, services, receptionist)
    b, poll_b, heard_b = _counter(qtbot, services, supervisor)
    services.work_orders.create(receptionist, order_input())
    a.bus.publish(frozenset({ORDER}))  # what ops.publish does after the call
    qtbot.waitUntil(lambda: ChangeMarks(services.db).read().get("order") == 1)
    qtbot.waitUntil(lambda: not poll_a._pending)
    with qtbot.waitSignal(poll_b.changed_elsewhere) as seen:
        poll_b.check()
    assert seen.args == [frozenset({ORDER})] and heard_b == [frozenset({ORDER})]
    # counter A counted its own change: it does not reload for it a second time
    poll_a.check()
    qtbot.waitUntil(lambda: not poll_a._reading)
    assert heard_a == [frozenset({ORDER})]
    # nothing new: nobody hears anything
    poll_b.check()
    qtbot.waitUntil(lambda: not poll_b._reading)
    assert heard_b == [frozenset({ORDER})]


def test_a_list_of_any_kind_reloads_for_the_other_counters_changes(qtbot, services, receptionist, supervisor, estate) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.work_orders.tab import WorkOrderTab

    ctx = UiContext(services, receptionist, EventBus(), counter="x")
    tab = WorkOrderTab(ctx)
    qtbot.addWidget(tab)
    poller = ChangePoller(ctx, tab, interval_ms=60_000)
    qtbot.waitUntil(lambda: poller._known is not None)
    assert tab.model.rowCount() == 0
    services.work_orders.create(supervisor, order_input())  # at the other counter...
    ChangeMarks(services.db).bump(["order"])  # ...whose poller counted it
    poller.check()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)


def test_an_unknown_kind_counted_by_a_newer_version_is_ignored(qtbot, services, receptionist) -> None:  # type: ignore[no-untyped-def]
    ctx, poller, heard = _counter(qtbot, services, receptionist)
    ChangeMarks(services.db).bump(["no_such_kind_here"])
    poller.check()
    qtbot.waitUntil(lambda: not poller._reading)
    assert heard == []


def test_status_counts_overtaken_by_a_newer_count_are_dropped(qtbot, make_ctx, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.services.contracts import StatusCount
    from frontdesk.ui.shell.main_window import MainWindow

    window = MainWindow(make_ctx(receptionist))
    qtbot.addWidget(window)
    window.refresh_status()
    old = window._status_generation
    window.refresh_status()
    window._show_status(old, [StatusCount("complaint.to_approve", 99, "warning")])  # late and stale
    assert "99" not in window.counts_label.text()
    window._show_status(window._status_generation, [StatusCount("complaint.to_approve", 7, "warning")])
    assert "投诉待审批 7" in window.counts_label.text()


def test_search_results_for_text_typed_over_are_dropped(qtbot, make_ctx, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.shell.main_window import MainWindow
    from frontdesk.ui.shell.search_dialog import GlobalSearchDialog

    window = MainWindow(make_ctx(receptionist))
    qtbot.addWidget(window)
    dlg = GlobalSearchDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    dlg.query.setText("3-2-1502")
    dlg.run_search()
    dlg.query.setText("没有这个人")
    with qtbot.waitSignal(dlg.searched):
        dlg.run_search()
    assert dlg.results.count() == 0 and dlg.hint.text() == "没有找到“没有这个人”"
    qtbot.wait(200)  # the first search's hits, if late, are not shown
    assert dlg.results.count() == 0


def test_enter_before_the_hits_opens_the_first(qtbot, make_ctx, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from frontdesk.ui.shell.main_window import MainWindow
    from frontdesk.ui.shell.search_dialog import GlobalSearchDialog

    window = MainWindow(make_ctx(receptionist))
    qtbot.addWidget(window)
    dlg = GlobalSearchDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.query.setText("3栋2单元1502")
    qtbot.keyClick(dlg.query, Qt.Key.Key_Return)  # typed fast, Enter at once
    qtbot.waitUntil(lambda: dlg.chosen is not None)
    assert dlg.chosen.kind == "room"  # type: ignore[union-attr]
