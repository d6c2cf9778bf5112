"""转工单: a call-log entry becomes a work order through the real services — the order form filled
from the entry, both records linked in one transaction, an entry converted once at most."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from frontdesk.models import Alert, AuditEvent, Complaint, WorkOrder
from frontdesk.services.call_log.rows import CallFilter, CallInput
from frontdesk.services.container import Services
from frontdesk.services.errors import InvalidTransition, NotFound, PermissionDenied, ValidationError
from frontdesk.services.permissions import CurrentUser, Role
from tests.support.call_log import OWNER_PHONE, Estate, call_log_estate, quick_receptionist, quick_supervisor, quick_user  # noqa: F401  (fixtures)

MASKED = "138****5678"
CONTENT = "卫生间地漏返水，楼下天花板有水渍"


def _call(services: Services, user: CurrentUser, **kw: object) -> int:
    base: dict[str, object] = dict(kind="repair", room="3-2-1502", person="张伟", phone=OWNER_PHONE, content=CONTENT)
    base.update(kw)
    return services.call_log.create(user, CallInput(**base)).id  # type: ignore[arg-type]


def _orders(services: Services) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(WorkOrder)) or 0)


def test_draft_carries_room_reporter_phone_and_content(
    services: Services, receptionist: CurrentUser, supervisor: CurrentUser, estate: Estate
) -> None:
    call_id = _call(services, receptionist)
    draft = services.work_orders.draft_from_call(receptionist, call_id)
    assert (draft.room, draft.project_id, draft.reporter, draft.phone, draft.description) == (
        "3-2-1502",
        estate.project_id,
        "张伟",
        MASKED,  # as the receptionist may see it
        CONTENT,
    )
    assert (draft.category, draft.paid, draft.public) == ("", None, False)  # for the person to choose
    assert services.work_orders.draft_from_call(supervisor, call_id).phone == OWNER_PHONE
    walk_in = _call(services, receptionist, room="", phone="", person="", channel="visit")
    draft = services.work_orders.draft_from_call(receptionist, walk_in)
    assert (draft.room, draft.project_id, draft.reporter, draft.phone) == ("", None, "", "")
    with pytest.raises(NotFound):
        services.work_orders.draft_from_call(receptionist, 999)


def test_the_order_and_the_entry_are_linked_both_ways(
    services: Services, receptionist: CurrentUser, supervisor: CurrentUser, estate: Estate
) -> None:
    call_id = _call(services, receptionist, outcome="follow_up", due_date=services.call_log.today())
    assert services.call_log.follow_up_counts(receptionist).open == 1
    draft = services.work_orders.draft_from_call(receptionist, call_id)
    order = services.work_orders.create_from_call(receptionist, call_id, replace(draft, category="水", paid=True))

    # the order knows its call …
    assert (order.source_kind, order.source_id, order.number) == ("call", call_id, "WX20261127001")
    assert (order.room_id, order.reporter, order.description) == (estate.room_id, "张伟", CONTENT)
    assert order.phone == MASKED and services.work_orders.get(supervisor, order.id).phone == OWNER_PHONE
    assert order.events[0].action == "created"
    assert order.events[0].data == {"source_kind": "call", "source_id": call_id}
    # … and the call its order: 已转工单 with the number, in the list, the search and the export
    entry = services.call_log.get(receptionist, call_id)
    assert (entry.outcome, entry.work_order_id, entry.work_order_number) == ("work_order", order.id, order.number)
    assert entry.converted and entry.follow_up == ""
    assert services.call_log.follow_up_counts(receptionist).open == 0  # handed over to the order
    [row] = services.call_log.list_entries(receptionist, CallFilter(outcome="work_order")).rows
    assert row.work_order_number == order.number
    [hit] = services.call_log.list_entries(receptionist, CallFilter(text="返水")).rows
    assert hit.work_order_number == order.number
    with services.db.read() as s:
        convert = s.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "call", AuditEvent.entity_id == str(call_id), AuditEvent.action == "convert"
            )
        ).one()
    assert convert.after == {"outcome": "work_order", "work_order_id": order.id, "number": order.number}
    assert convert.before == {"outcome": "follow_up", "work_order_id": None}


def test_export_names_the_order(services: Services, receptionist: CurrentUser, estate: Estate, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    call_id = _call(services, receptionist)
    draft = services.work_orders.draft_from_call(receptionist, call_id)
    order = services.work_orders.create_from_call(receptionist, call_id, replace(draft, category="水", paid=True))
    path = tmp_path / "calls.xlsx"
    today = services.call_log.today()
    services.call_log.export_xlsx(receptionist, path, today, today)
    header, line = list(load_workbook(path).active.iter_rows(values_only=True))
    assert line[header.index("结果")] == "已转工单" and line[header.index("工单")] == order.number


def test_an_entry_is_converted_once(
    services: Services, receptionist: CurrentUser, supervisor: CurrentUser, estate: Estate
) -> None:
    wo, cs = services.work_orders, services.complaints
    call_id = _call(services, receptionist)
    draft = replace(wo.draft_from_call(receptionist, call_id), category="水", paid=True)
    second_counter = replace(draft)  # another counter opened the same entry meanwhile
    first = wo.create_from_call(receptionist, call_id, draft)
    with pytest.raises(InvalidTransition) as info:
        wo.create_from_call(supervisor, call_id, second_counter)
    assert info.value.code == "already_converted"
    with pytest.raises(InvalidTransition):
        wo.draft_from_call(receptionist, call_id)  # the form does not even open
    # an entry that became an order does not become a complaint as well
    complaint_draft = replace(cs.draft_from_call(receptionist, call_id), category="维修质量")
    with pytest.raises(InvalidTransition):
        cs.create_from_call(receptionist, call_id, complaint_draft)
    # … nor the other way round
    other = _call(services, receptionist, kind="complaint", content="维修师傅态度差")
    complaint = cs.create_from_call(receptionist, other, replace(cs.draft_from_call(receptionist, other), category="服务态度"))
    with pytest.raises(InvalidTransition) as info:
        wo.draft_from_call(receptionist, other)
    assert info.value.params["target"] == "complaint"
    with pytest.raises(InvalidTransition):
        wo.create_from_call(receptionist, other, replace(draft, description="维修师傅态度差"))
    entry = services.call_log.get(receptionist, other)
    assert (entry.outcome, entry.complaint_id, entry.work_order_id) == ("complaint", complaint.id, None)
    assert entry.complaint_number == complaint.number
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 1
    # nothing was used up by the refusals: the next order takes the next number
    assert _orders(services) == 1
    direct = replace(draft, phone=OWNER_PHONE, description="另一处漏水")
    assert wo.create(receptionist, direct).number == "WX20261127002"
    assert services.call_log.get(receptionist, call_id).work_order_id == first.id


def test_a_refused_link_rolls_back_the_order_its_number_and_its_alert(
    services: Services, receptionist: CurrentUser, estate: Estate
) -> None:
    wo, cs = services.work_orders, services.complaints
    call_id = _call(services, receptionist)
    draft = replace(wo.draft_from_call(receptionist, call_id), category="水", paid=True, urgency="urgent")
    # while the order form is open, the entry becomes a complaint at another counter: the urgent
    # order is written, numbered and alerted, then the link refuses — and all of it is undone
    cs.create_from_call(receptionist, call_id, replace(cs.draft_from_call(receptionist, call_id), category="其他"))
    with pytest.raises(InvalidTransition):
        wo.create_from_call(receptionist, call_id, draft)
    assert _orders(services) == 0
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Alert).where(Alert.ref_kind == "order")) == 0
    with pytest.raises(NotFound):
        wo.create_from_call(receptionist, 999, draft)
    fresh = _call(services, receptionist)
    draft = replace(wo.draft_from_call(receptionist, fresh), category="水", paid=True, urgency="urgent")
    with pytest.raises(ValidationError) as info:  # a bad order leaves the entry as it was
        wo.create_from_call(receptionist, fresh, replace(draft, category=""))
    assert info.value.errors == {"category": "required"}
    entry = services.call_log.get(receptionist, fresh)
    assert (entry.outcome, entry.work_order_id) == ("closed", None)
    order = wo.create_from_call(receptionist, fresh, draft)
    assert order.number == "WX20261127001" and order.urgency == "urgent"  # no number was lost
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Alert).where(Alert.ref_kind == "order")) == 1


def test_the_room_stays_in_the_call_s_project(services: Services, receptionist: CurrentUser, estate: Estate) -> None:
    """1-1-101 exists in both projects: the order gets the room the call named."""
    wo = services.work_orders
    tower_room = estate.shared_code_ids[1]
    call_id = _call(services, receptionist, room="1-1-101", project_id=estate.tower_id)
    draft = replace(wo.draft_from_call(receptionist, call_id), category="电", paid=False)
    assert draft.project_id == estate.tower_id
    with pytest.raises(ValidationError) as info:  # the code alone is ambiguous
        wo.create(receptionist, replace(draft, phone=OWNER_PHONE, project_id=None))
    assert info.value.errors == {"room": "room_ambiguous"}
    order = wo.create_from_call(receptionist, call_id, draft)
    assert order.room_id == tower_room and order.project == "瀚科大厦"
    # edited later from the form (which sends the code only), it keeps its room
    edited = wo.update(
        receptionist,
        order.id,
        replace(draft, project_id=None, description="办公室插座跳闸"),
        expected_version=order.version,
    )
    assert edited.room_id == tower_room and edited.description == "办公室插座跳闸"


def test_who_may_convert(services: Services, receptionist: CurrentUser, estate: Estate) -> None:
    call_id = _call(services, receptionist)
    guard = quick_user(services.db, Role.GUARD, "men", "郑门岗")
    draft = replace(services.work_orders.draft_from_call(receptionist, call_id), category="水", paid=True)
    with pytest.raises(PermissionDenied):
        services.work_orders.draft_from_call(guard, call_id)
    with pytest.raises(PermissionDenied):
        services.work_orders.create_from_call(guard, call_id, draft)
    assert _orders(services) == 0 and services.call_log.get(receptionist, call_id).outcome == "closed"
