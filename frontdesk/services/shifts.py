"""Shifts moved to :mod:`frontdesk.services.handover.shifts`; this name keeps older imports working."""

from frontdesk.services.handover.shifts import (
    DEFAULT_SHIFTS,
    MAX_SHIFTS,
    ShiftDef,
    ShiftWindow,
    clean_time,
    current_window,
    handover_window,
    parse_shifts,
    previous_window,
    recent_windows,
    windows_around,
)

__all__ = [
    "DEFAULT_SHIFTS",
    "MAX_SHIFTS",
    "ShiftDef",
    "ShiftWindow",
    "clean_time",
    "current_window",
    "handover_window",
    "parse_shifts",
    "previous_window",
    "recent_windows",
    "windows_around",
]
