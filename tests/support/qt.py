"""Qt windows in tests: show one and wait until it is the active window, as a person would see it."""

from __future__ import annotations

from typing import Any

from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser


def open_window(qtbot: Any, services: Services, user: CurrentUser) -> Any:
    """The main window for ``user``, shown and active (a MainWindow)."""
    from frontdesk.ui.bus import EventBus
    from frontdesk.ui.context import UiContext
    from frontdesk.ui.main_window import MainWindow

    w = MainWindow(UiContext(services, user, EventBus()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w
