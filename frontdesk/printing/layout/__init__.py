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

The modules: :mod:`.style` (units, colours, :class:`Style`), :mod:`.text` (measuring, wrapping,
:func:`draw_text`), :mod:`.ink` (batched cell drawing), :mod:`.blocks` (:class:`Block`, header,
signatures, notes), :mod:`.grids` (grids, text boxes, tables) and :mod:`.pages` (canvases, copies,
:func:`render_copies`). The forms import each name from the module that defines it; the package
re-exports them all as its public face for callers outside printing.
"""

from __future__ import annotations

from frontdesk.printing.layout.blocks import Block, Header, Note, Signatures, Spacer
from frontdesk.printing.layout.grids import Cell, Column, Grid, Table, TextBox
from frontdesk.printing.layout.pages import (
    Copy,
    blocks_height,
    draw_copy_label,
    draw_cut_line,
    new_canvas,
    render_copies,
)
from frontdesk.printing.layout.style import DEFAULT, GREY, INK, LIGHT, RULE, SERIAL_RED, Style, font, mm
from frontdesk.printing.layout.text import draw_lines, draw_text, lines_height, reset_state, text_width, wrap
from frontdesk.printing.money import rmb_upper

__all__ = [
    "Block",
    "Cell",
    "Column",
    "Copy",
    "DEFAULT",
    "GREY",
    "Grid",
    "Header",
    "INK",
    "LIGHT",
    "Note",
    "RULE",
    "SERIAL_RED",
    "Signatures",
    "Spacer",
    "Style",
    "Table",
    "TextBox",
    "blocks_height",
    "draw_copy_label",
    "draw_cut_line",
    "draw_lines",
    "draw_text",
    "font",
    "lines_height",
    "mm",
    "new_canvas",
    "render_copies",
    "reset_state",
    "rmb_upper",
    "text_width",
    "wrap",
]
