"""One application signal carries what changed; each view reloads only when it cares."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal

from frontdesk.services.core.changes import ChangeSet, Kind


class EventBus(QObject):
    #: a change set (frozenset of services.core.changes.Kind), emitted by ui.common.ops only
    changes = Signal(object)
    #: (kind, id): e.g. ("call", 12): the older per-record signal, emitted alongside ``changes``
    #: for every kind in a change set (id 0) until every view listens to ``changes``
    changed = Signal(str, int)
    #: ask the main window to show a record: (kind, id)
    open_requested = Signal(str, int)

    def publish(self, changes: ChangeSet, record_id: int = 0) -> None:
        if not changes:
            return
        self.changes.emit(frozenset(changes))
        for kind in sorted(changes, key=lambda k: k.name):
            self.changed.emit(kind.name, record_id)

    def watch(self, kinds: Iterable[Kind], slot: Callable[[ChangeSet], None]) -> None:
        """Call ``slot(changes)`` whenever a change set touches any of ``kinds``."""
        wanted = frozenset(kinds)

        def _filter(changes: ChangeSet) -> None:
            if wanted & changes:
                slot(changes)

        self.changes.connect(_filter)
