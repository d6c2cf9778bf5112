"""A small estate for the call-log tests: two projects, a few rooms, their occupants."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from frontdesk.db import Database
from frontdesk.models import Building, Occupant, Project, Room, Staff, Unit
from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser, Role

OWNER_PHONE = "13812345678"
TENANT_PHONE = "13987654321"


@dataclass(frozen=True)
class Estate:
    project_id: int
    tower_id: int
    room_id: int  # 锦绣花园 3-2-1502, owner 张伟 (OWNER_PHONE)
    room2_id: int  # 锦绣花园 3-2-1501, tenant 刘洋 (TENANT_PHONE)
    room3_id: int  # 锦绣花园 5-1-0301, nobody registered
    shared_code_ids: tuple[int, int]  # 1-1-101 exists in both projects


def make_estate(db: Database) -> Estate:
    with db.write() as s:
        p1 = Project(name="锦绣花园")
        p2 = Project(name="瀚科大厦")
        s.add_all([p1, p2])
        s.flush()
        rooms: dict[tuple[int, str], Room] = {}
        for proj, b, u, numbers in (
            (p1, "3", "2", ("1501", "1502")),
            (p1, "5", "1", ("0301",)),
            (p1, "1", "1", ("101",)),
            (p2, "1", "1", ("101",)),
        ):
            bld = s.query(Building).filter_by(project_id=proj.id, number=b).one_or_none()
            if bld is None:
                bld = Building(project_id=proj.id, number=b)
                s.add(bld)
                s.flush()
            unit = Unit(building_id=bld.id, number=u)
            s.add(unit)
            s.flush()
            for n in numbers:
                room = Room(project_id=proj.id, unit_id=unit.id, number=n, code=f"{b}-{u}-{n}", status="已入住")
                s.add(room)
                s.flush()
                rooms[(proj.id, room.code)] = room
        r1502 = rooms[(p1.id, "3-2-1502")]
        r1501 = rooms[(p1.id, "3-2-1501")]
        s.add_all(
            [
                Occupant(room_id=r1502.id, kind="owner", name="张伟", gender="M", phone=OWNER_PHONE, active=True),
                Occupant(room_id=r1502.id, kind="family", name="王芳", gender="F", phone="13700001111", active=True),
                Occupant(room_id=r1501.id, kind="tenant", name="刘洋", gender="M", phone=TENANT_PHONE, active=True),
            ]
        )
        return Estate(
            p1.id,
            p2.id,
            r1502.id,
            r1501.id,
            rooms[(p1.id, "5-1-0301")].id,
            (rooms[(p1.id, "1-1-101")].id, rooms[(p2.id, "1-1-101")].id),
        )


def quick_user(db: Database, role: Role, username: str, name: str) -> CurrentUser:
    """A member of staff for service tests that never log in: no password, so no Argon2 hashing
    (a second or more per account on a busy machine)."""
    with db.write() as s:
        staff = Staff(name=name, role=role.value, username=username, active=True)
        s.add(staff)
        s.flush()
        return CurrentUser(staff.id, name, role, username)


# Fixtures for the call-log tests, which import the ones they use: under the conftest's names
# (receptionist, supervisor, butler, estate) they give accounts without passwords (these tests never
# log in) and the estate above.
@pytest.fixture(name="supervisor")
def quick_supervisor(services: Services) -> CurrentUser:
    return quick_user(services.db, Role.SUPERVISOR, "boss", "王主管")


@pytest.fixture(name="receptionist")
def quick_receptionist(services: Services) -> CurrentUser:
    return quick_user(services.db, Role.RECEPTIONIST, "li", "李前台")


@pytest.fixture(name="butler")
def quick_butler(services: Services) -> CurrentUser:
    return quick_user(services.db, Role.BUTLER, "zhao", "赵管家")


@pytest.fixture(name="estate")
def call_log_estate(services: Services) -> Estate:
    return make_estate(services.db)
