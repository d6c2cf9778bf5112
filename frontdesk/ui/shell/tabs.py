"""The main window's tabs: every registered feature's tabs, in their declared order, for the
users allowed to see them (services.core.features.TabSpec).

A tab is a QWidget whose windowTitle() is its tab label. Optional hooks:
``record_kinds`` (search-hit kinds it opens), ``open_record(kind, id)``,
``status_label(code, count) -> str | None`` (words for its status-bar counts),
``after_login()`` (called by StartupFlow once the window is shown: what must be seen first),
``confirm_close() -> bool`` and ``save_layout(settings)`` (called by the main window on close).
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtWidgets import QWidget

from frontdesk.services.core.features import TabSpec
from frontdesk.ui.common.context import UiContext


def _tab_class(spec: TabSpec) -> Any:
    module, _, name = spec.factory.partition(":")
    return getattr(importlib.import_module(module), name)


def tab_visible(ctx: UiContext, spec: TabSpec) -> bool:
    if spec.view_action is not None:
        return ctx.user.can(spec.view_action)
    return bool(_tab_class(spec).visible_for(ctx.user))


def build_tabs(ctx: UiContext) -> list[QWidget]:
    specs = sorted((t for f in ctx.services.features for t in f.tabs), key=lambda t: t.order)
    return [_tab_class(spec)(ctx) for spec in specs if tab_visible(ctx, spec)]
