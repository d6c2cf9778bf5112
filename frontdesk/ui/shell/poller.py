"""The one poll of the shared database: what other counters changed, and time passing.

Every change set this counter publishes is counted in the database (services.change_marks) in
the worker pool. Every ``interval_ms`` the poller reads the counts, also in the worker pool (one
query on a table of one row per kind); the kinds whose count moved, and that this counter did
not just count itself, go out on the bus as changes made elsewhere, so every view that watches
them (``bus.watch``) reloads, whatever kind it shows. Every ``time_ticks`` polls it reports that
time has passed (``time_passed``): what becomes due by the clock alone (overdue counts, alerts).
This replaces each list's own timer; nothing here runs a query on the GUI thread.
"""

from __future__ import annotations

import logging
from collections import Counter

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from frontdesk.services.change_marks import ChangeMarks
from frontdesk.services.core.changes import ChangeSet, Kind
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.worker import run_in_background

log = logging.getLogger(__name__)

POLL_MS = 3000
#: every this many polls, time has passed (status counts and alerts are looked at again): 30 s
TIME_TICKS = 10


class ChangePoller(QObject):
    #: time has passed: what becomes due by the clock is looked at again
    time_passed = Signal()
    #: kinds changed at another counter (also published on the bus)
    changed_elsewhere = Signal(object)

    def __init__(
        self, ctx: UiContext, parent: QObject | None = None, *, interval_ms: int = POLL_MS, time_ticks: int = TIME_TICKS
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._marks = ChangeMarks(ctx.services.db)
        self._known: dict[str, int] | None = None
        self._pending: Counter[str] = Counter()  # this counter's change sets being counted
        self._reading = False
        self._ticks = 0
        self._time_ticks = max(1, time_ticks)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.on_timer_timeout)
        ctx.bus.published.connect(self.on_bus_published)
        self.timer.start()
        self.check()

    # --- this counter's changes ------------------------------------------------------------------

    def on_bus_published(self, changes: ChangeSet) -> None:
        kinds = sorted(k.name for k in changes)
        self._pending.update(kinds)
        run_in_background(
            lambda: self._marks.bump(kinds),
            self._on_bumped,
            lambda exc: self._on_bump_failed(kinds, exc),
        )

    def _on_bumped(self, counts: dict[str, int]) -> None:
        if not shiboken6.isValid(self):
            return
        self._pending.subtract(counts.keys())
        self._pending = +self._pending
        if self._known is None:
            return
        for kind, seq in counts.items():
            if self._known.get(kind, 0) == seq - 1:  # nobody else changed it meanwhile: ours alone
                self._known[kind] = seq

    def _on_bump_failed(self, kinds: list[str], exc: Exception) -> None:
        log.warning("counting a change set failed: %s", exc)
        if shiboken6.isValid(self):
            self._pending.subtract(kinds)
            self._pending = +self._pending

    # --- the poll --------------------------------------------------------------------------------

    def on_timer_timeout(self) -> None:
        self._ticks += 1
        if self._ticks % self._time_ticks == 0:
            self.time_passed.emit()
        self.check()

    def check(self) -> None:
        """Read the counts in the worker pool (one read at a time)."""
        if self._reading:
            return
        self._reading = True
        run_in_background(self._marks.read, self._on_read, self._on_read_failed)

    def _on_read_failed(self, exc: Exception) -> None:
        # the database may be briefly unreachable (network share, server restart): next time
        log.warning("polling for changes failed: %s", exc)
        if shiboken6.isValid(self):
            self._reading = False

    def _on_read(self, counts: dict[str, int]) -> None:
        if not shiboken6.isValid(self):
            return
        self._reading = False
        known = self._known
        if known is None:
            self._known = dict(counts)
            return
        moved = {k for k, seq in counts.items() if known.get(k, 0) != seq and not self._pending[k]}
        for kind in moved:
            known[kind] = counts[kind]
        changed = frozenset(_kind(name) for name in moved) - {None}
        if changed:
            kinds: ChangeSet = frozenset(k for k in changed if k is not None)
            self.changed_elsewhere.emit(kinds)
            self.ctx.bus.publish_elsewhere(kinds)

    def stop(self) -> None:
        self.timer.stop()


def _kind(name: str) -> Kind | None:
    """The kind counted under ``name`` (None: one this version of FrontDesk does not know)."""
    try:
        return Kind.named(name)
    except KeyError:
        return None
