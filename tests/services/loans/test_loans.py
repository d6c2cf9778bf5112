"""物品借用: an umbrella lent with a deposit (Decimal), returned with the deposit refunded (not more
than was taken), overdue loans, the xlsx export and month figures."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from frontdesk.services.errors import ValidationError

pytestmark = pytest.mark.usefixtures("estate")


def _loan(clock, **extra: object) -> dict[str, object]:  # type: ignore[no-untyped-def]
    values: dict[str, object] = {
        "item": "雨伞",
        "item_no": "伞-03",
        "room": (None, "3-2-1502"),
        "borrower": "李娜",
        "phone": "13900003333",
        "deposit": "50",
        "due_at": clock.now() + timedelta(days=1),
    }
    values.update(extra)
    return values


def test_lent_with_deposit_and_returned(services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.loans
    row = svc.create(receptionist, _loan(clock))
    assert row.number.startswith("WP") and row.cells["deposit"] == Decimal("50.00") and row.cells["phone"] == "139****3333"
    with pytest.raises(ValidationError) as bad:
        svc.act(receptionist, row.id, row.version, "return", {"deposit_refunded": "60"})
    assert bad.value.errors == {"deposit_refunded": "refund_over_deposit"}
    row = svc.act(receptionist, row.id, row.version, "return", {"deposit_refunded": "50.00", "return_note": "完好"})
    assert row.state == "returned"
    assert ("退还押金", "50.00 元") in svc.detail(receptionist, row.id).lines


def test_bad_money_and_overdue(services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.loans
    with pytest.raises(ValidationError) as bad:
        svc.create(receptionist, _loan(clock, deposit="5.555", item="飞机", phone=""))
    assert bad.value.errors == {"deposit": "bad_money_places", "item": "not_a_choice", "phone": "required"}
    row = svc.create(receptionist, _loan(clock, item="梯子", item_no="", deposit=""))
    clock.advance(days=1, minutes=1)
    assert {c.code: c.count for c in services.status_counts(receptionist)}["item_loan.overdue"] == 1
    assert [r.id for r in svc.page(receptionist, "overdue", "梯子", None, 10).rows] == [row.id]


def test_export_and_month(services, receptionist, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svc = services.loans
    svc.create(receptionist, _loan(clock))
    out = tmp_path / "loans.xlsx"
    assert services.features.by_key("loans").export(svc, receptionist, out) == 1
    sheet = load_workbook(out).active
    assert sheet.cell(1, 2).value == "物品" and sheet.cell(2, 6).value == 50
    today = svc.today()
    figures = dict(services.monthly_statistics(receptionist, today.year, today.month)["loans"])
    assert figures["新建"] == 1 and figures["借出中"] == 1
