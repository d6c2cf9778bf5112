"""A seeded month (November 2026, and a little of October) for the monthly report's tests: what
was done, so that the tests can count it themselves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from frontdesk.services.call_log import CallInput
from frontdesk.services.complaints import ComplaintInput
from tests.support.orders import add_rooms, add_technicians, completion, engineering_id, order_input

NOV = datetime(2026, 11, 2, 2, 0, tzinfo=timezone.utc)  # 10:00 in Shanghai
OCT = datetime(2026, 10, 12, 2, 0, tzinfo=timezone.utc)


@dataclass
class Seeded:
    calls: list[tuple[str, str]] = field(default_factory=list)  # (kind, channel) in November
    orders: list[str] = field(default_factory=list)  # categories reported in November
    completed_hours: list[float] = field(default_factory=list)  # of the orders completed now
    on_time: int = 0  # of those, done within 24 h
    callbacks_good: int = 0
    callbacks_done: int = 0
    reopened: int = 0
    complaints: list[str] = field(default_factory=list)
    october_orders: int = 0


def seed_month(services, clock, receptionist, supervisor) -> Seeded:  # type: ignore[no-untyped-def]
    add_rooms(services)
    add_technicians(services, supervisor)
    tech = services.work_orders.technicians(engineering_id(services))[0].id
    out = Seeded()
    clock.set(OCT)
    services.work_orders.create(receptionist, order_input(category="电"))
    out.october_orders = 1
    services.call_log.create(receptionist, CallInput(channel="online", kind="help", content="电梯停了"))
    clock.set(NOV)
    for kind, channel in (("inquiry", "phone"), ("inquiry", "phone"), ("repair", "visit"), ("complaint", "phone")):
        services.call_log.create(receptionist, CallInput(channel=channel, kind=kind, room="3-2-1502", content="业户来电"))
        out.calls.append((kind, channel))
    cats = ("水", "电", "水")
    orders = []
    for cat in cats:
        orders.append(services.work_orders.create(receptionist, order_input(category=cat)))
        out.orders.append(cat)
    # the first done in 5 hours (on time), the second in 30 hours (late against 24 h)
    for o, hours in ((orders[0], 5), (orders[1], 30)):
        start = clock.now()
        d = services.work_orders.dispatch(receptionist, o.id, department_id=engineering_id(services), technician_id=tech,
                                          expected_version=o.version)  # fmt: skip
        d = services.work_orders.start(receptionist, o.id, expected_version=d.version)
        clock.set(o.reported_at + timedelta(hours=hours))
        services.work_orders.complete(receptionist, o.id, completion(), expected_version=d.version)
        out.completed_hours.append(hours)
        clock.set(start)
    clock.set(NOV + timedelta(days=2))
    cbs = {c.ref_id: c for c in services.callbacks.queue(receptionist)}
    services.callbacks.record(receptionist, cbs[orders[0].id].id, expected_version=cbs[orders[0].id].version,
                              method="phone", satisfaction="satisfied")  # fmt: skip
    services.callbacks.record(receptionist, cbs[orders[1].id].id, expected_version=cbs[orders[1].id].version,
                              method="phone", satisfaction="unsatisfied", comments="还在漏")  # fmt: skip
    out.callbacks_done, out.callbacks_good, out.reopened = 2, 1, 1
    # the unsatisfied one is reopened: it is no longer completed (until it is done again)
    out.completed_hours.pop(1)
    out.on_time = sum(1 for h in out.completed_hours if h <= 24)
    category = services.settings.get("complaint.categories")[0]
    services.complaints.create(receptionist, ComplaintInput(complainant="陈建国", room="3-2-1502", phone="13912345678",
                                                            category=category, content="保洁不到位"))  # fmt: skip
    out.complaints.append(category)
    return out
