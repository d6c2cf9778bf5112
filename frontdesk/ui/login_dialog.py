"""Moved to :mod:`frontdesk.ui.shell.login_dialog` (kept so older imports keep working)."""

from frontdesk.ui.shell.login_dialog import FirstStartDialog, LoginDialog

__all__ = ["FirstStartDialog", "LoginDialog"]
