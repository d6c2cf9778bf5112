"""Listening for changes while some features still announce them the old way.

# SHARED-CANDIDATE: belongs in ui/common (or ui/bus) until every feature publishes change sets
# through ui.common.ops; then ``watch`` alone is enough and this module goes.

:func:`watch_changes` subscribes ``slot`` with ``EventBus.watch`` and also to the older
per-record ``changed(kind, id)`` signal that not-yet-migrated views emit by hand. A change set
published through ``EventBus.publish`` is followed by its kinds on ``changed``; those echoes are
skipped, so one change reloads a view once."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from frontdesk.services.core.changes import ChangeSet, Kind
from frontdesk.ui.common.bus import EventBus


def watch_changes(bus: EventBus, kinds: Iterable[Kind], slot: Callable[[ChangeSet], None]) -> None:
    wanted = frozenset(kinds)
    by_name = {k.name: k for k in wanted}
    echoes: set[str] = set()

    def on_changes(changes: ChangeSet) -> None:
        echoes.clear()
        echoes.update(k.name for k in changes)  # the same kinds follow on ``changed``

    def on_changed(kind: str, _record_id: int) -> None:
        if kind in echoes:
            echoes.discard(kind)
            return
        if kind in by_name:  # announced by hand by a view that does not publish yet
            slot(frozenset({by_name[kind]}))

    bus.changes.connect(on_changes)
    bus.watch(wanted, slot)
    bus.changed.connect(on_changed)
