"""客服月报 on paper (A4 portrait, the shared layout: header, ruled tables, reportlab charts) and as
an xlsx (the one writer's ``write_report``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4

from frontdesk.printing.layout.blocks import Block, Header, Note, Signatures, Spacer
from frontdesk.printing.layout.charts import ChartBlock, bar_chart, line_chart
from frontdesk.printing.layout.grids import Column, Table
from frontdesk.printing.layout.letter import KeepTogether
from frontdesk.printing.layout.pages import Copy, render_copies
from frontdesk.printing.layout.style import INK, Style, mm
from frontdesk.services.clock import to_local
from frontdesk.services.monthly_report.report import Line, MonthlyReport

HEADERS = ("指标", "本月", "上月", "增减")
_STYLE = Style(size=8.6, label_size=8.6)


def _num(v: Decimal | int | None, unit: str = "") -> str:
    if v is None:
        return "—"
    text = f"{v:.1f}" if isinstance(v, Decimal) else str(v)
    return f"{text}{unit if unit == '%' else ''}"


def _change(line: Line) -> str:
    ch = line.change
    if ch is None:
        return "—"
    if ch == 0:
        return "持平"
    text = f"{abs(ch):.1f}" if isinstance(ch, Decimal) else str(abs(ch))
    return ("+" if ch > 0 else "−") + text


def cells(line: Line) -> list[str]:
    label = f"{line.label}（{line.unit}）" if line.unit and line.unit != "%" else line.label
    return [label, _num(line.value, line.unit), _num(line.previous, line.unit), _change(line)]


def chinese_number(n: int) -> str:
    """一 … 十, 十一 … 九十九: the numbering of a report's sections."""
    digits = "零一二三四五六七八九"
    if n <= 10:
        return "十" if n == 10 else digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def report_blocks(r: MonthlyReport, *, centre: str) -> list[Block]:
    scope = r.project or "全部项目"
    made = to_local(r.made_at).strftime("%Y-%m-%d %H:%M")
    blocks: list[Block] = [
        Header(centre, "客服月报", left=f"统计期间：{r.year}年{r.month}月　项目：{scope}　生成时间：{made}"),
        Spacer(2 * mm),
    ]
    cols = [Column(HEADERS[0], 2.4), *(Column(h, 1, "center") for h in HEADERS[1:])]
    for i, sec in enumerate(r.sections):
        title = f"{chinese_number(i + 1)}、{sec.title}" + (f"（{sec.note}）" if sec.note else "")
        table = Table(cols, [cells(ln) for ln in sec.lines], style=_STYLE)
        # a section's heading stays with its table (a section has a few dozen lines at most)
        blocks += [KeepTogether([Note(title, size=9.5, color=INK), table]), Spacer(2.5 * mm)]
    grid = [Column("类型", 1.4), *(Column(c, 1, "center") for c in r.channels), Column("合计", 1, "center")]
    blocks += [
        Note("来电来访：类型 × 方式", size=9.5, color=INK),
        Table(grid, [[k, *map(str, row), str(sum(row))] for k, row in r.calls_by_kind_channel], style=_STYLE),
        Spacer(3 * mm),
        ChartBlock(
            bar_chart(
                "维修工单按类别（本月 / 上月）",
                [c for c, _a, _b in r.orders_by_category],
                [[a for _c, a, _b in r.orders_by_category], [b for _c, _a, b in r.orders_by_category]],
                ["本月", "上月"],
            )
        ),
        ChartBlock(
            bar_chart(
                "投诉按类别（本月 / 上月）",
                [c for c, _a, _b in r.complaints_by_category],
                [[a for _c, a, _b in r.complaints_by_category], [b for _c, _a, b in r.complaints_by_category]],
                ["本月", "上月"],
            )
        ),
        ChartBlock(
            line_chart(
                "每日业务量",
                [str(d) for d, *_ in r.daily],
                [[c for _d, c, _o, _p in r.daily], [o for _d, _c, o, _p in r.daily], [p for _d, _c, _o, p in r.daily]],
                ["来电来访", "维修工单", "投诉"],
            )
        ),
        Note(
            "说明：按时完工指完工时间不晚于工单时限（挂起时间不计）；满意率为回访结果“满意”与“基本满意”之和占本月完成回访的比例；"
            "三天内回访率按本月应回访的记录计；增减为本月减上月。",
            size=7.6,
        ),
        Spacer(3 * mm),
        Signatures([("填报人", r.made_by), ("审核", ""), ("日期", to_local(r.made_at).strftime("%Y-%m-%d"))]),
    ]
    return blocks


def render_report(r: MonthlyReport, *, centre: str) -> bytes:
    copy = Copy(label="", blocks=report_blocks(r, centre=centre))
    return render_copies([copy], title=r.title, subject="客服月报", pagesize=A4, two_per_page=False, label_strip=0)


def write_report_xlsx(r: MonthlyReport, path: Path) -> None:
    from frontdesk.printing.xlsx import ReportTable, write_report

    def value(v: Decimal | int | None) -> object:
        return "" if v is None else v

    tables = [
        ReportTable(
            [sec.title + (f"（{sec.note}）" if sec.note else ""), *HEADERS[1:]],
            [[cells(ln)[0], value(ln.value), value(ln.previous), value(ln.change)] for ln in sec.lines],
        )
        for sec in r.sections
    ]
    tables.append(
        ReportTable(
            ["来电来访 类型 × 方式", *r.channels, "合计"],
            [[k, *row, sum(row)] for k, row in r.calls_by_kind_channel],
            total=False,
        )
    )
    tables.append(ReportTable(["日", "来电来访", "维修工单", "投诉"], [list(d) for d in r.daily]))
    write_report(
        path,
        f"{r.year}-{r.month:02d}",
        title=f"{r.year}年{r.month}月 客服月报",
        subtitle=f"项目：{r.project or '全部项目'}　生成：{to_local(r.made_at).strftime('%Y-%m-%d %H:%M')} {r.made_by}",
        tables=tables,
        notes=["增减为本月减上月；满意率为满意与基本满意之和占完成回访的比例。"],
        widths=[26, 12, 12, 12, 12, 12],
    )
