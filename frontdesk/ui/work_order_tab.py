"""The work-order tab moved to :mod:`frontdesk.ui.work_orders`; these names stay importable here
for the other features that open an order form (call log) or size a combo (callbacks)."""

from frontdesk.ui.work_orders.actions import CompleteDialog, ReasonDialog
from frontdesk.ui.work_orders.detail import OrderDetail, fit_combo
from frontdesk.ui.work_orders.dialogs import DispatchDialog, OrderFormDialog
from frontdesk.ui.work_orders.tab import WorkOrderTab

__all__ = ["CompleteDialog", "DispatchDialog", "OrderDetail", "OrderFormDialog", "ReasonDialog", "WorkOrderTab", "fit_combo"]
