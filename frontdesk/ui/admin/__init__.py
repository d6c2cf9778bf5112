"""The 管理 menu: staff accounts, settings (language, centre name) and the audit log.

Hiding a menu item from a role is only cosmetic: every action is checked again by the service.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from frontdesk.services.permissions import Action
from frontdesk.ui.admin.audit_log import AuditLogDialog, audit_summary
from frontdesk.ui.admin.settings import SettingsDialog
from frontdesk.ui.admin.staff import PasswordDialog, StaffDialog, StaffFormDialog
from frontdesk.ui.common.context import UiContext

# --- the menu -------------------------------------------------------------------------------------


def add_admin_actions(window: QMainWindow, menu: QMenu) -> None:
    ctx: UiContext | None = getattr(window, "ctx", None)
    settings = getattr(window, "_settings", None)

    def opener(factory: Any) -> Any:
        def open_dialog() -> None:
            dlg = factory()
            window.admin_dialog = dlg  # type: ignore[attr-defined]
            dlg.open()

        return open_dialog

    if ctx is not None and ctx.user.can(Action.STAFF_MANAGE):
        act = QAction(QCoreApplication.translate("MainWindow", "员工账号…"), window)
        act.setObjectName("action_staff")
        act.triggered.connect(opener(lambda: StaffDialog(ctx, window)))
        menu.addAction(act)
    if ctx is not None and ctx.user.can(Action.AUDIT_VIEW):
        act = QAction(QCoreApplication.translate("MainWindow", "操作日志…"), window)
        act.setObjectName("action_audit")
        act.triggered.connect(opener(lambda: AuditLogDialog(ctx, window)))
        menu.addAction(act)
    if menu.actions():
        menu.addSeparator()
    act = QAction(QCoreApplication.translate("MainWindow", "设置…"), window)
    act.setObjectName("action_settings")
    act.triggered.connect(opener(lambda: SettingsDialog(ctx, settings, window)))
    menu.addAction(act)
    if ctx is not None and ctx.user.can(Action.SETTINGS_MANAGE):
        from frontdesk.ui.admin.options import OptionsDialog

        act = QAction(QCoreApplication.translate("MainWindow", "选项（列表、模板、时限）…"), window)
        act.setObjectName("action_options")
        act.triggered.connect(opener(lambda: OptionsDialog(ctx, window)))
        menu.addAction(act)
    from frontdesk.ui.handover.settings import add_handover_settings_action

    add_handover_settings_action(window, menu)
    from frontdesk.ui.monthly_report import add_report_action

    add_report_action(window, menu)
    from frontdesk.ui.service_levels import add_breaches_action

    add_breaches_action(window, menu)


__all__ = [
    "AuditLogDialog",
    "PasswordDialog",
    "SettingsDialog",
    "StaffDialog",
    "StaffFormDialog",
    "add_admin_actions",
    "audit_summary",
]
