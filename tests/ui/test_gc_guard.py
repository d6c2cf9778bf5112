"""Garbage is collected on the GUI thread only (frontdesk/ui/gc_guard.py): a worker that makes
cycles never runs the collector, the GUI thread's timer does."""

from __future__ import annotations

import gc
import threading

from frontdesk.ui import gc_guard


def test_a_workers_cycles_are_collected_on_the_gui_thread(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    gc_guard.install(qapp)
    assert not gc.isenabled()
    collected_in: list[str] = []
    gc.callbacks.append(lambda phase, info: collected_in.append(threading.current_thread().name) if phase == "start" else None)
    try:

        def work() -> None:
            for _ in range(50_000):  # well past generation 0's threshold
                a: list[object] = []
                a.append(a)

        worker = threading.Thread(target=work, name="worker")
        worker.start()
        worker.join()
        assert "worker" not in collected_in
        qtbot.waitUntil(lambda: bool(collected_in), timeout=2000)
        assert set(collected_in) == {threading.main_thread().name}
    finally:
        gc.callbacks.pop()
