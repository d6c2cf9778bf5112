"""维修工作单: repair work orders from the report to the callback.

The package: :mod:`.rules` (states, operations, the transition table), :mod:`.rows` (what
callers send and get back), :mod:`.charges` (materials and charges: the one reading of a charge
line, used by the service and the completion dialog), :mod:`.guess` (a first guess at the
category and charging from a call's words), :mod:`.service` (the transactions and
queries) and :mod:`.feature` (the registration). The names below are what callers import.
"""

from __future__ import annotations

from frontdesk.services.work_orders.charges import ChargePreview, preview
from frontdesk.services.work_orders.feature import FEATURE
from frontdesk.services.work_orders.guess import ChoiceGuess
from frontdesk.services.work_orders.rows import (
    ChargeLine,
    CompletionInput,
    OrderFilter,
    WorkOrderDetail,
    WorkOrderInput,
    WorkOrderRow,
)
from frontdesk.services.work_orders.rules import MACHINE, ORDER, Op, State
from frontdesk.services.work_orders.service import WorkOrderService

__all__ = [
    "ChargeLine",
    "ChargePreview",
    "ChoiceGuess",
    "CompletionInput",
    "FEATURE",
    "MACHINE",
    "ORDER",
    "Op",
    "OrderFilter",
    "State",
    "WorkOrderDetail",
    "WorkOrderInput",
    "WorkOrderRow",
    "WorkOrderService",
    "preview",
]
