"""The printable 维修工作单 (ui.common.print_action): title, file name, and the PDF rendered from
the service's print data (printing/work_order_pdf)."""

from __future__ import annotations

from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.print_action import PrintedForm
from frontdesk.ui.work_orders.dialogs import orders


def order_printout(ctx: UiContext, order_id: int, number: str, title: str) -> PrintedForm:
    """The work order's form for the shared preview."""

    def render() -> bytes:
        """Runs off the GUI thread: reads the order afresh and lays out the form."""
        from frontdesk.printing.work_order_pdf import render_work_order  # reportlab loads on first print

        services, user = ctx.services, ctx.user
        centre = services.settings.get("centre.name")
        data = orders(ctx).print_data(user, order_id)
        return render_work_order(data, centre=centre, printed_at=services.clock.now(), printed_by=user.name)

    return PrintedForm(title, f"维修工作单_{number}.pdf", render)
