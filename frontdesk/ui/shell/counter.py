"""Which counter (前台机位) this PC is: kept per machine in QSettings, the host name by default.

A handover belongs to a counter, so the person logging in at the counter PC is shown the handover
written there. The name is set in 管理 → 交接班设置.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSysInfo

KEY = "counter/name"
MAX_LEN = 60


def default_counter_name() -> str:
    name = (QSysInfo.machineHostName() or "").strip()
    return name[:MAX_LEN] or "前台"


def counter_name(settings: QSettings | None) -> str:
    """The configured counter name, or the machine's host name."""
    if settings is not None:
        value = " ".join(str(settings.value(KEY, "") or "").split())
        if value:
            return value[:MAX_LEN]
    return default_counter_name()


def set_counter_name(settings: QSettings, name: str) -> str:
    """Store the name (blank = back to the host name); returns the name now in effect."""
    value = " ".join((name or "").split())[:MAX_LEN]
    if value:
        settings.setValue(KEY, value)
    else:
        settings.remove(KEY)
    settings.sync()
    return counter_name(settings)
