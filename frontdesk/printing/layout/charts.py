"""Charts on a form, drawn with reportlab's own graphics (no picture files): :class:`ChartBlock`
places a ``reportlab.graphics.shapes.Drawing`` as a block, and :func:`bar_chart` /
:func:`line_chart` make the two charts reports need (bars by category, this month beside the
last; a line of daily volume), in the bundled font so Chinese labels print."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.fonts import ensure_fonts, one_face
from frontdesk.printing.layout.style import mm

#: series colours: this month, last month (or the second line), a third line
SERIES = (colors.HexColor("#2f6fb0"), colors.HexColor("#b8c7d9"), colors.HexColor("#c0392b"))
#: line colours: far apart, so that three lines read apart in grey print too
LINES = (colors.HexColor("#2f6fb0"), colors.HexColor("#e08a1e"), colors.HexColor("#c0392b"))


@dataclass
class ChartBlock:
    """A reportlab Drawing scaled to the block's width (keeping its proportions, at most ``scale``)."""

    drawing: Drawing
    max_scale: float = 1.0

    def _scale(self, width: float) -> float:
        return min(self.max_scale, width / float(self.drawing.width))

    def height(self, width: float) -> float:
        return float(self.drawing.height) * self._scale(width) + 2 * mm

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        s = self._scale(width)
        c.saveState()
        c.translate(x, top - self.height(width) + 1 * mm)
        c.scale(s, s)
        renderPDF.draw(self.drawing, c, 0, 0)
        c.restoreState()


def _title(d: Drawing, text: str, width: float, height: float) -> None:
    d.add(String(width / 2, height - 12, one_face(text), fontName=ensure_fonts(), fontSize=10, textAnchor="middle"))


def _legend(d: Drawing, names: Sequence[str], right: float, y: float, palette: Sequence[colors.Color] = SERIES) -> None:
    """The series' names in one row, ending at ``right``."""
    legend = Legend()
    legend.x, legend.y = right - 70 * len(names), y
    legend.fontName = ensure_fonts()
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.colorNamePairs = list(zip(palette, map(one_face, names), strict=False))
    d.add(legend)


def bar_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[Sequence[int]],
    names: Sequence[str],
    *,
    width: float = 480,
    height: float = 200,
) -> Drawing:
    """Vertical bars by category, one bar per series (e.g. 本月 beside 上月)."""
    font = ensure_fonts()
    d = Drawing(width, height)
    _title(d, title, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 40, width - 60, height - 80
    chart.data = [list(s) for s in series] or [[0]]
    chart.categoryAxis.categoryNames = [one_face(lab) for lab in labels] or [""]  # a centre's categories may hold emoji
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.angle = 30 if len(labels) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 8 else "n"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max((v for s in series for v in s), default=0)
    chart.valueAxis.valueMax = max(top + 1, 5)
    chart.valueAxis.valueStep = max(1, (chart.valueAxis.valueMax + 4) // 5)
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = SERIES[i % len(SERIES)]
        chart.bars[i].strokeColor = None
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    chart.barLabelFormat = lambda v: str(int(v)) if v else ""
    chart.barLabels.nudge = 5
    d.add(chart)
    _legend(d, names, width, height - 20)
    return d


def line_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[Sequence[int]],
    names: Sequence[str],
    *,
    width: float = 480,
    height: float = 200,
) -> Drawing:
    """Lines over the days of a month (daily volume)."""
    font = ensure_fonts()
    d = Drawing(width, height)
    _title(d, title, width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 40, 35, width - 60, height - 75
    chart.data = [list(s) for s in series] or [[0]]
    chart.categoryAxis.categoryNames = [one_face(lab) if i % 2 == 0 else "" for i, lab in enumerate(labels)] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max((v for s in series for v in s), default=0)
    chart.valueAxis.valueMax = max(top + 1, 5)
    chart.valueAxis.valueStep = max(1, (chart.valueAxis.valueMax + 4) // 5)
    for i in range(len(chart.data)):
        chart.lines[i].strokeColor = LINES[i % len(LINES)]
        chart.lines[i].strokeWidth = 1.4
    d.add(chart)
    _legend(d, names, width, height - 20, LINES)
    return d
