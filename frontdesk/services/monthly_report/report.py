"""月报: the month's figures of one project (or all), beside the previous month's.

Counted straight from the records (seed: 定期统计上报投诉、入住、装修、维修单; 每月将业户的诉求进行
统计、分析): calls by kind and channel; repair orders (count, on time, mean hours to complete,
satisfaction at callback, reopened); complaints (the classification of 《顾客投诉分类统计表》, on
time, satisfaction); callbacks reached within 3 days; passes and notices; then every other
registered kind's own figures, incidents among them (``Services.monthly_statistics``, read
generically)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.models import Callback, CallLogEntry, Complaint, RectificationNotice, ReleasePass, Room, WorkOrder
from frontdesk.models.work_orders import WorkOrderEvent
from frontdesk.services.clock import month_bounds, to_local

#: a callback is "reached" when it is done within this long of being scheduled (seed: 三天之内)
CALLBACK_DAYS = 3
CALL_KINDS = {"inquiry": "咨询", "repair": "报修", "complaint": "投诉", "help": "求助", "suggestion": "建议",
              "praise": "表扬", "other": "其他"}  # fmt: skip
CALL_CHANNELS = {"phone": "来电", "visit": "来访", "online": "线上", "other": "其他"}
GOOD = ("satisfied", "basic")


@dataclass(frozen=True)
class Line:
    """One figure: its label, this month's value, last month's, and its unit ("", "%", "小时")."""

    label: str
    value: Decimal | int | None
    previous: Decimal | int | None
    unit: str = ""

    @property
    def change(self) -> Decimal | int | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[Line, ...]
    #: a note under the section (e.g. "全部项目" for figures a kind does not keep by project)
    note: str = ""


@dataclass(frozen=True)
class MonthlyReport:
    year: int
    month: int
    project: str  # "" for every project
    sections: tuple[Section, ...]
    #: calls by kind, with a matrix kind × channel
    calls_by_kind_channel: tuple[tuple[str, tuple[int, ...]], ...]
    channels: tuple[str, ...]
    #: bars: orders by category, complaints by category (this month, last month)
    orders_by_category: tuple[tuple[str, int, int], ...]
    complaints_by_category: tuple[tuple[str, int, int], ...]
    #: the daily volume: (day of month, calls, orders, complaints)
    daily: tuple[tuple[int, int, int, int], ...]
    made_at: datetime
    made_by: str
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return f"{self.year}年{self.month}月 客服月报"

    def section(self, title: str) -> Section:
        return next(s for s in self.sections if s.title == title)

    def value(self, section: str, label: str) -> Decimal | int | None:
        return next(ln.value for ln in self.section(section).lines if ln.label == label)


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _pct(n: int, d: int) -> Decimal | None:
    if d == 0:
        return None
    return (Decimal(100) * n / d).quantize(Decimal("0.1"), ROUND_HALF_UP)


def _room_in(project_id: int | None, column: Any) -> list[Any]:
    if project_id is None:
        return []
    return [column.in_(select(Room.id).where(Room.project_id == project_id))]


@dataclass(frozen=True)
class _Month:
    """One month's raw figures (both the report's month and the one before use this)."""

    calls: Counter[tuple[str, str]]
    orders: int
    orders_done: int
    orders_on_time: int
    order_hours: Decimal | None
    order_callbacks: int
    order_good: int
    reopened: int
    orders_by_category: Counter[str]
    complaints: int
    complaints_by_category: Counter[str]
    complaints_ended: int
    complaints_on_time: int
    complaint_callbacks: int
    complaint_good: int
    callbacks: int
    callbacks_reached: int
    passes: int
    notices: int
    daily: dict[int, tuple[int, int, int]]


def _month(s: Session, year: int, month: int, project_id: int | None) -> _Month:
    start, end = month_bounds(year, month)
    calls: Counter[tuple[str, str]] = Counter()
    daily_calls: Counter[int] = Counter()
    for kind, channel, at in s.execute(
        select(CallLogEntry.kind, CallLogEntry.channel, CallLogEntry.at).where(
            CallLogEntry.at >= start, CallLogEntry.at < end, *_room_in(project_id, CallLogEntry.room_id)
        )
    ):
        calls[(kind, channel)] += 1
        daily_calls[to_local(at).day] += 1
    orders = s.scalars(
        select(WorkOrder).where(
            WorkOrder.reported_at >= start, WorkOrder.reported_at < end, *_room_in(project_id, WorkOrder.room_id)
        )
    ).all()
    daily_orders: Counter[int] = Counter(to_local(o.reported_at).day for o in orders)
    done = s.scalars(
        select(WorkOrder).where(
            WorkOrder.completed_at >= start, WorkOrder.completed_at < end, *_room_in(project_id, WorkOrder.room_id)
        )
    ).all()
    on_time = sum(1 for o in done if o.completed_at is not None and o.completed_at <= o.due_at)
    hours = [Decimal((o.completed_at - o.reported_at).total_seconds()) / 3600 for o in done if o.completed_at]
    mean_hours = (sum(hours, Decimal(0)) / len(hours)).quantize(Decimal("0.1"), ROUND_HALF_UP) if hours else None
    order_ids = select(WorkOrder.id).where(*_room_in(project_id, WorkOrder.room_id))
    reopened = int(
        s.scalar(
            select(func.count())
            .select_from(WorkOrderEvent)
            .where(
                WorkOrderEvent.action == "reopened",
                WorkOrderEvent.at >= start,
                WorkOrderEvent.at < end,
                WorkOrderEvent.order_id.in_(order_ids),
            )
        )
        or 0
    )
    complaint_ids = select(Complaint.id).where(*_room_in(project_id, Complaint.room_id))

    def done_callbacks(ref_kind: str, ids: Any) -> list[Callback]:
        return list(
            s.scalars(
                select(Callback).where(
                    Callback.ref_kind == ref_kind,
                    Callback.state == "done",
                    Callback.done_at >= start,
                    Callback.done_at < end,
                    Callback.ref_id.in_(ids),
                )
            )
        )

    order_cbs = done_callbacks("order", order_ids)
    complaints = s.scalars(
        select(Complaint).where(
            Complaint.received_at >= start, Complaint.received_at < end, *_room_in(project_id, Complaint.room_id)
        )
    ).all()
    daily_complaints: Counter[int] = Counter(to_local(c.received_at).day for c in complaints)
    ended = s.scalars(
        select(Complaint).where(Complaint.closed_at >= start, Complaint.closed_at < end, *_room_in(project_id, Complaint.room_id))
    ).all()
    complaint_cbs = done_callbacks("complaint", complaint_ids)
    scheduled = s.scalars(
        select(Callback).where(
            Callback.scheduled_at >= start,
            Callback.scheduled_at < end,
            Callback.state != "cancelled",
            (Callback.ref_kind == "order") & Callback.ref_id.in_(order_ids)
            | (Callback.ref_kind == "complaint") & Callback.ref_id.in_(complaint_ids)
            if project_id is not None
            else Callback.id.is_not(None),
        )
    ).all()
    reached = sum(1 for c in scheduled if c.done_at is not None and c.done_at - c.scheduled_at <= timedelta(days=CALLBACK_DAYS))

    def issued(model: Any) -> int:
        return int(
            s.scalar(
                select(func.count())
                .select_from(model)
                .where(model.issued_at >= start, model.issued_at < end, *_room_in(project_id, model.room_id))
            )
            or 0
        )

    days = (end - start).days
    daily = {d: (daily_calls[d], daily_orders[d], daily_complaints[d]) for d in range(1, days + 1)}
    return _Month(
        calls=calls,
        orders=len(orders),
        orders_done=len(done),
        orders_on_time=on_time,
        order_hours=mean_hours,
        order_callbacks=len(order_cbs),
        order_good=sum(1 for c in order_cbs if c.satisfaction in GOOD),
        reopened=reopened,
        orders_by_category=Counter(o.category for o in orders),
        complaints=len(complaints),
        complaints_by_category=Counter(c.category for c in complaints),
        complaints_ended=len(ended),
        complaints_on_time=sum(1 for c in ended if not c.was_overdue),
        complaint_callbacks=len(complaint_cbs),
        complaint_good=sum(1 for c in complaint_cbs if c.satisfaction in GOOD),
        callbacks=len(scheduled),
        callbacks_reached=reached,
        passes=issued(ReleasePass),
        notices=issued(RectificationNotice),
        daily=daily,
    )


#: what another kind contributes: feature key → (its name, its (label, count) figures)
Others = Callable[[int, int], Mapping[str, tuple[str, Sequence[tuple[str, int]]]]]


def build_report(
    s: Session,
    year: int,
    month: int,
    *,
    project_id: int | None,
    project: str,
    order_categories: Sequence[str],
    complaint_categories: Sequence[str],
    others: Others | None,
    made_at: datetime,
    made_by: str,
) -> MonthlyReport:
    py, pm = previous_month(year, month)
    m, p = _month(s, year, month, project_id), _month(s, py, pm, project_id)

    def line(label: str, get: Callable[[_Month], Decimal | int | None], unit: str = "") -> Line:
        return Line(label, get(m), get(p), unit)

    sections: list[Section] = []
    call_lines = [line("来电来访合计", lambda x: sum(x.calls.values()))]
    for k, w in CALL_KINDS.items():
        call_lines.append(Line(f"按类型·{w}", _calls(m, kind=k), _calls(p, kind=k)))
    for c, w in CALL_CHANNELS.items():
        call_lines.append(Line(f"按方式·{w}", _calls(m, channel=c), _calls(p, channel=c)))
    sections.append(Section("来电来访", tuple(call_lines)))
    sections.append(
        Section(
            "维修工单",
            (
                line("报修单数", lambda x: x.orders),
                line("本月完工", lambda x: x.orders_done),
                line("按时完工率", lambda x: _pct(x.orders_on_time, x.orders_done), "%"),
                line("平均完工时长", lambda x: x.order_hours, "小时"),
                line("回访满意率", lambda x: _pct(x.order_good, x.order_callbacks), "%"),
                line("返修（重开）", lambda x: x.reopened),
            ),
        )
    )
    sections.append(
        Section(
            "投诉",
            (
                line("投诉件数", lambda x: x.complaints),
                *(
                    Line(f"类别·{c}", m.complaints_by_category.get(c, 0), p.complaints_by_category.get(c, 0))
                    for c in _all(complaint_categories, m, p)
                ),
                line("本月办结", lambda x: x.complaints_ended),
                line("按时办结率", lambda x: _pct(x.complaints_on_time, x.complaints_ended), "%"),
                line("回访满意率", lambda x: _pct(x.complaint_good, x.complaint_callbacks), "%"),
            ),
        )
    )
    sections.append(
        Section(
            "回访",
            (
                line("应回访", lambda x: x.callbacks),
                line(f"{CALLBACK_DAYS}天内完成", lambda x: x.callbacks_reached),
                line(f"{CALLBACK_DAYS}天内回访率", lambda x: _pct(x.callbacks_reached, x.callbacks), "%"),
            ),
        )
    )
    counter_lines = [line("放行条", lambda x: x.passes), line("整改通知单", lambda x: x.notices)]
    sections.append(Section("放行条·整改通知单", tuple(counter_lines)))
    if others is not None:
        now_o, prev_o = others(year, month), others(py, pm)
        for key, (name, figures) in now_o.items():
            before = dict(prev_o.get(key, ("", []))[1])
            lines = tuple(Line(label, int(n), int(before.get(label, 0))) for label, n in figures)
            if lines:
                sections.append(Section(name, lines, note="全部项目" if project_id is not None else ""))
    cats = list(order_categories) + sorted(set(m.orders_by_category) - set(order_categories))
    ccats = _all(complaint_categories, m, p)
    return MonthlyReport(
        year=year,
        month=month,
        project=project,
        sections=tuple(sections),
        calls_by_kind_channel=tuple((w, tuple(m.calls.get((k, c), 0) for c in CALL_CHANNELS)) for k, w in CALL_KINDS.items()),
        channels=tuple(CALL_CHANNELS.values()),
        orders_by_category=tuple((c, m.orders_by_category.get(c, 0), p.orders_by_category.get(c, 0)) for c in cats),
        complaints_by_category=tuple((c, m.complaints_by_category.get(c, 0), p.complaints_by_category.get(c, 0)) for c in ccats),
        daily=tuple((d, *v) for d, v in sorted(m.daily.items())),
        made_at=made_at,
        made_by=made_by,
    )


def _calls(x: _Month, *, kind: str | None = None, channel: str | None = None) -> int:
    return sum(n for (k, c), n in x.calls.items() if kind in (None, k) and channel in (None, c))


def _all(categories: Sequence[str], m: _Month, p: _Month) -> list[str]:
    extra = sorted((set(m.complaints_by_category) | set(p.complaints_by_category)) - set(categories))
    return [*categories, *extra]
