"""The main window: the tabs, the status bar (who, where, what is due) and global search."""

from __future__ import annotations

import logging
from html import escape

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from frontdesk.services.contracts import StatusCount
from frontdesk.services.core.changes import SETTING, ChangeSet, Kind
from frontdesk.services.core.features import FeatureSet, TabSpec
from frontdesk.services.permissions import Action
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.form_parts import first_field
from frontdesk.ui.common.headers import keep_headers_in
from frontdesk.ui.common.labels import SEPARATOR_HTML, role_name
from frontdesk.ui.common.screen_fit import fitting_size
from frontdesk.ui.common.worker import run_in_background
from frontdesk.ui.shell.poller import ChangePoller
from frontdesk.ui.shell.search_dialog import GlobalSearchDialog
from frontdesk.ui.shell.tabs import (
    TabGroup,
    TabSlot,
    build_unit,
    can_wait,
    class_name,
    has_login_hook,
    leaves,
    unit_names,
    units,
    visible_specs,
)

#: how many tabs have a key of their own (Alt+1 … Alt+9, Alt+0)
TAB_KEYS = 10


def vocabulary_count_words(features: FeatureSet, code: str) -> tuple[str, str] | None:
    """(context, source text) for a status count code such as ``order.overdue``."""
    for feature in features:
        source = feature.vocabulary.counts.get(code)
        if source is not None:
            return feature.vocabulary.context, source
    return None


