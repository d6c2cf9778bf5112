"""收据: fee lines and methods, a repair charge taken from a completed order, the print with its
大写 and 补打, a void with a supervisor's approval, the shift's cash in the handover, the day report."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from frontdesk.services.errors import ValidationError
from frontdesk.services.permissions import CurrentUser
from tests.support.orders import add_rooms, add_technicians, advance, fast, order_input
from tests.support.printing import pdf_text

pytestmark = pytest.mark.usefixtures("fast")
__all__ = ["fast"]


def _receipt(**extra: object) -> dict[str, object]:
    values: dict[str, object] = {
        "payer": "陈建国",
        "room": (None, "3-2-1502"),
        "order": "",
        "items": [{"item": "物业费", "detail": "2026年1-6月", "amount": "1,200.00"}],
        "method": "现金",
        "reference": "",
        "book_number": "",
        "note": "",
    }
    values.update(extra)
    return values


def flat(text: str) -> str:
    return "".join(text.split())


def test_payments_print_void_and_the_shift_cash(
    services, receptionist: CurrentUser, supervisor: CurrentUser, clock, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    add_rooms(services)
    svc = services.receipts
    cash = svc.create(receptionist, _receipt())
    assert cash.number.startswith("SJ20261127") and cash.total == Decimal("1200.00") and isinstance(cash.total, Decimal)

    with pytest.raises(ValidationError) as bad:
        svc.create(receptionist, _receipt(method="微信", items=[{"item": "门禁卡", "detail": "", "amount": "0"}]))
    assert bad.value.errors == {"items": "amount_positive", "reference": "reference_required"}
    wechat = svc.create(
        receptionist,
        _receipt(method="微信", reference="4200001234202611270001", items=[{"item": "门禁卡", "detail": "2张", "amount": "50"}]),
    )

    # a repair charge: the completed order's total, the room from the order
    boss = supervisor
    tech = add_technicians(services, boss)[0]
    order = advance(services, receptionist, services.work_orders.create(receptionist, order_input()), "completed", tech)
    repair = svc.create(receptionist, _receipt(room=None, items=[], order=order.number))
    detail = svc.detail(receptionist, repair.id)
    assert repair.total == Decimal("85.00") and repair.room == "3-2-1502" and repair.items == "有偿维修"
    with pytest.raises(ValidationError) as twice:
        svc.create(receptionist, _receipt(items=[], order=order.number))
    assert twice.value.errors == {"order": "order_already_paid", "items": "required"}

    # printed: both copies, the amount in capitals; a second print is 补打
    text = flat(pdf_text(svc.printable(receptionist, cash.id).render()))
    for expected in ("收据联", "存根联", cash.number, "壹仟贰佰元整", "1,200.00", "陈建国", "3-2-1502"):
        assert expected in text, expected
    assert "补打" not in text
    assert "补打" in flat(pdf_text(svc.printable(receptionist, cash.id).render()))
    assert ("合计", "¥85.00  捌拾伍元整") in detail.lines

    # void: the receptionist's own password is not an approval; the supervisor's is
    with pytest.raises(ValidationError) as refused:
        svc.act(
            receptionist,
            wechat.id,
            wechat.version,
            "void",
            {"reason": "重复收费", "approver": "li", "approver_password": "secret-li"},
        )
    assert refused.value.errors == {"approver": "approver_not_supervisor"}
    with pytest.raises(ValidationError) as wrong:
        svc.act(
            receptionist, wechat.id, wechat.version, "void", {"reason": "重复收费", "approver": "boss", "approver_password": "x"}
        )
    assert wrong.value.errors == {"approver_password": "approval_failed"}
    void = svc.act(
        receptionist,
        wechat.id,
        wechat.version,
        "void",
        {"reason": "重复收费", "approver": "boss", "approver_password": "secret-boss"},
    )
    assert void.state == "void" and svc.row(receptionist, wechat.id).state == "void"
    assert "作废" in flat(pdf_text(svc.printable(receptionist, wechat.id).render()))

    # the shift's cash: per method, voids apart; compiled into the handover
    start, end = clock.now() - timedelta(hours=2), clock.now() + timedelta(hours=1)
    report = svc.cash_report(receptionist, start, end)
    assert [(m.method, m.count, m.total) for m in report.methods] == [("现金", 2, Decimal("1285.00"))]
    assert report.total == Decimal("1285.00") and [v.number for v in report.voids] == [wechat.number]
    items = [i for i in services.handover_items(receptionist, start, end) if i.ref_kind == "receipt"]
    assert [(i.section, i.ref_number) for i in items] == [
        ("receipt.cash", "现金"),
        ("receipt.total", "合计"),
        ("receipt.void", wechat.number),
    ]
    assert "¥1,285.00" in items[0].summary and "重复收费（王主管 审批）" in items[2].summary, items
    draft = services.handover.open_draft(receptionist, "前台1")
    assert draft.cash_fen == 128500  # 交接现金 compiled from the cash taken
    assert [(i.section, i.ref_number) for i in draft.items if i.ref_kind == "receipt"][:1] == [("receipt.cash", "现金")]

    # the day report for finance
    pdf = flat(pdf_text(svc.day_report_pdf(receptionist, svc.today()).render()))
    for expected in ("收款日报表", cash.number, repair.number, wechat.number, "1,285.00", "壹仟贰佰捌拾伍元整"):
        assert expected in pdf, expected
    n = svc.day_report_xlsx(receptionist, svc.today(), tmp_path / "day.xlsx")
    assert n == 2
    cells = [c for row in load_workbook(tmp_path / "day.xlsx").active.iter_rows(values_only=True) for c in row if c is not None]
    assert Decimal("1285.00") in [Decimal(str(c)) for c in cells if isinstance(c, (int, float, Decimal))] or "1285" in str(cells)
