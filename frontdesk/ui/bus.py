"""One application signal carries what changed; each view reloads only when it cares."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class EventBus(QObject):
    #: (kind, id): e.g. ("call", 12), ("order", 3), ("room", 7); id 0 means "many"
    changed = Signal(str, int)
    #: ask the main window to show a record: (kind, id)
    open_requested = Signal(str, int)
