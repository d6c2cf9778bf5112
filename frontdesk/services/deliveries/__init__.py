"""交付批次: the registration (frontdesk.features) and the service."""

from __future__ import annotations

from frontdesk.services.core.records import record_feature
from frontdesk.services.deliveries.service import BATCH, PERMISSIONS, BatchRow, BuyersPreview, DeliveryService

FEATURE = record_feature(
    DeliveryService, "deliveries", "frontdesk.ui.deliveries.tab:DeliveryTab", 120, PERMISSIONS, group="交房入住"
)

__all__ = ["BATCH", "FEATURE", "BatchRow", "BuyersPreview", "DeliveryService"]
