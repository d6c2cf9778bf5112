"""交房办理 and 入住: the registration (frontdesk.features) and the service. The wiring gives the
service the registry (room status, occupants) and the work orders (defects become repair orders
with source 交房验房)."""

from __future__ import annotations

from typing import Any

from frontdesk.services.core.records import record_feature
from frontdesk.services.handovers_in.forms import HANDOVER_IN, OPTIONS, PERMISSIONS, HandoverRow
from frontdesk.services.handovers_in.service import HandoverService
from frontdesk.services.handovers_in.sources import DefectSource


def _wire(services: Any, service: HandoverService) -> None:
    service.registry = services.registry
    service.orders = services.work_orders
    services.work_orders.register_source("handover_in", DefectSource())


FEATURE = record_feature(
    HandoverService,
    "handovers_in",
    "frontdesk.ui.handovers_in.tab:HandoverInTab",
    121,
    PERMISSIONS,
    OPTIONS,
    group="交房入住",
    wire=_wire,
)

__all__ = ["FEATURE", "HANDOVER_IN", "HandoverRow", "HandoverService"]
