"""客服月报 on screen: the supervisor's 管理 menu opens :class:`MonthlyReportDialog`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu


def add_report_action(window: QMainWindow, menu: QMenu) -> None:
    """管理 → 客服月报… for those who may read it (the supervisor)."""
    from frontdesk.services.monthly_report import VIEW

    ctx: Any = getattr(window, "ctx", None)
    if ctx is None or not ctx.user.can(VIEW) or not hasattr(ctx.services, "monthly_report"):
        return
    act = QAction(QCoreApplication.translate("MainWindow", "客服月报…"), window)
    act.setObjectName("action_monthly_report")

    def open_dialog() -> None:
        from frontdesk.ui.monthly_report.dialog import MonthlyReportDialog

        dlg = MonthlyReportDialog(ctx, window)
        window.admin_dialog = dlg  # type: ignore[attr-defined]
        dlg.open()

    act.triggered.connect(open_dialog)
    menu.addAction(act)
