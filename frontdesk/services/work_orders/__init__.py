"""维修工作单: repair work orders from the report to the callback.

The package: :mod:`.rules` (states, operations, the transition table), :mod:`.rows` (what
callers send and get back), :mod:`.charges` (materials and charges: the one reading of a charge
line, used by the service and the completion dialog), :mod:`.service` (the transactions and
queries) and :mod:`.feature` (the registration). The names below are what callers import.
"""

from frontdesk.services.work_orders.charges import ChargePreview, PricedLine, preview, price_line, price_lines
from frontdesk.services.work_orders.feature import FEATURE
from frontdesk.services.work_orders.rows import (
    ChargeLine,
    ChargeLineRow,
    CompletionInput,
    ContactSource,
    OrderFilter,
    Technician,
    TimelineEvent,
    WorkOrderDetail,
    WorkOrderInput,
    WorkOrderRow,
)
from frontdesk.services.work_orders.rules import (
    ALERT_KIND,
    CONFIRMATIONS,
    DEFAULT_DEADLINE_HOURS,
    DESCRIPTION_MAX,
    FINISHED,
    MACHINE,
    MAX_LINES,
    ORDER,
    PREFIX,
    REASON_MAX,
    URGENCIES,
    WORKING,
    Op,
    State,
    allowed_ops,
)
from frontdesk.services.work_orders.service import WorkOrderService

__all__ = [
    "ALERT_KIND",
    "CONFIRMATIONS",
    "DEFAULT_DEADLINE_HOURS",
    "DESCRIPTION_MAX",
    "FEATURE",
    "FINISHED",
    "MAX_LINES",
    "ORDER",
    "PREFIX",
    "REASON_MAX",
    "MACHINE",
    "URGENCIES",
    "WORKING",
    "ChargeLine",
    "ChargeLineRow",
    "ChargePreview",
    "CompletionInput",
    "ContactSource",
    "Op",
    "OrderFilter",
    "PricedLine",
    "State",
    "Technician",
    "TimelineEvent",
    "WorkOrderDetail",
    "WorkOrderInput",
    "WorkOrderRow",
    "WorkOrderService",
    "allowed_ops",
    "preview",
    "price_line",
    "price_lines",
]
