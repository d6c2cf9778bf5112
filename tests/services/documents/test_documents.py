"""收发文件登记 through the shared record machinery: registered, signed for, archived or
returned; the unsigned flagged the next day; lists and global search."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from frontdesk.services.errors import ValidationError


def _doc(today: date, handler: int, **extra: object) -> dict[str, object]:
    values: dict[str, object] = {
        "direction": "收文",
        "counterpart": "公司行政部",
        "title": "关于做好冬季消防安全工作的通知",
        "doc_no": "粤物〔2026〕35号",
        "doc_date": today,
        "copies": 2,
        "handled_by": handler,
        "note": "",
    }
    values.update(extra)
    return values


def test_received_signed_for_and_archived(services, receptionist, butler, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.documents
    today = svc.today()
    row = svc.create(receptionist, _doc(today, receptionist.id))
    assert row.number.startswith("WJ") and row.state == "registered" and row.handled_by == "李前台"
    out = svc.create(receptionist, _doc(today, receptionist.id, direction="发文", counterpart="3栋施工单位", title="整改要求"))
    assert [r.id for r in svc.page(receptionist, "in", "", None, 10).rows] == [row.id]
    assert [r.id for r in svc.page(receptionist, "out", "", None, 10).rows] == [out.id]
    with pytest.raises(ValidationError) as bad:
        svc.act(receptionist, row.id, row.version, "sign", {"received_by": "", "received_at": clock.now() + timedelta(hours=1)})
    assert bad.value.errors == {"received_by": "required"}
    with pytest.raises(ValidationError) as bad:
        later = clock.now() + timedelta(hours=1)
        svc.act(receptionist, row.id, row.version, "sign", {"received_by": "赵管家", "received_at": later})
    assert bad.value.errors == {"received_at": "time_in_future"}
    row = svc.act(receptionist, row.id, row.version, "sign", {"received_by": "赵管家", "received_at": clock.now()})
    assert row.state == "signed" and row.received_by == "赵管家"
    row = svc.act(receptionist, row.id, row.version, "archive")
    assert row.state == "archived"
    assert ("签收", f"赵管家  {svc.local(clock.now())}") in svc.detail(receptionist, row.id).lines

    # the one sent out is not signed for by the next day: flagged and handed over
    clock.advance(days=1)
    assert {c.code: c.count for c in services.status_counts(receptionist)}["document.unsigned"] == 1
    start = clock.now() - timedelta(hours=8)
    items = [i for i in services.handover_items(receptionist, start, clock.now()) if i.ref_kind == "document"]
    assert [(i.section, i.ref_number) for i in items] == [("document.unsigned", out.number)]
    out = svc.act(receptionist, out.id, out.version, "sign", {"received_by": "钱工", "received_at": clock.now()})
    out = svc.act(receptionist, out.id, out.version, "return", {"closed_note": "文件有误，退回重发"})
    assert out.state == "returned"


def test_bad_input_and_global_search(services, receptionist) -> None:  # type: ignore[no-untyped-def]
    svc = services.documents
    today = svc.today()
    with pytest.raises(ValidationError) as bad:
        svc.create(receptionist, _doc(today + timedelta(days=1), 999, copies=0, direction="传真", title=""))
    assert bad.value.errors == {"direction": "not_a_choice", "title": "required", "copies": "out_of_range"}
    with pytest.raises(ValidationError) as bad:
        svc.create(receptionist, _doc(today + timedelta(days=1), 999))
    assert bad.value.errors == {"handled_by": "unknown_staff", "doc_date": "date_in_future"}
    row = svc.create(receptionist, _doc(today, receptionist.id))
    assert [h.id for h in services.search(receptionist, "35号 消防") if h.kind == "document"] == [row.id]
    assert [r.id for r in svc.page(receptionist, "all", "行政部", None, 10).rows] == [row.id]
