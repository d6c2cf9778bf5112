"""One application signal carries what changed; each view reloads only when it cares."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal

from frontdesk.services.core.changes import ChangeSet, Kind


class _Filter(QObject):
    """Calls ``slot`` for change sets that touch ``kinds``. Parented to the slot's widget when
    the slot is one's method, so a closed view stops listening when Qt deletes it."""

    def __init__(self, kinds: frozenset[Kind], slot: Callable[[ChangeSet], None], parent: QObject | None) -> None:
        super().__init__(parent)
        self._kinds = kinds
        self._slot = slot

    def on_changes(self, changes: ChangeSet) -> None:
        if self._kinds & changes:
            self._slot(changes)


class EventBus(QObject):
    #: a change set (frozenset of services.core.changes.Kind): made here (ui.common.ops) or, found
    #: by the poller (ui/shell/poller), at another counter
    changes = Signal(object)
    #: a change set made at this counter only (the poller counts these for the other counters)
    published = Signal(object)
    #: ask the main window to show a record: (kind name, id)
    open_requested = Signal(str, int)

    def publish(self, changes: ChangeSet) -> None:
        """Announce what a service call changed; views reload by kind."""
        if changes:
            self.changes.emit(frozenset(changes))
            self.published.emit(frozenset(changes))

    def publish_elsewhere(self, changes: ChangeSet) -> None:
        """Announce what another counter changed (the poller found it): views reload the same way."""
        if changes:
            self.changes.emit(frozenset(changes))

    def watch(self, kinds: Iterable[Kind], slot: Callable[[ChangeSet], None]) -> None:
        """Call ``slot(changes)`` whenever a change set touches any of ``kinds``."""
        owner = getattr(slot, "__self__", None)
        listener = _Filter(frozenset(kinds), slot, owner if isinstance(owner, QObject) else self)
        self.changes.connect(listener.on_changes)
