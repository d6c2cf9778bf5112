"""Canvases, pages and copies (联): two copies to a sheet with a cut line, or each copy over
as many pages as it needs, with its label down the right margin."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.fonts import ensure_fonts
from frontdesk.printing.layout.blocks import Block, Header
from frontdesk.printing.layout.style import GREY, mm
from frontdesk.printing.layout.text import _ascent, draw_text, reset_state, text_batch, text_width


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


@dataclass
class Copy:
    """One copy (联) of a form: its label printed down the right margin (e.g. 第一联 维修联), the
    form's blocks, and ``tail`` blocks that differ from copy to copy (e.g. who keeps it).

    Copies that share the same ``blocks`` list are drawn once into a PDF form XObject and placed
    twice, which halves the work and the file."""

    label: str
    blocks: list[Block]
    tail: list[Block] = field(default_factory=list)
    #: drawn at the top of each further page when a copy runs over one page (default: the
    #: copy's header with （续） after its title, see :func:`continuation_head`)
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
    with text_batch(c):
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


def page_words(label: str, n: int, total: int) -> str:
    """The foot of every page: ``第一联 维修联　第 1 页 共 2 页``."""
    return "　".join(x for x in (label, f"第 {n} 页 共 {total} 页") if x)


def draw_page_foot(c: Canvas, x: float, width: float, y: float, text: str) -> None:
    draw_text(c, x + width, y, text, FOOT_SIZE, align="right", color=GREY)


FOOT_SIZE = 7.4


def continuation_head(cp: Copy) -> Block | None:
    """What heads a copy's further pages: ``Copy.continued``, or else the copy's own header with
    （续） after the title (same centre, serial and note), so a loose page can be matched."""
    if cp.continued is not None:
        return cp.continued
    first = next((b for b in cp.blocks if isinstance(b, Header)), None)
    if first is None:
        return None
    return replace(first, title=first.title + "（续）", left="")


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
    them; otherwise each copy starts a page and flows over as many as it needs. Every page of a
    copy is headed (the form's header; on further pages the continuation head) and footed with
    the copy's label and 第 N 页 共 M 页 of that copy; blocks that do not fit what is left of a
    page move on or split (see :func:`plan_pages`), so nothing is drawn past a page's edge."""
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
                draw_page_foot(c, x, width, ph / 2 - shift + margin * 0.45, page_words(cp.label, 1, 1))
            if len(pair) == 2:
                draw_cut_line(c, margin * 0.4, pw - margin * 0.4, ph / 2)
            c.showPage()
    else:
        for cp in copies:
            head = continuation_head(cp)
            pages = plan_pages(cp.all_blocks, width, ph - margin, margin, head)
            for n, placed in enumerate(pages, start=1):
                if n > 1 and head is not None:
                    head.draw(c, x, ph - margin, width)
                bottom = ph - margin
                for block, top in placed:
                    block.draw(c, x, top, width)
                    bottom = top - block.height(width)
                draw_copy_label(c, label_x, ph - margin, bottom, cp.label)
                draw_page_foot(c, x, width, margin * 0.5, page_words(cp.label, n, len(pages)))
                c.showPage()
    c.save()
    return buf.getvalue()


def plan_pages(
    blocks: Sequence[Block], width: float, page_top: float, bottom: float, head: Block | None = None
) -> list[list[tuple[Block, float]]]:
    """Where each block goes: a list of pages, each a list of (block, top). A block that does not
    fit what is left of a page moves to the next one; one that cannot fit a page splits (tables
    and grids between rows, or inside a row taller than a page; text boxes and notes by lines);
    a heading (``keep_with_next``) moves on with the block after it. ``head`` heads the further
    pages. Only a block that cannot split and is taller than a page could pass the bottom edge;
    none of the forms has one."""
    head_h = head.height(width) if head is not None else 0.0
    pending: list[Block] = list(blocks)
    pages: list[list[tuple[Block, float]]] = [[]]
    y = page_top
    page_body = page_top - head_h - bottom

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = page_top - head_h

    def fresh() -> bool:
        return not pages[-1]

    while pending:
        block = pending.pop(0)
        h = block.height(width)
        avail = y - bottom
        if h <= avail:
            if getattr(block, "keep_with_next", False) and pending and not fresh():
                nxt = pending[0]
                nh = nxt.height(width)
                splitter = getattr(nxt, "split", None)
                if nh > avail - h and (splitter is None or splitter(avail - h, width, page_body) is None):
                    new_page()
            pages[-1].append((block, y))
            y -= h
            continue
        splitter = getattr(block, "split", None)
        parts = splitter(avail, width, page_body) if splitter is not None else None
        if parts is not None:
            first, rest = parts
            pages[-1].append((first, y))
            pending.insert(0, rest)
            new_page()
            continue
        if not fresh():
            pending.insert(0, block)
            new_page()
            continue
        pages[-1].append((block, y))  # unsplittable and taller than a page: nothing better to do
        y -= h
    if len(pages) > 1 and not pages[-1]:
        pages.pop()
    return pages


def _draw_blocks(c: Canvas, blocks: Sequence[Block], x: float, top: float, width: float) -> float:
    y = top
    for block in blocks:
        block.draw(c, x, y, width)
        y -= block.height(width)
    return y
