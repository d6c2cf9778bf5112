"""Alerts: raised with an urgent order, seen by every counter on the same database, acknowledged
only by a supervisor, and reported back to the order's timeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontdesk.db import Database
from frontdesk.services import alerts as alerts_mod
from frontdesk.services.container import build_services
from frontdesk.services.errors import ConflictError, PermissionDenied, ServiceError
from tests.support.orders import add_rooms, fast, order_input  # noqa: F401 - fast is a fixture

pytestmark = pytest.mark.usefixtures("fast")


def test_urgent_order_alerts_every_counter_until_a_supervisor_acknowledges(
    services, db_path: Path, receptionist, butler, supervisor, clock
) -> None:
    add_rooms(services)
    assert services.alerts.open_alerts(receptionist) == []
    normal = services.work_orders.create(receptionist, order_input())
    assert services.alerts.open_alerts(receptionist) == []
    o = services.work_orders.create(receptionist, order_input(urgency="urgent", description="楼上水管爆裂，水漫进客厅"))
    other_db = Database(f"sqlite:///{db_path.as_posix()}")
    try:
        other = build_services(other_db, clock)  # a second counter on the same database file
        [alert] = other.alerts.open_alerts(supervisor)
        assert (alert.kind, alert.ref_kind, alert.ref_id, alert.ref_number) == (
            "order.urgent",
            "order",
            o.id,
            o.number,
        )
        assert "3-2-1502" in alert.summary and "水管爆裂" in alert.summary
        assert alert.raised_by_name == "李前台" and alert.raised_at == clock.now()
        assert {c.code: c.count for c in other.status_counts(supervisor)}["alert.open"] == 1
        for who in (receptionist, butler):
            with pytest.raises(PermissionDenied):
                other.alerts.acknowledge(who, alert.id, expected_version=alert.version)
        assert len(services.alerts.open_alerts(receptionist)) == 1
        clock.advance(minutes=3)
        acked = other.alerts.acknowledge(supervisor, alert.id, expected_version=alert.version, note="已派工程部赶往现场")
        assert acked.acknowledged_by_name == "王主管" and acked.acknowledged_at == clock.now()
        assert services.alerts.open_alerts(receptionist) == []  # gone from the first counter too
        with pytest.raises(ServiceError) as info:
            services.alerts.acknowledge(supervisor, alert.id, expected_version=acked.version)
        assert info.value.code == "already_acknowledged" and info.value.params["by"] == "王主管"
    finally:
        other_db.dispose()
    detail = services.work_orders.get(receptionist, o.id)
    assert [e.action for e in detail.events] == ["created", "alert_raised", "alert_acknowledged"]
    assert detail.events[-1].note == "已派工程部赶往现场" and detail.events[-1].actor_name == "王主管"
    assert [a.is_open for a in detail.alerts] == [False]
    # an order made urgent later alerts then
    made_urgent = services.work_orders.update(
        receptionist, normal.id, order_input(urgency="urgent"), expected_version=normal.version
    )
    assert [a.ref_id for a in services.alerts.open_alerts(receptionist)] == [made_urgent.id]
    assert made_urgent.events[-1].action == "alert_raised"


def test_stale_acknowledgement_is_a_conflict(services, supervisor, clock) -> None:
    with services.db.write() as s:
        row = alerts_mod.raise_alert(
            s,
            "complaint.major",
            "complaint",
            3,
            ref_number="TS20261127001",
            summary="重大投诉：  电梯困人\n 30 分钟",
            raised_by=None,
            at=clock.now(),
        )
    assert row.summary == "重大投诉： 电梯困人 30 分钟" and row.raised_by_name == "系统"
    with services.db.write() as s:  # raising again while open gives the same alert
        assert (
            alerts_mod.raise_alert(
                s,
                "complaint.major",
                "complaint",
                3,
                ref_number="TS20261127001",
                summary="again",
                raised_by=None,
                at=clock.now(),
            ).id
            == row.id
        )
    with pytest.raises(ConflictError):
        services.alerts.acknowledge(supervisor, row.id, expected_version=row.version + 1)
    assert services.alerts.acknowledge(supervisor, row.id, expected_version=row.version).ack_note is None
    assert [a.id for a in services.alerts.recent(supervisor)] == [row.id]


def test_raising_and_acknowledging_report_their_change_sets(services, receptionist, supervisor) -> None:
    from frontdesk.services.core.changes import ALERT, call_op
    from frontdesk.services.work_orders.rules import ORDER

    add_rooms(services)
    o, raised = call_op(services.work_orders.create, receptionist, order_input(urgency="urgent"))
    assert ALERT in raised  # the urgent order's change set says an alert appeared
    [alert] = services.alerts.open_alerts(supervisor)
    _row, acked = call_op(services.alerts.acknowledge, supervisor, alert.id, expected_version=alert.version)
    assert acked == {ALERT, ORDER} and o.id == alert.ref_id
