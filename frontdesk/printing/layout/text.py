"""Text: measuring, wrapping Chinese and Latin text into lines, and drawing lines of it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.layout.style import DEFAULT, INK, Style, font

#: may not begin a line (hung at the end of the previous one instead): 避头
_NO_START = set("，。、；：？！）》」』】〕…—·,.;:?!)]}%’”")
#: may not end a line: 避尾
_NO_END = set("（《「『【〔([{‘“")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-_/@#:+*]*|\s+|.", re.S)


#: the text object collecting a block's strings, per canvas (see ink._Ink.flush)
_BATCH: dict[int, Any] = {}


@lru_cache(maxsize=16384)
def text_width(text: str, size: float) -> float:
    return float(stringWidth(text, font(), size))


def wrap(text: str, width: float, size: float) -> list[str]:
    """Break text into lines that fit ``width``: Chinese anywhere between characters, Latin words and
    numbers (``3-2-1502``, ``13812345678``) kept whole unless longer than a line, and the usual
    punctuation rules (no line begins with ，。 etc.; none ends with （《)."""
    return list(_wrap(text or "", round(width, 3), size))


@lru_cache(maxsize=4096)
def _wrap(text: str, width: float, size: float) -> tuple[str, ...]:
    out: list[str] = []
    for para in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line, w = "", 0.0
        first = len(out)
        for tok in _TOKEN.findall(para):
            tw = text_width(tok, size)
            if w + tw <= width + 0.01 or not line.strip():
                if tw > width and not tok.isspace():  # a token longer than a line: cut it
                    for ch in tok:
                        cw = text_width(ch, size)
                        if w + cw > width + 0.01 and line:
                            out.append(line)
                            line, w = "", 0.0
                        line += ch
                        w += cw
                    continue
                if tok.isspace() and not line:
                    continue
                line += tok
                w += tw
                continue
            if tok in _NO_START:  # hang it
                line += tok
                out.append(line.rstrip())
                line, w = "", 0.0
                continue
            carry = ""
            while line and line[-1] in _NO_END:
                carry = line[-1] + carry
                line = line[:-1]
            out.append(line.rstrip())
            line = carry + ("" if tok.isspace() else tok)
            w = text_width(line, size)
        if line.strip() or len(out) == first:  # not the empty rest after a hung 。 at the very end
            out.append(line.rstrip())
    return tuple(out) or ("",)


def draw_text(
    c: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    color: Color = INK,
    align: str = "left",
    char_space: float = 0.0,
) -> None:
    """One line at baseline ``y``. ``bold`` strokes the outline too (the bundled face has no bold)."""
    if not text:
        return
    name = font()
    w = text_width(text, size) + char_space * max(len(text) - 1, 0)
    if align == "center":
        x -= w / 2
    elif align == "right":
        x -= w
    if not (bold or char_space):
        batch = _BATCH.get(id(c))
        if batch is not None:  # inside a block: one text object for all its strings
            if batch._fontname != name or batch._fontsize != size:
                batch.setFont(name, size, size * DEFAULT.leading)
            if color is not INK:
                batch.setFillColor(color)
            batch.setTextOrigin(x, y)
            batch.textOut(text)
            if color is not INK:
                batch.setFillColor(INK)
            return
        # the common case, kept cheap: font and colour are set only when they change
        if c._fontname != name or c._fontsize != size:
            c.setFont(name, size, size * DEFAULT.leading)
        if color is not INK:
            c.setFillColor(color)
        c.drawString(x, y, text)
        if color is not INK:
            c.setFillColor(INK)
        return
    # render mode and character spacing outlive the text object in PDF (and reportlab does not
    # reset them): keep them inside a saved graphics state
    c.saveState()
    t = c.beginText()
    t.setFont(name, size)
    t.setFillColor(color)
    if bold:
        t.setTextRenderMode(2)
        c.setStrokeColor(color)
        c.setLineWidth(size * 0.035)
    if char_space:
        t.setCharSpace(char_space)
    t.setTextOrigin(x, y)
    t.textOut(text)
    c.drawText(t)
    c.restoreState()


def reset_state(c: Canvas) -> None:
    """Set font and colours explicitly, e.g. at the start of a form XObject or after one, where
    the canvas's idea of the current state and the content stream's may differ."""
    c.setFont(font(), 10)
    c.setFillColor(INK)
    c.setStrokeColor(INK)


def _ascent(size: float) -> float:
    return size * 0.86


def draw_lines(
    c: Canvas,
    x: float,
    top: float,
    width: float,
    height: float,
    lines: Sequence[str],
    size: float,
    *,
    style: Style,
    valign: str = "middle",
    align: str = "left",
    color: Color = INK,
) -> None:
    lead = size * style.leading
    block = lead * len(lines) - (lead - size)
    if valign == "middle":
        y = top - (height - block) / 2 - _ascent(size)
    else:
        y = top - style.pad - _ascent(size)
    for ln in lines:
        if align == "center":
            draw_text(c, x + width / 2, y, ln, size, align="center", color=color)
        elif align == "right":
            draw_text(c, x + width - style.pad, y, ln, size, align="right", color=color)
        else:
            draw_text(c, x + style.pad, y, ln, size, color=color)
        y -= lead


def lines_height(n: int, size: float, style: Style) -> float:
    lead = size * style.leading
    return lead * n - (lead - size) + 2 * style.pad
