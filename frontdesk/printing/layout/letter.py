"""Blocks for the letters the centre signs and seals (整改通知单, 工作联系单, 温馨提示, 催缴通知单…):
body paragraphs with the two-character indent, the centre's name and date with room for the seal,
and the larger type of a full A4 letter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.layout.style import Style, mm
from frontdesk.printing.layout.text import draw_text, text_width, wrap

#: a letter on a full A4 page: larger type than the half-page forms
LETTER = Style(size=10.5, label_size=10.5, row_min=9 * mm, label_width=24 * mm, pad=2.2 * mm)


def cn_date(d: date) -> str:
    """2026年12月3日"""
    return f"{d.year}年{d.month}月{d.day}日"


@dataclass
class Paragraph:
    """Body text of the letter, wrapped, with an optional first-line indent of two characters."""

    text: str
    size: float = 10.5
    indent: bool = True
    leading: float = 1.55
    #: lines already broken (the rest of a paragraph split at a page's foot: no indent)
    fixed: tuple[str, ...] | None = None

    def _lines(self, width: float) -> list[str]:
        if self.fixed is not None:
            return list(self.fixed)
        if not self.indent:
            return wrap(self.text, width, self.size)
        # two ideographs stand in for the two-character indent (wrap() drops leading spaces)
        lines = wrap("国国" + self.text, width, self.size)
        lines[0] = lines[0][2:]
        return lines

    def height(self, width: float) -> float:
        return len(self._lines(width)) * self.size * self.leading + 1 * mm

    def split(self, avail: float, width: float, page: float) -> tuple[Paragraph, Paragraph] | None:
        """The lines that fit ``avail`` and the rest (a paragraph longer than what is left of a page)."""
        lines = self._lines(width)
        n = int((avail - 1 * mm) // (self.size * self.leading))
        if n < 2 or n >= len(lines):
            return None
        head = Paragraph(self.text, self.size, self.indent, self.leading, tuple(lines[:n]))
        return head, Paragraph("", self.size, False, self.leading, tuple(lines[n:]))

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        y = top - self.size * 0.95
        for n, ln in enumerate(self._lines(width)):
            indent = 2 * self.size if n == 0 and self.indent else 0.0
            draw_text(c, x + indent, y, ln, self.size)
            y -= self.size * self.leading


@dataclass
class Seal:
    """The centre's name and the date on the right, with room above for the seal (盖章)."""

    centre: str
    day: date
    size: float = 10.5

    def height(self, width: float) -> float:
        return 24 * mm

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        right = x + width - 4 * mm
        name = f"{self.centre}（盖章）"
        draw_text(c, right, top - 13 * mm, name, self.size, align="right")
        draw_text(
            c,
            right - (text_width(name, self.size) - text_width(cn_date(self.day), self.size)) / 2,
            top - 20 * mm,
            cn_date(self.day),
            self.size,
            align="right",
        )


@dataclass
class TearOff:
    """A dashed line across the page with a word on it: what follows is torn off and handed
    back (a letter's 回复联, a notice's 回执)."""

    text: str = "沿虚线撕下"

    def height(self, width: float) -> float:
        return 9 * mm

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        from frontdesk.printing.layout.pages import draw_cut_line

        draw_cut_line(c, x - 3 * mm, x + width + 3 * mm, top - 4.5 * mm, self.text)


@dataclass
class KeepTogether:
    """Blocks that must stay on one page (a tear-off slip with its heading): never split, so
    the page flow moves them whole to the next page when they do not fit."""

    blocks: list[Any]

    def height(self, width: float) -> float:
        return float(sum(b.height(width) for b in self.blocks))

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        y = top
        for b in self.blocks:
            b.draw(c, x, y, width)
            y -= b.height(width)


@dataclass
class Heading:
    """A large centred title (a poster's 温馨提示, a notice's subject): wrapped to the width,
    ``char_space`` points between characters, with ``space`` below it."""

    text: str
    size: float = 22
    bold: bool = True
    char_space: float = 0.0
    space: float = 3 * mm

    def _lines(self, width: float) -> list[str]:
        # the spacing widens a line: wrap as if the characters were that much wider
        per_char = self.size + self.char_space
        return wrap(self.text, width * self.size / per_char, self.size) if self.text else []

    def height(self, width: float) -> float:
        return len(self._lines(width)) * self.size * 1.35 + self.space

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        y = top - self.size * 1.05
        for ln in self._lines(width):
            draw_text(c, x + width / 2, y, ln, self.size, align="center", bold=self.bold, char_space=self.char_space)
            y -= self.size * 1.35
