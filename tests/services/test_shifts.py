"""Shifts: occurrences around a moment, the shift being handed over, and checking a configuration."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from frontdesk.services.clock import LOCAL_TZ
from frontdesk.services.handover.shifts import (
    DEFAULT_SHIFTS,
    ShiftDef,
    current_window,
    handover_window,
    parse_shifts,
    recent_windows,
)
from frontdesk.services.validation import FieldError

SHIFTS = parse_shifts(DEFAULT_SHIFTS)


def local(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=LOCAL_TZ)


@pytest.mark.parametrize(
    ("at", "name", "start", "end"),
    [
        (local(2026, 11, 27, 8, 0), "早班", local(2026, 11, 27, 8), local(2026, 11, 27, 16)),
        (local(2026, 11, 27, 15, 59), "早班", local(2026, 11, 27, 8), local(2026, 11, 27, 16)),
        (local(2026, 11, 27, 16, 0), "中班", local(2026, 11, 27, 16), local(2026, 11, 28, 0)),
        (local(2026, 11, 27, 23, 59), "中班", local(2026, 11, 27, 16), local(2026, 11, 28, 0)),
        (local(2026, 11, 28, 0, 0), "晚班", local(2026, 11, 28, 0), local(2026, 11, 28, 8)),
    ],
)
def test_current_window(at: datetime, name: str, start: datetime, end: datetime) -> None:
    w = current_window(SHIFTS, at)
    assert (w.name, w.start, w.end) == (name, start, end)
    assert w.start.tzinfo is not None and w.start.utcoffset() == timedelta(0)


def test_handover_window_just_after_a_change_is_the_shift_that_ended() -> None:
    # 16:20: the 早班 person writes the handover of the shift that ended 20 minutes ago
    assert handover_window(SHIFTS, local(2026, 11, 27, 16, 20), 60).name == "早班"
    # 15:50: still in 早班
    assert handover_window(SHIFTS, local(2026, 11, 27, 15, 50), 60).name == "早班"
    # 00:30: the 中班 of the previous day
    w = handover_window(SHIFTS, local(2026, 11, 28, 0, 30), 60)
    assert (w.name, w.local_day.isoformat()) == ("中班", "2026-11-27")
    # 17:30: long enough into 中班 that it is 中班's own handover
    assert handover_window(SHIFTS, local(2026, 11, 27, 17, 30), 60).name == "中班"


def test_recent_windows_go_back_across_midnight() -> None:
    names = [(w.name, w.local_day.day) for w in recent_windows(SHIFTS, local(2026, 11, 28, 9), 4)]
    assert names == [("早班", 28), ("晚班", 28), ("中班", 27), ("早班", 27)]


def test_shift_across_midnight_and_gaps() -> None:
    shifts = parse_shifts(
        [
            {"name": "白班", "start": "8:00", "end": "20:00"},
            {"name": "夜班", "start": "22:00", "end": "06:00"},
        ]
    )
    assert shifts[0] == ShiftDef("白班", "08:00", "20:00")
    night = current_window(shifts, local(2026, 11, 28, 3))
    assert (night.name, night.start, night.end) == ("夜班", local(2026, 11, 27, 22), local(2026, 11, 28, 6))
    # 21:00 is in no shift: the one that ended last
    assert current_window(shifts, local(2026, 11, 27, 21)).name == "白班"


@pytest.mark.parametrize(
    ("rows", "code"),
    [
        ([], "shifts_empty"),
        ([{"name": "", "start": "08:00", "end": "16:00"}], "shift_name_required"),
        ([{"name": "早班", "start": "8点", "end": "16:00"}], "shift_time_bad"),
        ([{"name": "早班", "start": "24:00", "end": "08:00"}], "shift_time_bad"),
        ([{"name": "早班", "start": "08:00", "end": "25:00"}], "shift_time_bad"),
        (
            [
                {"name": "早班", "start": "08:00", "end": "16:00"},
                {"name": "早班", "start": "16:00", "end": "20:00"},
            ],
            "shift_name_duplicate",
        ),
        (
            [
                {"name": "早班", "start": "08:00", "end": "16:00"},
                {"name": "中班", "start": "15:00", "end": "23:00"},
            ],
            "shift_overlap",
        ),
        (
            [
                {"name": "夜班", "start": "22:00", "end": "09:00"},
                {"name": "早班", "start": "08:00", "end": "16:00"},
            ],
            "shift_overlap",
        ),
    ],
)
def test_bad_configurations_are_refused(rows: list[dict[str, str]], code: str) -> None:
    with pytest.raises(FieldError) as info:
        parse_shifts(rows)
    assert info.value.code == code


def test_full_width_colon_and_24_00_end() -> None:
    shifts = parse_shifts([{"name": "中班", "start": "16：00", "end": "24:00"}])
    assert shifts[0].start == "16:00" and shifts[0].length_minutes == 480
