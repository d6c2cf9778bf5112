"""A guard against a fault of the Qt bindings in use: PySide6 6.12.0 on CPython 3.11 returns
``None`` from a C++ method that returns nothing without taking a reference to it, so every such
call (``setText``, ``setEnabled``, ``show``…) lowers ``None``'s reference count by one, and the
interpreter aborts ("deallocating None") once it reaches zero — after some tens of thousands of
calls, i.e. within a receptionist's day. (From CPython 3.12 ``None`` is immortal and nothing is
lost; PySide6-Pdf exists only from 6.12, so going back to 6.11 is not an option.)

:func:`install` measures whether the loss happens here and, if it does, keeps ``None``'s count
high: it adds the references the bindings take away back to ``None``'s count (CPython's object
header, through ctypes: references that are never given back, so that even the interpreter's
finalisation, when every real holder lets go, cannot reach zero) and tops them up from a timer
on the GUI thread. Written by hand because no library does it; ``tests/ui/test_none_guard.py``
shows the fault and the guard."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSize, QTimer

#: top up when fewer references than this are left, by this many
LOW = 1_000_000
CHUNK = 2_000_000
CHECK_MS = 200

_timers: list[QTimer] = []


def void_calls_drop_none() -> bool:
    """Whether a Qt call returning nothing lowers ``None``'s reference count here."""
    if sys.version_info >= (3, 12):
        return False
    probe = QSize()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setWidth(1)
    return sys.getrefcount(None) <= before - 16


def top_up() -> None:
    """Give ``None`` more references when its count runs low (CPython: the count is the first
    field of the object, at ``id(None)``)."""
    if sys.getrefcount(None) < LOW:
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += CHUNK


def install(app: QCoreApplication) -> bool:
    """Keep ``None`` alive for the application's life when the bindings need it; True if so."""
    if _timers or not void_calls_drop_none():
        return bool(_timers)
    top_up()
    timer = QTimer(app)
    timer.setInterval(CHECK_MS)
    timer.timeout.connect(top_up)
    timer.start()
    _timers.append(timer)
    return True
