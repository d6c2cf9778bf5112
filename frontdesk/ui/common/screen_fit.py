"""A window's or dialog's first size, never larger than the screen it opens on.

Why: dialogs asked for the size that suits a large screen (the 接班确认 dialog 900×760, the
complaint statistics 1150×800); on a 1366×768 counter screen less its task bar, and more so on a
1280×720 laptop at 125 % (about 1024×504 logical pixels free), their bottom rows, where the
buttons are, opened below the screen's edge. The layouts themselves fit (their forms scroll,
ui/common/form_scroll.py); this keeps the first size within the free area too."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: the title bar and borders the window manager adds outside a window's own size
FRAME = 40


def free_area(window: QWidget) -> QRect | None:
    """The free part of the screen ``window`` opens on (less the task bar): a dialog not shown yet
    opens over its parent, so the parent's screen; None offscreen, where there is no real screen."""
    screen = (window.parentWidget() or window).screen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        return None
    return screen.availableGeometry()


def fitting_size(window: QWidget, width: int, height: int) -> tuple[int, int]:
    """The window's first size: ``width`` × ``height``, but never larger than the screen's free
    area less the frame (a 1366×768 counter screen with a taskbar leaves about 1366×728), so the
    action rows and the status bar are on screen."""
    free = free_area(window)
    if free is None:
        return width, height
    return min(width, free.width()), min(height, free.height() - FRAME)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Give ``window`` (a dialog before it is shown) its first size, within the screen."""
    window.resize(*fitting_size(window, width, height))
