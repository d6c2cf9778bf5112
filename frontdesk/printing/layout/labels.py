"""Small labels and slips, several to an A4 sheet with dashed cut lines between them: a parcel's
shelf label, a visitor's slip. Each :class:`Label` has a heading, its record number, one value in
large type (the room), a few "key: value" lines, an optional code in large type (a pick-up code)
and an optional line to sign on."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.layout.pages import new_canvas
from frontdesk.printing.layout.style import GREY, SERIAL_RED, mm
from frontdesk.printing.layout.text import draw_text, text_width, wrap


@dataclass(frozen=True)
class Label:
    title: str
    number: str
    big: str
    lines: Sequence[tuple[str, str]] = field(default_factory=list)
    code: str = ""
    footer: str = ""
    centre: str = ""


def _fit(text: str, width: float, size: float) -> float:
    """The largest size up to ``size`` at which ``text`` fits ``width``."""
    while size > 8 and text_width(text, size) > width:
        size -= 1
    return size


def _cut(c: Canvas, x0: float, y0: float, x1: float, y1: float) -> None:
    c.saveState()
    c.setDash(3, 2.5)
    c.setLineWidth(0.5)
    c.setStrokeColor(GREY)
    c.line(x0, y0, x1, y1)
    c.restoreState()


def _draw(c: Canvas, lab: Label, x: float, top: float, w: float, h: float) -> None:
    pad = 4 * mm
    x0, inner = x + pad, w - 2 * pad
    y = top - pad - 3.2 * mm
    draw_text(c, x0, y, f"{lab.centre} {lab.title}".strip(), 10, bold=True)
    draw_text(c, x0 + inner, y, lab.number, 8.5, align="right", color=SERIAL_RED)
    y -= 4 * mm
    c.setLineWidth(0.6)
    c.line(x0, y, x0 + inner, y)
    big = _fit(lab.big, inner, 26)
    y -= big * 0.95
    draw_text(c, x0, y, lab.big, big, bold=True)
    y -= 3 * mm
    bottom = top - h + pad + (10 * mm if lab.code else 0) + (6 * mm if lab.footer else 0)
    for key, value in lab.lines:
        if y - 4.4 * mm < bottom:
            break
        draw_text(c, x0, y - 3.6 * mm, key, 9.5, color=GREY)
        rest = wrap(value, inner - 14 * mm, 10.5)[:1] or [""]
        more = "…" if len(wrap(value, inner - 14 * mm, 10.5)) > 1 else ""
        draw_text(c, x0 + 14 * mm, y - 3.6 * mm, rest[0] + more, 10.5)
        y -= 5.2 * mm
    base = top - h + pad
    if lab.footer:
        draw_text(c, x0, base + 1 * mm, lab.footer, 9.5)
        c.setLineWidth(0.4)
        c.line(x0 + text_width(lab.footer, 9.5) + 1 * mm, base + 0.5 * mm, x0 + inner, base + 0.5 * mm)
        base += 6 * mm
    if lab.code:
        draw_text(c, x0, base + 1.5 * mm, "取件码", 9.5, color=GREY)
        draw_text(c, x0 + inner, base + 1 * mm, lab.code, 22, align="right", bold=True, char_space=2)


def render_labels(labels: Sequence[Label], *, title: str, columns: int = 2, rows: int = 4) -> bytes:
    """``labels`` in a ``columns`` × ``rows`` grid per A4 sheet (as many sheets as needed), a
    dashed cut line around and between them."""
    buf = io.BytesIO()
    c = new_canvas(buf, title=title)
    pw, ph = A4
    margin = 8 * mm
    w, h = (pw - 2 * margin) / columns, (ph - 2 * margin) / rows
    per_page = columns * rows
    for start in range(0, max(len(labels), 1), per_page):
        chunk = labels[start : start + per_page]
        used_rows = (len(chunk) + columns - 1) // columns
        for i, lab in enumerate(chunk):
            col, row = i % columns, i // columns
            _draw(c, lab, margin + col * w, ph - margin - row * h, w, h)
        for r in range(used_rows + 1):
            y = ph - margin - r * h
            _cut(c, margin * 0.4, y, pw - margin * 0.4, y)
        for col in range(columns + 1):
            x = margin + col * w
            _cut(c, x, ph - margin * 0.4, x, ph - margin - used_rows * h - margin * 0.6)
        draw_text(c, pw / 2, margin * 0.45, "沿虚线剪开", 6.8, align="center", color=GREY)
        c.showPage()
    c.save()
    return buf.getvalue()


__all__ = ["Label", "render_labels"]
