"""Service clocks: due times by grade and category, hold time set aside, escalation at 80 % and
when overdue through the shared alerts, each breach recorded and explained."""

from __future__ import annotations

import pytest

from frontdesk.services.core import service_clock
from tests.support.orders import add_rooms, fast, order_input  # noqa: F401 - fast is a fixture

pytestmark = pytest.mark.usefixtures("fast")


def _alerts(services, user):  # type: ignore[no-untyped-def]
    return [(a.kind, a.ref_number) for a in services.alerts.open_alerts(user)]


def test_urgent_order_clock_escalates_and_sets_hold_time_aside(services, receptionist, supervisor, clock) -> None:
    add_rooms(services)
    o = services.work_orders.create(receptionist, order_input(urgency="urgent"))
    v = services.service_levels.clock(receptionist, "order", o.id)
    assert v.stage == "response" and v.minutes_left == 30 and v.level == "ok"
    for a in services.alerts.open_alerts(supervisor):  # the urgent order's own alert
        services.alerts.acknowledge(supervisor, a.id, expected_version=a.version)
    o = services.work_orders.hold(receptionist, o.id, reason="等业主开门", expected_version=o.version)
    clock.advance(minutes=60)  # on hold: does not count
    assert services.alerts.open_alerts(supervisor) == []
    o = services.work_orders.resume(receptionist, o.id, expected_version=o.version)
    assert services.service_levels.clock(receptionist, "order", o.id).minutes_left == 30
    clock.advance(minutes=24)  # 80 %
    assert _alerts(services, receptionist) == [(service_clock.WARN_ALERT, o.number)]
    assert services.service_levels.clock(receptionist, "order", o.id).level == "warn"
    clock.advance(minutes=7)
    assert _alerts(services, receptionist) == [(service_clock.WARN_ALERT, o.number), (service_clock.OVERDUE_ALERT, o.number)]
    [breach] = services.service_levels.breaches_of(supervisor, "order", o.id)
    assert breach.stage == "response" and breach.reason == ""
    assert to_min(breach.due_at - o.reported_at) == 30 + 60
    explained = services.service_levels.explain(supervisor, breach.id, "维修工在另一处抢修", expected_version=breach.version)
    assert explained.reason == "维修工在另一处抢修" and explained.reason_by_name == "王主管"
    assert len(services.alerts.open_alerts(receptionist)) == 2  # stay until acknowledged
    clock.advance(minutes=5)
    assert len(services.alerts.open_alerts(receptionist)) == 2  # not raised again


def to_min(d) -> int:  # type: ignore[no-untyped-def]
    return int(d.total_seconds() // 60)


def test_grade_changes_the_targets(services, receptionist, supervisor) -> None:
    add_rooms(services)
    services.settings.set(supervisor, "service.grade", "三级")
    o = services.work_orders.create(receptionist, order_input())
    v = services.service_levels.clock(receptionist, "order", o.id)
    assert v.minutes_left == 8 * 60
    with pytest.raises(TypeError):
        services.settings.set(supervisor, "service.grade", "四级")
