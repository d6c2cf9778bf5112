"""The work-order registration (frontdesk.features)."""

from __future__ import annotations

from frontdesk.services.core.features import Feature, TabSpec, joins_callbacks_and_alerts, service_of
from frontdesk.services.permissions import Action
from frontdesk.services.work_orders.export import export_orders
from frontdesk.services.work_orders.rules import ORDER, PREFIX, VOCABULARY
from frontdesk.services.work_orders.service import WorkOrderService

FEATURE = Feature(
    kind=ORDER,
    key="work_orders",
    build=service_of(WorkOrderService, "settings"),
    vocabulary=VOCABULARY,
    tabs=(TabSpec("frontdesk.ui.work_orders.tab:WorkOrderTab", 20, Action.ORDER_VIEW, title="维修工单"),),
    prefix=PREFIX,
    # the shared callback queue and the alerts report back to the orders
    wire=joins_callbacks_and_alerts(ORDER.name),
    export=export_orders,
    summary="维修工单：派单、开始、完工登记用料费用、打印两联、回访后关闭。",
)
