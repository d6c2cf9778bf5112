"""Complaints on PostgreSQL: the loop, the row lock taken with each step, the stale-save conflict,
the append-only timeline and the monthly table, as counters sharing one server rely on them."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import DBAPIError

from frontdesk.db import Database
from frontdesk.services.clock import FixedClock
from frontdesk.services.complaints.rules import State
from frontdesk.services.container import build_services
from frontdesk.services.errors import ConflictError
from frontdesk.services.permissions import Role
from tests.conftest import START, make_user
from tests.support.complaints import call_back, intake, make_estate, walk

pytestmark = pytest.mark.usefixtures("cheap_hashing")


def test_complaint_loop_on_postgresql(pg_db: Database) -> None:
    services = build_services(pg_db, FixedClock(START))
    boss = make_user(services, Role.SUPERVISOR, "boss", "王主管")
    li = make_user(services, Role.RECEPTIONIST, "li", "李前台")
    make_estate(services)
    c = walk(services, li, boss, until="callback", data=intake(severity="重大"))
    assert [a.ref_id for a in services.alerts.open_alerts(li)] == [c.id]
    c = call_back(services, li, c.id, "unsatisfied", "还是吵")
    assert c.state == State.IMPLEMENT and c.reopened_count == 1
    with pytest.raises(ConflictError):
        services.complaints.implement(li, c.id, actions="x", accepted=True, expected_version=c.version - 1)
    c = services.complaints.implement(li, c.id, actions="加装隔音", accepted=True, expected_version=c.version)
    c = call_back(services, li, c.id, "satisfied")
    c = services.complaints.close(boss, c.id, improvement="加强巡查", expected_version=c.version)
    assert c.state == State.CLOSED
    assert [h.title.split()[0] for h in services.complaints.search(li, "噪音", 5)] == [c.number]
    stats = services.complaints.monthly_stats(boss, 2026, 11)
    assert (stats.total.total, stats.total.closed, stats.total.major, stats.total.satisfied) == (1, 1, 1, 1)
    assert services.complaints.print_form(li, c.id).copy_no == 1
    with pg_db.engine.begin() as conn, pytest.raises(DBAPIError):
        conn.exec_driver_sql("UPDATE complaint_event SET note = 'x'")
