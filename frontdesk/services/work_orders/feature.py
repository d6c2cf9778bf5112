"""The work-order registration (frontdesk.features)."""

from __future__ import annotations

from typing import Any

from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec, Vocabulary
from frontdesk.services.permissions import Action
from frontdesk.services.work_orders.rules import ORDER
from frontdesk.services.work_orders.service import WorkOrderService

# --- the registration (frontdesk.features) -------------------------------------------------------


def _build(env: FeatureEnv) -> WorkOrderService:
    return WorkOrderService(env.db, env.clock, env.get("settings"))


def _wire(services: Any, service: WorkOrderService) -> None:
    # the shared callback queue and the alerts report back to the orders
    services.callbacks.register_hook("order", service)
    services.alerts.register_hook("order", service)


FEATURE = Feature(
    kind=ORDER,
    key="work_orders",
    build=_build,
    vocabulary=Vocabulary("WorkOrders", "维修工单"),
    tabs=(TabSpec("frontdesk.ui.work_orders.tab:WorkOrderTab", 20, Action.ORDER_VIEW),),
    prefix="WX",
    wire=_wire,
)
