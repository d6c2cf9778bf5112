"""The :class:`Block` protocol and the simple blocks: :class:`Spacer`, :class:`Header`,
:class:`Signatures` (signature and date lines) and :class:`Note`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.layout.style import DEFAULT, GREY, SERIAL_RED, Style, mm
from frontdesk.printing.layout.text import _ascent, draw_text, text_batch, text_width, wrap
from frontdesk.printing.letterhead import current_logo


class Block(Protocol):
    def height(self, width: float) -> float: ...

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None: ...


@dataclass
class Spacer:
    size: float = 2 * mm

    def height(self, width: float) -> float:
        return self.size

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        return None


@dataclass
class Header:
    """Centre name, the form's title, and a line with the serial number on the right
    (in red, like a pre-printed form) and optional text on the left."""

    centre: str
    title: str
    serial: str = ""
    left: str = ""
    right_note: str = ""  # e.g. 副本 / 补打, after the serial
    style: Style = DEFAULT

    def height(self, width: float) -> float:
        return 6 * mm + 8.5 * mm + 5.5 * mm

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        mid = x + width / 2
        self._draw_logo(c, x, top)
        draw_text(c, mid, top - 4.6 * mm, self.centre, 12.5, align="center", bold=True)
        draw_text(c, mid, top - 12.6 * mm, self.title, 17, align="center", bold=True, char_space=4)
        tw = text_width(self.title, 17) + 4 * (len(self.title) - 1)
        y_rule = top - 13.8 * mm
        c.setLineWidth(0.8)
        c.line(mid - tw / 2 - 2 * mm, y_rule, mid + tw / 2 + 2 * mm, y_rule)
        c.setLineWidth(0.4)
        c.line(mid - tw / 2 - 2 * mm, y_rule - 0.8, mid + tw / 2 + 2 * mm, y_rule - 0.8)
        base = top - self.height(width) + 1.6 * mm
        if self.left:
            draw_text(c, x, base, self.left, 8.6, color=GREY)
        if self.serial:
            right = x + width
            if self.right_note:
                draw_text(c, right, base, self.right_note, 9.5, align="right", bold=True, color=SERIAL_RED)
                right -= text_width(self.right_note, 9.5) + 3 * mm
            draw_text(c, right, base, self.serial, 10.5, align="right", color=SERIAL_RED)
            draw_text(c, right - text_width(self.serial, 10.5) - 1, base, "No.", 9, align="right", color=SERIAL_RED)

    @staticmethod
    def _draw_logo(c: Canvas, x: float, top: float) -> None:
        """The centre's logo (settings), top left, at most 13 mm tall and 45 mm wide."""
        logo = current_logo()
        if logo is None:
            return
        iw, ih = logo.getSize()
        scale = min(LOGO_HEIGHT / ih, LOGO_WIDTH / iw)
        w, h = iw * scale, ih * scale
        c.drawImage(logo, x, top - 0.6 * mm - h, w, h, mask="auto")


LOGO_HEIGHT = 13 * mm
LOGO_WIDTH = 45 * mm


@dataclass
class Signatures:
    """Signature and date lines: ``[("维修人员签字", ""), ("业主签字", ""), ("日期", "")]``.
    A value (e.g. 电话确认 10:32) is printed on the line; otherwise the line is left to sign on."""

    items: list[tuple[str, str]]
    style: Style = DEFAULT
    gap: float = 2.2 * mm

    def height(self, width: float) -> float:
        return 9 * mm

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        st = self.style
        base = top - self.height(width) + 2.2 * mm
        slot = width / max(len(self.items), 1)
        for i, (label, value) in enumerate(self.items):
            sx = x + i * slot
            text = f"{label}："
            draw_text(c, sx, base, text, st.label_size)
            lx = sx + text_width(text, st.label_size) + 0.5 * mm
            rx = sx + slot - self.gap
            c.setLineWidth(0.5)
            c.line(lx, base - 1.2, rx, base - 1.2)
            if value:
                draw_text(c, lx + 1 * mm, base + 0.6, value, st.size)


@dataclass
class Note:
    """A line (or lines) of small text. ``keep_with_next``: a heading, moved to the next page
    rather than left alone at the bottom of one."""

    text: str
    size: float = 7.4
    align: str = "left"
    color: Color = GREY
    style: Style = DEFAULT
    keep_with_next: bool = False

    def _lead(self) -> float:
        return self.size * self.style.leading

    def height(self, width: float) -> float:
        n = len(wrap(self.text, width, self.size))
        return n * self._lead() + 1.2 * mm

    def split(self, avail: float, width: float, page: float) -> tuple[Note, Note] | None:
        """The lines that fit ``avail`` and the rest (a note longer than what is left of a page)."""
        lines = wrap(self.text, width, self.size)
        n = int((avail - 1.2 * mm) // self._lead())
        if n < 1 or n >= len(lines):
            return None
        return (
            Note("\n".join(lines[:n]), self.size, self.align, self.color, self.style),
            Note("\n".join(lines[n:]), self.size, self.align, self.color, self.style),
        )

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        y = top - 0.8 * mm - _ascent(self.size)
        with text_batch(c):
            for ln in wrap(self.text, width, self.size):
                ax = {"center": x + width / 2, "right": x + width}.get(self.align, x)
                draw_text(c, ax, y, ln, self.size, align=self.align, color=self.color)
                y -= self._lead()
