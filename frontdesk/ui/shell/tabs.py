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

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from frontdesk.services.core.features import TabSpec
from frontdesk.ui.common.context import UiContext


def _tab_class(spec: TabSpec) -> Any:
    module, _, name = spec.factory.partition(":")
    return getattr(importlib.import_module(module), name)


def tab_visible(ctx: UiContext, spec: TabSpec) -> bool:
    if spec.view_action is not None:
        return ctx.user.can(spec.view_action)
    return bool(_tab_class(spec).visible_for(ctx.user))


class TabGroup(QTabWidget):
    """Several kinds' tabs in one place of the tab bar (TabSpec.group: "登记簿", "文书", …), so
    the bar stays one row on a 1366-pixel screen however many kinds are registered."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(f"group_{name}")
        self.setWindowTitle(QCoreApplication.translate("TabGroup", name))
        self.setDocumentMode(True)

    def members(self) -> list[QWidget]:
        return [w for i in range(self.count()) if (w := self.widget(i)) is not None]


def build_tabs(ctx: UiContext) -> list[QWidget]:
    """The top-level tabs in order: a grouped tab goes into its group's TabGroup, placed where
    the group's first member would be."""
    specs = sorted((t for f in ctx.services.features for t in f.tabs), key=lambda t: t.order)
    out: list[QWidget] = []
    groups: dict[str, TabGroup] = {}
    for spec in specs:
        if not tab_visible(ctx, spec):
            continue
        tab = _tab_class(spec)(ctx)
        if not spec.group:
            out.append(tab)
            continue
        if spec.group not in groups:
            groups[spec.group] = TabGroup(spec.group)
            out.append(groups[spec.group])
        groups[spec.group].addTab(tab, tab.windowTitle())
    return out


def leaf_tabs(tabs: QTabWidget) -> list[QWidget]:
    """Every feature tab, those inside groups included, in the bar's order."""
    out: list[QWidget] = []
    for i in range(tabs.count()):
        w = tabs.widget(i)
        if isinstance(w, TabGroup):
            out.extend(w.members())
        elif w is not None:
            out.append(w)
    return out


def show_tab(tabs: QTabWidget, tab: QWidget) -> None:
    """Bring a feature tab to the front, its group first."""
    parent = tab.parentWidget()
    while parent is not None and not isinstance(parent, TabGroup):
        parent = parent.parentWidget()
    if isinstance(parent, TabGroup):
        tabs.setCurrentWidget(parent)
        parent.setCurrentWidget(tab)
    else:
        tabs.setCurrentWidget(tab)


def current_tab(tabs: QTabWidget) -> QWidget | None:
    """The feature tab in front (inside its group when grouped)."""
    w = tabs.currentWidget()
    return w.currentWidget() if isinstance(w, TabGroup) else w
