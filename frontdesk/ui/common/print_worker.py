"""Printing a PDF off the GUI thread, with progress and cancel; and the printer each form used last.

The preview (print_preview.py) hands a :class:`PrintJob` the PDF bytes and a configured
``QPrinter``; the job runs on its own ``QThread`` (Qt allows painting on a QPrinter outside the GUI
thread): it opens the PDF with QtPdf there, rasterises each page at the chosen resolution and paints
it on the printer, reporting ``progress(done, total)`` after each page and ``completed(status,
message)`` at the end — ``"done"``, ``"cancelled"`` (the printer's job is aborted) or ``"failed"``.

A page is rendered and painted in strips (:data:`STRIP` pixel rows at a time): the Python bindings
keep the interpreter lock for the whole of one render or one ``drawImage``, so a whole 300 dpi page
in one call would stop the GUI thread's Python for 0.5 s or more; strips keep every pause short (and
the printer's spool smaller).

A page in strips makes a few hundred void Qt calls: the bindings' loss of a reference to ``None``
on each (PySide6 6.12 on CPython 3.11) is made good for the whole application by ui/none_guard.py.

:class:`PrinterMemory` keeps, per form and per counter PC (QSettings: printers are the machine's),
the printer, the paper and the resolution last used, for 直接打印 without a dialog.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSettings, QSize, QThread, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

#: pixel rows rendered and painted per call (see the module's docstring), and the pause after
#: each, which hands the processor and the interpreter lock to the GUI thread
STRIP = 64
YIELD = 0.002
#: the resolutions offered: 300 dpi by default, 600 for forms with small print
DPI_CHOICES = (300, 600)
DEFAULT_DPI = 300


class PrintJob(QThread):
    """Print ``pdf`` on ``printer`` (pages ``first``..``last``, 0-based, inclusive) at ``dpi``.

    Start it with :meth:`start`; it must outlive its run (keep a reference until ``completed``)."""

    progress = Signal(int, int)  # pages printed, pages to print
    completed = Signal(str, str)  # "done" | "cancelled" | "failed", message

    def __init__(
        self,
        pdf: bytes,
        printer: QPrinter,
        *,
        dpi: int = DEFAULT_DPI,
        first: int = 0,
        last: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pdf = bytes(pdf)
        self._printer = printer
        self._dpi = dpi
        self._first = first
        self._last = last
        self._cancel = threading.Event()
        self.status = ""

    def cancel(self) -> None:
        """Stop after the strip being painted; what reached the printer is withdrawn."""
        self._cancel.set()

    @property
    def dpi(self) -> int:
        return self._dpi

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            status, message = self._print()
        except Exception as exc:  # reported to the GUI thread, never lost
            status, message = "failed", str(exc) or type(exc).__name__
        self.status = status
        self.completed.emit(status, message)

    def _print(self) -> tuple[str, str]:
        doc = QPdfDocument()
        data = QByteArray(self._pdf)
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        doc.load(buf)
        if doc.status() != QPdfDocument.Status.Ready:
            return "failed", f"PDF: {doc.error()}"
        count = doc.pageCount()
        last = count - 1 if self._last is None else min(self._last, count - 1)
        pages = list(range(max(self._first, 0), last + 1))
        printer = self._printer
        painter = QPainter()
        if not painter.begin(printer):
            return "failed", "printer"
        try:
            device_dpi = printer.resolution()
            dpi = min(device_dpi, self._dpi)
            area = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
            for n, i in enumerate(pages):
                if n:
                    printer.newPage()
                if not self._page(doc, i, painter, area, dpi, device_dpi):
                    printer.abort()
                    return "cancelled", ""
                self.progress.emit(n + 1, len(pages))
        finally:
            if painter.isActive():
                painter.end()
            doc.close()
        return "done", ""

    def _page(self, doc: QPdfDocument, i: int, painter: QPainter, area: QRect, dpi: int, device_dpi: int) -> bool:
        """Page ``i`` scaled to the paper (centred, never enlarged), strip by strip; False if cancelled."""
        pts = doc.pagePointSize(i)
        w, h = round(pts.width() * dpi / 72), round(pts.height() * dpi / 72)
        scale = device_dpi / dpi
        ratio = min(area.width() / (w * scale), area.height() / (h * scale), 1.0)
        tw, th = w * scale * ratio, h * scale * ratio
        x0 = area.x() + (area.width() - tw) / 2
        y0 = area.y() + (area.height() - th) / 2
        sy = th / h
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(QSize(w, h))
        y = 0
        while y < h:
            if self._cancel.is_set():
                return False
            rows = min(STRIP, h - y)
            options.setScaledClipRect(QRect(0, y, w, rows))
            image = doc.render(i, QSize(w, rows), options)
            top, bottom = round(y0 + y * sy), round(y0 + (y + rows) * sy)
            painter.drawImage(QRect(round(x0), top, round(tw), bottom - top), image)
            y += rows
            time.sleep(YIELD)  # let the GUI thread in between strips, even on a busy machine
        return True


@dataclass(frozen=True)
class Remembered:
    printer: str
    paper: QPageSize.PageSizeId | None
    dpi: int


class PrinterMemory:
    """The printer, paper and resolution each form was last printed with, on this PC."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    @staticmethod
    def _key(form: str, name: str) -> str:
        return f"printing/{form}/{name}"

    def recall(self, form: str) -> Remembered | None:
        name = str(self._settings.value(self._key(form, "printer"), "") or "")
        if not name:
            return None
        paper = str(self._settings.value(self._key(form, "paper"), "") or "")
        try:
            paper_id = QPageSize.PageSizeId(int(paper)) if paper else None
        except ValueError:
            paper_id = None
        return Remembered(name, paper_id, self.dpi(form))

    def dpi(self, form: str) -> int:
        try:
            value = int(str(self._settings.value(self._key(form, "dpi"), DEFAULT_DPI)))
        except ValueError:
            return DEFAULT_DPI
        return value if value in DPI_CHOICES else DEFAULT_DPI

    def set_dpi(self, form: str, dpi: int) -> None:
        self._settings.setValue(self._key(form, "dpi"), int(dpi))

    def remember(self, form: str, printer: QPrinter) -> None:
        """After a print through the dialog: that printer and paper for the next 直接打印."""
        if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or not printer.printerName():
            return
        self._settings.setValue(self._key(form, "printer"), printer.printerName())
        self._settings.setValue(self._key(form, "paper"), int(printer.pageLayout().pageSize().id().value))

    def forget(self, form: str) -> None:
        for name in ("printer", "paper"):
            self._settings.remove(self._key(form, name))


def printer_available(name: str) -> bool:
    return any(info.printerName() == name for info in QPrinterInfo.availablePrinters())


def apply_paper(printer: QPrinter, paper: QPageSize.PageSizeId | None) -> None:
    """Put ``paper`` (the remembered size) in the printer's page layout, keeping its orientation."""
    if paper is None:
        return
    layout = printer.pageLayout()
    printer.setPageLayout(QPageLayout(QPageSize(paper), layout.orientation(), layout.margins()))


__all__ = ["DPI_CHOICES", "PrintJob", "PrinterMemory", "Remembered", "apply_paper", "printer_available"]
