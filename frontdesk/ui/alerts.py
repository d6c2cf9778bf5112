"""Moved to :mod:`frontdesk.ui.shell.alerts` (kept for main_window.py until the lead updates it)."""

from frontdesk.ui.shell.alerts import ALERT_POLL_MS, AcknowledgeDialog, AlertCard, AlertWatcher, AlertWindow

__all__ = ["ALERT_POLL_MS", "AcknowledgeDialog", "AlertCard", "AlertWatcher", "AlertWindow"]
