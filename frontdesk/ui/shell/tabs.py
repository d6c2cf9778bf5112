"""The main window's tabs: every registered feature's tabs, in their declared order, for the
users allowed to see them (services.core.features.TabSpec).

A tab is a QWidget whose windowTitle() is its tab label. Optional hooks:
``record_kinds`` (search-hit kinds it opens), ``open_record(kind, id)``,
``status_label(code, count) -> str | None`` (words for its status-bar counts),
``after_login()`` (called by StartupFlow once the window is shown: what must be seen first),
``confirm_close() -> bool`` and ``save_layout(settings)`` (called by the main window on close).

A spec with a ``title`` can wait: the main window shows a :class:`TabSlot` under that title and
builds the tab when it is first shown or found (a record opened); a waiting tab with ``after_login`` is
built right after the window's first paint and then asked (MainWindow.after_login).
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from frontdesk.services.core.features import FeatureSet, TabSpec
from frontdesk.ui.common.context import UiContext


def _tab_class(spec: TabSpec) -> Any:
    module, _, name = spec.factory.partition(":")
    return getattr(importlib.import_module(module), name)


def class_name(spec: TabSpec) -> str:
    return spec.factory.rpartition(":")[2]


def tab_visible(ctx: UiContext, spec: TabSpec) -> bool:
    if spec.view_action is not None:
        return ctx.user.can(spec.view_action)
    return bool(_tab_class(spec).visible_for(ctx.user))


def visible_specs(ctx: UiContext) -> list[TabSpec]:
    """The specs of the tabs this user sees, in their declared order."""
    specs = sorted((t for f in ctx.services.features for t in f.tabs), key=lambda t: t.order)
    return [spec for spec in specs if tab_visible(ctx, spec)]


def build_tab(ctx: UiContext, spec: TabSpec) -> QWidget:
    tab: QWidget = _tab_class(spec)(ctx)
    return tab


def build_tabs(ctx: UiContext) -> list[QWidget]:
    return [build_tab(ctx, spec) for spec in visible_specs(ctx)]


def can_wait(spec: TabSpec) -> bool:
    """True when the tab may be built later: its label is declared."""
    return bool(spec.title)


def has_login_hook(spec: TabSpec) -> bool:
    return hasattr(_tab_class(spec), "after_login")


def slot_title(spec: TabSpec) -> str:
    """The label of a tab not built yet, in the screen's language (the class's context)."""
    return QCoreApplication.translate(class_name(spec), spec.title)


class TabSlot(QWidget):
    """The place of a tab not built yet: the main window swaps in the tab when it is needed."""

    def __init__(self, spec: TabSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setWindowTitle(slot_title(spec))


def preload_tab_modules(features: FeatureSet) -> None:
    """Import every registered tab's module (classes only, no widget): called in the worker pool
    while the person types the password, so that building a tab later costs no import."""
    for feature in features:
        for spec in feature.tabs:
            _tab_class(spec)
