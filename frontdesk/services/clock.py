"""The time, injected so that tests can move it (deadlines, overdue callbacks, expiring passes)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

try:
    LOCAL_TZ: tzinfo = ZoneInfo("Asia/Shanghai")
except Exception:  # pragma: no cover - Windows without the tzdata package
    LOCAL_TZ = timezone(timedelta(hours=8), "CST")


class Clock:
    def now(self) -> datetime:
        """Now, timezone-aware (UTC)."""
        return datetime.now(timezone.utc)

    def local_now(self) -> datetime:
        return self.now().astimezone(LOCAL_TZ)


class FixedClock(Clock):
    """A clock for tests: stands still until moved."""

    def __init__(self, at: datetime) -> None:
        self._at = at

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        self._at = at

    def advance(self, **kwargs: float) -> None:
        self._at = self._at + timedelta(**kwargs)


def to_local(value: datetime) -> datetime:
    return value.astimezone(LOCAL_TZ)


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """[start, end) of a local calendar day, as aware datetimes."""
    start = datetime.combine(day, time(0, 0), LOCAL_TZ)
    return start, start + timedelta(days=1)


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    """[start, end) of a local calendar month, as aware datetimes."""
    start = datetime(year, month, 1, tzinfo=LOCAL_TZ)
    return start, datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=LOCAL_TZ)
