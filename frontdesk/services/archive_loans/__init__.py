"""档案借阅: the registration (frontdesk.features) and the service."""

from __future__ import annotations

from frontdesk.services.archive_loans.service import ARCHIVE_LOAN, OPTIONS, PERMISSIONS, ArchiveLoanService
from frontdesk.services.core.records import record_feature

FEATURE = record_feature(
    ArchiveLoanService,
    "archive_loans",
    "frontdesk.ui.archive_loans.tab:ArchiveLoanTab",
    104,
    PERMISSIONS,
    OPTIONS,
    group="登记簿",
)

__all__ = ["ARCHIVE_LOAN", "FEATURE", "ArchiveLoanService"]
