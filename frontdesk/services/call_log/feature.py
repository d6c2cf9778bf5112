"""The call log's registration (frontdesk.features)."""

from __future__ import annotations

from typing import Any

from frontdesk.services.call_log.convert import OrderSource
from frontdesk.services.call_log.rows import (
    CALL,
    VOCABULARY,
)
from frontdesk.services.call_log.service import CallLogService
from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec
from frontdesk.services.permissions import Action

# --- the registration (frontdesk.features) -------------------------------------------------------


def _build(env: FeatureEnv) -> CallLogService:
    return CallLogService(env.db, env.clock)


def _wire(services: Any, service: CallLogService) -> None:
    # an order can be made from a call-log entry (转工单), linked both ways in one transaction
    services.work_orders.register_source("call", OrderSource(services.clock))


FEATURE = Feature(
    kind=CALL,
    key="call_log",
    build=_build,
    vocabulary=VOCABULARY,
    tabs=(TabSpec("frontdesk.ui.call_log.tab:CallLogTab", 10, Action.CALL_VIEW),),
    wire=_wire,
    export=lambda svc, user, path: svc.export_all(user, path),
)
