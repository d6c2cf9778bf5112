"""Batched drawing of a block's ruled cells, shaded backgrounds and texts, and its outer frame."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.layout.style import INK, LIGHT, RULE, Style
from frontdesk.printing.layout.text import _BATCH


class _Ink:
    """Collects a block's cells and texts, then draws all shaded backgrounds as one path, all
    rulings as one path, and the texts on top: far fewer PDF operators than cell by cell."""

    def __init__(self) -> None:
        self._fills: list[tuple[float, float, float, float]] = []
        self._boxes: list[tuple[float, float, float, float]] = []
        self._texts: list[tuple[object, tuple[object, ...], dict[str, object]]] = []

    def cell(self, x: float, top: float, w: float, h: float, *, fill: Color | None, style: Style) -> None:
        box = (x, top - h, w, h)
        self._boxes.append(box)
        if fill is not None:
            self._fills.append(box)

    def later(self, fn, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self._texts.append((fn, args, kwargs))

    def flush(self, c: Canvas, style: Style) -> None:
        if self._fills:
            p = c.beginPath()
            for box in self._fills:
                p.rect(*box)
            c.setFillColor(LIGHT)
            c.drawPath(p, stroke=0, fill=1)
            c.setFillColor(INK)
        if self._boxes:
            p = c.beginPath()
            for box in self._boxes:
                p.rect(*box)
            c.setLineWidth(style.rule)
            c.setStrokeColor(RULE)
            c.drawPath(p, stroke=1, fill=0)
            c.setStrokeColor(INK)
        if not self._texts:
            return
        c.setFillColor(INK)
        batch = c.beginText()
        _BATCH[id(c)] = batch
        try:
            for fn, args, kwargs in self._texts:
                fn(*args, **kwargs)  # type: ignore[operator]
        finally:
            del _BATCH[id(c)]
        c.drawText(batch)


def _frame(c: Canvas, x: float, top: float, w: float, h: float, style: Style) -> None:
    c.setLineWidth(style.frame)
    c.setStrokeColor(INK)
    c.rect(x, top - h, w, h, stroke=1, fill=0)
