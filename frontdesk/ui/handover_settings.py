"""Moved to :mod:`frontdesk.ui.handover.settings`; this name keeps older imports working."""

from frontdesk.ui.handover.settings import HandoverSettingsDialog, add_handover_settings_action

__all__ = ["HandoverSettingsDialog", "add_handover_settings_action"]
