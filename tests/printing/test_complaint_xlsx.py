"""Complaint exports read back with openpyxl: the list and the monthly table."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from frontdesk.printing.complaint_xlsx import STATS_COLUMNS, write_stats_xlsx
from frontdesk.services.complaints.export import LIST_COLUMNS, export_list
from frontdesk.services.complaints.rows import ComplaintFilter
from frontdesk.services.errors import PermissionDenied
from tests.support.complaints import call_back, intake, make_estate, walk

pytestmark = pytest.mark.usefixtures("cheap_hashing")


def test_list_export_has_every_step(services, receptionist, supervisor, butler, tmp_path: Path) -> None:
    make_estate(services)
    c = walk(services, receptionist, supervisor, until="callback")
    call_back(services, receptionist, c.id, "basic", "基本解决")
    walk(
        services,
        receptionist,
        supervisor,
        until="invalid",
        data=intake(content="垃圾桶没清理", room="5-1-301"),
    )
    path = tmp_path / "out" / "complaints.xlsx"
    assert export_list(services.complaints, receptionist, path, ComplaintFilter()) == 2
    ws = load_workbook(path).active
    header = [cell.value for cell in ws[1]]
    assert header == [c.header for c in LIST_COLUMNS]
    by_number = {r[0]: dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)}
    first = by_number["TS20261127001"]
    assert first["状态"] == "待总结" and first["房号"] == "3-2-1502" and first["联系电话"] == "138****5678"
    assert first["是否有效"] == "有效" and first["责任部门"] == "工程部" and first["满意度"] == "基本满意"
    assert first["处理方案"] == "约谈装修负责人，限定施工时间" and first["主管审批意见"] == "同意方案一"
    second = by_number["TS20261127002"]
    assert second["状态"] == "不成立" and second["不成立答复"].startswith("已向业主解释")
    # the supervisor's export shows the phone in full; the export is in the audit trail
    full = services.complaints.export_details(supervisor, ComplaintFilter(text="噪音"))
    assert [r.phone for r in full] == ["13812345678"]
    assert [a.action for a in services.audit.recent(supervisor, 5)][:2] == ["export", "export"]


def test_stats_export_matches_the_table(services, supervisor, receptionist, tmp_path: Path) -> None:
    make_estate(services)
    c = walk(services, receptionist, supervisor, until="callback")
    call_back(services, receptionist, c.id, "satisfied", "很好")
    walk(services, receptionist, supervisor, until="invalid", data=intake(severity="重大", category="收费"))
    stats = services.complaints.monthly_stats(supervisor, 2026, 11)
    path = tmp_path / "stats.xlsx"
    write_stats_xlsx(stats, path, centre="翠湖花园物业服务中心", made_by="王主管")
    ws = load_workbook(path).active
    assert ws.title == "2026年11月"
    assert ws["A1"].value == "翠湖花园物业服务中心顾客投诉分类统计表"
    rows = [r for r in ws.iter_rows(values_only=True)]
    header_at = [i for i, r in enumerate(rows) if r[0] == "投诉类别"][0]
    assert list(rows[header_at][1:]) == list(STATS_COLUMNS)
    table = {r[0]: r[1:] for r in rows[header_at + 1 : header_at + 1 + len(stats.by_category) + 1]}
    assert table["噪音扰民"][:3] == (1, 1, 0)
    assert table["收费"][:3] == (1, 0, 1) and table["收费"][5] == 1  # 重大
    assert table["合计"][0] == 2 and table["合计"][-1] == "—"
    # rates and averages are numbers Excel can sum and chart, shown as 100% and 1.0
    rate_col = 1 + STATS_COLUMNS.index("满意率")
    noise = next(r for r in ws.iter_rows(min_row=header_at + 2) if r[0].value == "噪音扰民")
    assert noise[rate_col].value == 1 and noise[rate_col].data_type == "n" and noise[rate_col].number_format == "0%"
    # fit to one page wide: Excel only honours fitToWidth with fitToPage set
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    dept_at = [i for i, r in enumerate(rows) if r[0] == "责任部门"][0]
    depts = {r[0]: r[1] for r in rows[dept_at + 1 :] if r[0] and r[1] is not None}
    assert depts["工程部"] == 1 and depts["未定责任部门"] == 1 and depts["合计"] == 2


def test_export_needs_its_permission(services, supervisor) -> None:
    from frontdesk.services.permissions import Role
    from tests.support.users import user_of_role

    guard = user_of_role(services.db, Role.GUARD, "孙门岗")
    with pytest.raises(PermissionDenied):
        services.complaints.export_details(guard)


def test_report_keeps_text_as_text_and_the_table_look(tmp_path: Path) -> None:
    """A category a supervisor named ``=1+1`` is written as text (quote prefix), numbers stay
    numbers; the title is merged across, totals bold, ruled cells, A4 landscape."""
    from frontdesk.printing.xlsx import ReportTable, write_report

    path = tmp_path / "report.xlsx"
    write_report(
        path,
        "2026年11月",
        title="统计表",
        subtitle="统计期间",
        tables=[ReportTable(("投诉类别", "投诉数"), [["=1+1", 3], ["合计", 3]], total=True)],
        notes=["说明"],
        widths=[14, 9],
    )
    ws = load_workbook(path).active
    assert ws["A1"].value == "统计表" and ws["A1"].font.bold and "A1:B1" in {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[4]] == ["投诉类别", "投诉数"] and ws["A4"].font.bold
    assert ws["A5"].value == "=1+1" and ws["A5"].data_type == "s" and ws["A5"].quotePrefix
    assert ws["B5"].value == 3 and ws["B5"].data_type == "n" and ws["B5"].border.left.style == "thin"
    assert ws["A6"].font.bold and not ws["A5"].font.bold
    assert ws["A8"].value == "说明" and ws.page_setup.orientation == "landscape"
    assert ws.column_dimensions["A"].width == 14
