"""Form helpers: an error label under each field, filled from a ValidationError."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from frontdesk.services.errors import ValidationError
from frontdesk.ui.messages import field_message

ERROR_STYLE = "color: #c0392b; font-size: 12px;"
INVALID_STYLE = "border: 1px solid #c0392b; border-radius: 2px; padding: 2px;"  # keeps the height


class FieldErrors:
    """Keeps one hidden red label per field; ``show()`` fills the ones a ValidationError names."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def wrap(self, name: str, widget: QWidget, marked: QWidget | None = None) -> QWidget:
        """A container holding ``widget`` with its error label below; use it in the form layout.
        ``marked``: the part of ``widget`` outlined in red and focused on an error (default: all)."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        lay.addWidget(label)
        self._labels[name] = label
        self._widgets[name] = marked if marked is not None else widget
        return box

    def add_row(self, form: QFormLayout, label: str, name: str, widget: QWidget) -> None:
        form.addRow(label, self.wrap(name, widget))

    def clear(self) -> None:
        for name, label in self._labels.items():
            label.clear()
            label.hide()
            self._widgets[name].setStyleSheet("")

    def clear_one(self, name: str) -> None:
        """Hide one field's message (e.g. after checking that field alone), leaving the others."""
        label = self._labels.get(name)
        if label is not None:
            label.clear()
            label.hide()
            self._widgets[name].setStyleSheet("")

    def set(self, name: str, text: str) -> None:
        label = self._labels.get(name)
        if label is None:
            return
        label.setText(text)
        label.show()
        self._widgets[name].setStyleSheet(INVALID_STYLE)

    def show(self, exc: ValidationError) -> list[str]:
        """Show each error next to its field; returns the names that have no label here."""
        self.clear()
        params = exc.params.get("field_params", {}) or {}
        unknown: list[str] = []
        for name, code in exc.errors.items():
            p = dict(exc.params)
            p.update(params.get(name, {}))
            if name in self._labels:
                self.set(name, field_message(code, p))
            else:
                unknown.append(name)
        first = next((self._widgets[n] for n in exc.errors if n in self._widgets), None)
        if first is not None:
            first.setFocus()
        return unknown

    def text(self, name: str) -> str:
        label = self._labels.get(name)
        return label.text() if label is not None and label.isVisible() else ""

    def message(self, name: str) -> str:
        """The current message for a field, visible or not (for tests of hidden windows)."""
        label = self._labels.get(name)
        return label.text() if label is not None else ""
