"""A form that scrolls up and down when the window is too low for it (``FormScroll``); its
buttons go below it, outside, so a form's actions stay on screen on a 1280×720 laptop at 125 %
(1024×512 logical pixels) as on a 1366×768 counter screen.

Why not a plain QScrollArea: a plain one may be squeezed narrower than its form (the form then
scrolls sideways or is cut off), reports at most 24 lines as its preferred height (so a layout
that gives it its preferred height cuts a longer form short although the screen has room), and
scrolls only on Tab to the field that takes the focus, not when a form puts the cursor on a field
with an error. This one is exactly as wide as its form needs, asks for the form's whole height, and
follows the focus however it moves."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

from frontdesk.ui.common.dialog_parts import Part, stack


class FormScroll(QScrollArea):
    """``body`` (a widget, or parts stacked one under the other as ``dialog_parts.stack`` takes
    them) in a frameless area that scrolls only up and down, only when the window is too low.
    Its owner stacks it with a stretch over its action row: ``stack(box, (scroll, 1), buttons)``."""

    def __init__(self, *body: Part, name: str = "") -> None:
        super().__init__()
        if name:
            self.setObjectName(name)
        if len(body) == 1 and isinstance(body[0], QWidget):
            inner = body[0]
        else:
            inner = QWidget()
            stack(inner, *body, margins=(0, 0, 0, 0))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(inner)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.on_app_focusChanged)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as the form's narrowest (and its scroll bar), a few lines high."""
        inner, base = self.widget(), super().minimumSizeHint()
        if inner is None:
            return base
        return QSize(inner.minimumSizeHint().width() + self._bar(), base.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """The form's own size: a layout with room gives it all, so it does not scroll."""
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        hint = inner.sizeHint().expandedTo(inner.minimumSizeHint())
        return QSize(hint.width() + self._bar(), hint.height())

    def on_app_focusChanged(self, _old: QWidget | None, new: QWidget | None) -> None:  # noqa: N802
        inner = self.widget()
        if new is not None and inner is not None and inner.isAncestorOf(new):
            self.ensureWidgetVisible(new, 0, 4)
