"""A living history for the demo estate: months of a busy service centre, made through the real
services with the clock moved along, so every record went through its rules, numbering, timeline,
audit and state machine exactly as at the counter.

Each record kind tells its own story (a function per kind below): an event happens at a time and
may schedule its next step some hours or days later; the events run in time order and stop at
"now", so the newest records are still on their way — orders in every state, complaints at
every step, callbacks due and overdue, calls waiting for their follow-up, passes for today,
notices waiting for re-inspection, handovers written and acknowledged. Deterministic (seeded).
No Qt."""

from __future__ import annotations

import functools
import heapq
import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from frontdesk.models import Department, Occupant, Project, Room, Staff
from frontdesk.services.clock import FixedClock, to_local
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import CurrentUser, Role

if TYPE_CHECKING:
    from frontdesk.services.container import Services

#: the default history: three months of a busy centre
DEFAULT_DAYS = 90


@dataclass(frozen=True)
class Pace:
    """Records a day (averages; a Poisson-like spread around them)."""

    calls: float = 40.0
    orders: float = 7.0
    complaints: float = 1.0
    passes: float = 5.0
    notices: float = 0.5
    handover_days: int = 14  # the last days whose shifts were handed over (each needs a signature)


@dataclass(frozen=True)
class HistoryResult:
    days: int
    counts: dict[str, int]


@dataclass(order=True)
class _Event:
    at: datetime
    seq: int
    run: Callable[[], None] = field(compare=False)


@dataclass(frozen=True)
class _Room:
    id: int
    project_id: int
    code: str
    owner: str
    phone: str


_CALL_TOPICS: tuple[tuple[str, str, str], ...] = (
    ("inquiry", "询问本月物业费缴费方式及发票开具", "已告知可在前台或线上缴费，发票次月开具"),
    ("inquiry", "询问快递柜位置和取件时间", "已告知快递柜在 2 号门岗旁，24 小时可取"),
    ("repair", "卫生间天花板渗水", "已登记，转工程部上门查看"),
    ("repair", "楼道灯不亮", "已通知工程部更换灯泡"),
    ("help", "钥匙忘带，请求开门", "已核实身份，联系开锁师傅"),
    ("complaint", "楼上夜间噪音", "已记录，安排管家上门沟通"),
    ("suggestion", "建议小区增加电动车充电桩", "已记录，转物业经理"),
    ("praise", "表扬保洁阿姨工作认真", "已转告环境部"),
    ("inquiry", "询问装修申报需要的材料", "已告知需身份证、装修图纸及施工单位资质"),
    ("other", "访客登记", "已登记访客信息"),
)
_ORDER_TOPICS: tuple[tuple[str, str], ...] = (
    ("水", "厨房水槽下水管漏水，地面有积水"),
    ("水", "卫生间马桶水箱不停进水"),
    ("电", "客厅插座无电，空开跳闸"),
    ("门窗", "阳台推拉门滑轮损坏，推不动"),
    ("墙地面", "卧室墙面返潮起皮"),
    ("管道疏通", "厨房下水堵塞"),
    ("电梯", "电梯按钮失灵（公共区域）"),
    ("公共设施", "单元门禁刷卡无反应"),
    ("其他", "入户门猫眼松动"),
)
_COMPLAINTS: tuple[tuple[str, str], ...] = (
    ("噪音扰民", "楼上装修每天早上七点就开始电钻，噪音太大，影响休息。"),
    ("环境卫生", "单元门口垃圾桶两天没清运，气味很大。"),
    ("服务态度", "前台人员接电话态度冷淡，问题没有解决。"),
    ("维修质量", "上周修好的水管又开始漏水。"),
    ("安全秩序", "地库经常有外来车辆停在业主车位上。"),
    ("装修", "隔壁装修垃圾堆放在楼道里。"),
)
_PASS_ITEMS: tuple[tuple[str, str], ...] = (
    ("搬家", "冰箱"),
    ("搬家", "衣柜"),
    ("装修", "旧瓷砖"),
    ("维修", "空调外机"),
    ("其他", "办公桌椅"),
)


