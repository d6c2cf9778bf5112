"""服务时限: the one service clock every order, complaint and callback runs on.

A record's clock has two stages, *response* (派单 / 到场, 受理判断, …) and *completion*; each is
due a number of minutes after the start, taken from the targets of the centre's service grade
(一级 / 二级 / 三级, option ``service.grade``) for the record's category (option
``service.targets``: a table of grade, category, response and completion minutes, edited at
管理 → 选项; a category ``"order.urgent"`` falls back to ``"order"``). Time on hold (挂起) does not count: it
moves both due times on. Features call the session functions below inside their own
transactions (``start``, ``respond``, ``complete``, ``hold``, ``resume``, ``reopen``, ``stop``,
``set_handler``); :func:`sweep` raises the escalations through the shared alerts — at 80 % of a
stage a reminder to the handler, when overdue one to the supervisor — and records each breach,
whose reason is given afterwards. Lists show :class:`ClockView` (time left and its level:
ok / warn / over / done)."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.models import Setting
from frontdesk.models.service_levels import ServiceBreach, ServiceClock
from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.services.core.options import Option

GRADES = (
    QT_TRANSLATE_NOOP("service_levels", "一级"),
    QT_TRANSLATE_NOOP("service_levels", "二级"),
    QT_TRANSLATE_NOOP("service_levels", "三级"),
)
STAGES = ("response", "completion")
#: the share of a stage after which the handler is reminded (amber in the lists)
WARN_AT = 0.8
WARN_ALERT = "clock.warning"
OVERDUE_ALERT = "clock.overdue"

_H = 60
_D = 24 * 60
#: the clock categories as the settings table words them (a record's category code → its row)
CATEGORY_WORDS = {
    "order.urgent": "紧急报修",
    "order": "一般报修",
    "complaint.重大": "重大投诉",
    "complaint": "投诉",
    "callback": "回访",
}
GRADE, CATEGORY, RESPONSE, COMPLETION = "等级", "类别", "响应（分钟）", "完成（分钟）"


def _row(grade: str, category: str, response: int, completion: int) -> dict[str, str]:
    return {GRADE: grade, CATEGORY: category, RESPONSE: str(response), COMPLETION: str(completion)}


#: the residential property service grade practice: 一级 urgent repairs on site ≤ 30 min, ordinary
#: repairs answered ≤ 2 h and done ≤ 24 h, complaints answered ≤ 24 h, callbacks ≤ 3 days
DEFAULT_TARGETS: list[dict[str, str]] = [
    _row("一级", "紧急报修", 30, 4 * _H),
    _row("一级", "一般报修", 2 * _H, 24 * _H),
    _row("一级", "投诉", 24 * _H, 3 * _D),
    _row("一级", "回访", 3 * _D, 3 * _D),
    _row("二级", "紧急报修", 45, 6 * _H),
    _row("二级", "一般报修", 4 * _H, 48 * _H),
    _row("二级", "投诉", 24 * _H, 5 * _D),
    _row("二级", "回访", 3 * _D, 3 * _D),
    _row("三级", "紧急报修", 60, 8 * _H),
    _row("三级", "一般报修", 8 * _H, 72 * _H),
    _row("三级", "投诉", 48 * _H, 7 * _D),
    _row("三级", "回访", 3 * _D, 3 * _D),
]


def _minutes(text: str) -> int | None:
    return int(text) if text.strip().isdigit() and 0 < int(text) <= 366 * _D else None


def _targets_ok(rows: list[dict[str, str]]) -> bool:
    """Every row names a grade and a category and has whole minutes, a response no later than
    the completion; every grade has its ordinary repairs."""
    for r in rows:
        response, completion = _minutes(r.get(RESPONSE, "")), _minutes(r.get(COMPLETION, ""))
        if r.get(GRADE) not in GRADES or r.get(CATEGORY) not in CATEGORY_WORDS.values():
            return False
        if response is None or completion is None or response > completion:
            return False
    return all(any(r[GRADE] == g and r[CATEGORY] == "一般报修" for r in rows) for g in GRADES)


GRADE_OPTION: Option[str] = Option("service.grade", str, "一级", check=lambda v: v in GRADES, doc="服务等级")
TARGETS_OPTION: Option[list[dict[str, str]]] = Option(
    "service.targets",
    list[dict[str, str]],
    DEFAULT_TARGETS,
    check=_targets_ok,
    doc="响应与完成时限（分钟）",
)
OPTIONS: tuple[Option[Any], ...] = (GRADE_OPTION, TARGETS_OPTION)


def _option(session: Session, option: Option[Any]) -> Any:
    row = session.get(Setting, option.key)
    if row is not None:
        try:
            return option.validate(row.value)
        except TypeError:
            pass
    return copy.deepcopy(option.default)


def targets_for(targets: list[dict[str, str]], grade: str, category: str) -> tuple[int, int]:
    """(response, completion) minutes of ``category`` ("order.urgent", "complaint.一般"…) in
    ``grade``: its own row, else its general one ("order.urgent" → "order"), else 一级's."""
    keys = [category]
    while "." in keys[-1]:
        keys.append(keys[-1].rsplit(".", 1)[0])
    for table in (targets, DEFAULT_TARGETS):
        for g in (grade, GRADES[0]):
            for key in keys:
                word = CATEGORY_WORDS.get(key)
                row = next((r for r in table if r.get(GRADE) == g and r.get(CATEGORY) == word), None)
                if row is not None:
                    response, completion = _minutes(row.get(RESPONSE, "")), _minutes(row.get(COMPLETION, ""))
                    if response is not None and completion is not None:
                        return response, completion
    return 24 * _H, 24 * _H


