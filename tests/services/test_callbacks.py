"""The callback queue: the three-day rule, recording in full, and the owning feature's reaction
(an unsatisfied callback reopens a work order) — plus a second kind joining the same queue."""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk.services.callbacks import queue as callbacks_mod
from frontdesk.services.errors import (
    ConflictError,
    InvalidTransition,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from frontdesk.services.permissions import Role
from tests.conftest import make_user
from tests.support.orders import (  # noqa: F401 - fast is a fixture
    PHONE,
    add_rooms,
    add_technicians,
    advance,
    completion,
    fast,
    order_input,
)

pytestmark = pytest.mark.usefixtures("fast")


@pytest.fixture
def techs(services, supervisor) -> list[int]:  # type: ignore[no-untyped-def]
    add_rooms(services)
    return add_technicians(services, supervisor)


def _completed(services, user, techs, **kw):  # type: ignore[no-untyped-def]
    return advance(services, user, services.work_orders.create(user, order_input(**kw)), "completed", techs[0])


def test_due_in_three_days_then_overdue_and_counted(services, receptionist, techs, clock) -> None:
    o = _completed(services, receptionist, techs)
    [cb] = services.callbacks.queue(receptionist)
    assert cb.ref_kind == "order" and cb.ref_id == o.id and cb.due_at == clock.now() + timedelta(days=3)
    assert cb.phone == "138****5678"  # masked for the receptionist
    assert not cb.overdue
    counts = {c.code: c.count for c in services.callbacks.status_counts(receptionist)}
    assert counts == {"callback.overdue": 0, "callback.due_today": 0}
    clock.advance(days=2, hours=20)  # 3 days after 09:30 is 09:30 on the 30th: due "today" on the 30th
    counts = {c.code: c.count for c in services.callbacks.status_counts(receptionist)}
    assert counts == {"callback.overdue": 0, "callback.due_today": 1}
    clock.advance(hours=4, minutes=1)
    [cb] = services.callbacks.queue(receptionist)
    assert cb.overdue
    assert [c.id for c in services.callbacks.queue(receptionist, state="overdue")] == [cb.id]
    counts = {c.code: c.count for c in services.status_counts(receptionist)}
    assert counts["callback.overdue"] == 1


def test_when_butlers_close_a_satisfied_order_waits_for_them_in_the_handover(
    services, supervisor, receptionist, techs, clock
) -> None:
    services.settings.set(supervisor, "order.butler_closes", True)
    o = _completed(services, receptionist, techs)
    [cb] = services.callbacks.queue(receptionist)
    res = services.callbacks.record(receptionist, cb.id, expected_version=cb.version, method="phone", satisfaction="satisfied")
    assert res.outcome == "called_back"
    assert services.work_orders.get(receptionist, o.id).state == "called_back"
    items = services.work_orders.handover_items(receptionist, clock.now() - timedelta(hours=8), clock.now())
    assert [(i.section, i.ref_id) for i in items if i.ref_id == o.id] == [("order.to_close", o.id)]


def test_due_days_is_a_setting(services, supervisor, receptionist, techs, clock) -> None:
    services.settings.set(supervisor, "callback.due_days", 1)
    _completed(services, receptionist, techs)
    assert services.callbacks.queue(receptionist)[0].due_at == clock.now() + timedelta(days=1)


def test_recorded_in_full_and_satisfied_closes_the_order(services, receptionist, techs, clock) -> None:
    o = _completed(services, receptionist, techs)
    [cb] = services.callbacks.queue(receptionist)
    clock.advance(hours=26)
    res = services.callbacks.record(
        receptionist,
        cb.id,
        expected_version=cb.version,
        method="phone",
        satisfaction="satisfied",
        comments="师傅很专业",
    )
    assert res.outcome == "closed"
    done = res.callback
    assert (done.state, done.method, done.satisfaction, done.comments) == (
        "done",
        "phone",
        "satisfied",
        "师傅很专业",
    )
    assert done.done_at == clock.now() and done.done_by_name == "李前台"
    order = services.work_orders.get(receptionist, o.id)
    assert order.state == "closed" and order.closed_at == clock.now()
    assert [(e.action, e.from_state, e.to_state) for e in order.events[-2:]] == [
        ("callback", "completed", "called_back"),
        ("closed", "called_back", "closed"),
    ]
    items = services.work_orders.handover_items(receptionist, clock.now() - timedelta(hours=8), clock.now())
    assert o.id not in {i.ref_id for i in items}  # no longer in every receptionist's handover
    assert services.callbacks.queue(receptionist) == []
    assert [c.id for c in services.callbacks.queue(receptionist, state="done")] == [cb.id]
    with pytest.raises(InvalidTransition):
        services.callbacks.record(receptionist, cb.id, expected_version=done.version, method="phone", satisfaction="satisfied")


def test_unsatisfied_reopens_the_order_and_the_next_completion_owes_a_new_round(
    services, receptionist, supervisor, techs, clock
) -> None:
    o = _completed(services, receptionist, techs)
    [cb] = services.callbacks.queue(receptionist)
    with pytest.raises(ValidationError) as info:
        services.callbacks.record(receptionist, cb.id, expected_version=cb.version, method="phone", satisfaction="unsatisfied")
    assert info.value.errors == {"comments": "required"}  # ask what was wrong (seed 第六篇)
    res = services.callbacks.record(
        receptionist,
        cb.id,
        expected_version=cb.version,
        method="visit",
        satisfaction="unsatisfied",
        comments="还在渗水",
    )
    assert res.outcome == "reopened"
    again = services.work_orders.get(receptionist, o.id)
    assert again.state == "dispatched" and again.reopen_count == 1 and again.completed_at is None
    assert again.technician == "张师傅"
    assert again.due_at == clock.now() + timedelta(hours=24)
    assert [e.action for e in again.events[-2:]] == ["callback", "reopened"]
    assert again.events[-1].note == "还在渗水"
    again = services.work_orders.start(receptionist, o.id, expected_version=again.version)
    again = services.work_orders.complete(
        receptionist, o.id, completion(work_done="重新打胶密封"), expected_version=again.version
    )
    rounds = [(c.round, c.state, c.satisfaction) for c in again.callbacks]
    assert rounds == [(1, "done", "unsatisfied"), (2, "pending", None)]


def test_bad_input_and_conflict_and_permissions(services, receptionist, techs, clock) -> None:
    _completed(services, receptionist, techs)
    [cb] = services.callbacks.queue(receptionist)
    with pytest.raises(ValidationError) as info:
        services.callbacks.record(
            receptionist,
            cb.id,
            expected_version=cb.version,
            method="",
            satisfaction="great",
            done_at=clock.now() + timedelta(days=1),
        )
    assert info.value.errors == {"method": "required", "satisfaction": "invalid", "done_at": "date_in_future"}
    with pytest.raises(ValidationError) as info:
        services.callbacks.record(
            receptionist,
            cb.id,
            expected_version=cb.version,
            method="sms",
            satisfaction="satisfied",
            done_at=clock.now() - timedelta(days=1),
        )
    assert info.value.errors == {"done_at": "before_scheduled"}
    with pytest.raises(ConflictError):
        services.callbacks.record(receptionist, cb.id, expected_version=cb.version + 1, method="sms", satisfaction="satisfied")
    guard = make_user(services, Role.GUARD, "gate", "周保安")
    with pytest.raises(PermissionDenied):
        services.callbacks.queue(guard)
    with pytest.raises(PermissionDenied):
        services.callbacks.record(guard, cb.id, expected_version=cb.version, method="sms", satisfaction="satisfied")
    assert services.callbacks.get(receptionist, cb.id).state == "pending"


def test_revealing_the_number_to_dial_is_audited(services, receptionist, techs) -> None:
    from sqlalchemy import select

    from frontdesk.models import AuditEvent

    _completed(services, receptionist, techs)
    [cb] = services.callbacks.queue(receptionist)
    assert services.callbacks.reveal_phone(receptionist, cb.id) == PHONE
    with services.db.read() as s:
        ev = s.scalar(select(AuditEvent).where(AuditEvent.entity == "callback", AuditEvent.action == "unmask"))
    assert ev is not None and ev.actor_name == "李前台"


class ComplaintHook:
    """How the complaints feature will join: its own ref_kind and hook, no import either way."""

    def __init__(self) -> None:
        self.seen: list[tuple[int, str]] = []

    def on_callback_recorded(self, session, user, callback):  # type: ignore[no-untyped-def]
        self.seen.append((callback.ref_id, callback.satisfaction))
        if callback.ref_id == 99:
            raise InvalidTransition("complaint_closed")
        return "reopened" if callback.satisfaction == "unsatisfied" else "closed"


def test_another_kind_joins_the_same_queue_through_a_hook(services, receptionist, techs, clock) -> None:
    hook = ComplaintHook()
    services.callbacks.register_hook("complaint", hook)
    _completed(services, receptionist, techs)
    with services.db.write() as s:
        for ref_id in (5, 99):
            callbacks_mod.schedule(
                s,
                "complaint",
                ref_id,
                ref_number=f"TS2026112700{ref_id % 10}",
                summary="噪音扰民：楼上装修",
                due_at=clock.now() + timedelta(days=1),
                at=clock.now(),
                by=receptionist,
                room_code="5-1-201",
                contact_name="孙女士",
                phone=PHONE,
            )
        again = callbacks_mod.schedule(
            s,
            "complaint",
            5,
            ref_number="TS20261127005",
            summary="x",
            due_at=clock.now(),
            at=clock.now(),
            by=receptionist,
        )
    queue = services.callbacks.queue(receptionist)
    assert [c.ref_kind for c in queue] == ["complaint", "complaint", "order"]  # by due time
    assert again.id == queue[0].id  # one pending callback per record
    assert [c.ref_kind for c in services.callbacks.queue(receptionist, ref_kind="order")] == ["order"]
    assert [c.ref_id for c in services.callbacks.queue(receptionist, text="噪音")] == [5, 99]
    res = services.callbacks.record(
        receptionist,
        queue[0].id,
        expected_version=queue[0].version,
        method="wechat",
        satisfaction="basic",
        comments="基本解决",
    )
    assert res.outcome == "closed" and hook.seen == [(5, "basic")]
    # the hook refuses: nothing of the recording is kept
    with pytest.raises(ServiceError):
        services.callbacks.record(
            receptionist,
            queue[1].id,
            expected_version=queue[1].version,
            method="phone",
            satisfaction="satisfied",
        )
    assert services.callbacks.get(receptionist, queue[1].id).state == "pending"
    with services.db.write() as s:
        assert callbacks_mod.cancel_pending(s, "complaint", 99, by=receptionist, at=clock.now()) == 1
    assert services.callbacks.get(receptionist, queue[1].id).state == "cancelled"
