"""Units, colours and the :class:`Style` of the printed forms, and the bundled font's name."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm as _mm

from frontdesk.printing.fonts import ensure_fonts

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
