"""Complaints to xlsx: the filtered list (one row per complaint, every step's fields) and the
monthly classification table 《顾客投诉分类统计表》. Data in, file out: no Qt, no session."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from frontdesk.printing.complaint_words import (
    METHOD_NAMES,
    SATISFACTION_NAMES,
    STATE_NAMES,
    days_text,
    local_text,
    percent_text,
    yes_no,
)
from frontdesk.services.complaints.rows import ComplaintDetail
from frontdesk.services.complaints.stats import MonthlyStats, StatsLine

LIST_COLUMNS = (
    ("编号", 16), ("状态", 9), ("受理时间", 17), ("投诉人", 10), ("房号", 11), ("联系电话", 14),
    ("投诉方式", 9), ("投诉类别", 10), ("严重程度", 9), ("投诉内容", 40), ("受理人", 9),
    ("是否有效", 9), ("不成立答复", 30), ("责任部门", 11), ("责任人", 9), ("原因分析", 30),
    ("处理方案", 30), ("主管审批意见", 24), ("处理结果", 30), ("投诉人意见", 20), ("回访时间", 17),
    ("回访方式", 9), ("满意度", 9), ("回访意见", 20), ("改进措施", 30), ("关闭时间", 17), ("曾超时", 8),
)  # fmt: skip

STATS_COLUMNS = (
    "投诉数", "有效", "无效", "待判断", "一般", "重大", "已关闭", "处理中",
    "满意", "基本满意", "不满意", "满意率", "超时", "平均办结天数",
)  # fmt: skip


def _list_values(c: ComplaintDetail) -> list[object]:
    plan = c.approved_proposal or "\n".join(f"{i + 1}. {p}" for i, p in enumerate(c.proposals))
    return [
        c.number, STATE_NAMES.get(c.state.value, c.state.value), local_text(c.received_at), c.complainant,
        c.room, c.phone, c.channel, c.category, c.severity, c.content, c.received_by,
        yes_no(c.valid, "有效", "无效", "待判断"), c.invalid_reply, c.department, c.responsible_person,
        c.cause, plan, c.approval_comment, c.actions_taken, c.complainant_opinion,
        local_text(c.callback_at), METHOD_NAMES.get(c.callback_method, c.callback_method),
        SATISFACTION_NAMES.get(c.satisfaction, ""), c.callback_comment, c.improvement,
        local_text(c.closed_at), "是" if c.was_overdue or c.overdue else "",
    ]  # fmt: skip


def write_list_xlsx(rows: Sequence[ComplaintDetail], path: Path, *, title: str = "投诉登记") -> int:
    """One sheet, a header row, one row per complaint. Returns the number of rows written."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    head_font = Font(bold=True)
    fill = PatternFill("solid", fgColor="F3F4F6")
    for col, (name, width) in enumerate(LIST_COLUMNS, start=1):
        cell = ws.cell(row=1, column=col, value=name)
        cell.font = head_font
        cell.fill = fill
        ws.column_dimensions[cell.column_letter].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, c in enumerate(rows, start=2):
        for col, value in enumerate(_list_values(c), start=1):
            cell = ws.cell(row=r, column=col, value=value)
            cell.alignment = wrap
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    return len(rows)


def stats_values(line: StatsLine) -> list[object]:
    return [
        line.total, line.valid, line.invalid, line.unjudged, line.normal, line.major, line.closed,
        line.in_progress, line.satisfied, line.basic, line.unsatisfied, percent_text(line.satisfaction_rate),
        line.overdue, days_text(line.avg_days_to_close),
    ]  # fmt: skip


def write_stats_xlsx(stats: MonthlyStats, path: Path, *, centre: str = "", made_by: str = "") -> None:
    """The monthly table: one sheet with the category table, the department table and notes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws = wb.active
    ws.title = f"{stats.year}年{stats.month:02d}月"
    ncols = 1 + len(STATS_COLUMNS)
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="F3F4F6")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(row=1, column=1, value=f"{centre}顾客投诉分类统计表").font = Font(bold=True, size=14)
    ws.cell(row=1, column=1).alignment = center
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    period = f"统计期间：{stats.title_period}（按受理日期）"
    ws.cell(row=2, column=1, value=f"{period}　　统计时间：{local_text(stats.as_of)}　　填表人：{made_by}")

    def table(start_row: int, first_header: str, lines: Sequence[StatsLine], blank: str) -> int:
        headers = (first_header, *STATS_COLUMNS)
        for col, name in enumerate(headers, start=1):
            cell = ws.cell(row=start_row, column=col, value=name)
            cell.font = Font(bold=True)
            cell.fill = fill
            cell.border = border
            cell.alignment = center
        row = start_row + 1
        body = [(line.label or blank, line, False) for line in lines]
        for label, line, is_total in [*body, ("合计", stats.total, True)]:
            for col, value in enumerate([label, *stats_values(line)], start=1):
                cell = ws.cell(row=row, column=col, value=value)
                cell.border = border
                cell.alignment = center if col > 1 else Alignment(vertical="center")
                if is_total:
                    cell.font = Font(bold=True)
            row += 1
        return row

    row = table(4, "投诉类别", stats.by_category, "其他")
    row = table(row + 1, "责任部门", stats.by_department, "未定责任部门")
    notes = [
        f"投诉总数 {stats.total.total} 件，其中重大投诉 {stats.total.major} 件；"
        f"已关闭 {stats.total.closed} 件，平均办结 {days_text(stats.total.avg_days_to_close)} 天；"
        f"超时 {stats.total.overdue} 件。",
        "说明：有效/无效为第二步“判断”的结论；满意度取最近一次回访；超时指任一步骤超过设定时限"
        "（含仍在处理中已过时限的）；平均办结天数自受理至关闭，只计已关闭的有效投诉。",
    ]
    for text in notes:
        row += 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        ws.cell(row=row, column=1, value=text).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 32
    ws.column_dimensions["A"].width = 14
    for col in range(2, ncols + 1):
        ws.column_dimensions[ws.cell(row=4, column=col).column_letter].width = 9
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
