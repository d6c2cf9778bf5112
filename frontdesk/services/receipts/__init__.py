"""收据: the registration (frontdesk.features) and the service."""

from __future__ import annotations

from typing import Any

from frontdesk.services.core.records import record_feature
from frontdesk.services.receipts.service import (
    CASH,
    METHODS,
    OPTIONS,
    PERMISSIONS,
    RECEIPT,
    CashReport,
    MethodTotal,
    ReceiptRow,
    ReceiptService,
    money_text,
)


def _wire(services: Any, service: ReceiptService) -> None:
    service.attach(services.staff)


FEATURE = record_feature(
    ReceiptService, "receipts", "frontdesk.ui.receipts.tab:ReceiptTab", 110, PERMISSIONS, OPTIONS, group="收费", wire=_wire
)

__all__ = ["CASH", "FEATURE", "METHODS", "RECEIPT", "CashReport", "MethodTotal", "ReceiptRow", "ReceiptService", "money_text"]
