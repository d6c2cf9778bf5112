"""The keyboard map of every window: no two mnemonics or shortcuts collide, and every enabled
button lies inside the visible area of a 1366×768 counter screen and of a 1280×720 laptop at 125 %.

Offscreen there is no real screen, so the sizes are computed in device-independent pixels, which is
what Qt lays out in: at 125 % a 1280×720 screen is 1024×576 logical pixels (fonts scale with it,
so a 10 pt label takes the same logical room as at 100 %). From the screen we take a 40 px taskbar
and the 40 px title bar and borders (as ``fitting_size`` does), scaled with the ratio."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from frontdesk.ui.shell import appsetup
from tests.ui.test_translation import english_qm  # noqa: F401 (a fixture: the English .qm, built)

TASKBAR = 40
FRAME = 40


def client_area(width: int, height: int, ratio: float) -> tuple[int, int]:
    """The logical size a maximised window's client area gets on a ``width``×``height`` screen
    at ``ratio`` (1.25 for 125 %)."""
    return int(width / ratio), int((height - TASKBAR) / ratio) - FRAME


SCREENS = {"1366x768": client_area(1366, 768, 1.0), "1280x720@125%": client_area(1280, 720, 1.25)}

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    m = MNEMONIC.search(text.replace("&&", ""))
    return m.group(1).upper() if m else None


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.window() is window


def inner(widget: QWidget) -> bool:
    """Qt's own buttons (a tab bar's scroll arrows, a table's corner, a tool bar's extension)."""
    return (
        isinstance(widget.parentWidget(), QTabBar)
        or widget.objectName().startswith("qt_")
        or (type(widget).__name__ == "QTableCornerButton")
    )


def choice(button: QAbstractButton) -> bool:
    """One of a field's exclusive choices drawn as push buttons (a ChoiceBar): a field, like a radio button."""
    group = button.group()
    return button.isCheckable() and group is not None and group.exclusive()


def outside(window: QWidget) -> list[str]:
    """Every enabled action button (push or tool button; a radio button, a check box or a row of
    exclusive choices is a field, which a form may scroll to) not wholly inside what the window
    shows: clipped by a parent, a scroll area's viewport, or the window's edge."""
    bad = []
    for b in window.findChildren(QAbstractButton):
        if not isinstance(b, (QPushButton, QToolButton)) or not shown(b, window) or not b.isEnabled() or inner(b):
            continue
        if choice(b):
            continue
        rect = QRect(b.mapTo(window, QPoint(0, 0)), b.size())
        seen = QRect(rect)
        p = b.parentWidget()
        while p is not None and p is not window:
            seen &= QRect(p.mapTo(window, QPoint(0, 0)), p.size())
            p = p.parentWidget()
        seen &= window.rect()
        if seen != rect:
            bad.append(f"{b.text() or b.objectName() or type(b).__name__} at {rect.getRect()} shows {seen.getRect()}")
    return bad


def mnemonic_clashes(window: QWidget) -> list[str]:
    owners: dict[str, list[str]] = defaultdict(list)
    texts: list[tuple[QWidget, str]] = []
    for w in window.findChildren(QWidget):
        if not shown(w, window) or not w.isEnabled():
            continue
        if isinstance(w, QAbstractButton) and not inner(w):
            texts.append((w, w.text()))
        elif isinstance(w, QLabel) and w.buddy() is not None:
            texts.append((w, w.text()))
        elif isinstance(w, QGroupBox) and w.isCheckable():
            texts.append((w, w.title()))
        elif isinstance(w, QTabBar):
            texts += [(w, w.tabText(i)) for i in range(w.count()) if w.isTabVisible(i)]
        elif isinstance(w, QMenuBar):
            texts += [(w, a.text()) for a in w.actions() if a.isVisible()]
    for _w, text in texts:
        key = mnemonic(text)
        if key:
            owners[key].append(text.replace("&", ""))
    return [f"Alt+{k}: {' / '.join(v)}" for k, v in owners.items() if len(v) > 1]


def shortcut_clashes(window: QWidget) -> list[str]:
    """Key sequences bound twice where both are live at once (window-wide, or the same widget)."""
    owners: dict[str, list[str]] = defaultdict(list)

    def add(seq: QKeySequence, what: str) -> None:
        for i in range(seq.count()):
            text = QKeySequence(seq[i]).toString()
            if text:
                owners[text].append(what)

    seen_actions: set[int] = set()
    for w in [window, *window.findChildren(QWidget)]:
        if w is not window and (not shown(w, window) or not w.isEnabled()):
            continue
        for a in w.actions():
            if id(a) in seen_actions or not a.isEnabled() or a.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
                continue
            seen_actions.add(id(a))
            for seq in a.shortcuts():
                add(seq, a.text().replace("&", "") or a.objectName())
    for s in window.findChildren(QShortcut):
        parent = s.parent()
        if not isinstance(parent, QWidget) or not s.isEnabled() or s.context() == Qt.ShortcutContext.WidgetShortcut:
            continue
        if parent is not window and not shown(parent, window):
            continue
        add(s.key(), s.objectName() or s.whatsThis() or type(parent).__name__)
    return [f"{k}: {' / '.join(v)}" for k, v in owners.items() if len(v) > 1]


