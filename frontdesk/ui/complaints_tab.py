"""Moved: frontdesk.ui.complaints.tab (kept so other features' code needs no change)."""

from frontdesk.ui.complaints.tab import ComplaintsTab

__all__ = ["ComplaintsTab"]
