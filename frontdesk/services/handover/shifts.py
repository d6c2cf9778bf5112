"""Shifts (班次): named daily time windows such as 早班 08:00–16:00, configurable in settings.

A definition is local wall-clock time; a :class:`ShiftWindow` is one occurrence of it on a given
day, in UTC. A shift may cross midnight (22:00–06:00) and may end at ``24:00``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from frontdesk.services.clock import LOCAL_TZ, to_local
from frontdesk.services.validation import FieldError

DEFAULT_SHIFTS: list[dict[str, str]] = [
    {"name": "早班", "start": "08:00", "end": "16:00"},
    {"name": "中班", "start": "16:00", "end": "24:00"},
    {"name": "晚班", "start": "00:00", "end": "08:00"},
]
MAX_SHIFTS = 6
_TIME = re.compile(r"^([01]?\d|2[0-4])[:：]([0-5]\d)$")


@dataclass(frozen=True)
class ShiftDef:
    name: str
    start: str  # "HH:MM", local time
    end: str  # "HH:MM"; "24:00" is midnight at the end of the day; end <= start crosses midnight

    @property
    def start_minutes(self) -> int:
        return _minutes(self.start)

    @property
    def length_minutes(self) -> int:
        length = (_minutes(self.end) - self.start_minutes) % (24 * 60)
        return length or 24 * 60

    def window_on(self, day: date) -> ShiftWindow:
        start = datetime.combine(day, time(0), LOCAL_TZ) + timedelta(minutes=self.start_minutes)
        end = start + timedelta(minutes=self.length_minutes)
        return ShiftWindow(self.name, start.astimezone(timezone.utc), end.astimezone(timezone.utc))


@dataclass(frozen=True)
class ShiftWindow:
    """One occurrence of a shift: its name and its start and end (UTC, end exclusive)."""

    name: str
    start: datetime
    end: datetime

    def contains(self, at: datetime) -> bool:
        return self.start <= at < self.end

    @property
    def local_day(self) -> date:
        """The day the shift belongs to: the local date it starts on."""
        return to_local(self.start).date()


def _minutes(text: str) -> int:
    m = _TIME.match(text)
    if not m:
        raise ValueError(text)
    h, mi = int(m.group(1)), int(m.group(2))
    if h == 24 and mi:
        raise ValueError(text)
    return h * 60 + mi


def clean_time(value: Any) -> str:
    """``8:00`` / ``08:00`` / ``08：00`` → ``08:00``; ``24:00`` allowed as an end."""
    text = str(value or "").strip()
    if not text:
        raise FieldError("required")
    try:
        total = _minutes(text)
    except ValueError as exc:
        raise FieldError("shift_time_bad", value=text) from exc
    return f"{total // 60:02d}:{total % 60:02d}"


def parse_shifts(rows: Any) -> list[ShiftDef]:
    """Check a list of ``{"name", "start", "end"}``; raises FieldError with the first problem.

    Names are required and unique; times are HH:MM; a start of 24:00 is refused; shifts may
    not overlap (gaps are allowed: a centre may be closed at night)."""
    if not isinstance(rows, list) or not rows:
        raise FieldError("shifts_empty")
    if len(rows) > MAX_SHIFTS:
        raise FieldError("shifts_too_many", max=MAX_SHIFTS)
    out: list[ShiftDef] = []
    seen: set[str] = set()
    for i, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise FieldError("shift_time_bad", row=i, value="")
        name = " ".join(str(row.get("name") or "").split())
        if not name:
            raise FieldError("shift_name_required", row=i)
        if len(name) > 20:
            raise FieldError("too_long", max=20, length=len(name))
        if name in seen:
            raise FieldError("shift_name_duplicate", row=i, name=name)
        seen.add(name)
        try:
            start = clean_time(row.get("start"))
            end = clean_time(row.get("end"))
        except FieldError as exc:
            raise FieldError("shift_time_bad", row=i, value=exc.params.get("value", "")) from exc
        if start == "24:00":
            raise FieldError("shift_time_bad", row=i, value=start)
        out.append(ShiftDef(name, start, end))
    # overlap: compare every pair on a two-day line
    spans = []
    for s in out:
        a = s.start_minutes
        spans.append((a, a + s.length_minutes, s.name))
        spans.append((a + 1440, a + 1440 + s.length_minutes, s.name))
    spans.sort()
    for (_a1, b1, n1), (a2, _b2, n2) in zip(spans, spans[1:], strict=False):
        if a2 < b1 and n1 != n2:
            raise FieldError("shift_overlap", first=n1, second=n2)
    return out


def windows_around(shifts: list[ShiftDef], at: datetime) -> list[ShiftWindow]:
    """Every occurrence of every shift that starts within a day either side of ``at``, in order."""
    day = to_local(at).date()
    out = [s.window_on(day + timedelta(days=d)) for s in shifts for d in (-2, -1, 0, 1)]
    return sorted(out, key=lambda w: w.start)


def current_window(shifts: list[ShiftDef], at: datetime) -> ShiftWindow:
    """The shift running at ``at``; in a gap between shifts, the one that ended last."""
    windows = windows_around(shifts, at)
    for w in windows:
        if w.contains(at):
            return w
    ended = [w for w in windows if w.end <= at]
    return ended[-1]


def handover_window(shifts: list[ShiftDef], at: datetime, grace_minutes: int) -> ShiftWindow:
    """The shift being handed over at ``at``: the current one, unless it began less than
    ``grace_minutes`` ago — then the person writing is the one who just finished the previous."""
    cur = current_window(shifts, at)
    if cur.contains(at) and at - cur.start < timedelta(minutes=grace_minutes):
        return previous_window(shifts, cur)
    return cur


def previous_window(shifts: list[ShiftDef], window: ShiftWindow) -> ShiftWindow:
    windows = [w for w in windows_around(shifts, window.start) if w.start < window.start]
    return windows[-1]


def recent_windows(shifts: list[ShiftDef], at: datetime, count: int = 3) -> list[ShiftWindow]:
    """The current shift and the ones before it, newest first (choices for a handover)."""
    out = [current_window(shifts, at)]
    while len(out) < count:
        out.append(previous_window(shifts, out[-1]))
    return out
