"""服务超时 on screen: 管理 → 服务超时记录… lists the clocks that ran out and takes each one's reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu


def add_breaches_action(window: QMainWindow, menu: QMenu) -> None:
    """管理 → 服务超时记录… for those who may read the breaches (front desk, butler, supervisor)."""
    from frontdesk.services.service_levels.service import VIEW

    ctx: Any = getattr(window, "ctx", None)
    if ctx is None or not ctx.user.can(VIEW) or not hasattr(ctx.services, "service_levels"):
        return
    act = QAction(QCoreApplication.translate("MainWindow", "服务超时记录…"), window)
    act.setObjectName("action_service_breaches")

    def open_dialog() -> None:
        from frontdesk.ui.service_levels.dialog import BreachesDialog

        dlg = BreachesDialog(ctx, window)
        window.admin_dialog = dlg  # type: ignore[attr-defined]
        dlg.open()

    act.triggered.connect(open_dialog)
    menu.addAction(act)
