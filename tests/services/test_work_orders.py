"""Work orders: creation and validation, the state machine per role, timeline, deadlines, conflicts,
search, and creation from a contact-log entry."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from frontdesk.db import Database
from frontdesk.models import AuditEvent, SerialCounter, WorkOrder
from frontdesk.services.container import Services, build_services
from frontdesk.services.errors import (
    ConflictError,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.services.work_orders.rows import ChargeLine, OrderFilter, WorkOrderInput
from frontdesk.services.work_orders.service import WorkOrderService
from tests.conftest import make_user
from tests.support.orders import (  # noqa: F401 - fast is a fixture
    PHONE,
    add_rooms,
    add_technicians,
    advance,
    completion,
    engineering_id,
    fast,
    order_input,
)

pytestmark = pytest.mark.usefixtures("fast")


@pytest.fixture(autouse=True)
def butler_closes(services: Services, supervisor: CurrentUser) -> None:
    """These tests walk the whole machine, 已回访 included: a butler closes (order.butler_closes);
    tests/services/test_callbacks.py has the default, where a satisfied callback closes."""
    services.settings.set(supervisor, "order.butler_closes", True)


@pytest.fixture
def estate(services: Services, supervisor: CurrentUser) -> dict[str, object]:
    rooms = add_rooms(services)
    techs = add_technicians(services, supervisor)
    return {"rooms": rooms, "techs": techs}


# --- creating --------------------------------------------------------------------------------------


def test_create_numbers_resolves_room_sets_deadline_and_timeline(services, receptionist, estate, clock) -> None:
    o = services.work_orders.create(receptionist, order_input())
    assert o.number == "WX20261127001"
    assert o.state == "new" and o.room_code == "3-2-1502" and o.project == "肯彤名邸"
    assert o.due_at == clock.now() + timedelta(hours=24)  # 水: 24 h
    assert [e.action for e in o.events] == ["created"]
    assert o.events[0].actor_name == "李前台" and o.events[0].to_state == "new"
    assert o.created_by == "李前台"
    second = services.work_orders.create(receptionist, order_input(room="3#2-1503", category="墙地面"))
    assert second.number == "WX20261127002" and second.room_code == "3-2-1503"
    assert second.due_at == clock.now() + timedelta(hours=168)
    with services.db.read() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "work_order")).all()
    assert actions == ["create", "create"]


def test_public_location_needs_no_room_but_a_place(services, receptionist, estate) -> None:
    o = services.work_orders.create(
        receptionist,
        order_input(room="", public=True, location="3栋大堂", phone="", category="公共设施", paid=False),
    )
    assert o.public and o.place == "3栋大堂" and o.room_id is None and not o.paid
    with pytest.raises(ValidationError) as info:
        services.work_orders.create(receptionist, order_input(room="", public=True, location=""))
    assert info.value.errors == {"location": "required"}


def test_bad_input_is_reported_per_field_and_nothing_is_saved(services, receptionist, estate) -> None:
    bad = WorkOrderInput(
        room="9-9-9999",
        reporter="陈先生😀",
        phone="138123",
        category="煤气",
        description="",
        urgency="very",
        paid=None,
    )
    with pytest.raises(ValidationError) as info:
        services.work_orders.create(receptionist, bad)
    assert info.value.errors == {
        "room": "room_unknown",
        "reporter": "emoji_not_allowed",
        "phone": "bad_phone",
        "category": "invalid",
        "description": "required",
        "urgency": "invalid",
        "paid": "required",
    }
    assert info.value.params["field_params"]["room"] == {"room": "9-9-9999"}
    with pytest.raises(ValidationError) as info:
        services.work_orders.create(receptionist, order_input(room=""))
    assert info.value.errors == {"room": "room_or_public"}
    with pytest.raises(ValidationError) as info:
        services.work_orders.create(receptionist, order_input(description="x" * 1001))
    assert info.value.errors == {"description": "too_long"}
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(WorkOrder)) == 0
        assert s.scalar(select(func.count()).select_from(SerialCounter)) == 0


def test_appointment_in_the_past_is_refused(services, receptionist, estate, clock) -> None:
    with pytest.raises(ValidationError) as info:
        services.work_orders.create(receptionist, order_input(appointment_at=clock.now() - timedelta(hours=3)))
    assert info.value.errors == {"appointment_at": "date_in_past"}
    o = services.work_orders.create(receptionist, order_input(appointment_at=clock.now() + timedelta(hours=3)))
    assert o.appointment_at == clock.now() + timedelta(hours=3)


def test_categories_and_deadlines_come_from_settings(services, supervisor, receptionist, estate, clock) -> None:
    services.settings.set(supervisor, "order.categories", ["水", "燃气"])
    services.settings.set(supervisor, "order.deadline_hours", {"燃气": 2})
    o = services.work_orders.create(receptionist, order_input(category="燃气"))
    assert o.due_at == clock.now() + timedelta(hours=2)
    with pytest.raises(ValidationError):
        services.work_orders.create(receptionist, order_input(category="电"))


# --- the state machine, per role ------------------------------------------------------------------

# The specification, written out independently of services.work_orders.MACHINE.
LEGAL_FROM = {
    "edit": {"new", "dispatched", "in_progress", "on_hold"},
    "dispatch": {"new"},
    "reassign": {"dispatched", "in_progress"},
    "start": {"dispatched"},
    "hold": {"new", "dispatched", "in_progress"},
    "resume": {"on_hold"},
    "complete": {"in_progress"},
    "close": {"called_back"},
    "cancel": {"new", "dispatched", "in_progress", "on_hold"},
}
WHO_MAY = {
    "close": {"butler", "supervisor"},
    "cancel": {"supervisor"},
}
ALL_STATES = [
    "new",
    "dispatched",
    "in_progress",
    "completed",
    "called_back",
    "closed",
    "on_hold",
    "cancelled",
]


def _order_in(services: Services, boss: CurrentUser, state: str, tech: int, *, held_from: str = "dispatched"):
    wo = services.work_orders
    o = wo.create(boss, order_input())
    if state == "on_hold":
        o = advance(services, boss, o, held_from, tech)
        return wo.hold(boss, o.id, reason="等配件", expected_version=o.version)
    if state == "cancelled":
        return wo.cancel(boss, o.id, reason="重复报修", expected_version=o.version)
    return advance(services, boss, o, state, tech)


def _apply(services: Services, user: CurrentUser, op: str, o, techs: list[int]):  # type: ignore[no-untyped-def]
    wo = services.work_orders
    v = o.version
    eng = engineering_id(services)
    if op == "edit":
        return wo.update(user, o.id, order_input(description="厨房下水管漏水，已关总阀"), expected_version=v)
    if op == "dispatch":
        return wo.dispatch(user, o.id, department_id=eng, technician_id=techs[0], expected_version=v)
    if op == "reassign":
        return wo.reassign(user, o.id, department_id=eng, technician_id=techs[1], reason="张师傅请假", expected_version=v)
    if op == "start":
        return wo.start(user, o.id, expected_version=v)
    if op == "hold":
        return wo.hold(user, o.id, reason="业主出差，约下周", expected_version=v)
    if op == "resume":
        return wo.resume(user, o.id, expected_version=v)
    if op == "complete":
        return wo.complete(user, o.id, completion(), expected_version=v)
    if op == "close":
        return wo.close(user, o.id, expected_version=v)
    if op == "cancel":
        return wo.cancel(user, o.id, reason="业主自行修好", expected_version=v)
    raise AssertionError(op)


EXPECTED_TARGET = {
    "dispatch": "dispatched",
    "start": "in_progress",
    "hold": "on_hold",
    "complete": "completed",
    "close": "closed",
    "cancel": "cancelled",
}


@pytest.mark.parametrize("role", ["receptionist", "butler", "supervisor"])
def test_every_transition_from_every_state(services, supervisor, estate, role: str, request) -> None:
    user = request.getfixturevalue(role)
    techs = estate["techs"]
    checked = 0
    for state in ALL_STATES:
        probe = _order_in(services, supervisor, state, techs[0])  # refused ops leave it as it was
        for op, legal_from in LEGAL_FROM.items():
            permitted = role in WHO_MAY.get(op, {"receptionist", "butler", "supervisor"})
            if not permitted:
                with pytest.raises(PermissionDenied):
                    _apply(services, user, op, probe, techs)
            elif state not in legal_from:
                with pytest.raises(InvalidTransition):
                    _apply(services, user, op, probe, techs)
            else:
                o = _order_in(services, supervisor, state, techs[0])
                assert o.state == state
                after = _apply(services, user, op, o, techs)
                expected = EXPECTED_TARGET.get(op, state)
                if op == "resume":
                    expected = "dispatched"  # where it was held from
                assert after.state == expected, (op, state)
                assert after.version > o.version
                assert after.events[-1].actor_name == user.name
            checked += 1
        unchanged = services.work_orders.get(supervisor, probe.id)
        assert unchanged.state == state and unchanged.version == probe.version  # nothing half-done
    assert checked == len(ALL_STATES) * len(LEGAL_FROM)


def test_allowed_ops_tell_the_ui_what_to_offer(services, receptionist, butler, supervisor, estate) -> None:
    o = _order_in(services, supervisor, "called_back", estate["techs"][0])
    assert services.work_orders.get(receptionist, o.id).allowed == frozenset()
    assert services.work_orders.get(butler, o.id).allowed == {"close"}
    new = services.work_orders.create(receptionist, order_input())
    assert services.work_orders.get(receptionist, new.id).allowed == {"edit", "dispatch", "hold"}
    assert services.work_orders.get(supervisor, new.id).allowed == {"edit", "dispatch", "hold", "cancel"}


def test_resume_returns_to_where_it_was_and_moves_the_deadline(services, supervisor, estate, clock) -> None:
    tech = estate["techs"][0]
    o = _order_in(services, supervisor, "in_progress", tech)
    due = o.due_at
    held = services.work_orders.hold(supervisor, o.id, reason="等配件", expected_version=o.version)
    assert held.held_from == "in_progress" and held.hold_reason == "等配件"
    clock.advance(hours=30)  # past the 24 h deadline, but on hold: not overdue
    assert not services.work_orders.get(supervisor, o.id).overdue
    back = services.work_orders.resume(supervisor, o.id, expected_version=held.version)
    assert back.state == "in_progress" and back.due_at == due + timedelta(hours=30)
    assert not back.overdue
    assert back.events[-1].data["paused_minutes"] == 30 * 60


def test_roles_without_orders_cannot_see_or_touch_them(services, supervisor, estate) -> None:
    guard = make_user(services, Role.GUARD, "gate", "周保安")
    o = services.work_orders.create(supervisor, order_input())
    with pytest.raises(PermissionDenied):
        services.work_orders.get(guard, o.id)
    with pytest.raises(PermissionDenied):
        services.work_orders.create(guard, order_input())
    with pytest.raises(PermissionDenied):
        services.work_orders.list_orders(guard)
    assert services.work_orders.search(guard, "3-2-1502", 10) == []


# --- dispatch -----------------------------------------------------------------------------------------


def test_dispatch_checks_department_and_technician(services, supervisor, receptionist, estate) -> None:
    wo = services.work_orders
    o = wo.create(receptionist, order_input())
    depts = dict((n, i) for i, n in services.staff.departments())
    with pytest.raises(ValidationError) as info:
        wo.dispatch(receptionist, o.id, department_id=None, technician_id=None, expected_version=o.version)
    assert info.value.errors == {"department": "required"}
    with pytest.raises(ValidationError) as info:
        wo.dispatch(receptionist, o.id, department_id=depts["工程部"], technician_id=None, expected_version=o.version)
    assert info.value.errors == {"technician": "required"}  # 工程部 has technicians: name one
    with pytest.raises(ValidationError) as info:
        wo.dispatch(
            receptionist,
            o.id,
            department_id=depts["环境部"],
            technician_id=estate["techs"][0],
            expected_version=o.version,
        )
    assert info.value.errors == {"technician": "not_in_department"}
    with pytest.raises(ValidationError) as info:  # a receptionist is not a technician
        wo.dispatch(
            receptionist,
            o.id,
            department_id=depts["工程部"],
            technician_id=receptionist.id,
            expected_version=o.version,
        )
    assert info.value.errors == {"technician": "invalid"}
    # a department without technicians takes the order as a whole
    d = wo.dispatch(receptionist, o.id, department_id=depts["环境部"], technician_id=None, expected_version=o.version)
    assert d.state == "dispatched" and d.department == "环境部" and d.technician == ""
    assert [t.name for t in wo.technicians()] == ["刘师傅", "张师傅"]


def test_reassign_needs_a_reason_and_someone_else(services, receptionist, estate) -> None:
    wo = services.work_orders
    techs = estate["techs"]
    eng = engineering_id(services)
    o = wo.create(receptionist, order_input())
    o = wo.dispatch(
        receptionist,
        o.id,
        department_id=eng,
        technician_id=techs[0],
        expected_version=o.version,
        note="下午两点前到",
    )
    assert o.technician == "张师傅" and o.events[-1].note == "下午两点前到"
    with pytest.raises(ValidationError) as info:
        wo.reassign(
            receptionist,
            o.id,
            department_id=eng,
            technician_id=techs[0],
            reason="",
            expected_version=o.version,
        )
    assert info.value.errors == {"reason": "required", "technician": "same_assignee"}
    r = wo.reassign(
        receptionist,
        o.id,
        department_id=eng,
        technician_id=techs[1],
        reason="张师傅请假",
        expected_version=o.version,
    )
    assert r.technician == "刘师傅" and r.state == "dispatched"
    ev = r.events[-1]
    assert ev.action == "reassigned" and ev.note == "张师傅请假"
    assert ev.data["from"]["technician"] == "张师傅" and ev.data["technician"] == "刘师傅"


# --- completion -------------------------------------------------------------------------------------


def test_completion_with_charges_and_callback_scheduled(services, receptionist, estate, clock) -> None:
    wo = services.work_orders
    o = advance(services, receptionist, wo.create(receptionist, order_input()), "in_progress", estate["techs"][0])
    clock.advance(hours=2)
    done = wo.complete(receptionist, o.id, completion(owner_comment="满意"), expected_version=o.version)
    assert done.state == "completed" and done.completed_at == clock.now()
    assert done.charge_total == Decimal("85.00")
    assert [(ln.name, ln.quantity, ln.unit, ln.amount) for ln in done.lines] == [
        ("PVC下水管 50mm", Decimal("1.00"), "根", Decimal("35.00")),
        ("人工费", Decimal("1.00"), "次", Decimal("50.00")),
    ]
    assert done.owner_confirmation == "signed" and done.owner_comment == "满意"
    [cb] = done.callbacks
    assert cb.state == "pending" and cb.due_at == clock.now() + timedelta(days=3) and cb.round == 1
    assert cb.ref_number == done.number and cb.room_code == "3-2-1502" and cb.contact_name == "陈先生"


def test_completion_is_validated(services, receptionist, estate, clock) -> None:
    wo = services.work_orders
    free = advance(
        services,
        receptionist,
        wo.create(receptionist, order_input(paid=False)),
        "in_progress",
        estate["techs"][0],
    )
    with pytest.raises(ValidationError) as info:
        wo.complete(receptionist, free.id, completion(), expected_version=free.version)
    assert info.value.errors == {"lines": "charges_on_free_order"}
    assert info.value.params["field_params"]["lines"] == {"row": 1}
    ok = wo.complete(
        receptionist,
        free.id,
        completion(lines=[ChargeLine("密封圈", "2", "个", "0")]),
        expected_version=free.version,
    )
    assert ok.charge_total == Decimal("0.00") and len(ok.lines) == 1
    paid = advance(services, receptionist, wo.create(receptionist, order_input()), "in_progress", estate["techs"][0])
    cases = [
        (completion(work_done=""), {"work_done": "required"}),
        (completion(owner_confirmation=""), {"owner_confirmation": "required"}),
        (completion(completed_at=clock.now() + timedelta(hours=1)), {"completed_at": "date_in_future"}),
        (completion(completed_at=clock.now() - timedelta(days=1)), {"completed_at": "before_start"}),
        (completion(lines=[ChargeLine("水管", "abc", "根", "3")]), {"lines": "line_bad_number"}),
        (completion(lines=[ChargeLine("水管", "0", "根", "3")]), {"lines": "line_bad_quantity"}),
        (completion(lines=[ChargeLine("水管", "1", "根", "-3")]), {"lines": "line_bad_price"}),
        (completion(lines=[ChargeLine("", "1", "根", "3")]), {"lines": "line_required"}),
    ]
    for data, errors in cases:
        with pytest.raises(ValidationError) as info:
            wo.complete(receptionist, paid.id, data, expected_version=paid.version)
        assert info.value.errors == errors
    assert wo.get(receptionist, paid.id).state == "in_progress"
    # blank rows of the table are ignored
    done = wo.complete(
        receptionist,
        paid.id,
        completion(lines=[ChargeLine("", "", "", ""), ChargeLine("人工费", "1", "次", "80.5")]),
        expected_version=paid.version,
    )
    assert done.charge_total == Decimal("80.50")


# --- timeline -----------------------------------------------------------------------------------------


def test_timeline_records_every_step_with_who_and_states(services, receptionist, butler, supervisor, estate) -> None:
    wo = services.work_orders
    techs = estate["techs"]
    eng = engineering_id(services)
    o = wo.create(receptionist, order_input(urgency="urgent"))
    o = wo.update(
        receptionist,
        o.id,
        order_input(urgency="urgent", description="厨房水管爆裂，已关总阀"),
        expected_version=o.version,
    )
    o = wo.dispatch(receptionist, o.id, department_id=eng, technician_id=techs[0], expected_version=o.version)
    o = wo.reassign(
        receptionist,
        o.id,
        department_id=eng,
        technician_id=techs[1],
        reason="就近",
        expected_version=o.version,
    )
    o = wo.hold(receptionist, o.id, reason="等业主回家", expected_version=o.version)
    o = wo.resume(receptionist, o.id, expected_version=o.version)
    o = wo.start(receptionist, o.id, expected_version=o.version)
    o = wo.complete(receptionist, o.id, completion(), expected_version=o.version)
    alert = services.alerts.open_alerts(supervisor)[0]
    services.alerts.acknowledge(supervisor, alert.id, expected_version=alert.version, note="已通知工程部主管")
    cb = services.callbacks.for_record(receptionist, "order", o.id)[0]
    services.callbacks.record(receptionist, cb.id, expected_version=cb.version, method="phone", satisfaction="satisfied")
    o = wo.get(butler, o.id)
    o = wo.close(butler, o.id, expected_version=o.version)
    services.work_orders.record_print(receptionist, o.id)
    o = wo.get(supervisor, o.id)
    steps = [(e.action, e.actor_name, e.from_state, e.to_state) for e in o.events]
    assert steps == [
        ("created", "李前台", None, "new"),
        ("alert_raised", "李前台", None, None),
        ("edited", "李前台", None, None),
        ("dispatched", "李前台", "new", "dispatched"),
        ("reassigned", "李前台", "dispatched", "dispatched"),
        ("held", "李前台", "dispatched", "on_hold"),
        ("resumed", "李前台", "on_hold", "dispatched"),
        ("started", "李前台", "dispatched", "in_progress"),
        ("completed", "李前台", "in_progress", "completed"),
        ("alert_acknowledged", "王主管", None, None),
        ("callback", "李前台", "completed", "called_back"),
        ("closed", "赵管家", "called_back", "closed"),
        ("printed", "李前台", None, None),
    ]
    assert o.events[2].data == {"fields": ["description"]}
    assert o.events[9].note == "已通知工程部主管"
    times = [e.at for e in o.events]
    assert times == sorted(times)


def test_timeline_rows_cannot_be_changed_in_the_database(services, receptionist, estate) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DatabaseError

    services.work_orders.create(receptionist, order_input())
    with pytest.raises(DatabaseError):
        with services.db.write() as s:
            s.execute(text("UPDATE work_order_event SET actor_name = 'x'"))
    with pytest.raises(DatabaseError):
        with services.db.write() as s:
            s.execute(text("DELETE FROM work_order_event"))


# --- deadlines and overdue ------------------------------------------------------------------------


def test_overdue_orders_are_flagged_counted_and_filtered(services, receptionist, estate, clock) -> None:
    wo = services.work_orders
    water = wo.create(receptionist, order_input())  # 24 h
    urgent = wo.create(receptionist, order_input(urgency="urgent", category="电"))  # 4 h
    wall = wo.create(receptionist, order_input(category="墙地面"))  # 168 h
    assert urgent.due_at == clock.now() + timedelta(hours=4)
    counts = {c.code: c.count for c in wo.status_counts(receptionist)}
    assert counts == {"order.overdue": 0, "order.new": 3}
    clock.advance(hours=4, minutes=1)
    assert [r.id for r in wo.list_orders(receptionist, OrderFilter(scope="overdue"))] == [urgent.id]
    clock.advance(hours=20)
    rows = {r.id: r.overdue for r in wo.list_orders(receptionist)}
    assert rows == {water.id: True, urgent.id: True, wall.id: False}
    assert {c.code: c.count for c in services.status_counts(receptionist)}["order.overdue"] == 2
    # finished work is never overdue
    done = advance(services, receptionist, wo.get(receptionist, water.id), "completed", estate["techs"][0])
    assert not done.overdue
    assert wo.count(receptionist, OrderFilter(scope="overdue")) == 1


def test_handover_lists_open_orders_urgent_ones_of_the_shift_and_callbacks(
    services, receptionist, supervisor, estate, clock
) -> None:
    wo = services.work_orders
    start = clock.now()
    a = wo.create(receptionist, order_input(urgency="urgent"))
    b = advance(services, supervisor, wo.create(receptionist, order_input()), "completed", estate["techs"][0])
    c = advance(services, supervisor, wo.create(receptionist, order_input()), "closed", estate["techs"][0])
    clock.advance(hours=8)
    items = services.handover_items(receptionist, start, clock.now())
    by_section: dict[str, list[str]] = {}
    for it in items:
        by_section.setdefault(it.section, []).append(it.ref_number)
    assert by_section["order.open"] == [a.number, b.number]
    assert by_section["order.urgent"] == [a.number]
    assert by_section["callback.due"] == [b.number]
    assert c.number not in by_section["order.open"]
    urgent_item = next(it for it in items if it.section == "order.open" and it.ref_id == a.id)
    assert urgent_item.overdue  # 4 h for 紧急, 8 h later


# --- conflicts ---------------------------------------------------------------------------------------


def test_two_counters_changing_the_same_order_conflict(services, db_path: Path, receptionist, supervisor, estate) -> None:
    other_db = Database(f"sqlite:///{db_path.as_posix()}")
    other = build_services(other_db, services.clock)
    try:
        o = services.work_orders.create(receptionist, order_input())
        mine = services.work_orders.get(receptionist, o.id)
        theirs = other.work_orders.get(supervisor, o.id)
        other.work_orders.update(
            supervisor, o.id, order_input(description="主管补充：楼下也渗水"), expected_version=theirs.version
        )
        with pytest.raises(ConflictError):
            services.work_orders.update(
                receptionist,
                o.id,
                order_input(description="前台补充：业主下午在家"),
                expected_version=mine.version,
            )
        with pytest.raises(ConflictError):
            services.work_orders.hold(receptionist, o.id, reason="等配件", expected_version=mine.version)
        now = services.work_orders.get(receptionist, o.id)
        assert now.description == "主管补充：楼下也渗水" and now.state == "new"
        # reloaded, the edit goes through
        again = services.work_orders.update(
            receptionist,
            o.id,
            order_input(description="前台补充：业主下午在家"),
            expected_version=now.version,
        )
        assert again.description == "前台补充：业主下午在家"
    finally:
        other_db.dispose()


def test_masked_phone_sent_back_unchanged_is_kept(services, receptionist, estate) -> None:
    o = services.work_orders.create(receptionist, order_input())
    assert o.phone == "138****5678" and o.phone_masked
    edited = services.work_orders.update(
        receptionist, o.id, order_input(phone=o.phone, reporter="陈太太"), expected_version=o.version
    )
    assert services.work_orders.print_data(receptionist, o.id).phone == PHONE
    assert edited.reporter == "陈太太"


# --- phones, search ---------------------------------------------------------------------------------


def test_phone_masked_by_role_and_revealing_is_audited(services, receptionist, supervisor, estate) -> None:
    o = services.work_orders.create(receptionist, order_input())
    assert services.work_orders.list_orders(receptionist)[0].phone == "138****5678"
    assert services.work_orders.get(supervisor, o.id).phone == PHONE
    assert services.work_orders.reveal_phone(receptionist, o.id) == PHONE
    with services.db.read() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "unmask")).actor_name == "李前台"


def test_search_by_number_room_spellings_and_two_chinese_characters(services, receptionist, estate) -> None:
    wo = services.work_orders
    leak = wo.create(receptionist, order_input())
    door = wo.create(receptionist, order_input(room="5-1-201", category="门窗", description="入户门锁芯坏了"))
    lamp = wo.create(
        receptionist,
        order_input(
            room="",
            public=True,
            location="5栋电梯厅",
            category="电",
            description="电梯厅灯不亮",
            paid=False,
            phone="",
        ),
    )

    def ids(text: str) -> list[int]:
        return [r.id for r in wo.list_orders(receptionist, OrderFilter(text=text))]

    assert ids(leak.number) == [leak.id]
    assert ids(leak.number.lower()) == [leak.id]
    assert ids("20261127") == [lamp.id, door.id, leak.id]
    for spelling in ("3-2-1502", "3栋2单元1502", "3#2-1502", "321502"):
        assert ids(spelling) == [leak.id], spelling
    assert ids("漏水") == [leak.id]
    assert ids("锁芯") == [door.id]
    assert ids("电梯") == [lamp.id]
    assert ids("100%") == []
    hits = services.search(receptionist, "漏水")
    assert [(h.kind, h.id) for h in hits if h.kind == "order"] == [("order", leak.id)]
    assert hits[0].title.startswith(leak.number)
    assert ids("门窗") == [door.id]


def test_filters_combine(services, receptionist, supervisor, estate, clock) -> None:
    wo = services.work_orders
    a = wo.create(receptionist, order_input())
    b = wo.create(receptionist, order_input(category="电", urgency="urgent"))
    clock.advance(days=1)
    c = wo.create(receptionist, order_input(category="电"))
    c = advance(services, supervisor, c, "dispatched", estate["techs"][1])
    today = clock.local_now().date()

    def ids(**kw: object) -> list[int]:
        return [r.id for r in wo.list_orders(receptionist, OrderFilter(**kw))]  # type: ignore[arg-type]

    assert ids(category="电") == [c.id, b.id]
    assert ids(urgency="urgent") == [b.id]
    assert ids(states=("dispatched",)) == [c.id]
    assert ids(technician_id=estate["techs"][1]) == [c.id]
    assert ids(date_from=today) == [c.id]
    assert ids(date_to=today - timedelta(days=1)) == [b.id, a.id]
    assert ids(scope="open") == [c.id, b.id, a.id]
    # keyset paging
    assert [r.id for r in wo.list_orders(receptionist, before_id=c.id, limit=1)] == [b.id]


# --- created from a contact-log entry -----------------------------------------------------------------


class FakeCallLog:
    """Any contact source (services.work_orders.ContactSource): drafts and links in the order's
    own transaction, and can refuse. The real call log is tested in test_call_log_orders.py."""

    def __init__(self) -> None:
        self.linked: list[tuple[int, str, int, str]] = []
        self.refuse = False

    def draft(self, session, user, source_id):  # type: ignore[no-untyped-def]
        return WorkOrderInput(
            room="3-2-1502",
            reporter="陈先生",
            phone=PHONE,
            category="水",
            description=f"来电 {source_id}：卫生间漏水",
            urgency="normal",
            paid=True,
        )

    def restore_phone(self, session, source_id, phone):  # type: ignore[no-untyped-def]
        return phone

    def link(self, session, user, source_id, kind, record_id, number):  # type: ignore[no-untyped-def]
        assert session.get(WorkOrder, record_id).number == number  # same transaction: the order is there
        if self.refuse:
            raise InvalidTransition("already_converted")
        self.linked.append((source_id, kind, record_id, number))


def test_create_from_call_links_both_ways_in_one_transaction(services, receptionist, estate, clock) -> None:
    with pytest.raises(ServiceError) as info:  # no source registered
        WorkOrderService(services.db, clock).draft_from_call(receptionist, 7)
    assert info.value.code == "source_unavailable"
    wo = services.work_orders
    log = FakeCallLog()
    wo.register_source("call", log)  # in place of the real call log
    draft = wo.draft_from_call(receptionist, 7)
    assert draft.description == "来电 7：卫生间漏水"
    o = wo.create_from_call(receptionist, 7, draft)
    assert (o.source_kind, o.source_id) == ("call", 7)
    assert log.linked == [(7, "order", o.id, o.number)]
    assert o.events[0].data == {"source_kind": "call", "source_id": 7}
    log.refuse = True
    with pytest.raises(InvalidTransition):
        wo.create_from_call(receptionist, 7, draft)
    assert wo.count(receptionist) == 1  # the refused link undid the order, number included
    assert wo.create(receptionist, order_input()).number == "WX20261127002"


def test_missing_order_is_not_found(services, receptionist) -> None:
    with pytest.raises(NotFound):
        services.work_orders.get(receptionist, 999)
    with pytest.raises(NotFound):
        services.work_orders.start(receptionist, 999, expected_version=1)


def test_completion_typed_to_the_minute_of_the_start_is_accepted(services, receptionist, estate, clock) -> None:
    """QA: started 09:43:37, the dialog offers 09:43 (minutes only) — that must not be 'before start'."""
    wo = services.work_orders
    clock.advance(minutes=13, seconds=37)
    started = advance(services, receptionist, wo.create(receptionist, order_input()), "in_progress", estate["techs"][0])
    typed = started.started_at.replace(second=0, microsecond=0)
    assert typed < started.started_at
    done = wo.complete(receptionist, started.id, completion(completed_at=typed), expected_version=started.version)
    assert done.state == "completed" and done.completed_at >= started.started_at
    assert done.completed_at - typed < timedelta(minutes=1)
    # a minute earlier than the start is still refused
    other = advance(services, receptionist, wo.create(receptionist, order_input()), "in_progress", estate["techs"][0])
    with pytest.raises(ValidationError) as info:
        wo.complete(receptionist, other.id, completion(completed_at=typed - timedelta(minutes=1)), expected_version=other.version)
    assert info.value.errors == {"completed_at": "before_start"}


def test_callback_typed_to_the_minute_of_the_completion_is_accepted(services, receptionist, estate, clock) -> None:
    wo = services.work_orders
    clock.advance(minutes=13, seconds=37)
    done = advance(services, receptionist, wo.create(receptionist, order_input()), "completed", estate["techs"][0])
    cb = services.callbacks.for_record(receptionist, "order", done.id)[-1]
    typed = cb.scheduled_at.replace(second=0, microsecond=0)
    with pytest.raises(ValidationError) as info:
        services.callbacks.record(
            receptionist,
            cb.id,
            expected_version=cb.version,
            method="phone",
            satisfaction="satisfied",
            done_at=typed - timedelta(minutes=1),
        )
    assert info.value.errors == {"done_at": "before_scheduled"}
    services.callbacks.record(
        receptionist, cb.id, expected_version=cb.version, method="phone", satisfaction="satisfied", done_at=typed
    )
    assert wo.get(receptionist, done.id).state == "called_back"


# --- change sets -----------------------------------------------------------------------------------


def test_operations_report_the_kinds_they_change(services, receptionist, supervisor, estate) -> None:
    from frontdesk.services.callbacks.rows import CALLBACK
    from frontdesk.services.core.changes import ALERT, call_op
    from frontdesk.services.work_orders.rules import ORDER

    wo = services.work_orders
    o, changed = call_op(wo.create, receptionist, order_input())
    assert changed == {ORDER}
    _urgent, changed = call_op(wo.create, receptionist, order_input(urgency="urgent"))
    assert changed == {ORDER, ALERT}
    o = advance(services, receptionist, o, "in_progress", estate["techs"][0])
    done, changed = call_op(wo.complete, receptionist, o.id, completion(), expected_version=o.version)
    assert changed == {ORDER, CALLBACK} and done.state == "completed"
    with pytest.raises(InvalidTransition):  # a call that raised reports nothing
        call_op(wo.hold, receptionist, done.id, reason="x", expected_version=done.version)
    _n, changed = call_op(wo.record_print, receptionist, done.id)
    assert changed == {ORDER}


def test_feature_export_writes_every_order_in_the_vocabulary_words(services, receptionist, estate, tmp_path: Path) -> None:
    """``FEATURE.export``: the orders of the default filter through the service-side column specs,
    states and codes in the order vocabulary's words."""
    from openpyxl import load_workbook

    from frontdesk.services.work_orders.feature import FEATURE

    services.work_orders.create(receptionist, order_input())
    services.work_orders.create(receptionist, order_input(room="3#2-1503", category="墙地面"))
    assert FEATURE.export is not None and FEATURE.vocabulary.state("new") == "待派单"
    path = tmp_path / "orders.xlsx"
    assert FEATURE.export(services.work_orders, receptionist, path) == 2
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    header = rows[0]
    assert header[0] == "单号" and "状态" in header and "收费" in header
    first = dict(zip(header, rows[1], strict=True))
    assert first["单号"] == "WX20261127001" and first["状态"] == "待派单" and first["收费"] in ("有偿", "无偿")


def test_a_guess_at_the_required_choices_from_the_words(services, receptionist, supervisor, estate) -> None:
    from frontdesk.services.work_orders import WorkOrderInput

    def guess(text: str, **kw: object):  # type: ignore[no-untyped-def]
        data = WorkOrderInput(**{"room": "3-2-1502", "description": text, **kw})  # type: ignore[arg-type]
        g = services.work_orders.guess_choices(data)
        return g.category, g.paid

    assert guess("厨房水槽下水管漏水，地面有积水") == ("水", True)
    assert guess("马桶堵了，水下不去") == ("管道疏通", True)
    assert guess("电梯门打不开") == ("电梯", False)  # 电梯 outweighs 门; a lift is free
    assert guess("房子还在保修期，墙面开裂") == ("墙地面", False)
    assert guess("家里有东西坏了") == ("", True)  # no category guessed; a room: 有偿
    assert guess("路灯不亮", room="", public=True) == ("公共设施", False)
    assert guess("不知道什么坏了", room="") == ("", None)
    services.settings.set(supervisor, "order.categories", ["水", "其他"])
    assert guess("电梯门打不开") == ("", False)  # a category the centre does not have is never guessed
