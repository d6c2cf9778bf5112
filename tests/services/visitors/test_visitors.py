"""访客登记 on the record machinery: in at once or expected, the host's confirmation, out; masked
numbers for the guard; overstaying counted and handed over; the guard's view of today; the slip."""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk.services.errors import ValidationError
from frontdesk.services.permissions import Role
from tests.conftest import make_user
from tests.support.printing import pdf_text

pytestmark = pytest.mark.usefixtures("estate")


def _visitor(**extra: object) -> dict[str, object]:
    values: dict[str, object] = {
        "visitor_name": "陈明",
        "room": (None, "3-2-1502"),
        "reason": "探亲访友",
        "phone": "13900001111",
        "id_number": "11010519491231002X",
        "plate": "粤b 12345",
        "badge": "F-07",
        "expected": False,
        "visit_date": None,
    }
    values.update(extra)
    return values


def test_in_confirmed_and_out(services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.visitors
    row = svc.create(receptionist, _visitor(visit_date=svc.today()))
    assert row.number.startswith("FK") and row.state == "in" and row.cells["in_at"] == clock.now()
    assert row.cells["plate"] == "粤B12345" and row.cells["room"] == "3-2-1502"
    row = svc.act(receptionist, row.id, row.version, "confirm", {"host_confirmed_by": "张伟"})
    assert row.state == "in" and row.cells["host"] == "张伟"
    clock.advance(minutes=50)
    row = svc.act(receptionist, row.id, row.version, "leave")
    assert row.state == "out" and row.allowed == frozenset()
    lines = dict(svc.detail(receptionist, row.id).lines)
    assert lines["逗留"] == "0 小时 50 分" and lines["业主确认"].startswith("张伟")


def test_bad_input_all_at_once(services, receptionist) -> None:  # type: ignore[no-untyped-def]
    svc = services.visitors
    with pytest.raises(ValidationError) as bad:
        svc.create(receptionist, _visitor(visitor_name="", id_number="110105194912310021", phone="12", visit_date=svc.today()))
    assert set(bad.value.errors) == {"visitor_name", "id_number", "phone"}
    with pytest.raises(ValidationError) as bad:
        svc.create(receptionist, _visitor(room=(None, "9-9-999"), visit_date=svc.today()))
    assert bad.value.errors == {"room": "room_unknown"}


def test_guard_sees_today_masked_and_registers(services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.visitors
    today = svc.today()
    expected = svc.create(receptionist, _visitor(visitor_name="王芳", expected=True, visit_date=today))
    later = svc.create(receptionist, _visitor(visitor_name="刘强", expected=True, visit_date=today + timedelta(days=1)))
    assert expected.state == "expected" and expected.cells["in_at"] is None
    guard = make_user(services, Role.GUARD, "men", "门岗老周")
    rows = svc.page(guard, "today", "", None, 10).rows
    assert [r.id for r in rows] == [expected.id]
    assert rows[0].cells["phone"] == "139****1111"
    assert dict(svc.detail(guard, expected.id).lines)["身份证号"] == "110105********002X"
    arrived = svc.act(guard, expected.id, expected.version, "arrive")
    assert arrived.state == "in" and arrived.cells["in_at"] == clock.now()
    assert later.id not in [r.id for r in svc.page(guard, "today", "", None, 10).rows]
    supervisor_lines = dict(svc.detail(services.staff.login("boss", "secret-boss"), arrived.id).lines)
    assert supervisor_lines["身份证号"] == "11010519491231002X"


def test_overstaying_is_counted_listed_and_handed_over(services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.visitors
    long_stay = svc.create(receptionist, _visitor(visit_date=svc.today()))
    clock.advance(hours=3)
    short = svc.create(receptionist, _visitor(visitor_name="短访", visit_date=svc.today()))
    clock.advance(hours=1, minutes=1)
    counts = {c.code: c.count for c in services.status_counts(receptionist)}
    assert counts["visitor.overstay"] == 1
    assert [r.id for r in svc.page(receptionist, "overstay", "", None, 10).rows] == [long_stay.id]
    handed = services.handover_items(receptionist, clock.now() - timedelta(hours=8), clock.now())
    items = [i for i in handed if i.ref_kind == "visitor"]
    assert [(i.section, i.ref_id) for i in items] == [("visitor.overstay", long_stay.id)]
    assert svc.page(receptionist, "all", "短访", None, 10).rows[0].flagged == frozenset()
    assert short.id != long_stay.id


def test_slip_search_and_month(services, receptionist) -> None:  # type: ignore[no-untyped-def]
    svc = services.visitors
    row = svc.create(receptionist, _visitor(visit_date=svc.today()))
    text = "".join(pdf_text(svc.printable(receptionist, row.id).render()).split())
    for expected in ("访客单", row.number, "3-2-1502", "陈明", "110105********002X", "F-07", "被访人签字"):
        assert expected in text, expected
    assert [h.id for h in services.search(receptionist, "陈明 3-2-1502") if h.kind == "visitor"] == [row.id]
    today = svc.today()
    figures = dict(services.monthly_statistics(receptionist, today.year, today.month)["visitors"])
    assert figures["新建"] == 1 and figures["在访"] == 1


def test_unmasking_is_audited_and_refused_to_the_guard(services, receptionist) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from frontdesk.models import AuditEvent
    from frontdesk.services.errors import PermissionDenied

    svc = services.visitors
    row = svc.create(receptionist, _visitor(visit_date=svc.today()))
    assert row.cells["phone"] == "139****1111"
    assert svc.reveal(receptionist, row.id) == [("电话", "13900001111"), ("身份证号", "11010519491231002X")]
    with services.db.read() as s:
        actions = [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "visitor"))]
    assert actions == ["create", "unmask"]
    guard = make_user(services, Role.GUARD, "men", "门岗")
    with pytest.raises(PermissionDenied):
        svc.reveal(guard, row.id)