def check(window: QWidget, name: str, size: tuple[int, int]) -> list[str]:
    """Lay ``window`` out at ``size`` and list what is wrong with it."""
    window.resize(*size)
    QApplication.processEvents()
    problems = []
    if window.width() > size[0] or window.height() > size[1]:
        hint = window.minimumSizeHint()
        problems.append(f"{name}: needs {window.width()}×{window.height()} (minimum {hint.width()}×{hint.height()})")
    problems += [f"{name}: {p}" for p in outside(window)]
    problems += [f"{name}: mnemonic {p}" for p in mnemonic_clashes(window)]
    problems += [f"{name}: shortcut {p}" for p in shortcut_clashes(window)]
    return problems


@pytest.fixture
def styled(qapp: QApplication):  # type: ignore[no-untyped-def]
    before = qapp.styleSheet()
    qapp.setStyleSheet(appsetup.STYLE)
    yield
    qapp.setStyleSheet(before)


def select_first_rows(qtbot, tab: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Select the first record of every list the tab shows, so its detail and actions appear."""
    for view in tab.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisibleTo(tab) or model is None or isinstance(view.parentWidget(), QComboBox):
            continue
        qtbot.waitUntil(lambda m=model: not getattr(m, "loading", False), timeout=5000)
        if model.rowCount() > 0 and view.selectionModel() is not None:
            view.setCurrentIndex(model.index(0, 0))
    QApplication.processEvents()


class Opened:
    """Every dialog a button opens, modal or not, is checked at each size and closed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int], checker=None) -> None:  # type: ignore[no-untyped-def]
        self.size = size
        self.checker = checker or check
        self.problems: list[str] = []
        self.names: list[str] = []
        opened = self

        def exec_(dlg: QDialog) -> int:
            opened.look(dlg)
            return int(QDialog.DialogCode.Rejected)

        def open_(dlg: QDialog) -> None:
            opened.look(dlg)

        monkeypatch.setattr(QDialog, "exec", exec_)
        monkeypatch.setattr(QDialog, "open", open_)
        monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
        monkeypatch.setattr(QMessageBox, "warning", lambda *_a, **_k: QMessageBox.StandardButton.Ok)
        monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: QMessageBox.StandardButton.Ok)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))

    def look(self, dlg: QDialog) -> None:
        if isinstance(dlg, QMessageBox):
            return
        name = dlg.windowTitle() or type(dlg).__name__
        self.names.append(name)
        dlg.show()
        QApplication.processEvents()
        self.problems += self.checker(dlg, name, self.size)
        dlg.hide()
        dlg.deleteLater()


#: buttons that open a dialog though their words do not end in … (a step of a record, a new one)
OPENS = {"new_order", "op_dispatch", "op_hold", "op_edit", "op_cancel", "new_complaint", "complaint_stats", "handover_correct"}


