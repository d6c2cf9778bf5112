"""A small estate for tests: three projects, a few rooms, known people.

肯彤名邸: buildings 1, 3 and 10, units 1–2, rooms x01/x02 on floors 1, 2 and 15 (so 3-2-1502 exists);
瀚科大厦: building A, unit 1, rooms 1201 and 1202; 青竹园: building 3, unit 1, room 502 only.
3-2-1502 holds 张伟 (owner, 13812345678, ID 11010519491231002X, 粤B12345) and 李娜 (family).
"""

from __future__ import annotations

from dataclasses import dataclass

from frontdesk.db import Database
from frontdesk.models import Building, Occupant, Project, Room, Unit
from frontdesk.services.clock import Clock
from frontdesk.services.container import Services
from frontdesk.services.registry.rooms import canonical_code

OWNER_PHONE = "13812345678"
OWNER_ID = "11010519491231002X"


@dataclass(frozen=True)
class Estate:
    project_id: int
    office_id: int
    old_id: int
    room_3_2_1502: int
    owner_id: int
    family_id: int
    rooms: int


def make_estate(db: Database, clock: Clock) -> Estate:
    now = clock.now()
    ids: dict[str, int] = {}
    count = 0
    with db.write() as s:

        def project(name: str) -> Project:
            p = Project(name=name, created_at=now, updated_at=now)
            s.add(p)
            s.flush()
            return p

        def rooms(p: Project, building: str, units: list[str], numbers: list[str]) -> None:
            nonlocal count
            b = Building(project_id=p.id, number=building)
            s.add(b)
            s.flush()
            for u in units:
                unit = Unit(building_id=b.id, number=u)
                s.add(unit)
                s.flush()
                for n in numbers:
                    code = canonical_code(building, u, n)
                    r = Room(
                        project_id=p.id,
                        unit_id=unit.id,
                        number=n,
                        code=code,
                        floor=int(n[:-2]),
                        status="已入住",
                        created_at=now,
                        updated_at=now,
                    )
                    s.add(r)
                    s.flush()
                    ids[f"{p.name}:{code}"] = r.id
                    count += 1

        home = project("肯彤名邸")
        for b in ("1", "3", "10"):
            rooms(home, b, ["1", "2"], ["101", "102", "201", "202", "1501", "1502"])
        office = project("瀚科大厦")
        rooms(office, "A", ["1"], ["1201", "1202"])
        old = project("青竹园")
        rooms(old, "3", ["1"], ["502"])
        target = ids["肯彤名邸:3-2-1502"]
        owner = Occupant(
            room_id=target,
            kind="owner",
            name="张伟",
            gender="M",
            phone=OWNER_PHONE,
            id_number=OWNER_ID,
            plates="粤B12345",
            active=True,
            created_at=now,
            updated_at=now,
        )
        family = Occupant(
            room_id=target,
            kind="family",
            name="李娜",
            gender="F",
            phone="13900001111",
            active=True,
            created_at=now,
            updated_at=now,
        )
        other = Occupant(
            room_id=ids["青竹园:3-1-502"],
            kind="owner",
            name="王秀英",
            gender="F",
            phone="13600002222",
            active=True,
            created_at=now,
            updated_at=now,
        )
        s.add_all([owner, family, other])
        s.flush()
        return Estate(home.id, office.id, old.id, target, owner.id, family.id, count)


def add_room(
    services: Services,
    code: str = "3-2-1502",
    owner: str | None = "张伟",
    phone: str | None = "13812345678",
    *,
    project: str = "翠湖花园",
    status: str = "已入住",
) -> int:
    """Create (or reuse) project / building / unit and one room with its owner; returns the room id."""
    b_no, u_no, r_no = code.split("-")
    with services.db.write() as s:
        proj = s.query(Project).filter_by(name=project).one_or_none()
        if proj is None:
            proj = Project(name=project)
            s.add(proj)
            s.flush()
        b = s.query(Building).filter_by(project_id=proj.id, number=b_no).one_or_none()
        if b is None:
            b = Building(project_id=proj.id, number=b_no)
            s.add(b)
            s.flush()
        u = s.query(Unit).filter_by(building_id=b.id, number=u_no).one_or_none()
        if u is None:
            u = Unit(building_id=b.id, number=u_no)
            s.add(u)
            s.flush()
        room = Room(project_id=proj.id, unit_id=u.id, number=r_no, code=code, floor=int(r_no[:-2] or 0), status=status)
        s.add(room)
        s.flush()
        if owner:
            s.add(Occupant(room_id=room.id, kind="owner", name=owner, phone=phone, active=True))
        return room.id
