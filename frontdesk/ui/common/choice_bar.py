"""A row of choices, each one keystroke away: press its number while the bar has focus.

One tab stop for the whole row (the buttons themselves take no focus); the number keys pick a
choice and move on to the next field, the arrow keys move the choice, the mouse works as usual.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

# On each button: the bar's own style sheet is the form's to use (red frame on an error).
_BUTTON_STYLE = """
QPushButton { padding: 3px 10px; border: 1px solid #c8ccd2; background: #fff; border-radius: 3px; }
QPushButton:hover { border-color: #6b93d6; }
QPushButton:checked { background: #2563eb; color: #fff; border-color: #1d4ed8; }
QPushButton:disabled { color: #999; background: #f3f4f6; }
QPushButton:checked:disabled { background: #9ca3af; color: #fff; }
"""
_FOCUS = QColor("#3b82f6")


class ChoiceBar(QWidget):
    #: the code of the choice the user made (by key or mouse)
    chosen = Signal(str)

    def __init__(
        self,
        items: list[tuple[str, str]] | None = None,
        *,
        advance: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._advance = advance
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self._layout.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self._on_clicked)
        self._codes: list[str] = []
        self.set_items(items or [])

    # --- content ----------------------------------------------------------------------------

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """(code, label) pairs; the label is shown after its number key."""
        current = self.value()
        for b in self._group.buttons():
            self._group.removeButton(b)
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone now; deleted when the event loop next runs
                widget.deleteLater()
        self._codes = [code for code, _ in items]
        for i, (code, label) in enumerate(items):
            b = QPushButton(f"{i + 1} {label}" if len(items) < 10 else label)
            b.setObjectName(f"choice_{code}")
            b.setCheckable(True)
            b.setStyleSheet(_BUTTON_STYLE)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            self._group.addButton(b, i)
            self._layout.addWidget(b)
        self._layout.addStretch(1)
        if current in self._codes:
            self.set_value(current)
        elif self._codes:
            self.set_value(self._codes[0])

    def codes(self) -> list[str]:
        return list(self._codes)

    def value(self) -> str:
        i = self._group.checkedId()
        return self._codes[i] if 0 <= i < len(self._codes) else ""

    def set_value(self, code: str) -> None:
        if code in self._codes:
            self._group.button(self._codes.index(code)).setChecked(True)

    def button(self, code: str) -> QPushButton:
        return self._group.button(self._codes.index(code))  # type: ignore[return-value]

    # --- behaviour ---------------------------------------------------------------------------

    def _on_clicked(self, index: int) -> None:
        self.chosen.emit(self._codes[index])

    def _choose(self, index: int, *, advance: bool) -> None:
        if not (0 <= index < len(self._codes)) or not self.isEnabled():
            return
        self._group.button(index).setChecked(True)
        self.chosen.emit(self._codes[index])
        if advance and self._advance:
            self.focusNextChild()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if text.isdigit() and text != "0" and mods == Qt.KeyboardModifier.NoModifier:
            if int(text) <= len(self._codes):
                self._choose(int(text) - 1, advance=True)
                event.accept()
                return
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if event.key() == Qt.Key.Key_Left else 1
            self._choose(max(0, min(len(self._codes) - 1, self._group.checkedId() + step)), advance=False)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # one frame around the row: this is where the number keys go
            p = QPainter(self)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(_FOCUS)
            pen.setWidth(2)
            p.setPen(pen)
            p.setBrush(QColor(59, 130, 246, 28))
            last = self._group.buttons()[-1].geometry().right() if self._group.buttons() else self.width()
            p.drawRoundedRect(1, 1, min(self.width(), last + 4) - 2, self.height() - 2, 4, 4)
            p.end()
