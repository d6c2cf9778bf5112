"""Typing as a person does: Latin letters and digits are key presses; Chinese arrives from the
input method as a committed string (QTest cannot press a key for a Chinese character), and so do
characters no key produces (control characters come in by pasting)."""

from __future__ import annotations

import itertools

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    for printable, group in itertools.groupby(text, key=lambda ch: 32 <= ord(ch) < 127):
        chunk = "".join(group)
        if printable:
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)