class MainWindow(QMainWindow):
    # 切换用户: the window has closed (layout saved, logout audited); the start-up flow logs in again
    switch_user_requested = Signal()

    def __init__(self, ctx: UiContext, settings: QSettings | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self._settings = settings
        self._switching = False
        self._logged_out = False
        centre = ctx.services.settings.get("centre.name")
        self.setWindowTitle(self.tr("{0} — FrontDesk 客服前台").format(centre))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._add_tabs()
        self._login_hooks: list[TabSpec] = []  # waiting tabs to ask after_login once painted
        self._painted = False
        self._build_menus()
        self._build_tab_keys()
        self._build_status_bar()
        self._status_generation = 0
        self.last_status_counts: list[StatusCount] = []
        self._status_debounce = QTimer(self)
        self._status_debounce.setSingleShot(True)
        self._status_debounce.setInterval(200)
        self._status_debounce.timeout.connect(self.refresh_status)
        ctx.bus.changes.connect(self.on_bus_changes)
        ctx.bus.open_requested.connect(self.open_record)
        from frontdesk.ui.shell.alerts import AlertWatcher

        # urgent orders and major complaints: looked for in the shared database, shown until acknowledged
        self.alerts = AlertWatcher(ctx, self)
        # the one poll for what other counters change, and for what comes due by the clock
        self.poller = ChangePoller(ctx, self)
        self.poller.time_passed.connect(self.on_poller_time_passed)
        self.resize(*fitting_size(self, 1280, 800))
        self._restore_layout()
        self.refresh_status()

    # --- building -------------------------------------------------------------------------

    def _add_tabs(self) -> None:
        """The tab the person had open last is built now; the others wait for their first
        showing under their declared titles (ui/shell/tabs.TabSlot). Not in idle time: building
        a tab behind the one in use took the window's activation (offscreen platform) and the
        cursor from a dialog being opened, and each tab builds in well under a second."""
        specs = self._specs = visible_specs(self.ctx)
        places = units(specs)
        wanted = str(self._settings.value(self._tab_key(), "") or "") if self._settings is not None else ""
        first = next((i for i, members in enumerate(places) if wanted in {class_name(m) for m in members}), 0)
        for i, members in enumerate(places):
            if i != first and all(can_wait(m) for m in members):
                slot = TabSlot(members[0], members=members)
                self.tabs.addTab(slot, slot.windowTitle())
            else:
                tab = build_unit(self.ctx, members)
                keep_headers_in(tab)
                self.tabs.addTab(tab, tab.windowTitle())
        if places:
            self.tabs.setCurrentIndex(first)
            for tab in leaves(self.tabs.widget(first)):
                if type(tab).__name__ == wanted:
                    self.show_tab(tab)
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)

    def on_tabs_current_changed(self, index: int) -> None:
        self.tab_at(index)

    def tab_at(self, index: int) -> QWidget | None:
        """The tab at ``index``, built now if it was waiting."""
        slot = self.tabs.widget(index)
        if not isinstance(slot, TabSlot):
            return slot
        tab = build_unit(self.ctx, slot.members)
        keep_headers_in(tab)  # every table's headers as wide as their words (English is longer)
        if self._settings is not None:
            for leaf in leaves(tab):
                restorer = getattr(leaf, "restore_layout", None)
                if restorer is not None:
                    restorer(self._settings)
        current = self.tabs.currentIndex()
        with QSignalBlocker(self.tabs):
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, tab.windowTitle())
            self.tabs.setCurrentIndex(current)
        self._tip_tab_key(index)
        slot.deleteLater()
        return tab

    def waiting_tabs(self) -> int:
        """How many tabs are not built yet."""
        return sum(isinstance(self.tabs.widget(i), TabSlot) for i in range(self.tabs.count()))

    def build_all_tabs(self) -> list[QWidget]:
        """Every feature tab (a group's members too), building those still waiting."""
        return [leaf for i in range(self.tabs.count()) for leaf in leaves(self.tab_at(i))]

    def show_tab(self, tab: QWidget) -> None:
        """Bring a feature tab to the front, its group first."""
        for i in range(self.tabs.count()):
            place = self.tabs.widget(i)
            if place is tab:
                self.tabs.setCurrentIndex(i)
                return
            if isinstance(place, TabGroup) and tab in place.members():
                self.tabs.setCurrentIndex(i)
                place.setCurrentWidget(tab)
                return

    def current_tab(self) -> QWidget | None:
        """The feature tab in front (inside its group when grouped)."""
        place = self.tabs.currentWidget()
        return place.currentWidget() if isinstance(place, TabGroup) else place

    def after_login(self) -> None:
        """What waits for the person logging in comes first: every tab's ``after_login`` hook
        (a handover to acknowledge). Built tabs are asked now; a waiting tab with the hook is
        built and asked just after the window's first paint, so the window shows first."""
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            if isinstance(widget, TabSlot):
                if has_login_hook(widget.spec):
                    self._login_hooks.append(widget.spec)
                continue
            for leaf in leaves(widget):
                hook = getattr(leaf, "after_login", None)
                if hook is not None:
                    hook()
        if self._login_hooks and self._painted:
            QTimer.singleShot(0, self.on_login_hooks_due)

    def on_login_hooks_due(self) -> None:
        specs, self._login_hooks = self._login_hooks, []
        for spec in specs:
            index = next((i for i in range(self.tabs.count()) if self._spec_at(i) is spec), -1)
            place = self.tab_at(index) if index >= 0 else None
            for tab in leaves(place):
                hook = getattr(tab, "after_login", None)
                if hook is not None:
                    hook()

    def _spec_at(self, index: int) -> TabSpec | None:
        widget = self.tabs.widget(index)
        if isinstance(widget, TabSlot):
            return widget.spec
        names = unit_names(widget)
        return next((spec for spec in self._specs if class_name(spec) in names), None)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._login_hooks:
                QTimer.singleShot(0, self.on_login_hooks_due)

    def first_tab_ready(self) -> bool:
        """The tab shown is built and its lists hold their first page (none still loading)."""
        tab = self.current_tab()
        if tab is None or isinstance(tab, TabSlot):
            return False
        for view in tab.findChildren(QAbstractItemView):
            if getattr(view.model(), "loading", False):
                return False
        return True

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m_file = bar.addMenu(self.tr("文件(&F)"))
        self.search_action = QAction(self.tr("全局搜索…"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.search_action.triggered.connect(self.show_global_search)
        m_file.addAction(self.search_action)
        # 写交接班 from every tab: the handover tab (built now if it was waiting) opens the draft
        self.handover_action = QAction(self.tr("写交接班…"), self)
        self.handover_action.setObjectName("write_handover")
        self.handover_action.setShortcut(QKeySequence("Ctrl+J"))
        self.handover_action.triggered.connect(self.write_handover)
        self.handover_action.setVisible(self.ctx.user.can(Action.HANDOVER_WRITE))
        self.handover_action.setEnabled(self.ctx.user.can(Action.HANDOVER_WRITE))
        m_file.addAction(self.handover_action)
        self.addAction(self.handover_action)
        m_file.addSeparator()
        self.switch_user_action = QAction(self.tr("切换用户…"), self)
        # Ctrl+L is taken by 来电来访 (to the list): an everyday key must not log anyone out
        self.switch_user_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.switch_user_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.switch_user_action.triggered.connect(self.switch_user)
        m_file.addAction(self.switch_user_action)
        self.addAction(self.switch_user_action)
        quit_action = QAction(self.tr("退出"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        m_file.addAction(quit_action)
        self.addAction(self.search_action)
        self.admin_menu = bar.addMenu(self.tr("管理(&M)"))
        from frontdesk.ui.admin import add_admin_actions

        add_admin_actions(self, self.admin_menu)
        m_help = bar.addMenu(self.tr("帮助(&H)"))
        self.guide_action = QAction(self.tr("使用指南"), self)
        self.guide_action.setShortcut(QKeySequence("F1"))
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(self.show_guide)
        m_help.addAction(self.guide_action)
        self.addAction(self.guide_action)
        about = QAction(self.tr("关于 FrontDesk"), self)
        about.triggered.connect(self.show_about)
        m_help.addAction(about)

    def _build_tab_keys(self) -> None:
        """Alt+1 … Alt+9 and Alt+0 bring the first ten tabs to the front, as numbered on the tab
        bar's tips (a tab further on, or inside a group, is reached with Ctrl+Tab from there).
        The keyboard goes where the tab keeps it: the cursor the tab had last, else its first field."""
        for n in range(min(TAB_KEYS, self.tabs.count())):
            key = QKeySequence(f"Alt+{(n + 1) % 10}")
            shortcut = QShortcut(key, self, context=Qt.ShortcutContext.WindowShortcut)
            shortcut.setObjectName(f"tab_key_{n + 1}")
            shortcut.activated.connect(lambda n=n: self.go_to_tab(n))
            self._tip_tab_key(n)

    def _tip_tab_key(self, index: int) -> None:
        if index < TAB_KEYS:
            self.tabs.setTabToolTip(index, self.tr("Alt+{0}").format((index + 1) % 10))

    def go_to_tab(self, index: int) -> None:
        """The tab at ``index`` in front, built if waiting, with the keyboard in it."""
        if not 0 <= index < self.tabs.count():
            return
        self.tabs.setCurrentIndex(index)
        place = self.tabs.widget(index)
        tab = place.currentWidget() if isinstance(place, TabGroup) else place
        if tab is None:
            return
        inside = QApplication.focusWidget()
        if inside is not None and tab.isAncestorOf(inside):
            return
        target: QWidget | None = tab.focusWidget()
        if target is None or not target.isVisible() or not tab.isAncestorOf(target):
            target = first_field(tab)
        (target or tab).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _build_status_bar(self) -> None:
        user = self.ctx.user
        self.user_label = QLabel(self.tr("当前用户：{0}（{1}）").format(user.name, role_name(user.role.value)))
        self.user_label.setObjectName("status_user")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("status_counts")
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.counts_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.counts_label.linkActivated.connect(self.open_count)
        self.db_label = QLabel(self.tr("数据库：{0}").format(self.ctx.services.db.describe()))
        self.db_label.setObjectName("status_db")
        self.db_label.setStyleSheet("color:#666")
        sb = self.statusBar()
        sb.addWidget(self.user_label)
        sb.addWidget(self.counts_label, 1)
        sb.addPermanentWidget(self.db_label)

    # --- behaviour ----------------------------------------------------------------------------

    def tab_widgets(self) -> list[QWidget]:
        """The tabs built so far (a tab still waiting has nothing to save, close or word)."""
        return [leaf for i in range(self.tabs.count()) for leaf in leaves(self.tabs.widget(i))]

    def tab_for_kind(self, kind: str) -> QWidget | None:
        """The tab that opens records of ``kind``: the registered feature's first tab shown
        (built now if it was waiting)."""
        try:
            feature = self.ctx.services.features.for_kind(Kind.named(kind))
        except KeyError:
            feature = None
        if feature is not None:
            wanted = {class_name(spec) for spec in feature.tabs}
            for i in range(self.tabs.count()):
                if not unit_names(self.tabs.widget(i)) & wanted:
                    continue
                for tab in leaves(self.tab_at(i)):
                    if type(tab).__name__ in wanted and kind in getattr(tab, "record_kinds", (kind,)):
                        return tab
        for tab in self.build_all_tabs():
            if kind in getattr(tab, "record_kinds", ()):
                return tab
        return None

    def open_record(self, kind: str, record_id: int) -> None:
        tab = self.tab_for_kind(kind)
        if tab is None:
            return
        self.show_tab(tab)
        opener = getattr(tab, "open_record", None)
        if opener is not None:
            opener(kind, record_id)

    def write_handover(self) -> QWidget | None:
        """Ctrl+J anywhere: this shift's handover draft, opened by the handover tab (built now if
        it was waiting); the tab in front stays in front, the draft is a window of its own."""
        tab = self.tab_for_kind("handover")
        writer = getattr(tab, "write_handover", None)
        if writer is None:
            return None
        dialog: QWidget | None = writer()
        return dialog

    def show_global_search(self) -> None:
        dlg = GlobalSearchDialog(self.ctx, self)
        if dlg.exec() and dlg.chosen is not None:
            self.open_record(dlg.chosen.kind, dlg.chosen.id)

    def on_bus_changes(self, changes: ChangeSet) -> None:
        if SETTING in changes:
            centre = self.ctx.services.settings.get("centre.name")
            self.setWindowTitle(self.tr("{0} — FrontDesk 客服前台").format(centre))
        self._status_debounce.start()

    def status_text(self, count: StatusCount) -> str:
        """Words for a status-bar count: the kind's vocabulary (``counts``), else a tab's own."""
        words = vocabulary_count_words(self.ctx.services.features, count.code)
        if words is not None:
            context, source = words
            return QCoreApplication.translate(context, source).format(count.count)
        for tab in [*self.tab_widgets(), self.alerts]:
            labeller = getattr(tab, "status_label", None)
            if labeller is not None:
                text = labeller(count.code, count.count)
                if text:
                    return str(text)
        return f"{count.code}: {count.count}"

    def open_count(self, code: str) -> None:
        """A status-bar count clicked: its kind's tab, showing the counted records when the tab
        can filter to them (``show_count``)."""
        tab = self.tab_for_kind(code.partition(".")[0])
        if tab is None:
            return
        self.show_tab(tab)
        shower = getattr(tab, "show_count", None)
        if shower is not None:
            shower(code)

    def on_poller_time_passed(self) -> None:
        self.refresh_status()
        self.alerts.look()

    def refresh_status(self) -> None:
        """Recount the status bar in the worker pool; a count overtaken by a newer one is dropped."""
        self._status_generation += 1
        generation = self._status_generation
        services, user = self.ctx.services, self.ctx.user
        run_in_background(
            lambda: services.status_counts(user),
            lambda counts: self._show_status(generation, counts),
            self._on_status_failed,
        )

    def _on_status_failed(self, exc: Exception) -> None:
        # the database may be briefly unreachable: the next change or the poller's tick recounts
        logging.getLogger(__name__).warning("status counts failed: %s", exc)

    def _show_status(self, generation: int, counts: list[StatusCount]) -> None:
        if not shiboken6.isValid(self) or generation != self._status_generation:
            return
        parts = []
        for c in counts:
            if c.count == 0:
                continue
            color = {"danger": "#c0392b", "warning": "#d35400"}.get(c.severity, "#2c3e50")
            # a count is a link: clicking it opens its list, filtered to those records
            link = f"<a href='{escape(c.code)}' style='color:{color}; text-decoration:none'>{escape(self.status_text(c))}</a>"
            parts.append(link)
        self.counts_label.setText(SEPARATOR_HTML.join(parts))
        self.last_status_counts = counts

    def show_guide(self) -> None:
        from frontdesk.ui.shell.guide import GuideDialog

        self.guide = GuideDialog(self.ctx, self)
        self.guide.open()

    def show_about(self) -> None:
        """帮助 → 关于: the version, when this copy was built (or that it runs from source), the
        database schema it writes, and where the data is."""
        from frontdesk.schema import head_revision
        from frontdesk.version import build_info

        info = build_info()
        if info.built:
            built = self.tr("构建时间：{0}").format(info.built)
            if info.commit:
                built += self.tr("（{0}）").format(info.commit)
        else:
            built = self.tr("从源码运行（不是安装包）")
        text = self.tr(
            "FrontDesk 客服前台 {0}\n{1}\n数据库结构版本：{2}\n数据库：{3}\n\n物业服务中心前台登记、工单、投诉、放行条与交接班。"
        ).format(info.version, built, head_revision(), self.ctx.services.db.describe())
        QMessageBox.about(self, self.tr("关于 FrontDesk"), text)

    # --- layout memory ----------------------------------------------------------------------

    def _restore_layout(self) -> None:
        if self._settings is None:
            return
        geo = self._settings.value("main/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        state = self._settings.value("main/state")
        if state is not None:
            self.restoreState(state)
        # (the last open tab is the person's, not the PC's: _add_tabs opened it, kept by kind)
        for tab in self.tab_widgets():
            restorer = getattr(tab, "restore_layout", None)
            if restorer is not None:
                restorer(self._settings)

    def save_layout(self) -> None:
        if self._settings is None:
            return
        self._settings.setValue("main/geometry", self.saveGeometry())
        self._settings.setValue("main/state", self.saveState())
        current = self.current_tab()
        if current is not None:
            self._settings.setValue(self._tab_key(), type(current).__name__)
        for tab in self.tab_widgets():
            saver = getattr(tab, "save_layout", None)
            if saver is not None:
                saver(self._settings)
        self._settings.sync()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        for tab in self.tab_widgets():
            closer = getattr(tab, "confirm_close", None)
            if closer is not None and not closer():
                event.ignore()
                return
        self.save_layout()
        self.alerts.shutdown()
        self.poller.stop()
        self._status_debounce.stop()
        if not self._logged_out:
            self._logged_out = True
            try:
                self.ctx.services.staff.logout(self.ctx.user)
            except Exception:  # the database went away: closing must still work
                logging.getLogger(__name__).exception("logout not recorded")
        super().closeEvent(event)
        if self._switching:
            self._switching = False
            self.switch_user_requested.emit()  # the login dialog shows before Qt sees no window left

    def _tab_key(self) -> str:
        return f"main/tab/{self.ctx.user.username or self.ctx.user.id}"

    def switch_user(self) -> bool:
        """切换用户: close like 退出 (each tab may refuse: unsaved input), then log in again."""
        if self._has_open_dialog():
            return False
        self._switching = True
        closed = self.close()
        if not closed:
            self._switching = False
        return closed

    def _has_open_dialog(self) -> bool:
        """A modal dialog of this window is waiting for an answer: bring it forward instead."""
        from PySide6.QtWidgets import QApplication

        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self and modal.isVisible():
            modal.activateWindow()
            return True
        return False

    def can(self, action: Action) -> bool:
        return self.ctx.user.can(action)
