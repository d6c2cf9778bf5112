"""The 'frozen once acknowledged' triggers on PostgreSQL (several counters sharing one server)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from frontdesk.db import Database
from frontdesk.services.clock import FixedClock
from frontdesk.services.container import build_services
from frontdesk.services.contracts import HandoverItem
from frontdesk.services.handover.rows import HandoverNotes, MessageInput
from frontdesk.services.permissions import CurrentUser, Role
from tests.support.handover import FakeSource

pytestmark = pytest.mark.usefixtures("cheap_hashing")

REFUSED = [
    "UPDATE handover SET keys_lent = 'x' WHERE id = :i",
    "UPDATE handover SET acknowledged_at = NULL, state = 'draft' WHERE id = :i",
    "DELETE FROM handover WHERE id = :i",
    "UPDATE handover_item SET summary = 'x' WHERE handover_id = :i",
    "DELETE FROM handover_item WHERE handover_id = :i",
    "INSERT INTO handover_item (handover_id, position, section, ref_kind, ref_id, ref_number, summary, state, overdue) "
    "VALUES (:i, 9, 'order.open', 'order', 2, 'X', 'x', '', false)",
    "UPDATE handover_message SET text = 'x' WHERE handover_id = :i",
    "DELETE FROM handover_message WHERE handover_id = :i",
]


def test_acknowledged_handover_is_frozen_on_postgresql(pg_db: Database) -> None:
    sv = build_services(pg_db, FixedClock(datetime(2026, 11, 27, 7, 50, tzinfo=timezone.utc)))
    sv.handover_sources.append(FakeSource([HandoverItem("order.open", "order", 1, "WX20261127001", "3-2-1502 漏水")]))
    boss = sv.staff.create_first_supervisor("王主管", "boss", "secret-boss")
    a = sv.staff.create_staff(
        boss, name="李前台", role=Role.RECEPTIONIST, department_id=None, username="li", password="secret-li"
    )
    sv.staff.create_staff(
        boss, name="张前台", role=Role.RECEPTIONIST, department_id=None, username="zhang", password="secret-zhang"
    )
    writer = CurrentUser(a.id, a.name, Role.RECEPTIONIST, "li")
    d = sv.handover.open_draft(writer, "前台一号机")
    notes = HandoverNotes(keys_lent="钥匙", messages=[MessageInput("张前台", "回访")])
    s = sv.handover.submit(writer, d.id, notes, expected_version=d.version)
    # before acknowledgement the database lets the rows change
    with pg_db.engine.begin() as conn:
        conn.execute(text("UPDATE handover_item SET remark = 'ok' WHERE handover_id = :i"), {"i": s.id})
    s = sv.handover.get(writer, s.id)
    ok = sv.handover.acknowledge(None, s.id, username="zhang", password="secret-zhang", expected_version=s.version)
    assert ok.digest_ok is True
    for sql in REFUSED:
        with pytest.raises(DBAPIError, match="frozen"), pg_db.engine.begin() as conn:
            conn.execute(text(sql), {"i": ok.id})
    assert sv.handover.get(writer, ok.id) == ok
    # a correction is a new row and may be written
    c = sv.handover.correct(writer, ok.id, "现金少写")
    assert c.corrects_id == ok.id
