"""The monthly report's figures equal what the seeded month says, beside the previous month's;
the PDF holds its charts; the xlsx opens."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from frontdesk.services.errors import PermissionDenied
from tests.support.month import seed_month
from tests.support.orders import fast  # noqa: F401 - fast is a fixture

pytestmark = pytest.mark.usefixtures("fast")


def pct(n: int, d: int) -> Decimal:
    return Decimal(100 * n / d).quantize(Decimal("0.1"))


def test_report_counts_the_month_and_compares_it(services, clock, receptionist, supervisor, tmp_path: Path) -> None:
    seeded = seed_month(services, clock, receptionist, supervisor)
    with pytest.raises(PermissionDenied):
        services.monthly_report.report(receptionist, 2026, 11)
    r = services.monthly_report.report(supervisor, 2026, 11)
    assert r.value("来电来访", "来电来访合计") == len(seeded.calls)
    assert r.value("来电来访", "按类型·咨询") == sum(1 for k, _c in seeded.calls if k == "inquiry")
    assert r.value("来电来访", "按方式·来电") == sum(1 for _k, c in seeded.calls if c == "phone")
    calls = r.section("来电来访").lines[0]
    assert calls.previous == 1  # October's one online call
    assert r.value("维修工单", "报修单数") == len(seeded.orders)
    assert r.section("维修工单").lines[0].previous == seeded.october_orders
    assert r.value("维修工单", "本月完工") == len(seeded.completed_hours)
    assert r.value("维修工单", "按时完工率") == pct(seeded.on_time, len(seeded.completed_hours))
    mean = sum(seeded.completed_hours) / len(seeded.completed_hours)
    assert r.value("维修工单", "平均完工时长") == Decimal(str(mean)).quantize(Decimal("0.1"))
    assert r.value("维修工单", "回访满意率") == pct(seeded.callbacks_good, seeded.callbacks_done)
    assert r.value("维修工单", "返修（重开）") == seeded.reopened
    assert r.value("投诉", "投诉件数") == len(seeded.complaints)
    assert r.value("投诉", f"类别·{seeded.complaints[0]}") == 1
    assert r.value("回访", "应回访") == 2 and r.value("回访", "3天内完成") == 2
    by_cat = {c: n for c, n, _p in r.orders_by_category}
    assert by_cat["水"] == seeded.orders.count("水") and by_cat["电"] == seeded.orders.count("电")
    assert sum(c for _d, c, _o, _p in r.daily) == len(seeded.calls) and len(r.daily) == 30
    # by project: every call, order and complaint was in 肯彤名邸's rooms but the October call
    [(pid, name)] = services.monthly_report.projects(supervisor)
    rp = services.monthly_report.report(supervisor, 2026, 11, pid)
    assert rp.project == name and rp.value("维修工单", "报修单数") == len(seeded.orders)
    pdf = services.monthly_report.pdf(supervisor, 2026, 11)
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    (tmp_path / "m.pdf").write_bytes(pdf)
    out = tmp_path / "m.xlsx"
    services.monthly_report.export_xlsx(supervisor, out, 2026, 11)
    from openpyxl import load_workbook

    ws = load_workbook(out).active
    texts = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert "报修单数" in texts and "2026年11月 客服月报" in texts
