"""The same services on PostgreSQL: what several counters sharing one server rely on."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.exc import DBAPIError

from frontdesk.db import Database
from frontdesk.db_text import alembic_include_name
from frontdesk.models import Base, Building, Project, Room, Unit
from frontdesk.schema import current_revision, head_revision
from frontdesk.services.clock import FixedClock
from frontdesk.services.container import build_services
from frontdesk.services.errors import ConflictError
from frontdesk.services.numbering import next_serial
from frontdesk.services.registry.service import OccupantInput
from tests.conftest import START


def test_migrated_schema_matches_models(pg_db: Database) -> None:
    assert current_revision(pg_db) == head_revision()
    with pg_db.engine.connect() as conn:
        opts = {"compare_type": True, "include_name": alembic_include_name}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    assert diff == []


def test_login_registry_conflict_and_audit(pg_db: Database) -> None:
    services = build_services(pg_db, FixedClock(START))
    boss = services.staff.create_first_supervisor("王主管", "boss", "secret-boss")
    assert services.staff.login("boss", "secret-boss").id == boss.id
    with pg_db.write() as s:
        p = Project(name="翠湖花园")
        s.add(p)
        s.flush()
        b = Building(project_id=p.id, number="3")
        s.add(b)
        s.flush()
        u = Unit(building_id=b.id, number="2")
        s.add(u)
        s.flush()
        s.add(Room(project_id=p.id, unit_id=u.id, number="1502", code="3-2-1502", floor=15))
    room = services.registry.resolve(boss, "3栋2单元1502")
    occ = services.registry.save_occupant(boss, room.id, OccupantInput(name="张伟", phone="13812345678"))
    services.registry.save_occupant(
        boss, room.id, OccupantInput(name="张伟", phone="13900001111"), occupant_id=occ.id, expected_version=occ.version
    )
    with pytest.raises(ConflictError):
        services.registry.save_occupant(
            boss, room.id, OccupantInput(name="张伟伟"), occupant_id=occ.id, expected_version=occ.version
        )
    assert [r.code for r in services.registry.find(boss, "1111")] == ["3-2-1502"]
    with pg_db.engine.begin() as conn, pytest.raises(DBAPIError):
        conn.exec_driver_sql("DELETE FROM audit_event")


def test_serials_do_not_repeat_across_sessions(pg_db: Database) -> None:
    got = []
    for _ in range(3):
        with pg_db.write() as s:
            got.append(next_serial(s, "WX", START))
    assert got == ["WX20261127001", "WX20261127002", "WX20261127003"]


def test_timestamps_come_back_timezone_aware(pg_db: Database) -> None:
    with pg_db.write() as s:
        p = Project(name="瀚科大厦")
        s.add(p)
        s.flush()
        pid = p.id
    with pg_db.read() as s:
        created = s.get(Project, pid).created_at
    assert created.tzinfo is not None and created.utcoffset().total_seconds() == 0