class HistoryMaker:
    """Makes the history into a demo estate that has its rooms, residents and staff."""

    def __init__(self, services: Services, clock: FixedClock, rng: random.Random) -> None:
        self.sv = services
        self.clock = clock
        self.rng = rng
        self._queue: list[_Event] = []
        self._seq = itertools.count()
        self.counts: dict[str, int] = {}
        self.end = clock.now()

    # --- the cast -------------------------------------------------------------------------------

    def load_cast(self) -> None:
        with self.sv.db.read() as s:
            staff = s.scalars(select(Staff).where(Staff.active.is_(True))).all()

            def users(role: Role) -> list[CurrentUser]:
                return [CurrentUser(x.id, x.name, role, x.username or "") for x in staff if x.role == role.value and x.username]

            self.receptionists = users(Role.RECEPTIONIST)
            self.supervisors = users(Role.SUPERVISOR)
            self.butlers = users(Role.BUTLER) or self.receptionists
            self.guards = users(Role.GUARD)
            self.technicians = [x.id for x in staff if x.role == Role.TECHNICIAN.value]
            depts = {d.name: d.id for d in s.scalars(select(Department))}
            self.engineering = depts.get("工程部")
            self.departments = list(depts.values())
            rows = s.execute(
                select(Room.id, Room.project_id, Room.code, Occupant.name, Occupant.phone)
                .join(Occupant, Occupant.room_id == Room.id)
                .where(Occupant.kind == "owner", Occupant.active.is_(True))
                .order_by(Room.id)
            ).all()
            self.projects = {p.id: p.name for p in s.scalars(select(Project))}
        self.rooms = [_Room(r[0], r[1], r[2], r[3], r[4] or "") for r in rows]
        if not (self.receptionists and self.supervisors and self.rooms):
            raise ServiceError("demo_not_empty")  # not a demo estate: nothing to tell a story about

    # --- scheduling -----------------------------------------------------------------------------

    def at(self, when: datetime, run: Callable[[], None]) -> None:
        if when <= self.end:
            heapq.heappush(self._queue, _Event(when, next(self._seq), run))

    def later(self, hours: float, run: Callable[[], None]) -> None:
        self.at(self.clock.now() + timedelta(hours=hours), run)

    def run(self, progress: Callable[[int, int], None]) -> None:
        total = len(self._queue) or 1
        done = 0
        while self._queue:
            event = heapq.heappop(self._queue)
            self.clock.set(event.at)
            try:
                event.run()
            except ServiceError:
                pass  # a rule refused a step (as it would at the counter): the story ends there
            done += 1
            if done % 200 == 0:
                total = max(total, done + len(self._queue))
                progress(done, total)
        self.clock.set(self.end)

    def count(self, kind: str) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1

    # --- helpers --------------------------------------------------------------------------------

    def who(self) -> CurrentUser:
        return self.rng.choice(self.receptionists)

    def boss(self) -> CurrentUser:
        return self.rng.choice(self.supervisors)

    def room(self) -> _Room:
        return self.rng.choice(self.rooms)

    def times_on(self, day: date, per_day: float) -> list[datetime]:
        """Office-hours moments of ``day`` (local time), about ``per_day`` of them."""
        n = max(0, round(self.rng.gauss(per_day, max(1.0, per_day**0.5))))
        start = datetime.combine(day, time(8, 0), tzinfo=to_local(self.end).tzinfo)
        return sorted(start + timedelta(minutes=self.rng.uniform(0, 11 * 60)) for _ in range(n))


# --- the stories, one per record kind ---------------------------------------------------------------


def calls(h: HistoryMaker, day: date, per_day: float) -> None:
    from frontdesk.services.call_log import CallInput

    for when in h.times_on(day, per_day):

        def make() -> None:
            user, room = h.who(), h.room()
            kind, content, handling = h.rng.choice(_CALL_TOPICS)
            follow = h.rng.random() < 0.15
            row = h.sv.call_log.create(
                user,
                CallInput(
                    channel=h.rng.choice(("phone", "phone", "visit", "online")),
                    kind=kind,
                    room=room.code,
                    project_id=room.project_id,
                    person=room.owner,
                    phone=room.phone,
                    content=content,
                    handling=handling,
                    outcome="follow_up" if follow else "closed",
                    due_date=to_local(h.clock.now()).date() + timedelta(days=h.rng.choice((0, 1, 2))) if follow else None,
                ),
            )
            h.count("call")
            if follow and h.rng.random() < 0.97:
                h.later(h.rng.uniform(2, 60), lambda: _follow_up(h, user, row.id))

        h.at(when, make)