@pytest.mark.usefixtures("english_qm")
def test_in_english_too(qtbot, qapp, styled, services, supervisor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """English words are longer: the small screen still shows every action (rows wrap, forms scroll)."""
    assert appsetup.install_translation(qapp, "en")
    try:
        test_every_tab_and_dialog_fits_and_keys_are_unique(qtbot, styled, services, supervisor, monkeypatch, "1280x720@125%")
    finally:
        appsetup.install_translation(qapp, "zh_CN")


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_tab_and_dialog_fits_and_keys_are_unique(qtbot, styled, services, supervisor, monkeypatch, screen) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.common.bus import EventBus
    from frontdesk.ui.common.context import UiContext
    from frontdesk.ui.handover.tab import HandoverTab
    from frontdesk.ui.shell.main_window import MainWindow

    services.demo.load(supervisor, history_days=3)
    size = SCREENS[screen]
    opened = Opened(monkeypatch, size)
    window = MainWindow(UiContext(services, supervisor, EventBus()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    for tab in window.build_all_tabs():
        window.show_tab(tab)
        select_first_rows(qtbot, tab)
        problems += check(window, tab.windowTitle(), size)
        window.grab().save(f"/tmp/shots/keyboard_map_{type(tab).__name__}_{screen}.png")
        for button in tab.findChildren(QPushButton):  # the buttons that open a dialog end in …
            if button.isVisibleTo(tab) and button.isEnabled() and ("…" in button.text() or button.objectName() in OPENS):
                button.click()
                QApplication.processEvents()
        if isinstance(tab, HandoverTab):  # the draft is a window of its own; 交班 offers 接班确认
            draft = tab.write_handover()
            assert draft is not None
            detail = draft.detail
            opened.look(draft)
            tab.open_ack(detail)
    for action in window.findChildren(QAction):  # the admin menu's dialogs
        if action.objectName().startswith("action_") and action.isEnabled():
            action.trigger()
    window.search_action.trigger()
    problems += opened.problems
    print("dialogs checked:", opened.names)
    assert len(opened.names) >= 20, opened.names
    assert problems == [], "\n".join(problems)


def keys_and_headers(window: QWidget, name: str, size: tuple[int, int]) -> list[str]:
    """What must hold in every language: unique mnemonics and shortcuts, and column headers as wide
    as their words (the English words are longer; whether they fit the screen is the Chinese run's)."""
    from tests.ui.test_translation import clipped_headers

    window.resize(*size)
    QApplication.processEvents()
    problems = [f"{name}: mnemonic {p}" for p in mnemonic_clashes(window)]
    problems += [f"{name}: shortcut {p}" for p in shortcut_clashes(window)]
    problems += [f"{name}: header {p}" for p in clipped_headers(window)]
    return problems


def test_keys_are_unique_and_headers_whole_in_english(qtbot, qapp, styled, services, supervisor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The English words carry their own mnemonics (&File, &Admin …): no two collide in a tab or
    dialog, and no column header of a dialog is cut ("Channel" was shown as "hanne")."""
    import sys
    from pathlib import Path

    from frontdesk.ui.common.bus import EventBus
    from frontdesk.ui.common.context import UiContext
    from frontdesk.ui.shell.main_window import MainWindow

    tools = Path(__file__).resolve().parents[2] / "tools"
    sys.path.insert(0, str(tools))
    try:
        import build_translations
    finally:
        sys.path.pop(0)
    build_translations.main()
    assert appsetup.install_translation(qapp, "en")
    try:
        services.demo.load(supervisor, history_days=2)
        size = SCREENS["1366x768"]
        opened = Opened(monkeypatch, size, keys_and_headers)
        window = MainWindow(UiContext(services, supervisor, EventBus()))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        problems: list[str] = []
        for tab in window.build_all_tabs():
            window.show_tab(tab)
            select_first_rows(qtbot, tab)
            problems += keys_and_headers(window, tab.windowTitle(), size)
            for button in tab.findChildren(QPushButton):
                if button.isVisibleTo(tab) and button.isEnabled() and "…" in button.text():
                    button.click()
                    QApplication.processEvents()
        for action in window.findChildren(QAction):
            if action.objectName().startswith("action_") and action.isEnabled():
                action.trigger()
        window.search_action.trigger()
        problems += opened.problems
        print("dialogs checked in English:", opened.names)
        assert len(opened.names) >= 6, opened.names
        assert problems == [], "\n".join(problems)
    finally:
        appsetup.install_translation(qapp, "zh_CN")


@pytest.mark.parametrize("screen", list(SCREENS))
def test_dialogs_open_no_larger_than_the_screen(qtbot, services, supervisor, monkeypatch, screen) -> None:  # type: ignore[no-untyped-def]
    """A dialog asks for the size that suits a large screen (接班确认 900×760, the complaint
    statistics 1150×800); it opens within the screen's free area, its buttons on screen."""
    from frontdesk.ui.common import screen_fit
    from frontdesk.ui.common.bus import EventBus
    from frontdesk.ui.common.context import UiContext
    from frontdesk.ui.complaints.stats import ComplaintStatsDialog
    from frontdesk.ui.handover.tab import HandoverTab
    from frontdesk.ui.shell.guide import GuideDialog

    width, height = SCREENS[screen]
    free = QRect(0, 0, width, height + FRAME)  # the screen less its task bar; the frame comes off
    monkeypatch.setattr(screen_fit, "free_area", lambda _window: free)
    services.demo.load(supervisor, history_days=1)
    ctx = UiContext(services, supervisor, EventBus())
    handover = HandoverTab(ctx)
    qtbot.addWidget(handover)
    draft = handover.write_handover()
    assert draft is not None
    ack = handover.open_ack(draft.detail)
    dialogs = [draft, ack, ComplaintStatsDialog(ctx), GuideDialog(ctx)]
    for dlg in dialogs:
        qtbot.addWidget(dlg)
    sizes = {dlg.windowTitle(): (dlg.width(), dlg.height()) for dlg in dialogs}
    assert all(w <= width and h <= height for w, h in sizes.values()), sizes


def test_a_pass_with_many_items_keeps_its_buttons_in_view(qtbot, styled, services, supervisor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Item lines lengthen the release pass form: it scrolls, the window stays within the screen."""
    from frontdesk.ui.common.bus import EventBus
    from frontdesk.ui.common.context import UiContext
    from frontdesk.ui.release_passes.tab import ReleasePassTab
    from frontdesk.ui.shell.main_window import MainWindow

    Opened(monkeypatch, SCREENS["1280x720@125%"])
    window = MainWindow(UiContext(services, supervisor, EventBus()))
    qtbot.addWidget(window)
    window.show()
    tab = next(t for t in window.build_all_tabs() if isinstance(t, ReleasePassTab))
    window.show_tab(tab)
    while tab.items.add_row(focus=False):  # as many lines as a pass takes
        pass
    assert len(tab.items.rows) >= 8
    problems = check(window, "放行条", SCREENS["1280x720@125%"])
    assert [p for p in problems if "needs" in p or "开具" in p or "清空" in p] == []
