"""Test data for the complaint tests: a small estate, the departments, and a complaint walked
through its steps by the service (as the counter would)."""

from __future__ import annotations

from datetime import datetime

from frontdesk.models import Building, Occupant, Project, Room, Unit
from frontdesk.services.complaints import ComplaintDetail, ComplaintInput
from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser
from frontdesk.services.settings import DEFAULTS

ROOMS = ("3-2-1502", "3-2-1501", "5-1-301", "12-3-2201")


def make_estate(services: Services) -> dict[str, int]:
    """One project with four rooms (an owner in 3-2-1502) and the default departments.
    Returns room code → id."""
    services.staff.ensure_departments(list(DEFAULTS["departments"]))
    with services.db.write() as s:
        project = Project(name="翠湖花园", version=1)
        s.add(project)
        s.flush()
        ids: dict[str, int] = {}
        units: dict[tuple[str, str], Unit] = {}
        for code in ROOMS:
            b, u, r = code.split("-")
            if (b, u) not in units:
                building = s.query(Building).filter_by(project_id=project.id, number=b).one_or_none()
                if building is None:
                    building = Building(project_id=project.id, number=b, version=1)
                    s.add(building)
                    s.flush()
                unit = Unit(building_id=building.id, number=u, version=1)
                s.add(unit)
                s.flush()
                units[(b, u)] = unit
            room = Room(
                project_id=project.id,
                unit_id=units[(b, u)].id,
                number=r,
                code=code,
                status="已入住",
                version=1,
            )
            s.add(room)
            s.flush()
            ids[code] = room.id
        s.add(
            Occupant(
                room_id=ids["3-2-1502"],
                kind="owner",
                name="陈美玲",
                phone="13812345678",
                active=True,
                version=1,
            )
        )
    return ids


def intake(**overrides: object) -> ComplaintInput:
    values: dict[str, object] = dict(
        complainant="陈美玲",
        room="3栋2单元1502",
        phone="13812345678",
        channel="来电",
        category="噪音扰民",
        content="楼上装修每天早上七点就开始电钻，噪音太大，影响休息。",
        severity="一般",
    )
    values.update(overrides)
    return ComplaintInput(**values)  # type: ignore[arg-type]


def dept_id(services: Services, name: str) -> int:
    return dict((n, i) for i, n in services.staff.departments())[name]


def walk(
    services: Services,
    handler: CurrentUser,
    boss: CurrentUser,
    *,
    until: str = "closed",
    data: ComplaintInput | None = None,
    received_at: datetime | None = None,
    department: str = "工程部",
) -> ComplaintDetail:
    """Create a complaint and take it step by step up to ``until`` (a state name)."""
    cs = services.complaints
    d = data or intake()
    if received_at is not None:
        d.received_at = received_at
    c = cs.create(handler, d)
    if until == "judge":
        return c
    if until == "invalid":
        return cs.judge(
            handler,
            c.id,
            valid=False,
            reply="已向业主解释：该时段属允许施工时间。",
            expected_version=c.version,
        )
    c = cs.judge(handler, c.id, valid=True, note="情况属实", expected_version=c.version)
    if until == "investigate":
        return c
    c = cs.investigate(
        handler,
        c.id,
        department_id=dept_id(services, department),
        person="张工",
        cause="装修单位未按规定时间施工",
        expected_version=c.version,
    )
    if until == "propose":
        return c
    c = cs.propose(handler, c.id, proposals=["约谈装修负责人，限定施工时间", "发整改通知单"], expected_version=c.version)
    if until == "approve":
        return c
    c = cs.approve(boss, c.id, chosen=0, comment="同意方案一", expected_version=c.version)
    if until == "implement":
        return c
    c = cs.implement(handler, c.id, actions="已约谈装修负责人，承诺 8:00 后施工", accepted=True, expected_version=c.version)
    return c


def call_back(
    services: Services,
    user: CurrentUser,
    complaint_id: int,
    satisfaction: str,
    comment: str = "",
    method: str = "phone",
) -> ComplaintDetail:
    """Record the complaint's callback (step 6) in the shared callback queue, as the counter does."""
    [cb] = [c for c in services.callbacks.for_record(user, "complaint", complaint_id) if c.state == "pending"]
    services.callbacks.record(
        user,
        cb.id,
        expected_version=cb.version,
        method=method,
        satisfaction=satisfaction,
        comments=comment or ("回访记录" if satisfaction != "satisfied" else None),
    )
    return services.complaints.get(user, complaint_id)
