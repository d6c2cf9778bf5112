"""Layout helpers for the printed forms (维修工作单, 放行条, 整改通知单, 投诉登记表, 交接班记录).

A form is a list of blocks drawn top-down: :class:`Header`, :class:`Grid` (ruled label/value
cells whose values wrap Chinese text), :class:`TextBox` (a tall box), :class:`Table` (ruled rows
with an optional spanning label on the left), :class:`Signatures` (signature and date lines),
:class:`Note` and :class:`Spacer`. Every block measures itself (``height(width)``) before it
draws (``draw(canvas, x, top, width)``), so :func:`render_copies` can decide whether two copies (联)
fit on one sheet with a dashed cut line between them, or each copy needs its own page(s).

Everything is drawn in the bundled font (embedded as a subset); canvases are made by
:func:`new_canvas` with that font as the initial one, so no unembedded Helvetica sneaks in.
No Qt and no database here: blocks take plain strings.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from reportlab import rl_config
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm as _mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.fonts import ensure_fonts
from frontdesk.printing.money import rmb_upper

__all__ = [
    "Block",
    "Cell",
    "Column",
    "Copy",
    "Grid",
    "Header",
    "Note",
    "Signatures",
    "Spacer",
    "Style",
    "Table",
    "TextBox",
    "draw_copy_label",
    "draw_cut_line",
    "draw_text",
    "new_canvas",
    "render_copies",
    "rmb_upper",
    "text_width",
    "wrap",
]

mm: float = float(_mm)  # points per millimetre
INK = black
GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.94, 0.94, 0.94)
RULE = Color(0.2, 0.2, 0.2)
SERIAL_RED = Color(0.72, 0.07, 0.07)


@dataclass(frozen=True)
class Style:
    """Sizes in points unless named ``*_mm``."""

    size: float = 8.8  # values
    label_size: float = 8.8  # the same as values: one font size, no Tf between cells
    leading: float = 1.32  # line height as a multiple of the size
    pad: float = 1.5 * mm
    row_min: float = 6.2 * mm
    label_width: float = 19 * mm
    rule: float = 0.6
    frame: float = 1.0  # the outer border of a grid or table


DEFAULT = Style()


def font() -> str:
    return ensure_fonts()


def new_canvas(
    buffer: io.BytesIO, *, title: str, pagesize: tuple[float, float] = A4, subject: str = "", author: str = ""
) -> Canvas:
    """A canvas whose initial font is the bundled one (embedded), with document information set."""
    name = ensure_fonts()
    # plain Flate streams: ASCII85 on top only makes the file a quarter bigger and slower to write
    rl_config.useA85 = 0
    c = Canvas(buffer, pagesize=pagesize, initialFontName=name, initialFontSize=10, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setSubject(subject)
    c.setAuthor(author or "FrontDesk")
    c.setCreator("FrontDesk 客服前台")
    return c


# --- text -------------------------------------------------------------------------------------------

#: may not begin a line (hung at the end of the previous one instead): 避头
_NO_START = set("，。、；：？！）》」』】〕…—·,.;:?!)]}%’”")
#: may not end a line: 避尾
_NO_END = set("（《「『【〔([{‘“")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-_/@#:+*]*|\s+|.", re.S)


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


#: the text object collecting a block's strings, per canvas (see _Ink.flush)
_BATCH: dict[int, Any] = {}


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


# --- blocks ------------------------------------------------------------------------------------------


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


@dataclass
class Cell:
    label: str
    value: str = ""
    weight: float = 1.0  # share of the row's width
    align: str = "left"
    min_lines: int = 1


@dataclass
class Grid:
    """Rows of label/value cells, ruled. Labels sit in shaded boxes of equal width; values wrap."""

    rows: list[list[Cell]]
    style: Style = DEFAULT

    def _widths(self, row: list[Cell], width: float) -> list[float]:
        total = sum(cell.weight for cell in row)
        return [width * cell.weight / total for cell in row]

    def _row_height(self, row: list[Cell], width: float) -> float:
        st = self.style
        h = st.row_min
        for cell, w in zip(row, self._widths(row, width), strict=True):
            vw = w - st.label_width - 2 * st.pad
            n = max(len(wrap(cell.value, vw, st.size)), cell.min_lines)
            nl = len(wrap(cell.label, st.label_width - 2 * st.pad, st.label_size))
            h = max(h, lines_height(n, st.size, st), lines_height(nl, st.label_size, st))
        return h

    def height(self, width: float) -> float:
        return sum(self._row_height(r, width) for r in self.rows)

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        st = self.style
        ink = _Ink()
        y = top
        for row in self.rows:
            h = self._row_height(row, width)
            cx = x
            for cell, w in zip(row, self._widths(row, width), strict=True):
                ink.cell(cx, y, st.label_width, h, fill=LIGHT, style=st)
                ink.later(
                    draw_lines,
                    c,
                    cx,
                    y,
                    st.label_width,
                    h,
                    wrap(cell.label, st.label_width - 2 * st.pad, st.label_size),
                    st.label_size,
                    style=st,
                    align="center",
                )
                vw = w - st.label_width
                ink.cell(cx + st.label_width, y, vw, h, fill=None, style=st)
                lines = wrap(cell.value, vw - 2 * st.pad, st.size)
                ink.later(
                    draw_lines,
                    c,
                    cx + st.label_width,
                    y,
                    vw,
                    h,
                    lines,
                    st.size,
                    style=st,
                    valign="middle" if len(lines) == 1 else "top",
                    align=cell.align,
                )
                cx += w
            y -= h
        ink.flush(c, st)
        _frame(c, x, top, width, top - y, st)


@dataclass
class TextBox:
    """A labelled box for long text (故障描述, 处理结果, 投诉内容): at least ``min_lines`` tall,
    so a blank form leaves room to write by hand."""

    label: str
    text: str = ""
    min_lines: int = 3
    style: Style = DEFAULT

    def _lines(self, width: float) -> list[str]:
        st = self.style
        return wrap(self.text, width - st.label_width - 2 * st.pad, st.size)

    def height(self, width: float) -> float:
        st = self.style
        n = max(len(self._lines(width)), self.min_lines)
        return max(lines_height(n, st.size, st), st.row_min)

    def split(self, avail: float, width: float) -> tuple[TextBox, TextBox] | None:
        """The lines that fit ``avail`` and the rest, for text longer than a page."""
        st = self.style
        lines = self._lines(width)
        lead = st.size * st.leading
        n = int((avail - 2 * st.pad + (lead - st.size)) // lead)
        if n < 1 or n >= len(lines):
            return None
        return (
            TextBox(self.label, "\n".join(lines[:n]), min_lines=0, style=st),
            TextBox(self.label, "\n".join(lines[n:]), min_lines=self.min_lines, style=st),
        )

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        st = self.style
        ink = _Ink()
        h = self.height(width)
        ink.cell(x, top, st.label_width, h, fill=LIGHT, style=st)
        ink.later(
            draw_lines,
            c,
            x,
            top,
            st.label_width,
            h,
            wrap(self.label, st.label_width - 2 * st.pad, st.label_size),
            st.label_size,
            style=st,
            align="center",
        )
        ink.cell(x + st.label_width, top, width - st.label_width, h, fill=None, style=st)
        ink.later(
            draw_lines,
            c,
            x + st.label_width,
            top,
            width - st.label_width,
            h,
            self._lines(width),
            st.size,
            style=st,
            valign="top",
        )
        ink.flush(c, st)
        _frame(c, x, top, width, h, st)


@dataclass
class Column:
    title: str
    weight: float = 1.0
    align: str = "left"


@dataclass
class Table:
    """A ruled table with a shaded header row, at least ``min_rows`` body rows (blank ones to write
    in), an optional footer row, and an optional label spanning its left side (材料及费用)."""

    columns: list[Column]
    rows: list[list[str]] = field(default_factory=list)
    label: str = ""
    min_rows: int = 0
    footer: list[str] | None = None  # one string per column, or one string for the whole row
    style: Style = DEFAULT

    def _inner(self, width: float) -> tuple[float, float]:
        lw = self.style.label_width if self.label else 0.0
        return lw, width - lw

    def _col_widths(self, width: float) -> list[float]:
        total = sum(col.weight for col in self.columns)
        return [width * col.weight / total for col in self.columns]

    def _row_h(self, cells: Sequence[str], widths: list[float], size: float) -> float:
        st = self.style
        n = max((len(wrap(v, w - 2 * st.pad, size)) for v, w in zip(cells, widths, strict=False)), default=1)
        return max(st.row_min * 0.9, lines_height(n, size, st))

    def _body(self) -> list[list[str]]:
        blank = [""] * len(self.columns)
        return list(self.rows) + [blank] * max(self.min_rows - len(self.rows), 0)

    def _heights(self, width: float) -> list[float]:
        _, inner = self._inner(width)
        widths = self._col_widths(inner)
        st = self.style
        hs = [self._row_h([col.title for col in self.columns], widths, st.label_size)]
        hs += [self._row_h(r, widths, st.size) for r in self._body()]
        if self.footer is not None:
            fw = widths if len(self.footer) == len(self.columns) else [inner]
            hs.append(self._row_h(self.footer, fw, st.size))
        return hs

    def height(self, width: float) -> float:
        return sum(self._heights(width))

    def split(self, avail: float, width: float) -> tuple[Table, Table] | None:
        """The rows that fit ``avail`` (with the header row), and the rest (header repeated, footer
        kept for the end); None when not even one row fits."""
        hs = self._heights(width)
        body = self._body()
        used, k = hs[0], 0
        while k < len(body) and used + hs[1 + k] <= avail:
            used += hs[1 + k]
            k += 1
        if k == 0 or k == len(body):
            return None
        head = Table(self.columns, body[:k], label=self.label, style=self.style)
        tail = Table(self.columns, body[k:], label=self.label, footer=self.footer, style=self.style)
        return head, tail

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        st = self.style
        ink = _Ink()
        lw, inner = self._inner(width)
        widths = self._col_widths(inner)
        heights = self._heights(width)
        total = sum(heights)
        if self.label:
            ink.cell(x, top, lw, total, fill=LIGHT, style=st)
            ink.later(
                draw_lines,
                c,
                x,
                top,
                lw,
                total,
                wrap(self.label, lw - 2 * st.pad, st.label_size),
                st.label_size,
                style=st,
                align="center",
            )
        y = top
        rows: list[tuple[Sequence[str], bool]] = [([col.title for col in self.columns], True)]
        rows += [(r, False) for r in self._body()]
        for (cells, head), h in zip(rows, heights, strict=False):
            cx = x + lw
            for col, v, w in zip(self.columns, cells, widths, strict=False):
                ink.cell(cx, y, w, h, fill=LIGHT if head else None, style=st)
                size = st.label_size if head else st.size
                lines = wrap(v, w - 2 * st.pad, size)
                ink.later(
                    draw_lines,
                    c,
                    cx,
                    y,
                    w,
                    h,
                    lines,
                    size,
                    style=st,
                    align="center" if head else col.align,
                    valign="middle" if len(lines) == 1 else "top",
                )
                cx += w
            y -= h
        if self.footer is not None:
            h = heights[-1]
            if len(self.footer) == len(self.columns):
                cx = x + lw
                for col, v, w in zip(self.columns, self.footer, widths, strict=True):
                    ink.cell(cx, y, w, h, fill=None, style=st)
                    ink.later(
                        draw_lines,
                        c,
                        cx,
                        y,
                        w,
                        h,
                        wrap(v, w - 2 * st.pad, st.size),
                        st.size,
                        style=st,
                        align=col.align,
                    )
                    cx += w
            else:
                ink.cell(x + lw, y, inner, h, fill=None, style=st)
                ink.later(
                    draw_lines,
                    c,
                    x + lw,
                    y,
                    inner,
                    h,
                    wrap(self.footer[0], inner - 2 * st.pad, st.size),
                    st.size,
                    style=st,
                    align="right",
                )
            y -= h
        ink.flush(c, st)
        _frame(c, x, top, width, top - y, st)


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
    text: str
    size: float = 7.4
    align: str = "left"
    color: Color = GREY
    style: Style = DEFAULT

    def height(self, width: float) -> float:
        n = len(wrap(self.text, width, self.size))
        return n * self.size * self.style.leading + 1.2 * mm

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        y = top - 0.8 * mm - _ascent(self.size)
        for ln in wrap(self.text, width, self.size):
            ax = {"center": x + width / 2, "right": x + width}.get(self.align, x)
            draw_text(c, ax, y, ln, self.size, align=self.align, color=self.color)
            y -= self.size * self.style.leading


# --- pages and copies -------------------------------------------------------------------------------


@dataclass
class Copy:
    """One copy (联) of a form: its label printed down the right margin (e.g. 第一联 维修联), the
    form's blocks, and ``tail`` blocks that differ from copy to copy (e.g. who keeps it).

    Copies that share the same ``blocks`` list are drawn once into a PDF form XObject and placed
    twice, which halves the work and the file."""

    label: str
    blocks: list[Block]
    tail: list[Block] = field(default_factory=list)
    #: drawn at the top of each further page when a copy runs over one page
    continued: Block | None = None

    @property
    def all_blocks(self) -> list[Block]:
        return [*self.blocks, *self.tail]


def draw_copy_label(c: Canvas, x: float, top: float, bottom: float, text: str) -> None:
    """The copy's name written vertically in the right margin, a character per line."""
    size = 8.4
    chars = [ch for ch in text if not ch.isspace()]
    lead = size * 1.22
    span = lead * len(chars)
    y = (top + bottom) / 2 + span / 2 - _ascent(size)
    for ch in chars:
        draw_text(c, x, y, ch, size, align="center", color=GREY)
        y -= lead


