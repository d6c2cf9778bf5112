"""End to end: 服务时限, 事件 and 客服月报 at the counter.

- Escalation: under a fixed clock an urgent order's 30-minute clock reminds its handler at 80 %
  and alerts the supervisor when overdue, through the alert window that stays until acknowledged;
  time on hold does not count; the breach is recorded and its reason given at 管理 → 服务超时记录…. The order list shows
  the time left in amber, then red.
- Incident: declared by keyboard in the 事件 tab with its scope and 话术; five calls from rooms in
  its buildings show it at the call log and are linked with one key (F6) each; resolved, its five
  callers are the callback list.
- Report: for a seeded month the supervisor's screen and the PDF show the figures the test counts
  itself; the PDF holds its charts.

Set FRONTDESK_SHOTS to a folder to keep screenshots and the report's PDF for looking at them."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from frontdesk.services.container import Services
from frontdesk.services.core import service_clock
from frontdesk.services.permissions import CurrentUser
from frontdesk.ui.common.clock_cells import COLOURS
from frontdesk.ui.common.kind_tab import KindTab
from frontdesk.ui.service_levels.dialog import BreachesDialog
from frontdesk.ui.work_orders.tab import WorkOrderTab
from tests.support.keyboard import Keyboard, click_tab, type_text
from tests.support.month import seed_month
from tests.support.orders import add_rooms, order_input
from tests.support.printing import pdf_text
from tests.support.qt import open_window

pytestmark = pytest.mark.usefixtures("cheap_hashing")
SHOTS = os.environ.get("FRONTDESK_SHOTS")


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def clock_cell(tab: WorkOrderTab, number: str) -> tuple[str, str]:
    """The order's 剩余时限 cell: its text and its background colour."""
    model = tab.model
    col = next(i for i, c in enumerate(model.columns) if c.key == "clock")
    row = next(i for i, r in enumerate(model.loaded_rows()) if r.number == number)
    index = model.index(row, col)
    return str(model.data(index)), model.data(index, Qt.ItemDataRole.BackgroundRole).color().name()


def test_urgent_order_escalates_to_handler_then_supervisor_hold_excluded(
    qtbot, services: Services, receptionist: CurrentUser, supervisor: CurrentUser, clock, monkeypatch
) -> None:
    add_rooms(services)
    window = open_window(qtbot, services, receptionist)
    window.resize(1366, 768)
    o = services.work_orders.create(receptionist, order_input(urgency="urgent", description="楼上水管爆裂，水漫进客厅"))
    for a in services.alerts.open_alerts(supervisor):  # the urgent order's own alert: taken in charge
        services.alerts.acknowledge(supervisor, a.id, expected_version=a.version)
    kb = Keyboard(qtbot)
    click_tab(kb, window.tabs, "维修工单")
    tab = window.current_tab()
    assert isinstance(tab, WorkOrderTab)
    tab.reload()
    text, colour = clock_cell(tab, o.number)
    assert text == "响应 剩 30 分钟" and colour == COLOURS["ok"][0]

    # on hold for an hour: the clock stands still, nothing escalates
    o = services.work_orders.hold(receptionist, o.id, reason="等业主回家开门", expected_version=o.version)
    clock.advance(minutes=60)
    assert window.alerts.poll() == []
    o = services.work_orders.resume(receptionist, o.id, expected_version=o.version)

    # 24 minutes on the clock (80 %): the handler is reminded, the list turns amber
    clock.advance(minutes=24)
    [warn] = window.alerts.poll()
    assert warn.kind == service_clock.WARN_ALERT and warn.ref_number == o.number and "提醒" in warn.summary
    tab.reload()
    text, colour = clock_cell(tab, o.number)
    assert text == "响应 剩 6 分钟" and colour == COLOURS["warn"][0]
    shot(tab, "orders_clock_amber")

    # past 30 minutes: the supervisor is alerted, the breach is recorded, the list turns red
    clock.advance(minutes=7)
    kinds = [a.kind for a in window.alerts.poll()]
    assert kinds == [service_clock.WARN_ALERT, service_clock.OVERDUE_ALERT]
    assert window.alerts.window is not None and window.alerts.window.isVisible()
    shot(window.alerts.window, "alert_window")
    tab.reload()
    text, colour = clock_cell(tab, o.number)
    assert text == "响应 超时 1 分钟" and colour == COLOURS["over"][0]
    shot(tab, "orders_clock_red")
    [breach] = services.service_levels.breaches_of(supervisor, "order", o.id)
    assert breach.stage == "response" and breach.reason == ""
    assert breach.due_at == o.reported_at + timedelta(minutes=30 + 60)  # the hour on hold added
    # the handler gives the reason: 管理 → 服务超时记录…, 填写原因…
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a, **_k: ("维修工在 5 栋抢修电梯，晚到", True))
    [act] = [a for a in window.admin_menu.actions() if a.objectName() == "action_service_breaches"]
    act.trigger()
    dlg = window.admin_dialog
    assert isinstance(dlg, BreachesDialog) and [r.ref_number for r in dlg.rows] == [o.number]
    shot(dlg, "breaches_dialog")
    kb.click(dlg.explain_button)
    [explained] = services.service_levels.breaches_of(supervisor, "order", o.id)
    assert explained.reason == "维修工在 5 栋抢修电梯，晚到" and explained.reason_by_name == "李前台"
    assert dlg.rows == []  # only those without a reason are listed
    dlg.accept()
    # the alerts stay until a supervisor acknowledges them
    clock.advance(minutes=10)
    assert len(window.alerts.poll()) == 2
    for a in services.alerts.open_alerts(supervisor):
        services.alerts.acknowledge(supervisor, a.id, expected_version=a.version, note="已督办")
    assert window.alerts.poll() == []


