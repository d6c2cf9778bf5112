"""快递代收: arrival with a pick-up code, pick-up by the code or on the recipient's ID (a wrong
code refused), uncollected parcels flagged and handed over, the label sheet."""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk.services.errors import InvalidTransition, ValidationError
from tests.support.printing import page_count, pdf_text

pytestmark = pytest.mark.usefixtures("estate")


def _parcel(**extra: object) -> dict[str, object]:
    values: dict[str, object] = {
        "room": (None, "3-2-1502"),
        "recipient": "张伟",
        "carrier": "顺丰",
        "tracking_tail": "8841",
        "shelf": "a-3",
        "size": "小件",
        "phone": "",
    }
    values.update(extra)
    return values


def test_picked_up_by_code(services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.parcels
    row = svc.create(receptionist, _parcel())
    code = row.cells["code"]
    assert row.state == "waiting" and len(code) == 6 and code.isdigit() and row.cells["shelf"] == "A-3"
    assert svc.find_code(receptionist, code).id == row.id
    with pytest.raises(ValidationError) as bad:
        svc.act(
            receptionist, row.id, row.version, "pickup", {"pickup_code": str(999999 - int(code)).zfill(6), "taker_name": "张伟"}
        )
    assert bad.value.errors == {"pickup_code": "wrong_pickup_code"}
    with pytest.raises(ValidationError) as bad:
        svc.act(receptionist, row.id, row.version, "pickup", {"taker_name": "张伟"})
    assert bad.value.errors == {"pickup_code": "code_or_id_required"}
    clock.advance(minutes=30)
    row = svc.act(receptionist, row.id, row.version, "pickup", {"pickup_code": code, "taker_name": "李娜"})
    assert row.state == "collected" and row.cells["taker"] == "李娜" and row.cells["picked"] == clock.now()
    assert svc.find_code(receptionist, code) is None
    assert "凭取件码" in dict(svc.detail(receptionist, row.id).lines)["取件"]
    with pytest.raises(InvalidTransition):
        svc.act(receptionist, row.id, row.version, "pickup", {"pickup_code": code, "taker_name": "李娜"})


def test_picked_up_on_id_masked(services, receptionist) -> None:  # type: ignore[no-untyped-def]
    svc = services.parcels
    row = svc.create(receptionist, _parcel())
    row = svc.act(receptionist, row.id, row.version, "pickup", {"taker_id_number": "11010519491231002X", "taker_name": "张伟"})
    assert "凭身份证 110105********002X" in dict(svc.detail(receptionist, row.id).lines)["取件"]


def test_uncollected_flagged_and_handed_over(services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.parcels
    old = svc.create(receptionist, _parcel())
    clock.advance(days=2)
    svc.create(receptionist, _parcel(recipient="李娜"))
    clock.advance(days=1, minutes=1)
    assert {c.code: c.count for c in services.status_counts(receptionist)}["parcel.uncollected"] == 1
    handed = services.handover_items(receptionist, clock.now() - timedelta(hours=8), clock.now())
    items = [i for i in handed if i.ref_kind == "parcel"]
    assert [(i.section, i.ref_id) for i in items] == [("parcel.uncollected", old.id)]
    assert [r.id for r in svc.page(receptionist, "uncollected", "", None, 10).rows] == [old.id]
    back = svc.act(receptionist, old.id, old.version, "send_back")
    assert back.state == "returned" and services.parcels.status_counts(receptionist)[0].count == 0


def test_labels_several_to_a_sheet(services, receptionist) -> None:  # type: ignore[no-untyped-def]
    svc = services.parcels
    names = "赵钱孙李周吴郑王冯陈褚卫"
    rows = [svc.create(receptionist, _parcel(recipient=f"{n}先生", shelf=f"B-{i}")) for i, n in enumerate(names)]
    pdf = svc.labels(receptionist, [r.id for r in rows]).render()
    assert page_count(pdf) == 2
    text = "".join(pdf_text(pdf).split())
    for expected in ("快递代收", "3-2-1502", "赵先生", "卫先生", "B-11", "到件", rows[5].cells["code"], "沿虚线剪开"):
        assert expected in text, expected
    assert [h.id for h in services.search(receptionist, rows[3].cells["code"]) if h.kind == "parcel"] == [rows[3].id]
