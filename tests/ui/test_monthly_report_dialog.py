"""管理 → 客服月报…: the supervisor's screen shows the month's figures beside last month's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.month import seed_month
from tests.support.orders import fast  # noqa: F401 - fast is a fixture

pytestmark = pytest.mark.usefixtures("fast")


def test_report_screen_from_the_supervisors_menu(qtbot, make_ctx, services, clock, receptionist, supervisor) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    from frontdesk.ui.monthly_report.dialog import MonthlyReportDialog
    from frontdesk.ui.shell.main_window import MainWindow

    seeded = seed_month(services, clock, receptionist, supervisor)
    boss = MainWindow(make_ctx(supervisor))
    qtbot.addWidget(boss)
    [act] = [a for a in boss.admin_menu.actions() if a.objectName() == "action_monthly_report"]
    act.trigger()
    dlg = boss.admin_dialog
    assert isinstance(dlg, MonthlyReportDialog)
    dlg.month.setDate(QDate(2026, 11, 1))
    assert dlg.value("报修单数") == str(len(seeded.orders))
    assert dlg.value("来电来访合计") == str(len(seeded.calls))
    dlg.project.setCurrentIndex(1)
    assert dlg.report is not None and dlg.report.project == "肯彤名邸"
    shots = os.environ.get("FRONTDESK_SHOTS")
    if shots:
        dlg.resize(1000, 760)
        dlg.grab().save(str(Path(shots) / "monthly_report.png"))
    desk = MainWindow(make_ctx(receptionist))
    qtbot.addWidget(desk)
    assert "action_monthly_report" not in [a.objectName() for a in desk.admin_menu.actions()]