def test_incident_links_five_calls_and_its_resolution_yields_the_callback_list(
    qtbot, services: Services, receptionist: CurrentUser, supervisor: CurrentUser, clock, monkeypatch
) -> None:
    from frontdesk.ui.call_log.tab import CallLogTab

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    add_rooms(services, ("3-2-1502", "3-2-1503", "4-1-301", "5-1-201", "6-1-101"))
    window = open_window(qtbot, services, receptionist)
    window.resize(1366, 768)
    kb = Keyboard(qtbot)
    click_tab(kb, window.tabs, "事件")
    tab = window.current_tab()
    assert isinstance(tab, KindTab)
    fields = tab.form.fields.editors
    kb.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    fields["category"].setCurrentIndex(fields["category"].findText("停水"))
    type_text(qtbot, fields["title"], "3-5栋停水（市政管网抢修）")
    type_text(qtbot, fields["buildings"], "3-5")
    fields["script"].setFocus()
    kb.type("您好，3-5栋因市政管网抢修临时停水，预计18:00恢复，给您带来不便敬请谅解。")
    fields["expected_end"].setDateTime(fields["expected_end"].dateTime().addSecs(8 * 3600))
    kb.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    row = tab.records.current()
    assert row is not None and row.number == "TF20261127001", tab.form.banner.text()
    assert row.scope == "3、4、5栋" and row.state == "open"
    shot(window, "incident_tab")
    handed = services.handover_items(receptionist, clock.now(), clock.now())
    assert [i.ref_number for i in handed if i.ref_kind == "incident"] == ["TF20261127001"]

    # five calls from rooms in its scope: the call log shows the incident and its 话术, F6 links
    calls = window.tab_for_kind("call")
    assert isinstance(calls, CallLogTab)
    window.show_tab(calls)
    rooms = ("3-2-1502", "3-2-1503", "4-1-301", "5-1-201", "3-2-1502")
    for n, room in enumerate(rooms):
        clock.advance(minutes=3)
        calls.form.room.setFocus()
        kb.type(room)
        qtbot.waitUntil(lambda: bool(calls.caller.concerns), timeout=3000)
        assert "TF20261127001" in calls.caller.text() and "话术" in calls.caller.text()
        if n == 0:
            shot(window, "call_log_incident")
        kb.press(Qt.Key.Key_F6)
        assert calls.form.link == ("incident", row.id)
        calls.form.content.setFocus()
        kb.type("业主询问停水，已按话术答复。")
        kb.enter()
        entry = calls.model.row_at(0)
        assert entry is not None and (entry.link_kind, entry.link_id) == ("incident", row.id)
    # a room outside its buildings hears of nothing
    calls.form.room.setFocus()
    kb.type("6-1-101")
    calls.refresh_lookup()
    assert calls.caller.concerns == []
    assert ("关联来电", "5 次；解除后逐一回访") in services.incidents.detail(receptionist, row.id).lines

    # resolved: the five callers are the callback list
    done = services.incidents.act(supervisor, row.id, row.version, "resolve", {"resolution": "管网修复，17:40 恢复供水"})
    assert done.state == "resolved"
    queue = [c for c in services.callbacks.queue(receptionist) if c.ref_kind == "call"]
    assert len(queue) == 5 and {c.ref_number for c in queue} == {"TF20261127001"}
    assert sorted(c.room_code for c in queue) == sorted(rooms)
    assert [(i, r) for i, r, _p in services.incidents.callers(receptionist, row.id)] == [
        (c.ref_id, c.room_code) for c in sorted(queue, key=lambda c: c.ref_id)
    ]


def test_monthly_report_equals_the_counts_and_holds_its_charts(
    qtbot, services: Services, receptionist: CurrentUser, supervisor: CurrentUser, clock
) -> None:
    from frontdesk.ui.monthly_report.dialog import MonthlyReportDialog

    seeded = seed_month(services, clock, receptionist, supervisor)
    window = open_window(qtbot, services, supervisor)
    [act] = [a for a in window.admin_menu.actions() if a.objectName() == "action_monthly_report"]
    act.trigger()
    dlg = window.admin_dialog
    assert isinstance(dlg, MonthlyReportDialog)
    dlg.month.setDate(QDate(2026, 11, 1))
    assert dlg.value("来电来访合计") == str(len(seeded.calls))
    assert dlg.value("按方式·来电") == str(sum(1 for _k, c in seeded.calls if c == "phone"))
    assert dlg.value("报修单数") == str(len(seeded.orders))
    assert dlg.value("本月完工") == str(len(seeded.completed_hours))
    assert dlg.value("平均完工时长（小时）") == f"{sum(seeded.completed_hours) / len(seeded.completed_hours):.1f}"
    assert dlg.value("回访满意率") == f"{100 * seeded.callbacks_good / seeded.callbacks_done:.1f}%"
    assert dlg.value("返修（重开）") == str(seeded.reopened)
    assert dlg.value("投诉件数") == str(len(seeded.complaints))
    dlg.resize(1000, 760)
    shot(dlg, "monthly_report_screen")
    pdf = services.monthly_report.pdf(supervisor, 2026, 11)
    if SHOTS:
        (Path(SHOTS) / "monthly_report.pdf").write_bytes(pdf)
    text = "".join(pdf_text(pdf).split())
    for expected in ("客服月报", "维修工单按类别", "投诉按类别", "每日业务量", "报修单数"):
        assert expected in text, expected
