"""A tiny estate for tests that need rooms and owners (the demo estate is far bigger)."""

from __future__ import annotations

from frontdesk.models import Building, Occupant, Project, Room, Unit
from frontdesk.services.container import Services


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
        room = Room(
            project_id=proj.id, unit_id=u.id, number=r_no, code=code, floor=int(r_no[:-2] or 0), status=status
        )
        s.add(room)
        s.flush()
        if owner:
            s.add(Occupant(room_id=room.id, kind="owner", name=owner, phone=phone, active=True))
        return room.id


def cheap_passwords(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Argon2 with its production cost makes each test login take a second on a busy 2-core
    machine; these tests are not about passwords, so hash cheaply (same algorithm, same code)."""
    from argon2 import PasswordHasher

    from frontdesk.services import staff

    monkeypatch.setattr(staff, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
