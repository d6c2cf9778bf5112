"""The main window's tabs, in the order the counter uses them. A feature adds its tab here.

A tab is a QWidget whose windowTitle() is its tab label. Optional hooks:
``record_kinds`` (search-hit kinds it opens), ``open_record(kind, id)``,
``status_label(code, count) -> str | None`` (words for its status-bar counts),
``after_login()`` (called by StartupFlow once the window is shown: what must be seen first),
``confirm_close() -> bool`` and ``save_layout(settings)`` (called by the main window on close).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from frontdesk.services.permissions import Action
from frontdesk.ui.context import UiContext


def build_tabs(ctx: UiContext) -> list[QWidget]:
    from frontdesk.ui.call_log_tab import CallLogTab
    from frontdesk.ui.callback_tab import CallbackTab
    from frontdesk.ui.handover_tab import HandoverTab
    from frontdesk.ui.registry_tab import RegistryTab
    from frontdesk.ui.work_order_tab import WorkOrderTab

    tabs: list[QWidget] = []
    if ctx.user.can(Action.CALL_VIEW):
        tabs.append(CallLogTab(ctx))  # the receptionist's most frequent act comes first
    if ctx.user.can(Action.ORDER_VIEW):
        tabs.append(WorkOrderTab(ctx))
    if ctx.user.can(Action.COMPLAINT_VIEW):
        from frontdesk.ui.complaints_tab import ComplaintsTab

        tabs.append(ComplaintsTab(ctx))
    if ctx.user.can(Action.CALLBACK_RECORD):
        tabs.append(CallbackTab(ctx))
    if ctx.user.can(Action.REGISTRY_VIEW):  # a gate guard sees the gate check only
        tabs.append(RegistryTab(ctx))
    if ctx.user.can(Action.PASS_ISSUE):
        from frontdesk.ui.release_pass_tab import ReleasePassTab

        tabs.append(ReleasePassTab(ctx))
    if ctx.user.can(Action.PASS_VERIFY):
        from frontdesk.ui.gate_check_tab import GateCheckTab

        tabs.append(GateCheckTab(ctx))
    if ctx.user.can(Action.NOTICE_VIEW):
        from frontdesk.ui.notice_tab import NoticeTab

        tabs.append(NoticeTab(ctx))
    if HandoverTab.visible_for(ctx.user):
        tabs.append(HandoverTab(ctx))
    return tabs
