"""Ruled blocks: :class:`Grid` (label/value cells), :class:`TextBox` (a tall labelled box) and
:class:`Table` (columns, rows, footer). All three split across pages: between rows where a row
fits a page, and inside a row (line by line, every cell of the row at the same line) where a row
is taller than a page, so no text is ever drawn past the page's edge. All cells of a row share
one vertical alignment: centred when every cell of the row is one line, from the top otherwise."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.layout.ink import _frame, _Ink
from frontdesk.printing.layout.style import DEFAULT, LIGHT, Style
from frontdesk.printing.layout.text import fit_cell, lines_height, wrap

#: a row split inside leaves at least this many lines on the page it starts on
MIN_SPLIT_LINES = 2


def _lines(text: str, width: float, size: float, st: Style) -> tuple[str, ...]:
    return fit_cell(text, round(width - 2 * st.pad, 3), size)[0]


def _fitting(avail: float, size: float, st: Style) -> int:
    """How many lines of ``size`` fit a cell ``avail`` tall."""
    lead = size * st.leading
    return int((avail - 2 * st.pad + (lead - size)) // lead)


def _cut(text: str, width: float, size: float, st: Style, n: int) -> tuple[str, str]:
    """A cell's first ``n`` lines and the rest."""
    lines = _lines(text, width, size, st)
    return "\n".join(lines[:n]), "\n".join(lines[n:])


#: marks the part of a row, a box or a cell that goes on from the page before
CONTINUED = "（续）"


