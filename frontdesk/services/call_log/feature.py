"""The call log's registration (frontdesk.features)."""

from __future__ import annotations

from typing import Any

from frontdesk.services.call_log.convert import OrderSource
from frontdesk.services.call_log.rows import CALL, VOCABULARY
from frontdesk.services.call_log.service import CallLogService
from frontdesk.services.core.features import Feature, TabSpec, service_of
from frontdesk.services.permissions import Action


def _wire(services: Any, service: CallLogService) -> None:
    # an order can be made from a call-log entry (转工单), linked both ways in one transaction
    services.work_orders.register_source("call", OrderSource(services.clock))


FEATURE = Feature(
    kind=CALL,
    key="call_log",
    build=service_of(CallLogService),
    vocabulary=VOCABULARY,
    tabs=(TabSpec("frontdesk.ui.call_log.tab:CallLogTab", 10, Action.CALL_VIEW, title="来电来访"),),
    wire=_wire,
    export=CallLogService.export_all,
    summary="每一通来电、每一位来访：登记、跟进，并可一键转为工单或投诉。",
)
