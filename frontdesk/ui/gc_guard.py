"""Python's garbage collector runs on the GUI thread only.

The collector starts in whichever thread happens to allocate when a threshold is crossed. When
that is a worker thread (a PDF rendered or printed in the pool) and the garbage holds Qt objects
made on the GUI thread (a closed dialog in a reference cycle), Qt destroys them on the wrong
thread and the process can crash (seen: a segmentation fault while a print job was cancelled).
:func:`install` turns automatic collection off and collects from a timer on the GUI thread by the
same thresholds, so every collection — and every Qt object it frees — happens there. The pattern
PySide's and PyQt's maintainers recommend for threaded programs; written by hand because it is a
dozen lines."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

CHECK_MS = 100

_timers: list[QTimer] = []


def collect_due() -> int:
    """One collection of the generation whose threshold is crossed (as automatic collection would
    have done), on the calling (GUI) thread; the number of objects freed."""
    counts, limits = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if limits[generation] and counts[generation] >= limits[generation]:
            return gc.collect(generation)
    return 0


def install(app: QCoreApplication) -> None:
    if _timers:
        return
    gc.disable()
    timer = QTimer(app)
    timer.setInterval(CHECK_MS)
    timer.timeout.connect(collect_due)
    timer.start()
    _timers.append(timer)