# --- what lists show -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ClockView:
    """A clock read at ``now``: the stage running (or "done"), its due time with hold time set
    aside, the minutes left (negative: late), the percentage of the stage used and its level."""

    stage: str  # response / completion / done / stopped
    due_at: datetime | None
    minutes_left: int
    used: int  # per cent
    level: str  # ok / warn / over / done
    held: bool
    handler: str

    @property
    def text(self) -> str:
        """Time left in a receptionist's words (the UI translates the pattern)."""
        if self.level == "done" or self.due_at is None:
            return ""
        m = abs(self.minutes_left)
        span = f"{m} 分钟" if m < 60 else (f"{m // 60} 小时 {m % 60} 分" if m < 48 * 60 else f"{m // (24 * 60)} 天")
        prefix = "挂起 · " if self.held else ""
        return f"{prefix}超时 {span}" if self.minutes_left < 0 else f"{prefix}剩 {span}"


def _held(c: ServiceClock, now: datetime) -> timedelta:
    running = now - c.held_since if c.held_since is not None else timedelta(0)
    return timedelta(seconds=c.held_seconds or 0) + max(running, timedelta(0))


def due_of(c: ServiceClock, stage: str, now: datetime) -> datetime:
    """A stage's due time with every hold so far set aside."""
    nominal = c.response_due_at if stage == "response" else c.completion_due_at
    return nominal + _held(c, now)


def current_stage(c: ServiceClock) -> str:
    if c.stopped_at is not None:
        return "stopped"
    if c.responded_at is None:
        return "response"
    if c.completed_at is None:
        return "completion"
    return "done"


