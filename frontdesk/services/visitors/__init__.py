"""访客登记: the registration (frontdesk.features) and the service."""

from __future__ import annotations

from frontdesk.services.core.records import record_feature
from frontdesk.services.visitors.service import OPTIONS, PERMISSIONS, VISITOR, VisitorService

FEATURE = record_feature(
    VisitorService, "visitors", "frontdesk.ui.visitors.tab:VisitorTab", 100, PERMISSIONS, OPTIONS, group="登记簿"
)

__all__ = ["FEATURE", "VISITOR", "VisitorService"]
