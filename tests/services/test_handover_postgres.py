"""The 'frozen once acknowledged' triggers on PostgreSQL (the shared-database set-up).

Runs when FRONTDESK_TEST_PG_URL names an empty scratch database, e.g.
``postgresql+psycopg://postgres@127.0.0.1:54377/fd_test`` — its schema is dropped and rebuilt.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from frontdesk.db import Database
from frontdesk.schema import upgrade
from frontdesk.services.clock import FixedClock
from frontdesk.services.container import build_services
from frontdesk.services.contracts import HandoverItem
from frontdesk.services.handover import HandoverNotes, MessageInput
from frontdesk.services.permissions import CurrentUser, Role

PG_URL = os.environ.get("FRONTDESK_TEST_PG_URL")
pytestmark = pytest.mark.skipif(
    not PG_URL, reason="set FRONTDESK_TEST_PG_URL to a scratch PostgreSQL database"
)


class OneOrder:
    def handover_items(self, user: CurrentUser, start: datetime, end: datetime) -> list[HandoverItem]:
        return [HandoverItem("order.open", "order", 1, "WX20261127001", "3-2-1502 漏水", "已派单")]


@pytest.fixture
def pg() -> Iterator[Database]:
    db = Database(PG_URL or "")
    with db.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    upgrade(db)
    yield db
    db.dispose()


def test_acknowledged_handover_is_frozen_on_postgresql(pg: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    import frontdesk.services.staff as staff_module

    monkeypatch.setattr(staff_module, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    sv = build_services(pg, FixedClock(datetime(2026, 11, 27, 7, 50, tzinfo=timezone.utc)))
    sv.handover_sources.append(OneOrder())
    boss = sv.staff.create_first_supervisor("王主管", "boss", "secret-boss")
    a = sv.staff.create_staff(
        boss, name="李前台", role=Role.RECEPTIONIST, department_id=None, username="li", password="secret-li"
    )
    sv.staff.create_staff(
        boss,
        name="张前台",
        role=Role.RECEPTIONIST,
        department_id=None,
        username="zhang",
        password="secret-zhang",
    )
    writer = CurrentUser(a.id, a.name, Role.RECEPTIONIST, "li")
    d = sv.handover.open_draft(writer, "前台一号机")
    s = sv.handover.submit(
        writer,
        d.id,
        HandoverNotes(keys_lent="钥匙", messages=[MessageInput("张前台", "回访")]),
        expected_version=d.version,
    )
    # before acknowledgement the database lets the row change
    with pg.engine.begin() as conn:
        conn.execute(text("UPDATE handover_item SET remark = 'ok' WHERE handover_id = :i"), {"i": s.id})
    s = sv.handover.get(writer, s.id)
    ok = sv.handover.acknowledge(
        None, s.id, username="zhang", password="secret-zhang", expected_version=s.version
    )
    assert ok.digest_ok is True
    for sql in [
        "UPDATE handover SET keys_lent = 'x' WHERE id = :i",
        "DELETE FROM handover WHERE id = :i",
        "UPDATE handover_item SET summary = 'x' WHERE handover_id = :i",
        "DELETE FROM handover_item WHERE handover_id = :i",
        "INSERT INTO handover_item (handover_id, position, section, ref_kind, ref_id, ref_number, summary, "
        "state, "
        "overdue) VALUES (:i, 9, 'order.open', 'order', 2, 'X', 'x', '', false)",
        "UPDATE handover_message SET text = 'x' WHERE handover_id = :i",
        "DELETE FROM handover_message WHERE handover_id = :i",
    ]:
        with pytest.raises(DBAPIError, match="frozen"), pg.engine.begin() as conn:
            conn.execute(text(sql), {"i": ok.id})
    assert sv.handover.get(writer, ok.id) == ok
