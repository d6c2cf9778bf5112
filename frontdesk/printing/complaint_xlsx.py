"""The monthly classification table 《顾客投诉分类统计表》 as xlsx, through the one writer's
titled report (printing/xlsx.write_report). Data in, file out: no Qt, no session. (The complaint
list export goes through its column specs: services/complaints/export.py.)"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from frontdesk.printing.complaint_words import STATS_COLUMNS, STATS_FORMATS, days_text, local_text, stats_numbers
from frontdesk.printing.xlsx import ReportTable, write_report
from frontdesk.services.complaints.stats import MonthlyStats, StatsLine


def _table(stats: MonthlyStats, first_header: str, lines: Sequence[StatsLine], blank: str) -> ReportTable:
    """One classification table: a row per category (or department), then the 合计 row."""
    rows = [[line.label or blank, *stats_numbers(line)] for line in lines]
    return ReportTable(
        (first_header, *STATS_COLUMNS), [*rows, ["合计", *stats_numbers(stats.total)]], total=True, formats=STATS_FORMATS
    )


def write_stats_xlsx(stats: MonthlyStats, path: Path, *, centre: str = "", made_by: str = "") -> None:
    """The monthly table: one sheet with the category table, the department table and notes."""
    period = f"统计期间：{stats.title_period}（按受理日期）"
    write_report(
        path,
        f"{stats.year}年{stats.month:02d}月",
        title=f"{centre}顾客投诉分类统计表",
        subtitle=f"{period}　　统计时间：{local_text(stats.as_of)}　　填表人：{made_by}",
        tables=[
            _table(stats, "投诉类别", stats.by_category, "其他"),
            _table(stats, "责任部门", stats.by_department, "未定责任部门"),
        ],
        notes=[
            f"投诉总数 {stats.total.total} 件，其中重大投诉 {stats.total.major} 件；"
            f"已关闭 {stats.total.closed} 件，平均办结 {days_text(stats.total.avg_days_to_close)} 天；"
            f"超时 {stats.total.overdue} 件。",
            "说明：有效/无效为第二步“判断”的结论；满意度取最近一次回访；超时指任一步骤超过设定时限"
            "（含仍在处理中已过时限的）；平均办结天数自受理至关闭，只计已关闭的有效投诉。",
        ],
        widths=[14, *[9] * len(STATS_COLUMNS)],
    )
