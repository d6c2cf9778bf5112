"""Moved to :mod:`frontdesk.ui.shell.startup` (kept for frontdesk/main.py until the lead updates it)."""

from frontdesk.ui.shell.startup import StartupFlow

__all__ = ["StartupFlow"]
