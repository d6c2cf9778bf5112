"""Print a handover sheet through the shared preview dialog (ui/print_preview.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from frontdesk.services.errors import ServiceError
from frontdesk.services.handover import HandoverDetail
from frontdesk.ui.context import UiContext


def open_handover_print(ctx: UiContext, detail: HandoverDetail, parent: QWidget | None = None):  # type: ignore[no-untyped-def]
    """Open the preview of the 交接班记录 (rendered off the GUI thread); returns the dialog."""
    from frontdesk.printing.handover_pdf import render_handover, suggested_file_name
    from frontdesk.ui.print_preview import PrintPreviewDialog

    services, user = ctx.services, ctx.user
    centre = services.settings.get("centre.name")
    printed_at = services.clock.now()

    def make_pdf() -> bytes:
        return render_handover(detail, centre=centre, printed_at=printed_at, printed_by=user.name)

    def on_output(target: str) -> None:
        try:
            services.handover.record_print(user, detail.id, target=target)
        except ServiceError:
            return  # printing worked; only the count on the trail is missing

    title = QCoreApplication.translate("handover", "交接班记录 {0}").format(detail.number or "")
    dlg = PrintPreviewDialog(make_pdf, suggested_file_name(detail), title=title, on_output=on_output, parent=parent)
    dlg.open()
    return dlg
