"""Ruled blocks: :class:`Grid` (label/value cells), :class:`TextBox` (a tall labelled box) and
:class:`Table` (columns, rows, footer); text boxes and tables split across pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.layout.ink import _frame, _Ink
from frontdesk.printing.layout.style import DEFAULT, LIGHT, Style
from frontdesk.printing.layout.text import lines_height, wrap


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
                ink.text(c, cx, y, st.label_width, h, cell.label, st.label_size, style=st, fill=LIGHT, align="center")
                vw = w - st.label_width
                ink.text(c, cx + st.label_width, y, vw, h, cell.value, st.size, style=st, align=cell.align, valign="fit")
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
        ink.text(c, x, top, st.label_width, h, self.label, st.label_size, style=st, fill=LIGHT, align="center")
        ink.text(c, x + st.label_width, top, width - st.label_width, h, self.text, st.size, style=st, valign="top")
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
            ink.text(c, x, top, lw, total, self.label, st.label_size, style=st, fill=LIGHT, align="center")
        y = top
        rows: list[tuple[Sequence[str], bool]] = [([col.title for col in self.columns], True)]
        rows += [(r, False) for r in self._body()]
        for (cells, head), h in zip(rows, heights, strict=False):
            cx = x + lw
            for col, v, w in zip(self.columns, cells, widths, strict=False):
                size = st.label_size if head else st.size
                fill = LIGHT if head else None
                ink.text(c, cx, y, w, h, v, size, style=st, fill=fill, align="center" if head else col.align, valign="fit")
                cx += w
            y -= h
        if self.footer is not None:
            h = heights[-1]
            if len(self.footer) == len(self.columns):
                cx = x + lw
                for col, v, w in zip(self.columns, self.footer, widths, strict=True):
                    ink.text(c, cx, y, w, h, v, st.size, style=st, align=col.align)
                    cx += w
            else:
                ink.text(c, x + lw, y, inner, h, self.footer[0], st.size, style=st, align="right")
            y -= h
        ink.flush(c, st)
        _frame(c, x, top, width, top - y, st)