def view_of(c: ServiceClock, now: datetime) -> ClockView:
    stage = current_stage(c)
    if stage in ("done", "stopped"):
        return ClockView(stage, None, 0, 0, "done", False, c.handler or "")
    due = due_of(c, stage, now)
    nominal = c.response_due_at if stage == "response" else c.completion_due_at
    total = (nominal - c.started_at).total_seconds() or 1.0
    share = ((now - c.started_at) - _held(c, now)).total_seconds() / total
    left = int((due - now).total_seconds() // 60) if due >= now else -int(-(due - now).total_seconds() // 60)
    level = "over" if now > due else ("warn" if share >= WARN_AT else "ok")
    return ClockView(stage, due, left, int(share * 100), level, c.held_since is not None, c.handler or "")


def views_for(session: Session, ref_kind: str, ref_ids: Iterable[int], now: datetime) -> dict[int, ClockView]:
    ids = list(ref_ids)
    if not ids:
        return {}
    rows = session.scalars(select(ServiceClock).where(ServiceClock.ref_kind == ref_kind, ServiceClock.ref_id.in_(ids)))
    return {c.ref_id: view_of(c, now) for c in rows}


R = TypeVar("R")


def with_clocks(session: Session, ref_kind: str, rows: Sequence[R], now: datetime) -> list[R]:
    """List rows (frozen dataclasses with ``id`` and ``clock: ClockView | None``) with their clocks."""
    views = views_for(session, ref_kind, [r.id for r in rows], now)  # type: ignore[attr-defined]
    return [replace(r, clock=views.get(r.id)) for r in rows]  # type: ignore[attr-defined,type-var]


# --- what features call inside their transactions ------------------------------------------------


def _clock(session: Session, ref_kind: str, ref_id: int) -> ServiceClock | None:
    return session.scalars(select(ServiceClock).where(ServiceClock.ref_kind == ref_kind, ServiceClock.ref_id == ref_id)).first()


def start(
    session: Session, ref_kind: str, ref_id: int, *, ref_number: str, category: str, at: datetime, handler: str | None = None
) -> ServiceClock:
    """Start (or restart, for a new round) a record's clock at ``at`` under today's grade."""
    grade = str(_option(session, GRADE_OPTION))
    response, completion = targets_for(_option(session, TARGETS_OPTION), grade, category)
    c = _clock(session, ref_kind, ref_id)
    if c is None:
        c = ServiceClock(ref_kind=ref_kind, ref_id=ref_id, held_seconds=0, escalated="")
        session.add(c)
    c.ref_number, c.category, c.grade, c.handler = ref_number, category, grade, handler
    c.started_at = at
    c.response_due_at = at + timedelta(minutes=response)
    c.completion_due_at = at + timedelta(minutes=completion)
    c.responded_at = c.completed_at = c.held_since = c.stopped_at = None
    c.held_seconds = 0
    c.escalated = ""
    session.flush()
    return c


def _late(session: Session, c: ServiceClock, stage: str, at: datetime) -> None:
    """A stage met after its due time is a breach too (the sweep may not have run in between)."""
    if at > due_of(c, stage, at):
        _breach(session, c, stage, at)


def respond(session: Session, ref_kind: str, ref_id: int, at: datetime) -> None:
    c = _clock(session, ref_kind, ref_id)
    if c is not None and c.responded_at is None and c.stopped_at is None:
        _late(session, c, "response", at)
        c.responded_at = at


def complete(session: Session, ref_kind: str, ref_id: int, at: datetime) -> None:
    """The work is done (response too, when it never was recorded on its own)."""
    c = _clock(session, ref_kind, ref_id)
    if c is None or c.stopped_at is not None:
        return
    resume(session, ref_kind, ref_id, at)
    if c.responded_at is None:
        _late(session, c, "response", at)
        c.responded_at = at
    if c.completed_at is None:
        _late(session, c, "completion", at)
        c.completed_at = at


def hold(session: Session, ref_kind: str, ref_id: int, at: datetime) -> None:
    """挂起: the clock stops until :func:`resume`."""
    c = _clock(session, ref_kind, ref_id)
    if c is not None and c.held_since is None:
        c.held_since = at


def resume(session: Session, ref_kind: str, ref_id: int, at: datetime) -> None:
    c = _clock(session, ref_kind, ref_id)
    if c is not None and c.held_since is not None:
        c.held_seconds = int((c.held_seconds or 0) + max((at - c.held_since).total_seconds(), 0))
        c.held_since = None


def reopen(session: Session, ref_kind: str, ref_id: int, at: datetime) -> None:
    """Rework after an unsatisfied callback: a new completion stage from ``at``."""
    c = _clock(session, ref_kind, ref_id)
    if c is None:
        return
    _response, completion = targets_for(_option(session, TARGETS_OPTION), c.grade, c.category)
    c.completion_due_at = at + timedelta(minutes=completion) - timedelta(seconds=c.held_seconds or 0)
    c.completed_at = None
    c.escalated = " ".join(e for e in c.escalated.split() if not e.startswith("completion."))


def stop(session: Session, ref_kind: str, ref_id: int, at: datetime) -> None:
    """The record was cancelled: no more escalations."""
    c = _clock(session, ref_kind, ref_id)
    if c is not None and c.stopped_at is None:
        c.stopped_at = at


def set_handler(session: Session, ref_kind: str, ref_id: int, handler: str | None) -> None:
    c = _clock(session, ref_kind, ref_id)
    if c is not None:
        c.handler = handler


def _breach(session: Session, c: ServiceClock, stage: str, at: datetime) -> ServiceBreach:
    found = session.scalars(select(ServiceBreach).where(ServiceBreach.clock_id == c.id, ServiceBreach.stage == stage)).first()
    if found is not None:
        return found
    b = ServiceBreach(
        clock_id=c.id,
        ref_kind=c.ref_kind,
        ref_id=c.ref_id,
        ref_number=c.ref_number,
        category=c.category,
        stage=stage,
        due_at=due_of(c, stage, at),
        breached_at=at,
        handler=c.handler,
    )
    session.add(b)
    session.flush()
    return b


@dataclass(frozen=True)
class Escalation:
    """What one sweep raised: ``level`` warn (to the handler) or over (to the supervisor)."""

    ref_kind: str
    ref_id: int
    ref_number: str
    stage: str
    level: str
    alert_kind: str
    summary: str


STAGE_WORDS = {"response": "响应", "completion": "完成"}


#: clocks still running that may yet escalate (one whose completion is already overdue has said all)
_RUNNING = (
    ServiceClock.completed_at.is_(None),
    ServiceClock.stopped_at.is_(None),
    ServiceClock.escalated.not_like("%completion.over%"),
)


def escalation_due(session: Session, now: datetime) -> bool:
    """Whether :func:`sweep` has anything to raise (a read: every counter asks at each alert poll)."""
    running = session.scalars(select(ServiceClock).where(*_RUNNING)).all()
    for c in running:
        v = view_of(c, now)
        if v.stage in STAGES and not v.held and v.level in ("warn", "over") and f"{v.stage}.{v.level}" not in c.escalated.split():
            return True
    return False


def sweep(session: Session, now: datetime) -> list[Escalation]:
    """Look at every running clock: a stage past 80 % not yet escalated raises a reminder to its
    handler, a stage past due raises an alert to the supervisor and records the breach. Returns
    what was raised (the caller raises the alerts, inside the same transaction)."""
    out: list[Escalation] = []
    running = session.scalars(select(ServiceClock).where(*_RUNNING)).all()
    for c in running:
        v = view_of(c, now)
        if v.stage not in STAGES or v.held:
            continue
        done = set(c.escalated.split())
        words = STAGE_WORDS[v.stage]
        if v.level == "over" and f"{v.stage}.over" not in done:
            _breach(session, c, v.stage, now)
            done |= {f"{v.stage}.over", f"{v.stage}.warn"}
            who = f"（处理人 {c.handler}）" if c.handler else ""
            out.append(Escalation(c.ref_kind, c.ref_id, c.ref_number, v.stage, "over", OVERDUE_ALERT,
                                  f"{c.ref_number} {words}已超时{who}，请主管督办"))  # fmt: skip
        elif v.level == "warn" and f"{v.stage}.warn" not in done:
            done.add(f"{v.stage}.warn")
            who = c.handler or "处理人"
            out.append(Escalation(c.ref_kind, c.ref_id, c.ref_number, v.stage, "warn", WARN_ALERT,
                                  f"提醒 {who}：{c.ref_number} {words}时限{v.text}"))  # fmt: skip
        else:
            continue
        c.escalated = " ".join(sorted(done))
    session.flush()
    return out
