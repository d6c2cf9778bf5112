"""Moved to :mod:`frontdesk.ui.handover.ack`; this name keeps older imports working."""

from frontdesk.ui.handover.ack import HandoverAckDialog

__all__ = ["HandoverAckDialog"]
