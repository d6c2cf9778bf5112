"""钥匙借还: the registration (frontdesk.features) and the service."""

from __future__ import annotations

from frontdesk.services.core.records import record_feature
from frontdesk.services.keys.service import KEY, OPTIONS, PERMISSIONS, Hook, KeyService, feed_handover

FEATURE = record_feature(
    KeyService, "keys", "frontdesk.ui.keys.tab:KeyTab", 102, PERMISSIONS, OPTIONS, group="登记簿", wire=feed_handover
)

__all__ = ["FEATURE", "KEY", "Hook", "KeyService"]
