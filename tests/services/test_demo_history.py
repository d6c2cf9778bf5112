"""The demo's living history: records of every kind made through the services over past days,
the newest still on their way (orders in several states, complaints at several steps, callbacks
due and overdue, calls waiting for their follow-up), and the same history on every run."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest
from sqlalchemy import func, select

from frontdesk.models import Callback, CallLogEntry, Complaint, Handover, RectificationNotice, ReleasePass, WorkOrder
from frontdesk.services.demo_history import Pace

PACE = Pace(calls=25, orders=6, complaints=2, passes=2, notices=1, handover_days=2)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory, _template_db):  # type: ignore[no-untyped-def]
    from frontdesk.db import Database
    from frontdesk.services.clock import FixedClock
    from frontdesk.services.container import build_services
    from tests.conftest import START

    path = tmp_path_factory.mktemp("history") / "demo.db"
    shutil.copyfile(_template_db, path)
    db = Database(f"sqlite:///{path.as_posix()}")
    services = build_services(db, FixedClock(START))
    steps: list[tuple[int, int]] = []
    result = services.demo.load(None, history_days=12, pace=PACE, progress=lambda d, t: steps.append((d, t)))
    yield services, result, steps
    db.dispose()


def test_every_kind_has_a_history_that_is_still_going_on(history) -> None:  # type: ignore[no-untyped-def]
    services, result, steps = history
    assert set(result.history) == {"call", "order", "complaint", "pass", "notice", "handover"}
    now = services.clock.now()
    with services.db.read() as s:
        assert s.scalar(select(func.count(CallLogEntry.id))) == result.history["call"] > 50
        orders = Counter(s.scalars(select(WorkOrder.state)))
        complaints = Counter(s.scalars(select(Complaint.state)))
        callbacks = s.execute(select(Callback.state, Callback.due_at)).all()
        passes = Counter(s.scalars(select(ReleasePass.state)))
        notices = Counter(s.scalars(select(RectificationNotice.state)))
        handovers = s.scalars(select(Handover.acknowledged_at)).all()
        follow_ups = s.scalar(select(func.count(CallLogEntry.id)).where(CallLogEntry.outcome == "follow_up"))
    assert sum(orders.values()) == result.history["order"]
    assert "closed" in orders and len(orders) >= 3, orders  # finished and on their way
    assert "closed" in complaints and len(complaints) >= 3, complaints
    assert {"done", "pending"} <= {state for state, _due in callbacks}
    pending_due = [due for state, due in callbacks if state == "pending"]
    assert pending_due and min(pending_due).replace(tzinfo=None) < now.replace(tzinfo=None)  # some overdue
    assert sum(passes.values()) == result.history["pass"] and "used" in passes, passes
    assert sum(notices.values()) == result.history["notice"] > 0
    assert handovers and all(a is not None for a in handovers)  # written and signed for
    assert follow_ups > 0  # calls still waiting for their follow-up
    assert services.clock.now() == now
    assert steps[0] == (0, 100) and steps[-1] == (100, 100) and steps == sorted(steps)


def test_the_history_shows_on_the_status_bar(history) -> None:  # type: ignore[no-untyped-def]
    services, _result, _steps = history
    boss = services.staff.login("zhuguan", "demo1234")
    codes = {c.code for c in services.status_counts(boss) if c.count}
    assert codes & {"callback.overdue", "callback.due_today"}
    assert codes & {"order.overdue", "order.new", "call.followup_overdue", "call.followup_due_today"}
