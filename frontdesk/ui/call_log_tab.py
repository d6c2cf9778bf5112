"""Moved to :mod:`frontdesk.ui.call_log` (kept so that other features' imports keep working)."""

from __future__ import annotations

from frontdesk.ui.call_log.form import CallEntryForm
from frontdesk.ui.call_log.model import ROW_ROLE
from frontdesk.ui.call_log.tab import CallLogTab
from frontdesk.ui.call_log.widgets import CallerPanel

__all__ = ["CallLogTab", "CallEntryForm", "CallerPanel", "ROW_ROLE"]
