"""Typing as a person does: Latin letters and digits are key presses; Chinese arrives from the
input method as a committed string (QTest cannot press a key for a Chinese character)."""

from __future__ import annotations

import itertools

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    for is_ascii, group in itertools.groupby(text, key=lambda ch: ord(ch) < 128):
        chunk = "".join(group)
        if is_ascii:
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)
