"""The one print action: any printable form (title, suggested file name, ``render() -> bytes``)
goes to the shared preview, which prints to any installed printer or saves a PDF."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from frontdesk.printing.printable import PdfDocument, Printable
from frontdesk.ui.common.print_preview import PrintPreviewDialog

__all__ = ["PdfDocument", "PrintedForm", "Printable", "open_preview"]


@dataclass(frozen=True)
class PrintedForm:
    """A printable made of its parts (title, file name, a ``render`` that runs off the GUI
    thread and reads no widget): what a feature hands the preview, instead of a class each."""

    title: str
    file_name: str
    render: Callable[[], bytes]


def open_preview(parent: QWidget | None, doc: Printable, on_output: Callable[[str], None] | None = None) -> PrintPreviewDialog:
    """Show the preview (the PDF is rendered off the GUI thread); ``on_output("printer"|"pdf")``
    runs after the form went out, so the caller can count prints on the record."""
    dlg = PrintPreviewDialog(doc.render, doc.file_name, title=doc.title, on_output=on_output, parent=parent)
    dlg.open()
    return dlg
