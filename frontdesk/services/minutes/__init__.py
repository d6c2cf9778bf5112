"""会议纪要: the registration (frontdesk.features) and the service."""

from __future__ import annotations

from frontdesk.services.core.records import record_feature
from frontdesk.services.minutes.service import MINUTES, PERMISSIONS, MinutesRow, MinutesService

FEATURE = record_feature(MinutesService, "minutes", "frontdesk.ui.minutes.tab:MinutesTab", 87, PERMISSIONS, group="文书")

__all__ = ["FEATURE", "MINUTES", "MinutesRow", "MinutesService"]