def _follow_up(h: HistoryMaker, user: CurrentUser, call_id: int) -> None:
    row = h.sv.call_log.get(user, call_id)
    h.sv.call_log.complete_follow_up(user, call_id, "已回电业主，问题已解决", expected_version=row.version)


def orders(h: HistoryMaker, day: date, per_day: float) -> None:
    from frontdesk.services.work_orders import WorkOrderInput

    wo = h.sv.work_orders
    for when in h.times_on(day, per_day):

        def make() -> None:
            room = h.room()
            category, text = h.rng.choice(_ORDER_TOPICS)
            o = wo.create(
                h.who(),
                WorkOrderInput(
                    room=room.code,
                    project_id=room.project_id,
                    reporter=room.owner,
                    phone=room.phone,
                    category=category,
                    description=text,
                    urgency="urgent" if h.rng.random() < 0.05 else "normal",
                    paid=h.rng.random() < 0.4,
                ),
            )
            h.count("order")
            h.later(h.rng.uniform(0.2, 4), lambda: _order_step(h, o.id))
            if o.urgency == "urgent":  # the supervisor takes charge of the alert it raised
                h.later(h.rng.uniform(0.05, 0.5), lambda: _acknowledge_alerts(h, "order", o.id))

        h.at(when, make)


def _order_step(h: HistoryMaker, order_id: int) -> None:
    """An order's next step, as the counter takes it; some stop on the way (cancelled, held)."""
    from frontdesk.services.work_orders import ChargeLine, CompletionInput

    wo = h.sv.work_orders
    step = functools.partial(_order_step, h, order_id)
    user = h.who()
    o = wo.get(user, order_id)
    roll = h.rng.random()
    if o.state == "new":
        if roll < 0.04:
            wo.cancel(h.boss(), o.id, reason="业主已自行修好", expected_version=o.version)
            return
        tech = h.rng.choice(h.technicians) if h.technicians else None
        wo.dispatch(user, o.id, department_id=h.engineering, technician_id=tech, expected_version=o.version)
        h.later(h.rng.uniform(0.5, 6), step)
    elif o.state == "dispatched":
        wo.start(user, o.id, expected_version=o.version)
        h.later(h.rng.uniform(1, 30), step)
    elif o.state == "in_progress":
        if roll < 0.08:
            wo.hold(user, o.id, reason="等待配件到货", expected_version=o.version)
            h.later(h.rng.uniform(24, 96), step)
            return
        lines = [ChargeLine("人工费", "1", "次", "50")] if o.paid else []
        done = CompletionInput(work_done="已处理完毕，试用正常", lines=lines, owner_confirmation="signed")
        wo.complete(user, o.id, done, expected_version=o.version)
        h.later(h.rng.uniform(24, 80), lambda: _order_callback(h, order_id))
    elif o.state == "held":
        wo.resume(user, o.id, expected_version=o.version)
        h.later(h.rng.uniform(1, 24), step)
    elif o.state == "called_back" and roll < 0.9:
        wo.close(h.rng.choice(h.butlers), o.id, expected_version=o.version)


def _acknowledge_alerts(h: HistoryMaker, kind: str, record_id: int) -> None:
    boss = h.boss()
    for alert in h.sv.alerts.for_record(boss, kind, record_id):
        if alert.acknowledged_at is None:
            h.sv.alerts.acknowledge(boss, alert.id, expected_version=alert.version, note="已安排处理")


def _order_callback(h: HistoryMaker, order_id: int) -> None:
    """The owner is called back (a few never are: they stay due, then overdue), then the order closes."""
    if h.rng.random() < 0.03:
        return
    user = h.who()
    pending = [c for c in h.sv.callbacks.for_record(user, "order", order_id) if c.state == "pending"]
    if not pending:
        return
    cb = pending[-1]
    satisfaction = h.rng.choices(("satisfied", "basic", "unsatisfied"), (85, 12, 3))[0]
    comments = None if satisfaction == "satisfied" else "业主反映上门时间晚了半天"
    h.sv.callbacks.record(user, cb.id, expected_version=cb.version, method="phone", satisfaction=satisfaction, comments=comments)
    h.later(h.rng.uniform(1, 24), lambda: _order_step(h, order_id))


