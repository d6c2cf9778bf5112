"""Print a handover sheet through the one print action (ui.common.print_action.open_preview)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from frontdesk.services.core.features import FeatureSet
from frontdesk.services.errors import ServiceError
from frontdesk.services.handover import HandoverDetail
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.print_action import open_preview
from frontdesk.ui.common.print_preview import PrintPreviewDialog


@dataclass(frozen=True)
class HandoverSheet:
    """The printable 交接班记录: title, file name and ``render()`` (run off the GUI thread)."""

    detail: HandoverDetail
    centre: str
    printed_at: datetime
    printed_by: str
    #: the registered kinds, whose words the sheet uses for their sections and states
    features: FeatureSet | None = None

    @property
    def title(self) -> str:
        return QCoreApplication.translate("handover", "交接班记录 {0}").format(self.detail.number or "")

    @property
    def file_name(self) -> str:
        from frontdesk.printing.handover_pdf import suggested_file_name

        return suggested_file_name(self.detail)

    def render(self) -> bytes:
        from frontdesk.printing.handover_pdf import render_handover

        return render_handover(
            self.detail, centre=self.centre, printed_at=self.printed_at, printed_by=self.printed_by, features=self.features
        )


def open_handover_print(ctx: UiContext, detail: HandoverDetail, parent: QWidget | None = None) -> PrintPreviewDialog:
    """Open the preview of the 交接班记录; each sheet that goes out is counted on the trail."""
    services, user = ctx.services, ctx.user
    sheet = HandoverSheet(detail, services.settings.get("centre.name"), services.clock.now(), user.name, services.features)

    def on_output(target: str) -> None:
        try:
            services.handover.record_print(user, detail.id, target=target)
        except ServiceError:
            return  # printing worked; only the count on the trail is missing

    return open_preview(parent, sheet, on_output)
