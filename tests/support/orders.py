"""Small helpers shared by the work-order, callback and alert tests: an estate with a few rooms,
technicians in 工程部 (made through StaffService, as the app does), and an order in any state."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, select

from frontdesk.models import Building, Department, Occupant, Project, Room, Unit
from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.services.work_orders import ChargeLine, CompletionInput, WorkOrderDetail, WorkOrderInput
from tests.support.login import cheap_passwords

PHONE = "13812345678"
OWNERS = ("陈建国", "李秀英", "王芳", "孙丽", "周伟", "吴敏")


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch, db: Any) -> Iterator[None]:
    """Cheap password hashes and no fsync per commit: these tests are about orders, not about
    Argon2's cost (0.75 s a hash here) or durability. Use with ``pytestmark = usefixtures("fast")``."""
    cheap_passwords(monkeypatch)

    def _no_sync(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA synchronous = OFF")

    event.listen(db.engine, "connect", _no_sync)
    db.engine.dispose()
    yield
    event.remove(db.engine, "connect", _no_sync)


def add_rooms(services: Services, codes: tuple[str, ...] = ("3-2-1502", "3-2-1503", "5-1-201")) -> dict[str, int]:
    """A project 肯彤名邸 with the given rooms (building-unit-room), each with an owner."""
    ids: dict[str, int] = {}
    with services.db.write() as s:
        project = s.scalar(select(Project).where(Project.name == "肯彤名邸"))
        if project is None:
            project = Project(name="肯彤名邸")
            s.add(project)
            s.flush()
        for n, code in enumerate(codes):
            b_no, u_no, r_no = code.split("-")
            b = s.scalar(select(Building).where(Building.project_id == project.id, Building.number == b_no))
            if b is None:
                b = Building(project_id=project.id, number=b_no)
                s.add(b)
                s.flush()
            u = s.scalar(select(Unit).where(Unit.building_id == b.id, Unit.number == u_no))
            if u is None:
                u = Unit(building_id=b.id, number=u_no)
                s.add(u)
                s.flush()
            room = Room(project_id=project.id, unit_id=u.id, number=r_no, code=code, status="已入住")
            s.add(room)
            s.flush()
            s.add(Occupant(room_id=room.id, kind="owner", name=OWNERS[n % len(OWNERS)], phone=f"1391234{5600 + n}"))
            ids[code] = room.id
    return ids


def add_technicians(services: Services, boss: CurrentUser, names: tuple[str, ...] = ("张师傅", "刘师傅")) -> list[int]:
    services.staff.ensure_departments(["工程部", "环境部"])
    depts = {n: i for i, n in services.staff.departments()}
    return [
        services.staff.create_staff(boss, name=n, role=Role.TECHNICIAN, department_id=depts["工程部"], phone=PHONE).id
        for n in names
    ]


def engineering_id(services: Services) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(Department.id).where(Department.name == "工程部")))


def order_input(**kw: object) -> WorkOrderInput:
    base = dict(
        room="3栋2单元1502",
        reporter="陈先生",
        phone=PHONE,
        category="水",
        description="厨房水槽下水管漏水，地面有积水",
        urgency="normal",
        paid=True,
    )
    base.update(kw)
    return WorkOrderInput(**base)  # type: ignore[arg-type]


def completion(**kw: object) -> CompletionInput:
    base: dict[str, object] = dict(
        work_done="更换下水管及密封圈，试水无渗漏",
        lines=[ChargeLine("PVC下水管 50mm", "1", "根", "35"), ChargeLine("人工费", "1", "次", "50")],
        owner_confirmation="signed",
    )
    base.update(kw)
    return CompletionInput(**base)  # type: ignore[arg-type]


def advance(services: Services, user: CurrentUser, order: WorkOrderDetail, to: str, tech: int) -> WorkOrderDetail:
    """Move an order along the happy path up to state ``to`` (new … closed), as ``user``."""
    wo = services.work_orders
    path = ["new", "dispatched", "in_progress", "completed", "called_back", "closed"]
    o = order
    while path.index(o.state) < path.index(to):
        if o.state == "new":
            o = wo.dispatch(
                user,
                o.id,
                department_id=engineering_id(services),
                technician_id=tech,
                expected_version=o.version,
            )
        elif o.state == "dispatched":
            o = wo.start(user, o.id, expected_version=o.version)
        elif o.state == "in_progress":
            o = wo.complete(user, o.id, completion(), expected_version=o.version)
        elif o.state == "completed":
            cb = services.callbacks.for_record(user, "order", o.id)[-1]
            services.callbacks.record(user, cb.id, expected_version=cb.version, method="phone", satisfaction="satisfied")
            o = wo.get(user, o.id)
        elif o.state == "called_back":
            o = wo.close(user, o.id, expected_version=o.version)
    return o


TOTAL = Decimal("85.00")


def make_ctx(services: Services, user: CurrentUser) -> Any:
    """What a tab receives (imports Qt, so only UI tests call it)."""
    from frontdesk.ui.common.bus import EventBus
    from frontdesk.ui.common.context import UiContext

    return UiContext(services, user, EventBus())
