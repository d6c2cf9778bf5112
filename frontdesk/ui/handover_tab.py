"""Moved to :mod:`frontdesk.ui.handover.tab`; this name keeps older imports working."""

from frontdesk.ui.handover.tab import HandoverTab

__all__ = ["HandoverTab"]
