"""Cards cut from an A4 sheet (施工人员出入证, 车辆通行证, 临时门禁卡…): :func:`render_card_sheet`
lays :class:`Card` s out ``columns`` × ``rows`` to a page, with dashed cut lines between them.
A card has a heading (the centre), a title, label/value lines, and an optional QR code with its
serial beneath; text that does not fit its line is shortened, never drawn over the next card."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.layout.pages import new_canvas
from frontdesk.printing.layout.qr import draw_qr
from frontdesk.printing.layout.style import GREY, LIGHT, SERIAL_RED, mm
from frontdesk.printing.layout.text import draw_text, text_width


@dataclass(frozen=True)
class Card:
    heading: str
    title: str
    lines: list[tuple[str, str]] = field(default_factory=list)
    qr: str = ""
    serial: str = ""
    note: str = ""


def _fit(text: str, width: float, size: float) -> str:
    """``text`` shortened with … to fit ``width``."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def _draw_card(c: Canvas, card: Card, x: float, y: float, w: float, h: float) -> None:
    """One card with its bottom-left corner at (x, y)."""
    pad = 4 * mm
    c.saveState()
    c.setLineWidth(0.8)
    c.roundRect(x, y, w, h, 2.5 * mm, stroke=1, fill=0)
    band = 13 * mm
    c.setFillColor(LIGHT)
    c.rect(x + 0.4, y + h - band, w - 0.8, band - 0.4, stroke=0, fill=1)
    c.restoreState()
    draw_text(c, x + w / 2, y + h - 5 * mm, _fit(card.heading, w - 2 * pad, 8.5), 8.5, align="center", color=GREY)
    draw_text(c, x + w / 2, y + h - 11 * mm, _fit(card.title, w - 2 * pad, 13), 13, align="center", bold=True, char_space=2)
    qr = 26 * mm if card.qr else 0.0
    text_w = w - 2 * pad - (qr + 2 * mm if qr else 0)
    label_w = max((text_width(f"{label}：", 9) for label, _ in card.lines), default=0.0)
    line_y = y + h - band - 6 * mm
    for label, value in card.lines:
        draw_text(c, x + pad, line_y, f"{label}：", 9, color=GREY)
        draw_text(c, x + pad + label_w, line_y, _fit(value, text_w - label_w, 9.5), 9.5)
        line_y -= 6.2 * mm
    if qr:
        qx, qy = x + w - pad - qr, y + h - band - 2 * mm - qr
        draw_qr(c, card.qr, qx, qy, qr, border=1)
        if card.serial:
            draw_text(c, qx + qr / 2, qy - 3.2 * mm, card.serial, 8, align="center", color=SERIAL_RED)
    if card.note:
        draw_text(c, x + w / 2, y + 3 * mm, _fit(card.note, w - 2 * pad, 7), 7, align="center", color=GREY)


def _cut_lines(c: Canvas, xs: Sequence[float], ys: Sequence[float], pw: float, ph: float) -> None:
    c.saveState()
    c.setDash(3, 2.5)
    c.setLineWidth(0.4)
    c.setStrokeColor(GREY)
    for x in xs:
        c.line(x, 4 * mm, x, ph - 4 * mm)
    for y in ys:
        c.line(4 * mm, y, pw - 4 * mm, y)
    c.restoreState()


def render_card_sheet(
    cards: Sequence[Card],
    *,
    title: str,
    subject: str = "",
    columns: int = 2,
    rows: int = 4,
    margin: float = 8 * mm,
    gutter: float = 6 * mm,
) -> bytes:
    """``cards`` on as many A4 sheets as they need, ``columns`` × ``rows`` to a sheet, each card in
    its cell with a gutter around it and a dashed cut line down the middle of every gutter."""
    buf = io.BytesIO()
    c = new_canvas(buf, title=title, subject=subject)
    pw, ph = A4
    cell_w = (pw - 2 * margin) / columns
    cell_h = (ph - 2 * margin) / rows
    per_page = columns * rows
    for start in range(0, max(len(cards), 1), per_page):
        page = cards[start : start + per_page]
        for i, card in enumerate(page):
            col, row = i % columns, i // columns
            x = margin + col * cell_w + gutter / 2
            y = ph - margin - (row + 1) * cell_h + gutter / 2
            _draw_card(c, card, x, y, cell_w - gutter, cell_h - gutter)
        xs = [margin + k * cell_w for k in range(1, columns)]
        ys = [ph - margin - k * cell_h for k in range(1, rows)]
        _cut_lines(c, xs, ys, pw, ph)
        draw_text(c, pw / 2, 3 * mm, "沿虚线剪开", 6.8, align="center", color=GREY)
        c.showPage()
    c.save()
    return buf.getvalue()