def complaints(h: HistoryMaker, day: date, per_day: float) -> None:
    from frontdesk.services.complaints import ComplaintInput

    cs = h.sv.complaints
    for when in h.times_on(day, per_day):

        def make() -> None:
            room = h.room()
            category, content = h.rng.choice(_COMPLAINTS)
            c = cs.create(
                h.who(),
                ComplaintInput(
                    complainant=room.owner,
                    room=room.code,
                    project_id=room.project_id,
                    phone=room.phone,
                    channel=h.rng.choice(("来电", "来访", "线上")),
                    category=category,
                    content=content,
                    severity="重大" if h.rng.random() < 0.05 else "一般",
                ),
            )
            h.count("complaint")
            h.later(h.rng.uniform(1, 8), lambda: _complaint_step(h, c.id))
            h.later(h.rng.uniform(0.05, 0.5), lambda: _acknowledge_alerts(h, "complaint", c.id))

        h.at(when, make)


def _complaint_step(h: HistoryMaker, complaint_id: int) -> None:
    """A complaint's next step (judged, investigated, proposed, approved, carried out, closed)."""
    cs = h.sv.complaints
    user = h.who()
    c = cs.get(user, complaint_id)
    nxt = h.rng.uniform(4, 40)
    if c.state == "judge":
        if h.rng.random() < 0.1:
            cs.judge(user, c.id, valid=False, reply="已向业主解释相关规定。", expected_version=c.version)
            return
        cs.judge(user, c.id, valid=True, note="情况属实", expected_version=c.version)
    elif c.state == "investigate":
        dept = h.rng.choice(h.departments)
        cs.investigate(user, c.id, department_id=dept, person="张工", cause="现场核实属实", expected_version=c.version)
    elif c.state == "propose":
        cs.propose(user, c.id, proposals=["上门沟通并限期整改", "发整改通知单"], expected_version=c.version)
    elif c.state == "approve":
        cs.approve(h.boss(), c.id, chosen=0, comment="同意", expected_version=c.version)
    elif c.state == "implement":
        cs.implement(user, c.id, actions="已按方案处理，业主认可", accepted=True, expected_version=c.version)
        h.later(h.rng.uniform(24, 70), lambda: _complaint_callback(h, complaint_id))
        return
    elif c.state == "close":
        cs.close(h.boss(), c.id, improvement="加强巡查，类似问题当日处理", expected_version=c.version)
        return
    else:
        return
    h.later(nxt, lambda: _complaint_step(h, complaint_id))


def _complaint_callback(h: HistoryMaker, complaint_id: int) -> None:
    user = h.who()
    pending = [c for c in h.sv.callbacks.for_record(user, "complaint", complaint_id) if c.state == "pending"]
    if not pending or h.rng.random() < 0.03:
        return
    cb = pending[-1]
    h.sv.callbacks.record(user, cb.id, expected_version=cb.version, method="phone", satisfaction="satisfied")
    h.later(h.rng.uniform(2, 30), lambda: _complaint_step(h, complaint_id))


def passes(h: HistoryMaker, day: date, per_day: float) -> None:
    from frontdesk.services.release_passes import ItemInput, PassInput

    for when in h.times_on(day, per_day):

        def make() -> None:
            room = h.room()
            reason, item = h.rng.choice(_PASS_ITEMS)
            p = h.sv.release_passes.issue(
                h.who(),
                PassInput(
                    room=room.code,
                    project_id=room.project_id,
                    owner_name=room.owner,
                    carrier_is_owner=True,
                    carrier_name=room.owner,
                    carrier_phone=room.phone,
                    items=[ItemInput(item, h.rng.randint(1, 4), "")],
                    reason=reason,
                    reason_note="" if reason == "搬家" else f"{item}（{reason}）",
                    valid_date=to_local(h.clock.now()).date(),
                    confirm_method="self",
                ),
            )
            h.count("pass")
            if h.guards and h.rng.random() < 0.85:
                pass_id = p.detail.id
                h.later(h.rng.uniform(0.2, 3), lambda: h.sv.release_passes.release(h.rng.choice(h.guards), pass_id))

        h.at(when, make)


