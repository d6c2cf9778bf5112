"""A row of filters or buttons that wraps onto a second line when the window is narrow
(``FlowRow``), instead of making the whole window wider than the screen.

Why: a tab's filter bar laid out in a QHBoxLayout is as wide as all its fields together; in
English, or on a 1280×720 laptop at 125 % (1024 logical pixels), that was wider than the screen
and the window grew past its edge. Here each line takes the items that fit at their preferred
widths; what a line has left goes to its stretching items (a search box, a stretch), so on a wide
screen the row looks exactly as the QHBoxLayout did."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QStyle, QWidget, QWidgetItem


class FlowRow(QLayout):
    """Widgets side by side, wrapping when the width is short; ``stretch`` as QHBoxLayout's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: list[int] = []
        self.setContentsMargins(0, 0, 0, 0)

    # --- filling ----------------------------------------------------------------------------------

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 (Qt's name)
        self.addChildWidget(widget)
        self._add(QWidgetItem(widget), stretch)

    def addSpacing(self, size: int) -> None:  # noqa: N802 (as QBoxLayout's)
        self._add(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum), 0)

    def addStretch(self, stretch: int = 1) -> None:  # noqa: N802 (as QBoxLayout's)
        self._add(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum), stretch)

    def _add(self, item: QLayoutItem, stretch: int) -> None:
        self._items.append(item)
        self._stretch.append(stretch)
        self.invalidate()

    # --- QLayout ----------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._add(item, 0)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        if not 0 <= index < len(self._items):
            return None
        self._stretch.pop(index)
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._lay_out(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._lay_out(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """All on one line."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i, _s in shown) + self._gap() * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i, _s in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        """As narrow as its widest item (the rest wraps), one line high."""
        shown = self._shown()
        width = max((i.minimumSize().width() for i, _s in shown), default=0)
        height = max((i.sizeHint().height() for i, _s in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    # --- laying out -------------------------------------------------------------------------------

    def _gap(self) -> int:
        """The space between items: as set, else what a QHBoxLayout in the same place would use."""
        if self.spacing() >= 0:
            return self.spacing()
        outer = self.parent()
        if isinstance(outer, QLayout) and outer.spacing() >= 0:
            return outer.spacing()
        widget = self.parentWidget()
        style = widget.style() if widget is not None else QApplication.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, widget)

    def _shown(self) -> list[tuple[QLayoutItem, int]]:
        # a hidden widget takes no room; a spacer (which Qt calls empty) does
        return [(i, s) for i, s in zip(self._items, self._stretch, strict=True) if i.widget() is None or not i.isEmpty()]

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        for item, stretch in self._shown():
            w = item.sizeHint().width()
            if lines[-1] and used + self._gap() + w > width:
                lines.append([])
                used = 0
            used += (self._gap() if lines[-1] else 0) + w
            lines[-1].append((item, stretch))
        return [line for line in lines if line]

    def _lay_out(self, rect: QRect, *, place: bool) -> int:
        """Place the items in ``rect`` (when ``place``); the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        for n, line in enumerate(self._lines(area.width())):
            if n:
                y += self._gap()
            height = max(i.sizeHint().height() for i, _s in line)
            if place:
                self._place(line, area.x(), y, area.width(), height)
            y += height
        return y - area.y() + m.top() + m.bottom()

    def _place(self, line: list[tuple[QLayoutItem, int]], x: int, y: int, width: int, height: int) -> None:
        """One line: preferred widths, squeezed towards the minimum when even one item is too
        wide, the room left shared by the stretching items (up to their maximum)."""
        widths = [i.sizeHint().width() for i, _s in line]
        left = width - sum(widths) - self._gap() * (len(line) - 1)
        if left < 0:  # too narrow even alone: squeeze what can be squeezed
            for k, (item, _s) in enumerate(line):
                give = min(widths[k] - item.minimumSize().width(), -left)
                widths[k] -= give
                left += give
        if left > 0:
            _share(line, widths, left)
        for k, (item, _s) in enumerate(line):
            h = min(max(item.sizeHint().height(), item.minimumSize().height()), height)
            if item.expandingDirections() & Qt.Orientation.Vertical:
                h = height
            item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(widths[k], h)))
            x += widths[k] + self._gap()


def _share(line: list[tuple[QLayoutItem, int]], widths: list[int], left: int) -> None:
    """Give ``left`` pixels to the stretching items so that their widths go as their stretch
    factors, as QHBoxLayout does (none narrower than it wants, none wider than its maximum)."""
    free = {k for k, (_i, s) in enumerate(line) if s}
    while free and left > 0:
        pool = left + sum(widths[k] for k in free)
        total = sum(line[k][1] for k in free)
        fixed = {k for k in free if pool * line[k][1] // total <= widths[k] or line[k][0].maximumSize().width() <= widths[k]}
        if fixed:  # already at least their share (or at their maximum): they keep their width
            free -= fixed
            continue
        for k in free:
            want = min(pool * line[k][1] // total, line[k][0].maximumSize().width())
            left -= want - widths[k]
            widths[k] = want
        free = {k for k in free if widths[k] < line[k][0].maximumSize().width()} if left > 0 else set()
