"""The printable 维修工作单 (ui.common.print_action): title, file name, and the PDF rendered from
the service's print data (printing/work_order_pdf)."""

from __future__ import annotations

from dataclasses import dataclass

from frontdesk.ui.common.context import UiContext
from frontdesk.ui.work_orders.dialogs import orders


@dataclass(frozen=True)
class OrderPrintout:
    ctx: UiContext
    order_id: int
    number: str
    title: str

    @property
    def file_name(self) -> str:
        return f"维修工作单_{self.number}.pdf"

    def render(self) -> bytes:
        """Runs off the GUI thread: reads the order afresh and lays out the form."""
        from frontdesk.printing.work_order_pdf import render_work_order  # reportlab loads on first print

        services, user = self.ctx.services, self.ctx.user
        centre = services.settings.get("centre.name")
        data = orders(self.ctx).print_data(user, self.order_id)
        return render_work_order(data, centre=centre, printed_at=services.clock.now(), printed_by=user.name)
