"""Text: measuring, wrapping Chinese and Latin text into lines, and drawing lines of it."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.fonts import font_runs
from frontdesk.printing.layout.style import DEFAULT, INK, Style, font

#: may not begin a line (hung at the end of the previous one instead): 避头
_NO_START = set("，。、；：？！）》」』】〕…—·,.;:?!)]}%’”")
#: may not end a line: 避尾
_NO_END = set("（《「『【〔([{‘“")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-_/@#:+*]*|\s+|.", re.S)


#: the text object collecting a block's strings, per canvas (see :func:`text_batch`)
_BATCH: dict[int, Any] = {}
#: the fill colour the batch's strings are in now (set only when it changes)
_BATCH_COLOR: dict[int, Color] = {}


@contextmanager
def text_batch(c: Canvas) -> Iterator[None]:
    """Collect every :func:`draw_text` inside into one text object, drawn at the end: one BT/ET
    for a block's strings, font and colour set only where they change. The colour is back to
    INK afterwards (the canvas assumes it)."""
    if id(c) in _BATCH:  # already batching: join it
        yield
        return
    batch = c.beginText()
    _BATCH[id(c)] = batch
    _BATCH_COLOR[id(c)] = INK
    try:
        yield
    finally:
        del _BATCH[id(c)]
        if _BATCH_COLOR.pop(id(c)) is not INK:
            batch.setFillColor(INK)
    c.drawText(batch)


@lru_cache(maxsize=16384)
def text_width(text: str, size: float) -> float:
    """The printed width of ``text``: its emoji in the emoji face, any marker in place of a
    character no face has (:func:`~frontdesk.printing.fonts.font_runs`)."""
    return float(sum(stringWidth(piece, name, size) for name, piece in font_runs(text)))


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
        hung = False  # the paragraph's last line ended on hung punctuation: no empty line after it
        for tok in _TOKEN.findall(para):
            hung = hung and tok.isspace()
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
                hung = True
                continue
            carry = ""
            while line and line[-1] in _NO_END:
                carry = line[-1] + carry
                line = line[:-1]
            out.append(line.rstrip())
            line = carry + ("" if tok.isspace() else tok)
            w = text_width(line, size)
        if not hung:
            out.append(line.rstrip())
    return tuple(out) or ("",)


#: a value this short (no line break in it) is a word, not prose: it is printed smaller rather
#: than broken mid-word (逾期未复/查) when its column is narrow
SHORT_VALUE = 12
#: how far a short value may shrink to stay on one line
MIN_SHRINK = 0.78


@lru_cache(maxsize=8192)
def fit_cell(text: str, width: float, size: float) -> tuple[tuple[str, ...], float]:
    """The lines and the font size of a cell's text in ``width``. Prose wraps; a short value
    (:data:`SHORT_VALUE` characters at most, no line break) that does not fit one line is set up
    to :data:`MIN_SHRINK` smaller instead, or else broken before its bracket (待回访 / （到期逾期）),
    so no short word is split in the middle."""
    lines = tuple(wrap(text, width, size))
    if len(lines) == 1 or not text or "\n" in text or len(text) > SHORT_VALUE:
        return lines, size
    full = text_width(text, size)
    if full * MIN_SHRINK <= width + 0.01:
        smaller = math.floor(size * width / full * 10) / 10
        return (text,), min(size, smaller)
    cut = text.find("（")
    if 0 < cut and text_width(text[:cut], size) <= width + 0.01 and text_width(text[cut:], size) <= width + 0.01:
        return (text[:cut], text[cut:]), size
    return lines, size


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
    """One line at baseline ``y``. ``bold`` strokes the outline too (the bundled face has no bold).
    A line with emoji (or a character no face has) is drawn run by run (:func:`_draw_runs`)."""
    if not text:
        return
    name = font()
    w = text_width(text, size) + char_space * max(len(text) - 1, 0)
    if align == "center":
        x -= w / 2
    elif align == "right":
        x -= w
    runs = font_runs(text)
    if len(runs) > 1 or runs[0][0] != name or runs[0][1] != text:
        _draw_runs(c, x, y, runs, size, bold=bold, color=color, char_space=char_space)
        return
    if not (bold or char_space):
        batch = _BATCH.get(id(c))
        if batch is not None:  # inside a block: one text object for all its strings
            if batch._fontname != name or batch._fontsize != size:
                batch.setFont(name, size, size * DEFAULT.leading)
            if _BATCH_COLOR[id(c)] is not color:
                batch.setFillColor(color)
                _BATCH_COLOR[id(c)] = color
            batch.setTextOrigin(x, y)
            batch.textOut(text)
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


def _draw_runs(
    c: Canvas,
    x: float,
    y: float,
    runs: tuple[tuple[str, str], ...],
    size: float,
    *,
    bold: bool,
    color: Color,
    char_space: float,
) -> None:
    """One line of several faces' runs, in one text object (the text position runs on from one
    run to the next); inside a saved graphics state, as the bold and spaced lines are."""
    c.saveState()
    t = c.beginText()
    t.setFillColor(color)
    if bold:
        t.setTextRenderMode(2)
        c.setStrokeColor(color)
        c.setLineWidth(size * 0.035)
    if char_space:
        t.setCharSpace(char_space)
    t.setTextOrigin(x, y)
    for name, piece in runs:
        t.setFont(name, size, size * DEFAULT.leading)
        t.textOut(piece)
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