def draw_cut_line(c: Canvas, x0: float, x1: float, y: float, text: str = "沿虚线剪开") -> None:
    c.saveState()
    c.setDash(3, 2.5)
    c.setLineWidth(0.5)
    c.setStrokeColor(GREY)
    tw = text_width(text, 6.8) + 4 * mm
    mid = (x0 + x1) / 2
    c.line(x0, y, mid - tw / 2, y)
    c.line(mid + tw / 2, y, x1, y)
    c.restoreState()
    draw_text(c, mid, y - 2.4, text, 6.8, align="center", color=GREY)


def blocks_height(blocks: Sequence[Block], width: float) -> float:
    return sum(b.height(width) for b in blocks)


def render_copies(
    copies: Sequence[Copy],
    *,
    title: str,
    pagesize: tuple[float, float] = A4,
    subject: str = "",
    margin: float = 11 * mm,
    label_strip: float = 7 * mm,
    two_per_page: bool = True,
) -> bytes:
    """Lay copies out on pages and return the PDF.

    When every copy fits half a page, two copies share a sheet with a dashed cut line between
    them; otherwise each copy starts a page and flows over as many as it needs (blocks are
    never split; ``Copy.continued`` heads the further pages)."""
    buf = io.BytesIO()
    c = new_canvas(buf, title=title, pagesize=pagesize, subject=subject)
    pw, ph = pagesize
    x = margin
    width = pw - 2 * margin - label_strip
    label_x = pw - margin - label_strip / 2 + 1 * mm
    half_avail = ph / 2 - 2 * margin * 0.75
    heights = [blocks_height(cp.all_blocks, width) for cp in copies]
    if two_per_page and all(h <= half_avail for h in heights):
        top0 = ph - margin * 0.75
        forms: dict[int, tuple[str, float]] = {}
        for i in range(0, len(copies), 2):
            pair = copies[i : i + 2]
            for j, cp in enumerate(pair):
                shift = j * ph / 2
                key = id(cp.blocks)
                if key not in forms:
                    name = f"copy{len(forms)}"
                    c.beginForm(name, 0, 0, pw, ph)
                    reset_state(c)
                    bottom = _draw_blocks(c, cp.blocks, x, top0, width)
                    c.endForm()
                    reset_state(c)
                    forms[key] = (name, bottom)
                name, bottom = forms[key]
                c.saveState()
                c.translate(0, -shift)
                c.doForm(name)
                c.restoreState()
                _draw_blocks(c, cp.tail, x, bottom - shift, width)
                draw_copy_label(c, label_x, top0 - shift, top0 - shift - heights[i + j], cp.label)
            if len(pair) == 2:
                draw_cut_line(c, margin * 0.4, pw - margin * 0.4, ph / 2)
            c.showPage()
    else:
        for cp in copies:
            _flow(c, cp, x, ph - margin, margin, width, label_x)
    c.save()
    return buf.getvalue()