def continued(text: str) -> str:
    return text if not text or text.endswith(CONTINUED) else text + CONTINUED


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

    def _counts(self, row: list[Cell], width: float) -> tuple[int, int]:
        """The most value lines and label lines in the row."""
        st = self.style
        n = nl = 1
        for cell, w in zip(row, self._widths(row, width), strict=True):
            n = max(n, len(_lines(cell.value, w - st.label_width, st.size, st)), cell.min_lines)
            nl = max(nl, len(_lines(cell.label, st.label_width, st.label_size, st)))
        return n, nl

    def _row_height(self, row: list[Cell], width: float) -> float:
        st = self.style
        n, nl = self._counts(row, width)
        return max(st.row_min, lines_height(n, st.size, st), lines_height(nl, st.label_size, st))

    def height(self, width: float) -> float:
        return sum(self._row_height(r, width) for r in self.rows)

    def split(self, avail: float, width: float, page: float) -> tuple[Grid, Grid] | None:
        """The rows that fit ``avail`` and the rest; a row taller than a ``page`` is cut between
        its lines (each cell keeps its label on both parts)."""
        used, k = 0.0, 0
        while k < len(self.rows) and used + self._row_height(self.rows[k], width) <= avail:
            used += self._row_height(self.rows[k], width)
            k += 1
        if 0 < k < len(self.rows):
            return Grid(self.rows[:k], self.style), Grid(self.rows[k:], self.style)
        if k == len(self.rows) or self._row_height(self.rows[k], width) <= page:
            return None
        st = self.style
        n = _fitting(avail - used, max(st.size, st.label_size), st)
        if n < MIN_SPLIT_LINES:
            return None if k == 0 else (Grid(self.rows[:k], st), Grid(self.rows[k:], st))
        first: list[Cell] = []
        rest: list[Cell] = []
        row = self.rows[k]
        for cell, w in zip(row, self._widths(row, width), strict=True):
            a, b = _cut(cell.value, w - st.label_width, st.size, st, n)
            first.append(Cell(cell.label, a, cell.weight, cell.align, 1))
            rest.append(Cell(continued(cell.label) if b else cell.label, b, cell.weight, cell.align, 1))
        return Grid([*self.rows[:k], first], st), Grid([rest, *self.rows[k + 1 :]], st)

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        st = self.style
        ink = _Ink()
        y = top
        for row in self.rows:
            h = self._row_height(row, width)
            valign = "middle" if self._counts(row, width) == (1, 1) else "top"
            cx = x
            for cell, w in zip(row, self._widths(row, width), strict=True):
                ink.text(
                    c, cx, y, st.label_width, h, cell.label, st.label_size, style=st, fill=LIGHT, align="center", valign=valign
                )
                vw = w - st.label_width
                ink.text(c, cx + st.label_width, y, vw, h, cell.value, st.size, style=st, align=cell.align, valign=valign)
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

    def split(self, avail: float, width: float, page: float = 0.0) -> tuple[TextBox, TextBox] | None:
        """The lines that fit ``avail`` and the rest, for text longer than what is left of a page."""
        st = self.style
        lines = self._lines(width)
        n = _fitting(avail, st.size, st)
        if n < MIN_SPLIT_LINES or n >= len(lines):
            return None
        return (
            TextBox(self.label, "\n".join(lines[:n]), min_lines=0, style=st),
            TextBox(continued(self.label), "\n".join(lines[n:]), min_lines=self.min_lines, style=st),
        )

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        st = self.style
        ink = _Ink()
        h = self.height(width)
        valign = "middle" if h <= st.row_min + 0.01 else "top"
        ink.text(c, x, top, st.label_width, h, self.label, st.label_size, style=st, fill=LIGHT, align="center", valign=valign)
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

    def _count(self, cells: Sequence[str], widths: list[float], size: float) -> int:
        return max((len(_lines(v, w, size, self.style)) for v, w in zip(cells, widths, strict=False)), default=1)

    def _row_h(self, cells: Sequence[str], widths: list[float], size: float) -> float:
        st = self.style
        return max(st.row_min * 0.9, lines_height(self._count(cells, widths, size), size, st))

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

    def _part(self, rows: list[list[str]], footer: list[str] | None = None) -> Table:
        return Table(self.columns, rows, label=self.label, footer=footer, style=self.style)

    def split(self, avail: float, width: float, page: float) -> tuple[Table, Table] | None:
        """The rows that fit ``avail`` (with the header row), and the rest (header repeated, footer
        kept for the end). A row taller than a ``page`` is cut between its lines, every cell at
        the same line; otherwise rows stay whole, and None means not even one row fits."""
        hs = self._heights(width)
        body = self._body()
        used, k = hs[0], 0
        while k < len(body) and used + hs[1 + k] <= avail:
            used += hs[1 + k]
            k += 1
        if k == len(body):
            return None
        if hs[1 + k] + hs[0] <= page:
            return (self._part(body[:k]), self._part(body[k:], self.footer)) if k else None
        st = self.style
        n = _fitting(avail - used, st.size, st)
        if n < MIN_SPLIT_LINES:
            return (self._part(body[:k]), self._part(body[k:], self.footer)) if k else None
        widths = self._col_widths(self._inner(width)[1])
        cut = [_cut(v, w, st.size, st, n) for v, w in zip(body[k], widths, strict=False)]
        first = [a for a, _ in cut]
        rest = [b for _, b in cut]
        if rest and not rest[0] and body[k][0]:
            rest[0] = continued(body[k][0])  # 3（续）: the row goes on from the page before
        return self._part([*body[:k], first]), self._part([rest, *body[k + 1 :]], self.footer)

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
            size = st.label_size if head else st.size
            valign = "middle" if self._count(cells, widths, size) == 1 else "top"
            cx = x + lw
            for col, v, w in zip(self.columns, cells, widths, strict=False):
                fill = LIGHT if head else None
                ink.text(c, cx, y, w, h, v, size, style=st, fill=fill, align="center" if head else col.align, valign=valign)
                cx += w
            y -= h
        if self.footer is not None:
            h = heights[-1]
            if len(self.footer) == len(self.columns):
                valign = "middle" if self._count(self.footer, widths, st.size) == 1 else "top"
                cx = x + lw
                for col, v, w in zip(self.columns, self.footer, widths, strict=True):
                    ink.text(c, cx, y, w, h, v, st.size, style=st, align=col.align, valign=valign)
                    cx += w
            else:
                ink.text(c, x + lw, y, inner, h, self.footer[0], st.size, style=st, align="right")
            y -= h
        ink.flush(c, st)
        _frame(c, x, top, width, top - y, st)
