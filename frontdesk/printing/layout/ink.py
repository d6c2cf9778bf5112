"""Batched drawing of a block's ruled cells, shaded backgrounds and texts, and its outer frame."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import ParamSpec

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.layout.style import INK, LIGHT, RULE, Style
from frontdesk.printing.layout.text import draw_lines, fit_cell, text_batch

_P = ParamSpec("_P")


class _Ink:
    """Collects a block's cells and texts, then draws all shaded backgrounds as one path, all
    rulings as one path, and the texts on top: far fewer PDF operators than cell by cell."""

    def __init__(self) -> None:
        self._fills: list[tuple[float, float, float, float]] = []
        self._boxes: list[tuple[float, float, float, float]] = []
        self._texts: list[Callable[[], None]] = []

    def cell(self, x: float, top: float, w: float, h: float, *, fill: Color | None, style: Style) -> None:
        box = (x, top - h, w, h)
        self._boxes.append(box)
        if fill is not None:
            self._fills.append(box)

    def text(
        self,
        c: Canvas,
        x: float,
        top: float,
        w: float,
        h: float,
        text: str,
        size: float,
        *,
        style: Style,
        fill: Color | None = None,
        align: str = "left",
        valign: str = "middle",
    ) -> None:
        """A ruled cell with ``text`` wrapped inside its padding (a short value shrunk rather than
        broken: :func:`fit_cell`), drawn once the cells are: every label, value, heading and footer
        cell of the grids and tables. The block passes one ``valign`` for the whole row."""
        lines, size = fit_cell(text, round(w - 2 * style.pad, 3), size)
        self.cell(x, top, w, h, fill=fill, style=style)
        self.later(draw_lines, c, x, top, w, h, list(lines), size, style=style, valign=valign, align=align)

    def later(self, fn: Callable[_P, None], /, *args: _P.args, **kwargs: _P.kwargs) -> None:
        """Call ``fn(*args, **kwargs)`` in :meth:`flush`, once the cells are drawn."""
        self._texts.append(partial(fn, *args, **kwargs))

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
        with text_batch(c):
            for draw in self._texts:
                draw()


def _frame(c: Canvas, x: float, top: float, w: float, h: float, style: Style) -> None:
    c.setLineWidth(style.frame)
    c.setStrokeColor(INK)
    c.rect(x, top - h, w, h, stroke=1, fill=0)
