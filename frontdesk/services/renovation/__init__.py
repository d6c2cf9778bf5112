"""装修管理: the registration (frontdesk.features), the service and its declared form."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from frontdesk.services.core.features import TabSpec
from frontdesk.services.core.records import record_feature
from frontdesk.services.renovation.form import GATE, OPTIONS, PERMISSIONS, RENOVATION, RenovationRow
from frontdesk.services.renovation.service import CardCheck, DepositRow, RenovationService, WorkerCard


def wire(services: Any, service: RenovationService) -> None:
    """A 违规 inspection issues its 整改通知单 through the notices service."""
    service.notices = services.notices


_MAIN = record_feature(
    RenovationService,
    "renovation",
    "frontdesk.ui.renovation.tab:RenovationTab",
    75,
    PERMISSIONS,
    OPTIONS,
    group="装修",
    wire=wire,
)
#: the records' tab, and beside it in the group the guard's check of a worker's card
FEATURE = replace(
    _MAIN,
    tabs=(*_MAIN.tabs, TabSpec("frontdesk.ui.renovation.gate:WorkerCardCheckTab", 76, GATE, title="出入证核验", group="装修")),
)

__all__ = ["FEATURE", "RENOVATION", "CardCheck", "DepositRow", "RenovationRow", "RenovationService", "WorkerCard"]
