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
from PySide6.QtWidgets import QTabWidget, QWidget

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


def can_wait(spec: TabSpec) -> bool:
    """True when the tab may be built later: its label is declared."""
    return bool(spec.title)


def has_login_hook(spec: TabSpec) -> bool:
    return hasattr(_tab_class(spec), "after_login")


def slot_title(spec: TabSpec) -> str:
    """The label of a tab not built yet, in the screen's language (the class's context)."""
    if spec.group:
        return QCoreApplication.translate("TabGroup", spec.group)
    return QCoreApplication.translate(spec.title_context or class_name(spec), spec.title)


class TabSlot(QWidget):
    """The place of a tab not built yet: the main window swaps in the tab when it is needed.
    A group's slot stands for all its members (``members``), built together as a TabGroup."""

    def __init__(self, spec: TabSpec, parent: QWidget | None = None, members: list[TabSpec] | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.members = members or [spec]
        self.setWindowTitle(slot_title(spec))


class TabGroup(QTabWidget):
    """Several kinds' tabs in one place of the tab bar (TabSpec.group: "登记簿", "文书", …), so
    the bar stays one row on a 1366-pixel screen however many kinds are registered."""

    def __init__(self, name: str, members: list[TabSpec]) -> None:
        super().__init__()
        self.setObjectName(f"group_{name}")
        self.setWindowTitle(QCoreApplication.translate("TabGroup", name))
        self.setDocumentMode(True)

    def members(self) -> list[QWidget]:
        return [w for i in range(self.count()) if (w := self.widget(i)) is not None]


def units(specs: list[TabSpec]) -> list[list[TabSpec]]:
    """The tab bar's places in order: a tab on its own, or a group's members together at the
    place of its first member."""
    out: list[list[TabSpec]] = []
    groups: dict[str, list[TabSpec]] = {}
    for spec in specs:
        if not spec.group:
            out.append([spec])
        elif spec.group in groups:
            groups[spec.group].append(spec)
        else:
            groups[spec.group] = [spec]
            out.append(groups[spec.group])
    return out


def build_unit(ctx: UiContext, members: list[TabSpec]) -> QWidget:
    """One place of the tab bar: the tab, or the group with every member built."""
    if not members[0].group:
        return build_tab(ctx, members[0])
    group = TabGroup(members[0].group, members)
    for spec in members:
        tab = build_tab(ctx, spec)
        group.addTab(tab, tab.windowTitle())
    return group


def leaves(widget: QWidget | None) -> list[QWidget]:
    """The feature tabs a place of the tab bar holds (a group's members, or the tab itself)."""
    if widget is None or isinstance(widget, TabSlot):
        return []
    return widget.members() if isinstance(widget, TabGroup) else [widget]


def unit_names(widget: QWidget | None) -> set[str]:
    """The class names of the tabs a place holds, built or not."""
    if isinstance(widget, TabSlot):
        return {class_name(s) for s in widget.members}
    return {type(w).__name__ for w in leaves(widget)}


def preload_tab_modules(features: FeatureSet) -> None:
    """Import every registered tab's module (classes only, no widget): called in the worker pool
    while the person types the password, so that building a tab later costs no import."""
    for feature in features:
        for spec in feature.tabs:
            _tab_class(spec)
