"""Qt windows in tests: show one and wait until it is the active window, as a person would see it."""

from __future__ import annotations

from typing import Any

from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser


def open_window(qtbot: Any, services: Services, user: CurrentUser) -> Any:
    """The main window for ``user``, shown and active (a MainWindow)."""
    from frontdesk.ui.common.bus import EventBus
    from frontdesk.ui.common.context import UiContext
    from frontdesk.ui.shell.main_window import MainWindow

    return show_active(qtbot, MainWindow(UiContext(services, user, EventBus())))


def show_active(qtbot: Any, widget: Any, size: tuple[int, int] | None = None) -> Any:
    """Show ``widget`` (at ``size`` if given) as a window of its own and wait until it is the
    active window, so that keys go to it; returns it."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def wait_focus(qtbot: Any, window: Any, widget: Any) -> None:
    """Wait until ``widget`` (in ``window``) has the keyboard focus. On the offscreen platform a
    window closed or deleted a moment earlier (the login dialog, a previous test's leftovers) can
    leave no window active, where a window manager would hand the activation back: the window is
    activated again meanwhile."""
    from PySide6.QtWidgets import QApplication

    def there() -> bool:
        if QApplication.activeWindow() is None:
            window.activateWindow()
            return False
        return QApplication.focusWidget() is widget

    qtbot.waitUntil(there)
