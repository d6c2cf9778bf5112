"""快递/包裹代收: the registration (frontdesk.features) and the service."""

from __future__ import annotations

from frontdesk.services.core.records import record_feature
from frontdesk.services.parcels.service import OPTIONS, PARCEL, PERMISSIONS, ParcelService

FEATURE = record_feature(
    ParcelService, "parcels", "frontdesk.ui.parcels.tab:ParcelTab", 101, PERMISSIONS, OPTIONS, group="登记簿"
)

__all__ = ["FEATURE", "PARCEL", "ParcelService"]
