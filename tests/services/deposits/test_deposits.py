"""押金台账: a renovation's deposit taken through the service API (with its receipt, so it is in the
shift's cash), refunded with a deduction and its reason, balances per room, the printed slip."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from frontdesk.services.errors import InvalidTransition, ValidationError
from frontdesk.services.permissions import CurrentUser
from tests.support.orders import add_rooms, fast
from tests.support.printing import pdf_text

pytestmark = pytest.mark.usefixtures("fast")
__all__ = ["fast"]


def test_a_renovation_deposit_taken_and_refunded_with_a_deduction(services, receptionist: CurrentUser, clock) -> None:  # type: ignore[no-untyped-def]
    add_rooms(services)
    svc = services.deposits
    row = svc.take(receptionist, room="3-2-1502", payer="陈建国", amount="3000", source=("renovation", 7, "ZX20261127001"))
    assert row.number.startswith("YJ20261127") and row.state == "held" and row.amount == Decimal("3000.00")
    assert row.receipt_number.startswith("SJ") and row.source_number == "ZX20261127001"
    assert [d.number for d in svc.held_for(receptionist, "renovation", 7)] == [row.number]
    receipt = services.receipts.page(receptionist, "all", row.receipt_number, None, 5).rows[0]
    assert receipt.items == "装修押金" and receipt.total == Decimal("3000.00")
    with pytest.raises(ValidationError) as kept:  # a deposit's receipt is settled by the refund, not voided
        services.receipts.act(
            receptionist,
            receipt.id,
            receipt.version,
            "void",
            {"reason": "x", "approver": "boss", "approver_password": "secret-boss"},
        )
    assert kept.value.errors == {"reason": "void_deposit_receipt"}

    svc.take(
        receptionist, room="3-2-1503", payer="李秀英", amount="200.5", purpose="门禁卡押金", method="微信", reference="42000001"
    )
    with pytest.raises(ValidationError) as bad:
        svc.take(receptionist, room="9-9-999", payer="王芳", amount="100", method="转账")
    assert bad.value.errors == {"room": "room_unknown", "reference": "reference_required"}
    assert [(b.room, b.count, b.held) for b in svc.balances(receptionist)] == [
        ("3-2-1502", 1, Decimal("3000.00")),
        ("3-2-1503", 1, Decimal("200.50")),
    ]

    with pytest.raises(ValidationError) as too_much:
        svc.refund(receptionist, row.id, row.version, refund_to="陈建国", deductions=[{"reason": "损坏", "amount": "3000.01"}])
    assert too_much.value.errors == {"deductions": "deductions_exceed"}
    done = svc.refund(
        receptionist, row.id, row.version, refund_to="陈建国",
        deductions=[{"reason": "损坏楼道墙面，修复费", "amount": "350"}, {"reason": "建筑垃圾清运", "amount": "150"}],
    )  # fmt: skip
    assert done.state == "refunded" and done.deducted == Decimal("500.00") and done.refunded == Decimal("2500.00")
    with pytest.raises(InvalidTransition):
        svc.refund(receptionist, done.id, done.version, refund_to="陈建国")
    assert [b.room for b in svc.balances(receptionist)] == ["3-2-1503"]

    text = "".join(pdf_text(svc.printable(receptionist, row.id).render()).split())
    for expected in ("押金退还单", row.number, "损坏楼道墙面", "贰仟伍佰元整", "叁仟元整", "交款人联", "存根联"):
        assert expected in text, expected
    items = services.handover_items(receptionist, clock.now() - timedelta(hours=1), clock.now() + timedelta(hours=1))
    assert [(i.section, i.ref_number) for i in items if i.ref_kind == "deposit"] == [("deposit.refund", row.number)]
