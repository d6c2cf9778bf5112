"""温馨提示: the registration (frontdesk.features) and the service."""

from __future__ import annotations

from frontdesk.services.core.records import record_feature
from frontdesk.services.tips.service import OPTIONS, PERMISSIONS, TIP, TipRow, TipService

FEATURE = record_feature(TipService, "tips", "frontdesk.ui.tips.tab:TipTab", 86, PERMISSIONS, OPTIONS, group="文书")

__all__ = ["FEATURE", "TIP", "TipRow", "TipService"]