def notices(h: HistoryMaker, day: date, per_day: float) -> None:
    from frontdesk.services.notices import NoticeInput

    ns = h.sv.notices
    for when in h.times_on(day, per_day):

        def make() -> None:
            room = h.room()
            user = h.rng.choice(h.butlers)
            n = ns.issue(
                user,
                NoticeInput(
                    room=room.code,
                    project_id=room.project_id,
                    addressee_name=room.owner,
                    addressee_phone=room.phone,
                    found_on=to_local(h.clock.now()).date(),
                    findings="巡查发现未经申报擅自拆改阳台墙体",
                    clause_nos=["第五条"],
                    requirement="立即停止施工，恢复原状并补办装修申报手续",
                    deadline=to_local(h.clock.now()).date() + timedelta(days=3),
                ),
            )
            h.count("notice")
            notice_id = n.detail.id
            h.later(h.rng.uniform(2, 30), lambda: _receipt(h, user, notice_id, room.owner))

        h.at(when, make)


def _receipt(h: HistoryMaker, user: CurrentUser, notice_id: int, owner: str) -> None:
    d = h.sv.notices.get(user, notice_id)
    d = h.sv.notices.record_receipt(user, notice_id, owner, to_local(h.clock.now()).date(), expected_version=d.version)
    if h.rng.random() < 0.7:
        h.later(h.rng.uniform(48, 96), lambda: _reinspect(h, h.rng.choice(h.butlers), notice_id))


def _reinspect(h: HistoryMaker, user: CurrentUser, notice_id: int) -> None:
    d = h.sv.notices.get(user, notice_id)
    result = "rectified" if h.rng.random() < 0.85 else "not_rectified"
    note = "复查已整改" if result == "rectified" else "复查未整改，需再次通知"
    h.sv.notices.reinspect(user, notice_id, result, note, expected_version=d.version)


def handovers(h: HistoryMaker, first: date, days: int, password: str) -> None:
    """The counter's shift handovers over the last ``days``: the day shift writes, the next signs."""
    from frontdesk.services.handover import HandoverNotes

    hs = h.sv.handover
    for k in range(days):
        day = first + timedelta(days=k)
        when = datetime.combine(day, time(17, 40), tzinfo=to_local(h.end).tzinfo)

        def write() -> None:
            author, successor = h.rng.sample(h.receptionists, 2) if len(h.receptionists) > 1 else (h.who(), h.boss())
            d = hs.open_draft(author, "前台")
            d = hs.submit(
                author,
                d.id,
                HandoverNotes(keys_lent="3-2-1502 钥匙借出装修", cash="350", receipts="收据 2 张", watch_notes="留意电梯异响"),
                expected_version=d.version,
            )
            h.count("handover")
            handover_id, version = d.id, d.version
            h.later(
                0.4,
                lambda: hs.acknowledge(
                    successor, handover_id, username=successor.username, password=password, expected_version=version
                ),
            )

        h.at(when, write)


def make_history(
    services: Services,
    *,
    days: int = DEFAULT_DAYS,
    pace: Pace | None = None,
    seed: int = 20261203,
    password: str,
    progress: Callable[[int, int], None] | None = None,
) -> HistoryResult:
    """Tell ``days`` days of stories ending at ``services``' clock now (services built on a
    :class:`FixedClock`, which this moves and puts back)."""
    clock = services.clock
    if not isinstance(clock, FixedClock):
        raise TypeError("the history needs services on a FixedClock")
    pace = pace or Pace()
    h = HistoryMaker(services, clock, random.Random(seed))
    h.load_cast()
    today = to_local(h.end).date()
    first = today - timedelta(days=days)
    kinds: tuple[tuple[Callable[[HistoryMaker, date, float], None], float], ...] = (
        (calls, pace.calls),
        (orders, pace.orders),
        (complaints, pace.complaints),
        (passes, pace.passes),
        (notices, pace.notices),
    )
    for k in range(days + 1):
        day = first + timedelta(days=k)
        for story, per_day in kinds:
            story(h, day, per_day)
    hand_days = min(days, pace.handover_days)
    handovers(h, today - timedelta(days=hand_days), hand_days, password)
    h.run(progress or (lambda _d, _t: None))
    return HistoryResult(days, dict(h.counts))
