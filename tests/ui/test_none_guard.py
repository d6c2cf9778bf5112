"""The bindings' fault (a reference to None lost per void Qt call on CPython 3.11 with PySide6
6.12.0) and the guard that makes a long day at the counter safe."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel

from frontdesk.ui import none_guard


def test_a_day_of_qt_calls_leaves_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    for _ in range(3):
        for _ in range(50_000):  # more void calls than None had references before the guard
            label.setText("3-2-1502")
        none_guard.top_up()  # what the guard's timer does every 200 ms
    assert sys.getrefcount(None) > none_guard.LOW // 2


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from CPython 3.12")
def test_the_guard_is_on_where_the_bindings_lose_none(qapp) -> None:  # type: ignore[no-untyped-def]
    if none_guard.void_calls_drop_none():
        assert none_guard.install(qapp) and sys.getrefcount(None) >= none_guard.LOW
