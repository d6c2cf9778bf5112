"""事件: the registration (frontdesk.features) and the service."""

from __future__ import annotations

from frontdesk.services.core.records import record_feature
from frontdesk.services.incidents.service import INCIDENT, OPTIONS, PERMISSIONS, IncidentRow, IncidentService

FEATURE = record_feature(IncidentService, "incidents", "frontdesk.ui.incidents.tab:IncidentTab", 15, PERMISSIONS, OPTIONS)

__all__ = ["FEATURE", "INCIDENT", "IncidentRow", "IncidentService"]