def _flow(c: Canvas, cp: Copy, x: float, page_top: float, margin: float, width: float, label_x: float) -> None:
    """One copy from the top of a new page, over as many pages as it takes. A block that does not
    fit what is left of a page moves to the next one; a block taller than a whole page is split
    where it can be (tables by rows, text boxes by lines) and otherwise drawn as it is."""
    pending: list[Block] = list(cp.all_blocks)
    y = page_top
    fresh = True  # nothing but the continuation header on this page yet

    def new_page() -> None:
        nonlocal y, fresh
        draw_copy_label(c, label_x, page_top, y, cp.label)
        c.showPage()
        y = page_top
        if cp.continued is not None:
            cp.continued.draw(c, x, y, width)
            y -= cp.continued.height(width)
        fresh = True

    while pending:
        block = pending.pop(0)
        h = block.height(width)
        avail = y - margin
        if h > avail:
            splitter = getattr(block, "split", None)
            parts = splitter(avail, width) if splitter is not None else None
            if parts is not None:
                head, tail = parts
                head.draw(c, x, y, width)
                y -= head.height(width)
                pending.insert(0, tail)
                new_page()
                continue
            if not fresh:
                pending.insert(0, block)
                new_page()
                continue
        block.draw(c, x, y, width)
        y -= h
        fresh = False
    draw_copy_label(c, label_x, page_top, y, cp.label)
    c.showPage()


def _draw_blocks(c: Canvas, blocks: Sequence[Block], x: float, top: float, width: float) -> float:
    y = top
    for block in blocks:
        block.draw(c, x, y, width)
        y -= block.height(width)
    return y
