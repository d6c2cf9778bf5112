"""Run slow work (PDF rendering, exports, backups, the poller's reads, status counts, global
search) off the GUI thread.

The function runs in Qt's thread pool and must not touch widgets; its result or exception
comes back to the GUI thread through a queued signal.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # delivered to the GUI thread, never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_alive: set[_Signals] = set()
_drain_at_quit: list[bool] = []

#: at quit, jobs still running (a poll, a count) get this long to finish before Python tears down
QUIT_WAIT_MS = 3000


def _wait_at_quit() -> None:
    """Once per application: let the pool finish before the interpreter is torn down (a job
    still running then would touch half-destroyed objects)."""
    app = QCoreApplication.instance()
    if _drain_at_quit or app is None:
        return
    _drain_at_quit.append(True)
    app.aboutToQuit.connect(lambda: QThreadPool.globalInstance().waitForDone(QUIT_WAIT_MS))


def run_in_background(
    fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None] | None = None
) -> _Signals:
    _wait_at_quit()
    signals = _Signals()
    _alive.add(signals)

    def _finish(result: Any) -> None:
        _alive.discard(signals)
        on_done(result)

    def _fail(exc: Exception) -> None:
        _alive.discard(signals)
        if on_error is not None:
            on_error(exc)

    signals.done.connect(_finish)
    signals.failed.connect(_fail)
    QThreadPool.globalInstance().start(_Job(fn, signals))
    return signals
