"""顾客投诉分类统计表: the monthly classification table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.models import Complaint, Department
from frontdesk.services.clock import month_bounds
from frontdesk.services.complaints.rows import (
    _is_overdue,
)
from frontdesk.services.complaints.rules import MAJOR, State, _setting

# --- 顾客投诉分类统计表: the monthly classification table ----------------------------------------------

UNASSIGNED = ""  # department row for complaints with no responsible department (yet)


@dataclass(frozen=True)
class StatsLine:
    """One row of the monthly table: a category, a department, or the total."""

    label: str
    total: int = 0
    valid: int = 0
    invalid: int = 0
    unjudged: int = 0
    normal: int = 0  # 一般
    major: int = 0  # 重大
    closed: int = 0
    in_progress: int = 0
    satisfied: int = 0
    basic: int = 0
    unsatisfied: int = 0
    overdue: int = 0
    #: mean days from reception to closing, over the closed ones (None when none closed)
    avg_days_to_close: float | None = None

    @property
    def called_back(self) -> int:
        return self.satisfied + self.basic + self.unsatisfied

    @property
    def satisfaction_rate(self) -> float | None:
        """(满意 + 基本满意) / 回访数, or None without callbacks."""
        n = self.called_back
        return (self.satisfied + self.basic) / n if n else None


@dataclass(frozen=True)
class MonthlyStats:
    year: int
    month: int
    as_of: datetime
    by_category: tuple[StatsLine, ...]
    by_department: tuple[StatsLine, ...]
    total: StatsLine

    @property
    def title_period(self) -> str:
        return f"{self.year}年{self.month}月"


def _line(label: str, rows: list[Complaint], now: datetime) -> StatsLine:
    days = [
        (c.closed_at - c.received_at).total_seconds() / 86400
        for c in rows
        if c.state == State.CLOSED.value and c.closed_at is not None
    ]
    return StatsLine(
        label=label,
        total=len(rows),
        valid=sum(1 for c in rows if c.valid is True),
        invalid=sum(1 for c in rows if c.valid is False),
        unjudged=sum(1 for c in rows if c.valid is None),
        normal=sum(1 for c in rows if c.severity != MAJOR),
        major=sum(1 for c in rows if c.severity == MAJOR),
        closed=sum(1 for c in rows if c.state == State.CLOSED.value),
        in_progress=sum(1 for c in rows if State(c.state).is_open),
        satisfied=sum(1 for c in rows if c.satisfaction == "satisfied"),
        basic=sum(1 for c in rows if c.satisfaction == "basic"),
        unsatisfied=sum(1 for c in rows if c.satisfaction == "unsatisfied"),
        overdue=sum(1 for c in rows if c.was_overdue or _is_overdue(c, now)),
        avg_days_to_close=sum(days) / len(days) if days else None,
    )


def _month_stats(s: Session, year: int, month: int, now: datetime) -> MonthlyStats:
    start, end = month_bounds(year, month)
    rows = list(
        s.scalars(
            select(Complaint).where(Complaint.received_at >= start, Complaint.received_at < end).order_by(Complaint.id)
        ).unique()
    )
    categories = list(_setting(s, "complaint.categories"))
    for c in rows:
        if c.category not in categories:
            categories.append(c.category)  # a category since removed from the list still counts
    by_cat = tuple(_line(cat, [c for c in rows if c.category == cat], now) for cat in categories)
    named = {c.department.name for c in rows if c.department is not None}
    depts = [d.name for d in s.scalars(select(Department).order_by(Department.id)) if d.active or d.name in named]
    dept_lines = [_line(name, [c for c in rows if c.department is not None and c.department.name == name], now) for name in depts]
    none_rows = [c for c in rows if c.department is None]
    if none_rows:
        dept_lines.append(_line(UNASSIGNED, none_rows, now))
    return MonthlyStats(year, month, now, by_cat, tuple(dept_lines), _line("", rows, now))


# --- the registration (frontdesk.features) -------------------------------------------------------
