"""How numbers and times read on complaint documents (registration form, monthly table).

Printed forms are Chinese documents handed to residents and filed, whatever language the
screen is in; their state and label words are the complaint vocabulary's
(services/complaints/rules.VOCABULARY), the same words the screens translate."""

from __future__ import annotations

from datetime import datetime

from frontdesk.services.clock import to_local
from frontdesk.services.complaints.stats import StatsLine


def local_text(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return to_local(value).strftime(fmt) if value is not None else ""


def days_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


#: the columns of the monthly classification table, on paper and in the xlsx
STATS_COLUMNS = (
    "投诉数", "有效", "无效", "待判断", "一般", "重大", "已关闭", "处理中",
    "满意", "基本满意", "不满意", "满意率", "超时", "平均办结天数",
)  # fmt: skip


def stats_numbers(line: StatsLine) -> list[int | float | str]:
    """A line of the monthly table under :data:`STATS_COLUMNS` as numbers (the xlsx): the rate a
    fraction (formatted ``0%``), the average days a number (``0.0``); "—" where there is none."""
    return [
        line.total, line.valid, line.invalid, line.unjudged, line.normal, line.major, line.closed,
        line.in_progress, line.satisfied, line.basic, line.unsatisfied,
        "—" if line.satisfaction_rate is None else line.satisfaction_rate,
        line.overdue, "—" if line.avg_days_to_close is None else round(line.avg_days_to_close, 1),
    ]  # fmt: skip


#: the number formats of the rate and average columns (index in a line with its label first)
STATS_FORMATS = {1 + STATS_COLUMNS.index("满意率"): "0%", 1 + STATS_COLUMNS.index("平均办结天数"): "0.0"}


def stats_values(line: StatsLine) -> list[int | str]:
    """A line of the monthly table under :data:`STATS_COLUMNS` as printed: rates and averages as text."""
    return [
        line.total, line.valid, line.invalid, line.unjudged, line.normal, line.major, line.closed,
        line.in_progress, line.satisfied, line.basic, line.unsatisfied, percent_text(line.satisfaction_rate),
        line.overdue, days_text(line.avg_days_to_close),
    ]  # fmt: skip
