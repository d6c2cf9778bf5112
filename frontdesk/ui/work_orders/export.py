"""The work-order xlsx export of the tab: the service's column specs (services/work_orders/export)
with their words translated under the order vocabulary's context, written by the one writer
through ui.common.export. Dates, amounts and counts stay typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from frontdesk.services.work_orders.export import SHEET, export_columns
from frontdesk.services.work_orders.rules import VOCABULARY

#: the headers' and words' translation context: the order vocabulary's
CONTEXT = VOCABULARY.context


def _word(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


EXPORT_COLUMNS = export_columns(_word)

__all__ = ["CONTEXT", "EXPORT_COLUMNS", "SHEET"]
