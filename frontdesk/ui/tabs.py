"""The main window's tabs, in the order the counter uses them. A feature adds its tab here.

A tab is a QWidget whose windowTitle() is its tab label. Optional hooks:
``record_kinds`` (search-hit kinds it opens), ``open_record(kind, id)``,
``status_label(code, count) -> str | None`` (words for its status-bar counts).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from frontdesk.services.permissions import Action
from frontdesk.ui.context import UiContext


def build_tabs(ctx: UiContext) -> list[QWidget]:
    from frontdesk.ui.registry_tab import RegistryTab

    tabs: list[QWidget] = []
    if ctx.user.can(Action.REGISTRY_VIEW):  # not a gate guard
        tabs.append(RegistryTab(ctx))
    return tabs
