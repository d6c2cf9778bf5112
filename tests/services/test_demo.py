"""Demo data: a realistic estate on an empty database, the same on every run."""

from __future__ import annotations

import phonenumbers
import pytest
from sqlalchemy import func, select

from frontdesk.models import AuditEvent, Occupant, Project, Room, Staff
from frontdesk.services.container import Services
from frontdesk.services.demo import DEMO_LOGINS, DEMO_PASSWORD
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.services.validation import clean_id_number, clean_plates


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, _template_db):  # type: ignore[no-untyped-def]
    """One demo estate for the module (loading it takes about a second)."""
    import shutil

    from frontdesk.db import Database
    from frontdesk.services.clock import FixedClock
    from frontdesk.services.container import build_services
    from tests.conftest import START

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(_template_db, path)
    db = Database(f"sqlite:///{path.as_posix()}")
    services = build_services(db, FixedClock(START))
    steps: list[tuple[int, int]] = []
    result = services.demo.load(None, progress=lambda d, t: steps.append((d, t)))
    yield services, result, steps
    db.dispose()


def test_size_and_shape(demo_db) -> None:  # type: ignore[no-untyped-def]
    services, result, steps = demo_db
    assert result.projects >= 2 and result.rooms >= 3000
    with services.db.read() as s:
        assert s.scalar(select(func.count(Room.id))) == result.rooms
        assert s.scalar(select(func.count(Occupant.id))) == result.occupants > result.rooms
        names = set(s.scalars(select(Project.name)))
        statuses = dict(s.execute(select(Room.status, func.count()).group_by(Room.status)).all())
        depts = set(s.scalars(select(Staff.department_id)))
    assert {"肯彤名邸", "瀚科大厦"} <= names
    assert set(statuses) == {"未交付", "已交房", "装修中", "已入住"}
    assert len(depts) == 5  # 客服部, 工程部, 秩序维护部, 环境部, 财务部
    assert steps[0] == (0, 100) and steps[-1] == (100, 100)


def test_people_are_plausible_and_valid(demo_db) -> None:  # type: ignore[no-untyped-def]
    services, _result, _steps = demo_db
    with services.db.read() as s:
        people = s.scalars(select(Occupant)).all()
        per_room: dict[int, list[str]] = {}
        for o in people:
            per_room.setdefault(o.room_id, []).append(o.name)
            assert 2 <= len(o.name) <= 4 and o.kind in ("owner", "tenant", "family")
            n = phonenumbers.parse(o.phone, "CN")
            assert phonenumbers.is_valid_number(n) and len(o.phone) == 11
            if o.id_number:
                assert clean_id_number(o.id_number) == o.id_number
                if len(o.id_number) == 18:
                    assert (int(o.id_number[16]) % 2 == 1) == (o.gender == "M")
            if o.plates:
                assert clean_plates(o.plates) == o.plates
        assert all(len(v) == len(set(v)) for v in per_room.values())  # no two namesakes in a flat
        assert sum(1 for o in people if o.plates) > 500
        assert sum(1 for o in people if o.id_number and len(o.id_number) == 15) > 0
        phones = [o.phone for o in people]
        assert len(phones) == len(set(phones))


def test_logins_work(demo_db) -> None:  # type: ignore[no-untyped-def]
    services, result, _steps = demo_db
    assert {u for u, _r in result.logins} == {u for u, *_ in DEMO_LOGINS}
    guard = services.staff.login("menggang", DEMO_PASSWORD)
    assert guard.role == Role.GUARD
    boss = services.staff.login("zhuguan", DEMO_PASSWORD)
    assert [r.code for r in services.registry.find(boss, "3栋2单元1502")] == ["3-2-1502"]
    with services.db.read() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.entity == "demo")).one()
        assert ev.actor_name == "系统" and ev.after["rooms"] == result.rooms


def test_refuses_a_database_that_has_an_estate(demo_db) -> None:  # type: ignore[no-untyped-def]
    services, _result, _steps = demo_db
    assert not services.demo.estate_is_empty()
    with pytest.raises(ServiceError) as info:
        services.demo.load(None)
    assert info.value.code == "demo_not_empty"


def test_keeps_the_supervisor_made_at_first_start(services: Services, supervisor: CurrentUser) -> None:
    assert services.demo.estate_is_empty()
    result = services.demo.load(supervisor)
    assert "zhuguan" not in {u for u, _ in result.logins}
    with services.db.read() as s:
        assert s.scalar(select(func.count(Staff.id)).where(Staff.role == "supervisor")) == 1


def test_same_seed_same_estate(demo_db, services: Services, supervisor: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    demo_services, _result, _steps = demo_db
    services.demo.load(supervisor)
    query = (
        select(Room.code, Room.status, Occupant.name, Occupant.phone, Occupant.id_number)
        .join(Occupant, Occupant.room_id == Room.id)
        .order_by(Occupant.id)
        .limit(200)
    )
    with services.db.read() as s, demo_services.db.read() as s2:
        assert s.execute(query).all() == s2.execute(query).all()
