"""押金台账: the registration (frontdesk.features) and the service other features call."""

from __future__ import annotations

from typing import Any

from frontdesk.services.core.records import record_feature
from frontdesk.services.deposits.service import (
    DEPOSIT,
    OPTIONS,
    PERMISSIONS,
    RENOVATION,
    DepositRow,
    DepositService,
    RoomBalance,
)


def _wire(services: Any, service: DepositService) -> None:
    service.attach(services.receipts)


FEATURE = record_feature(
    DepositService, "deposits", "frontdesk.ui.deposits.tab:DepositTab", 111, PERMISSIONS, OPTIONS, group="收费", wire=_wire
)

__all__ = ["DEPOSIT", "FEATURE", "RENOVATION", "DepositRow", "DepositService", "RoomBalance"]
