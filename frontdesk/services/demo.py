"""Demo data for an empty database: a plausible estate, its residents and the centre's staff,
and (``history_days``, by default three months) the living history of a busy centre made through
the real services (services/demo_history.py): calls, orders in every state, complaints at every
step, callbacks due and overdue, passes, notices and handovers.

Deterministic (a seeded random generator: the same data on every PC, so the README can name
rooms and logins) and fast (bulk inserts: about 3,100 rooms and 7,000 residents in a second or two).
Every phone number passes ``phonenumbers`` validation and every ID number its GB 11643 check digit.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from frontdesk.models import Base, Building, Department, Project, Room, Staff, Unit
from frontdesk.models.registry import code_sort_key
from frontdesk.services import audit, demo_history
from frontdesk.services.core.changes import ROOM, STAFF, changes
from frontdesk.services.core.service import Service
from frontdesk.services.demo_history import Pace, make_history
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import Action, CurrentUser, Role, require
from frontdesk.services.registry.rooms import canonical_code
from frontdesk.services.settings import DEFAULTS
from frontdesk.services.staff import hash_password
from frontdesk.services.validation import clean_phone, clean_plates, id_check_digit

SEED = 20261127
DEMO_PASSWORD = "demo1234"

#: (login, name, role, department) — documented in the README
DEMO_LOGINS: tuple[tuple[str, str, Role, str], ...] = (
    ("zhuguan", "王建国", Role.SUPERVISOR, "客服部"),
    ("qiantai", "张婷", Role.RECEPTIONIST, "客服部"),
    ("qiantai2", "刘芳", Role.RECEPTIONIST, "客服部"),
    ("guanjia", "陈静", Role.BUTLER, "客服部"),
    ("guanjia2", "杨帆", Role.BUTLER, "客服部"),
    ("menggang", "郑军", Role.GUARD, "秩序维护部"),
)
#: staff who do not log in: (name, role, department)
DEMO_WORKERS: tuple[tuple[str, Role, str], ...] = (
    ("李强", Role.TECHNICIAN, "工程部"),
    ("孙伟", Role.TECHNICIAN, "工程部"),
    ("周涛", Role.TECHNICIAN, "工程部"),
    ("吴斌", Role.TECHNICIAN, "工程部"),
    ("冯勇", Role.GUARD, "秩序维护部"),
    ("韩磊", Role.GUARD, "秩序维护部"),
    ("何秀英", Role.CLERK, "环境部"),
    ("罗桂兰", Role.CLERK, "环境部"),
    ("高建华", Role.CLERK, "环境部"),
    ("林丽", Role.CLERK, "财务部"),
    ("谢红", Role.CLERK, "财务部"),
)


@dataclass(frozen=True)
class BuildingPlan:
    number: str
    units: int
    floors: int
    per_floor: int  # rooms per floor in each unit
    phase: str = "live"  # "live": handed over and lived in; "new": not yet delivered


@dataclass(frozen=True)
class ProjectPlan:
    name: str
    address: str
    kind: str  # "residential" / "office"
    buildings: tuple[BuildingPlan, ...]


PROJECTS: tuple[ProjectPlan, ...] = (
    ProjectPlan(
        "肯彤名邸",
        "科苑南路 88 号",
        "residential",
        tuple(BuildingPlan(str(n), 2, 26, 2) for n in range(1, 11))
        + tuple(BuildingPlan(str(n), 3, 18, 2, "new" if n >= 17 else "live") for n in range(11, 19)),
    ),
    ProjectPlan(
        "青竹园",
        "青竹路 6 号",
        "residential",
        tuple(BuildingPlan(str(n), 2, 11, 2) for n in range(1, 13)),
    ),
    ProjectPlan(
        "瀚科大厦",
        "科技园中区 1 号",
        "office",
        (BuildingPlan("A", 1, 30, 12), BuildingPlan("B", 1, 26, 12)),
    ),
)


@dataclass(frozen=True)
class DemoResult:
    projects: int
    buildings: int
    rooms: int
    occupants: int
    staff: int
    logins: tuple[tuple[str, str], ...]  # (login, role) created; all use DEMO_PASSWORD
    history: dict[str, int] = field(default_factory=dict)  # records made per kind ("call": 4012, …)


Progress = Callable[[int, int], None]
_Meta = tuple[dict[str, Any], ProjectPlan, BuildingPlan]  # a room's row, its project and building

# --- people ---------------------------------------------------------------------------------

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_COMPOUND = ("欧阳", "司马", "上官", "诸葛")
_MALE = "伟强军磊洋勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳博文建国志海峰亮成东晨思远嘉子轩"
_FEMALE = "芳娜敏静丽艳娟霞秀玲桂英燕萍红梅琳雪婷慧莉倩洁颖琴云欣怡佳悦晶蕾璐雯婉晓月诗雨梦瑶"
_MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "198",
    "199",
)
#: real county-level region codes (Guangdong first: the estate is in Shenzhen)
_REGIONS = (
    "440305",
    "440304",
    "440303",
    "440306",
    "440106",
    "440104",
    "445202",
    "441302",
    "440513",
    "430104",
    "431102",
    "360102",
    "420106",
    "450103",
    "510107",
    "350102",
    "110105",
    "310115",
    "330106",
    "320102",
    "370202",
    "610113",
    "410105",
    "230102",
)
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_COMPANY_WORDS = (
    "瀚海",
    "鼎信",
    "华腾",
    "智远",
    "星河",
    "中科",
    "博雅",
    "汇通",
    "云图",
    "恒达",
    "聚能",
    "安泰",
)
_COMPANY_TRADES = ("科技", "信息技术", "投资", "设计", "贸易", "咨询", "网络", "电子")
_NOTES_FAMILY = ("老人独居，有事请先电话联系家属", "家有婴儿，午间勿扰", "常年在外，钥匙寄存前台", "")
_NOTES_RENO = ("装修公司：美居装饰，负责人电话见装修登记", "装修期至月底", "")


class _People:
    """Plausible names, phones, ID numbers and plates from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._phones: set[str] = set()

    def surname(self) -> str:
        if self.rng.random() < 0.01:
            return self.rng.choice(_COMPOUND)
        # the commonest surnames are listed first: favour them
        idx = int(len(_SURNAMES) * self.rng.random() ** 1.8)
        return _SURNAMES[idx]

    def name(self, gender: str, surname: str | None = None) -> str:
        chars = _MALE if gender == "M" else _FEMALE
        given = self.rng.choice(chars)
        if self.rng.random() < 0.7:
            given += self.rng.choice(chars)
        return (surname or self.surname()) + given

    def mobile(self) -> str:
        while True:
            number = self.rng.choice(_MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"
            if number in self._phones:
                continue
            if clean_phone(number) == number:  # phonenumbers agrees it is a valid CN mobile
                self._phones.add(number)
                return number

    def landline(self) -> str:
        while True:
            number = "0755" + str(self.rng.randint(2, 8)) + f"{self.rng.randrange(10**7):07d}"
            if clean_phone(number) == number:
                return number

    def id_number(self, gender: str, born: date, *, old: bool = False) -> str:
        region = self.rng.choice(_REGIONS)
        seq = self.rng.randrange(0, 500) * 2 + (1 if gender == "M" else 0)  # odd = male
        if old:  # the 15-digit numbers issued before 1999: two-digit year, no check digit
            return f"{region}{born:%y%m%d}{seq:03d}"
        first17 = f"{region}{born:%Y%m%d}{seq:03d}"
        return first17 + id_check_digit(first17)

    def birth(self, youngest: int, oldest: int, today: date) -> date:
        age_days = self.rng.randint(youngest * 365, oldest * 365)
        return today - timedelta(days=age_days)

    def plates(self) -> str:
        rng = self.rng
        out = []
        for _ in range(2 if rng.random() < 0.12 else 1):
            if rng.random() < 0.3:  # new-energy plates: 6 characters after the city letter
                out.append("粤B" + rng.choice("DF") + f"{rng.randrange(10**5):05d}")
            else:  # five characters, mostly digits, at most two letters
                tail = [str(rng.randrange(10)) for _ in range(5)]
                for pos in rng.sample(range(5), rng.choice((0, 1, 1, 1, 2))):
                    tail[pos] = rng.choice(_PLATE_LETTERS)
                out.append("粤B" + "".join(tail))
        value = ",".join(out)
        assert clean_plates(value) == value
        return value


# --- the service ------------------------------------------------------------------------------


class DemoDataService(Service):
    def estate_is_empty(self) -> bool:
        with self._db.read() as s:
            return not s.scalar(select(func.count(Project.id))) and not s.scalar(select(func.count(Room.id)))

    @changes(ROOM, STAFF)  # before the main window opens: nothing listens yet, scripts may ask
    def load(
        self,
        user: CurrentUser | None,
        *,
        seed: int = SEED,
        progress: Progress | None = None,
        history_days: int | None = None,
        pace: Pace | None = None,
    ) -> DemoResult:
        """Fill an empty estate, then tell ``history_days`` days of its centre's history (0: none;
        None: ``demo_history.DEFAULT_DAYS``, three months). ``user`` is None only from the command
        line (the actor is 系统)."""
        if history_days is None:
            history_days = demo_history.DEFAULT_DAYS
        if user is not None:
            require(user, Action.DEMO_LOAD)
        outer = progress or (lambda _done, _total: None)
        share = 30 if history_days > 0 else 100  # the estate's share of the progress bar

        def report(done: int, total: int) -> None:
            outer(done * share // total, 100)

        report(0, 100)
        rng = random.Random(seed)
        people = _People(rng)
        now = self._clock.now()
        today = self.today()
        with self._db.write() as s:
            if s.scalar(select(func.count(Project.id))) or s.scalar(select(func.count(Room.id))):
                raise ServiceError("demo_not_empty")
            depts = self._departments(s, now)
            n_buildings, rooms, room_meta = self._estate(s, now)
            report(30, 100)
            occupants = self._occupants(room_meta, people, today, now)
            report(60, 100)
            rooms_table, people_table = Base.metadata.tables["room"], Base.metadata.tables["occupant"]
            ids = s.execute(insert(rooms_table).returning(rooms_table.c.id, sort_by_parameter_order=True), rooms).scalars().all()
            for row, rid in zip(rooms, ids, strict=True):
                row["id"] = rid
            report(75, 100)
            for o in occupants:
                o["room_id"] = o.pop("_room")["id"]
            s.execute(insert(people_table), occupants)
            report(85, 100)
            logins, n_staff = self._staff(s, depts, people, now)
            result = DemoResult(len(PROJECTS), n_buildings, len(rooms), len(occupants), n_staff, logins)
            audit.record(
                s,
                user,
                "demo",
                0,
                "load",
                at=now,
                after={
                    "projects": result.projects,
                    "rooms": result.rooms,
                    "occupants": result.occupants,
                    "staff": result.staff,
                    "seed": seed,
                    "history_days": history_days,
                },
            )
        if history_days > 0:
            result = replace(result, history=self._history(history_days, pace, seed, outer, share))
        outer(100, 100)
        return result

    def _history(self, days: int, pace: Pace | None, seed: int, progress: Progress, share: int) -> dict[str, int]:
        """The centre's last ``days`` days, through the services on a clock of their own."""
        from sqlalchemy import event

        from frontdesk.db import Database
        from frontdesk.services.clock import FixedClock
        from frontdesk.services.container import build_services

        db = Database(self._db.url)
        if db.url.get_backend_name() == "sqlite":
            # thousands of small transactions: a demo that a power cut interrupts is simply loaded
            # again, so this engine does not wait for the disk after each commit
            event.listen(db.engine, "connect", lambda conn, _rec: conn.execute("PRAGMA synchronous = OFF"))
        services = build_services(db, FixedClock(self._clock.now()))
        try:
            made = make_history(
                services,
                days=days,
                pace=pace,
                seed=seed,
                password=DEMO_PASSWORD,
                progress=lambda done, total: progress(share + (100 - share) * done // max(total, 1), 100),
            )
        finally:
            db.dispose()
        return made.counts

    # --- pieces ---------------------------------------------------------------------------------

    @staticmethod
    def _departments(s: Session, now: Any) -> dict[str, int]:
        have = {d.name: d.id for d in s.scalars(select(Department))}
        for name in DEFAULTS["departments"]:
            if name not in have:
                d = Department(name=name, active=True, created_at=now, updated_at=now)
                s.add(d)
                s.flush()
                have[name] = d.id
        return have

    def _estate(self, s: Session, now: Any) -> tuple[int, list[dict[str, Any]], list[_Meta]]:
        """Projects, buildings and units through the ORM (a few dozen rows, ids needed); rooms
        as plain rows for one bulk insert."""
        rooms: list[dict[str, Any]] = []
        meta: list[_Meta] = []
        n_buildings = 0
        for plan in PROJECTS:
            project = Project(name=plan.name, address=plan.address, created_at=now, updated_at=now)
            s.add(project)
            s.flush()
            for bp in plan.buildings:
                building = Building(project_id=project.id, number=bp.number)
                s.add(building)
                s.flush()
                n_buildings += 1
                for u in range(1, bp.units + 1):
                    unit = Unit(building_id=building.id, number=str(u))
                    s.add(unit)
                    s.flush()
                    for floor in range(1, bp.floors + 1):
                        for k in range(1, bp.per_floor + 1):
                            number = f"{floor}{k:02d}"
                            code = canonical_code(bp.number, str(u), number)
                            area = self._area(plan, k)
                            row = {
                                "project_id": project.id,
                                "unit_id": unit.id,
                                "number": number,
                                "code": code,
                                "sort_key": code_sort_key(code),
                                "floor": floor,
                                "area": area,
                                "status": "未交付",
                                "version": 1,
                                "created_at": now,
                                "updated_at": now,
                            }
                            rooms.append(row)
                            meta.append((row, plan, bp))
        return n_buildings, rooms, meta

    @staticmethod
    def _area(plan: ProjectPlan, k: int) -> float:
        if plan.kind == "office":
            return (118.6, 96.4, 152.3, 88.0)[k % 4]
        return (89.5, 128.7, 143.2)[k % 3]

    def _occupants(self, meta: list[_Meta], people: _People, today: date, now: Any) -> list[dict[str, Any]]:
        """The residents, each row holding its room's row under "_room" until the rooms have ids;
        sets each room's status on its row as it goes."""
        rng = people.rng
        rows: list[dict[str, Any]] = []
        names_in_room: set[str] = set()

        def person(
            room: dict[str, Any],
            kind: str,
            gender: str,
            name: str,
            *,
            born: date | None,
            plates: bool = False,
            notes: str = "",
            old_id: bool = False,
        ) -> None:
            while name in names_in_room:  # two people of one name in one flat would confuse everyone
                name = people.name(gender, name[0])
            names_in_room.add(name)
            with_id = born is not None and (kind == "owner" or rng.random() < 0.4)
            rows.append(
                {
                    "_room": room,
                    "kind": kind,
                    "name": name,
                    "gender": gender,
                    "phone": people.mobile(),
                    "phone2": people.landline() if rng.random() < 0.08 else (people.mobile() if rng.random() < 0.1 else None),
                    "id_number": people.id_number(gender, born, old=old_id) if with_id and born else None,
                    "plates": people.plates() if plates else None,
                    "notes": notes or None,
                    "active": True,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )

        for room, plan, bp in meta:
            names_in_room.clear()
            if bp.phase == "new":
                continue  # 未交付: the developer still holds these
            roll = rng.random()
            if plan.kind == "office":
                status = "已入住" if roll < 0.85 else ("已交房" if roll < 0.95 else "装修中")
                room["status"] = status
                if status == "已交房":
                    continue
                company = f"深圳市{rng.choice(_COMPANY_WORDS)}{rng.choice(_COMPANY_TRADES)}有限公司"
                gender = rng.choice("MF")
                person(
                    room,
                    "tenant" if rng.random() < 0.6 else "owner",
                    gender,
                    people.name(gender),
                    born=None,
                    plates=rng.random() < 0.3,
                    notes=f"单位：{company}",
                )
                continue
            status = "已入住" if roll < 0.8 else ("装修中" if roll < 0.88 else ("已交房" if roll < 0.97 else "未交付"))
            room["status"] = status
            if status == "未交付":
                continue
            gender = "M" if rng.random() < 0.55 else "F"
            surname = people.surname()
            born = people.birth(28, 80, today)
            old_id = plan.name == "青竹园" and born.year < 1950 and rng.random() < 0.5
            notes = rng.choice(_NOTES_RENO) if status == "装修中" else ""
            person(
                room,
                "owner",
                gender,
                people.name(gender, surname),
                born=born,
                plates=rng.random() < 0.35,
                notes=notes,
                old_id=old_id,
            )
            if status != "已入住":
                continue
            if rng.random() < 0.15:  # let to tenants
                for _ in range(rng.choice((1, 1, 2))):
                    g = rng.choice("MF")
                    person(
                        room,
                        "tenant",
                        g,
                        people.name(g),
                        born=people.birth(22, 50, today),
                        plates=rng.random() < 0.2,
                    )
                continue
            if rng.random() < 0.75:  # spouse
                g = "F" if gender == "M" else "M"
                person(
                    room,
                    "family",
                    g,
                    people.name(g),
                    born=people.birth(26, 78, today),
                    notes=rng.choice(_NOTES_FAMILY) if rng.random() < 0.05 else "",
                )
            for _ in range(rng.choice((0, 0, 1, 1, 2))):  # grown-up children with their own phone
                g = rng.choice("MF")
                person(room, "family", g, people.name(g, surname), born=people.birth(18, 30, today))
        return rows

    def _staff(self, s: Session, depts: dict[str, int], people: _People, now: Any) -> tuple[tuple[tuple[str, str], ...], int]:
        has_supervisor = s.scalar(
            select(func.count(Staff.id)).where(Staff.role == Role.SUPERVISOR.value, Staff.username.is_not(None))
        )
        taken = set(s.scalars(select(Staff.username).where(Staff.username.is_not(None))))
        logins: list[tuple[str, str]] = []
        count = 0
        # one Argon2id hash shared by the demo logins: they all use the documented DEMO_PASSWORD,
        # and hashing it six times would only make loading slower
        demo_hash = hash_password(DEMO_PASSWORD)
        for username, name, role, dept in DEMO_LOGINS:
            if role == Role.SUPERVISOR and has_supervisor:
                continue  # the supervisor created at first start is the one in charge
            if username in taken:
                continue
            s.add(
                Staff(
                    name=name,
                    role=role.value,
                    department_id=depts[dept],
                    username=username,
                    password_hash=demo_hash,
                    phone=people.mobile(),
                    active=True,
                    created_at=now,
                    updated_at=now,
                )
            )
            logins.append((username, role.value))
            count += 1
        for name, role, dept in DEMO_WORKERS:
            s.add(
                Staff(
                    name=name,
                    role=role.value,
                    department_id=depts[dept],
                    phone=people.mobile(),
                    active=True,
                    created_at=now,
                    updated_at=now,
                )
            )
            count += 1
        s.flush()
        return tuple(logins), count
