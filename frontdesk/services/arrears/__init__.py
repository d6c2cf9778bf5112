"""欠费催缴: the registration (frontdesk.features), the service and the import."""

from __future__ import annotations

from frontdesk.services.arrears.importing import ArrearsLine, ArrearsPreview
from frontdesk.services.arrears.service import (
    ARREARS,
    OPTIONS,
    PERMISSIONS,
    REASONS,
    ArrearsRow,
    ArrearsService,
    ArrearsStats,
    ImportResult,
)
from frontdesk.services.core.records import record_feature

FEATURE = record_feature(
    ArrearsService, "arrears", "frontdesk.ui.arrears.tab:ArrearsTab", 112, PERMISSIONS, OPTIONS, group="收费"
)

__all__ = [
    "ARREARS",
    "FEATURE",
    "REASONS",
    "ArrearsLine",
    "ArrearsPreview",
    "ArrearsRow",
    "ArrearsService",
    "ArrearsStats",
    "ImportResult",
]
