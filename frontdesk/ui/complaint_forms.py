"""Moved: frontdesk.ui.complaints.forms (kept so other features' code needs no change)."""

from frontdesk.ui.complaints.forms import IntakeForm, NewComplaintDialog

__all__ = ["IntakeForm", "NewComplaintDialog"]
