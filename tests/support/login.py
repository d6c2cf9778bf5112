"""Logging in as at the start of a shift: the startup flow's login dialog, typed in by keyboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt

from frontdesk.ui.startup import StartupFlow
from tests.support.keyboard import type_into


def log_in(qtbot: Any, url: str, data_dir: Path, settings: QSettings, username: str) -> tuple[StartupFlow, Any]:
    """Start the app on ``url``, type ``username`` and its test password (``secret-<username>``)
    into the login dialog, press Enter; returns the flow and its main window, shown."""
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
    return flow, window
