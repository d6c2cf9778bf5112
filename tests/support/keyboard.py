"""Driving the UI like a person at a keyboard: text goes to whatever has focus, and every key
that is not typed text (Tab, Enter, Ctrl+…) or a click is counted as an interaction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


class Keyboard:
    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.interactions = 0
        self.log: list[str] = []

    @staticmethod
    def focus() -> QWidget:
        return focus()

    def type(self, text: str) -> None:
        """Typed text: not counted. Latin letters and digits as key presses; Chinese as an input
        method commits it (QTest cannot synthesise key presses for characters beyond Latin-1)."""
        type_into(self.qtbot, self.focus(), text)

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, label: str = "") -> None:
        self.interactions += 1
        self.log.append(label or f"{modifier.name}+{key.name}")
        self.qtbot.keyClick(self.focus(), key, modifier)

    def tab(self, n: int = 1) -> None:
        for _ in range(n):
            self.press(Qt.Key.Key_Tab, label="Tab")

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return, label="Enter")

    def click(self, widget: QWidget, label: str = "") -> None:
        self.interactions += 1
        self.log.append(label or f"click {widget.objectName()}")
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def focus() -> QWidget:
    """The widget that has the keyboard focus (there must be one)."""
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def press(qtbot, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """Press one key (with modifiers) on whatever has the focus."""
    qtbot.keyClick(focus(), key, mods)


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into ``widget`` at its cursor, leaving the focus where it is: printable ASCII as
    key presses, everything else (Chinese, full-width characters) as an input method commits it."""
    import re

    from PySide6.QtGui import QInputMethodEvent

    for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            QApplication.sendEvent(widget, QInputMethodEvent("", []))
            ev = QInputMethodEvent()
            ev.setCommitString(chunk)
            QApplication.sendEvent(widget, ev)


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Give ``widget`` the focus, then type ``text`` into it (see type_into)."""
    widget.setFocus()
    type_into(qtbot, widget, text)


def click_tab(kb: Keyboard, tabs, title: str) -> None:  # type: ignore[no-untyped-def]
    """Click the main window's tab with this title (one interaction); a tab inside a group
    (登记簿, 文书…) is two clicks: the group, then the tab."""
    from frontdesk.ui.shell.tabs import TabGroup, TabSlot

    if not any(tabs.tabText(i) == title for i in range(tabs.count())):
        for i in range(tabs.count()):
            place = tabs.widget(i)
            if isinstance(place, TabSlot):
                if not place.spec.group or all(m.title != title for m in place.members):
                    continue
            elif not isinstance(place, TabGroup) or all(place.tabText(j) != title for j in range(place.count())):
                continue
            click_tab(kb, tabs, tabs.tabText(i))
            group = tabs.currentWidget()
            assert isinstance(group, TabGroup)
            click_tab(kb, group, title)
            return
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    kb.interactions += 1
    kb.log.append(f"click tab {title}")
    kb.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index
