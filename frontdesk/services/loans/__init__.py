"""物品借用: the registration (frontdesk.features) and the service."""

from __future__ import annotations

from frontdesk.services.core.records import record_feature
from frontdesk.services.loans.service import ITEM_LOAN, OPTIONS, PERMISSIONS, LoanService

FEATURE = record_feature(LoanService, "loans", "frontdesk.ui.loans.tab:LoanTab", 103, PERMISSIONS, OPTIONS, group="登记簿")

__all__ = ["FEATURE", "ITEM_LOAN", "LoanService"]
