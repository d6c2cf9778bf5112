"""The one print action: any printable form (title, suggested file name, ``render() -> bytes``)
goes to the shared preview, which prints to any installed printer or saves a PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from frontdesk.printing.printable import PdfDocument, Printable
from frontdesk.ui.common.print_preview import PrintPreviewDialog

__all__ = ["DIRECT_PRINT_KEYS", "PdfDocument", "PrintedForm", "Printable", "add_direct_print", "open_preview"]


@dataclass(frozen=True)
class PrintedForm:
    """A printable made of its parts (title, file name, a ``render`` that runs off the GUI
    thread and reads no widget): what a feature hands the preview, instead of a class each."""

    title: str
    file_name: str
    render: Callable[[], bytes]


def open_preview(
    parent: QWidget | None,
    doc: Printable,
    on_output: Callable[[str], None] | None = None,
    *,
    direct: bool = False,
) -> PrintPreviewDialog:
    """Show the preview (the PDF is rendered off the GUI thread); ``on_output("printer"|"pdf")``
    runs after the form went out, so the caller can count prints on the record. ``direct``
    (直接打印, Ctrl+Shift+P on a selected record): print to the printer remembered for this form as
    soon as the PDF is ready, no dialog (the preview shows the progress and 取消打印)."""
    direct = direct or _direct.requested
    dlg = PrintPreviewDialog(doc.render, doc.file_name, title=doc.title, on_output=on_output, parent=parent, direct=direct)
    dlg.open()
    return dlg


#: the shortcut a record list offers for 直接打印 of the selected record
DIRECT_PRINT_KEYS = "Ctrl+Shift+P"


class _Direct:
    requested = False  # set while a direct-print shortcut runs a tab's print action


_direct = _Direct()


def add_direct_print(widget: QWidget, print_selected: Callable[[], object]) -> QShortcut:
    """Ctrl+Shift+P on ``widget`` (a record tab) runs its ordinary print action for the selected
    record, whose :func:`open_preview` then prints to the remembered printer at once (direct)."""

    def run() -> None:
        _direct.requested = True
        try:
            print_selected()
        finally:
            _direct.requested = False

    shortcut = QShortcut(QKeySequence(DIRECT_PRINT_KEYS), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(run)
    return shortcut
