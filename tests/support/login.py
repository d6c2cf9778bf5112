"""Logging in, in tests: cheap password hashing, and the startup flow's login dialog typed in by
keyboard as at the start of a shift. Importing this module does not load Qt."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from frontdesk.ui.shell.startup import StartupFlow


def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 with its production cost makes each test login take a second on a busy 2-core
    machine; tests that are not about passwords hash cheaply (same algorithm, same code).
    Hashing itself is tested with the staff service."""
    from argon2 import PasswordHasher

    from frontdesk.services import staff

    monkeypatch.setattr(staff, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


def log_in(qtbot: Any, url: str, data_dir: Path, settings: QSettings, username: str) -> tuple[StartupFlow, Any]:
    """Start the app on ``url``, type ``username`` and its test password (``secret-<username>``)
    into the login dialog, press Enter; returns the flow and its main window, shown."""
    from PySide6.QtCore import Qt

    from frontdesk.ui.shell.startup import StartupFlow
    from tests.support.keyboard import type_into

    flow = StartupFlow(url, data_dir, settings)
    assert flow.start()
    dlg = flow.dialog
    qtbot.addWidget(dlg)
    qtbot.waitExposed(dlg)
    type_into(qtbot, dlg.username, username)
    type_into(qtbot, dlg.password, f"secret-{username}")
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.window is not None)
    window = flow.window
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    # the login dialog closing leaves no active window on the offscreen platform (a window manager
    # hands the activation to the main window): the keys typed next must reach the main window
    from PySide6.QtWidgets import QApplication

    def active() -> bool:
        if dlg.isVisible():
            return False
        if QApplication.activeWindow() is None:
            window.activateWindow()
        return QApplication.activeWindow() is not None

    qtbot.waitUntil(active)
    return flow, window
