"""Typing like a person at a Chinese counter: ASCII as key presses, Chinese (and full-width
characters) as an input method commits them — QTest can only press ASCII keys."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into ``widget`` at the cursor."""
    widget.setFocus()
    for is_ascii, chunk in itertools.groupby(text, key=lambda c: ord(c) < 128):
        part = "".join(chunk)
        if is_ascii:
            qtbot.keyClicks(widget, part)
        else:
            event = QInputMethodEvent()
            event.setCommitString(part)
            QCoreApplication.sendEvent(widget, event)
