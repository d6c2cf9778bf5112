"""One dialog for every printed form: preview, print to any installed printer, or save as PDF.

It takes a callable that produces the PDF bytes (run off the GUI thread) and a suggested file
name; it knows nothing about what it prints::

    dlg = PrintPreviewDialog(lambda: render_work_order(...), "维修工作单_WX20261127001.pdf",
                             title=self.tr("维修工作单"), on_output=lambda target: ..., parent=self)
    dlg.open()

``on_output("printer" | "pdf")`` is called after the form went to a printer or into a file, so
the caller can count prints and put them on the record's timeline. Pages are rendered with QtPdf
(PySide6-Pdf) for the screen and for the printer: no external viewer, no shell.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.files import suggested_path
from frontdesk.ui.common.worker import run_in_background

#: enough for sharp text on paper without building huge page images
MAX_PRINT_DPI = 300


class PrintPreviewDialog(QDialog):
    def __init__(
        self,
        make_pdf: Callable[[], bytes],
        suggested_name: str,
        *,
        title: str = "",
        on_output: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_pdf = make_pdf
        self.suggested_name = suggested_name
        self._on_output = on_output
        self.pdf_bytes: bytes | None = None
        self.error_text = ""
        self._buffer: QBuffer | None = None
        self._data = QByteArray()
        self.setWindowTitle(self.tr("打印预览 — {0}").format(title or suggested_name))
        self._fit_to_screen(parent)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.status = QLabel(self.tr("正在生成预览…"))
        self.status.setObjectName("preview_status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.status)
        self.stack.addWidget(self.view)

        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setObjectName("print_button")
        self.print_button.setToolTip(self.tr("选择打印机并打印（Ctrl+P）"))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        self.save_button.setObjectName("save_button")
        self.save_button.setToolTip(self.tr("保存为 PDF 文件（Ctrl+S）"))
        self.fit_width = QPushButton(self.tr("适合宽度"))
        self.fit_page = QPushButton(self.tr("整页"))
        for b in (self.fit_width, self.fit_page):
            b.setCheckable(True)
            b.setAutoExclusive(True)
        self.fit_width.setChecked(True)
        self.pages_label = QLabel()
        self.pages_label.setStyleSheet("color:#666")
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        QShortcut(QKeySequence.StandardKey.Print, self, self.on_print_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self, self.on_save_clicked)

        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addSpacing(16)
        bar.addWidget(self.fit_width)
        bar.addWidget(self.fit_page)
        bar.addSpacing(12)
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        bar.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.stack, 1)
        self._set_ready(False)
        self.document.statusChanged.connect(self.on_document_statusChanged)
        self._alive = True
        self.finished.connect(self._on_finished)
        run_in_background(self._make_pdf, self._on_pdf_made, self._on_pdf_failed)

    # the preferred size: an A4 page across at a readable zoom
    PREFERRED = QSize(820, 940)

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        """At most the preferred size, and never taller or wider than the screen's free area
        (a 1366×768 laptop with a task bar), leaving room for the window frame."""
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(self.PREFERRED)
            return
        free = screen.availableGeometry()
        frame = 40  # title bar and borders, drawn by the window manager outside our size
        size = QSize(
            min(self.PREFERRED.width(), free.width() - frame // 2),
            min(self.PREFERRED.height(), free.height() - frame),
        )
        self.resize(size)  # QDialog places it on that screen when shown

    # --- rendering -------------------------------------------------------------------------------

    def _on_finished(self, _result: int) -> None:
        self._alive = False

    def _on_pdf_made(self, pdf: object) -> None:
        if not self._alive or not shiboken6.isValid(self):  # closed or deleted meanwhile
            return
        if not isinstance(pdf, bytes | bytearray) or not bytes(pdf[:5]) == b"%PDF-":
            self._on_pdf_failed(ValueError("not a PDF"))
            return
        self.pdf_bytes = bytes(pdf)
        self._data = QByteArray(self.pdf_bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _on_pdf_failed(self, exc: Exception) -> None:
        if not self._alive or not shiboken6.isValid(self):  # closed or deleted meanwhile
            return
        from frontdesk.services.errors import ServiceError
        from frontdesk.ui.common.messages import error_message

        detail = error_message(exc) if isinstance(exc, ServiceError) else str(exc)
        self.error_text = self.tr("无法生成打印文件：{0}").format(detail)
        self.status.setText(self.error_text)
        self.status.setStyleSheet("color:#c0392b; font-size: 14px;")
        self.stack.setCurrentWidget(self.status)

    def on_document_statusChanged(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self.stack.setCurrentWidget(self.view)
            self.pages_label.setText(self.tr("共 {0} 页").format(self.document.pageCount()))
            self._set_ready(True)
        elif status == QPdfDocument.Status.Error:
            self._on_pdf_failed(ValueError(str(self.document.error())))

    def _set_ready(self, ready: bool) -> None:
        for b in (self.print_button, self.save_button, self.fit_width, self.fit_page):
            b.setEnabled(ready)

    @property
    def ready(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def page_count(self) -> int:
        return self.document.pageCount()

    # --- printing and saving ---------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        """A printer set to the form's paper size, printing the whole sheet (the form has margins)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.suggested_name).stem)
        if self.document.pageCount():
            size = self.document.pagePointSize(0)
            landscape = size.width() > size.height()
            page = QPageSize(
                QSizeF(min(size.width(), size.height()), max(size.width(), size.height())),
                QPageSize.Unit.Point,
            )
            orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
            printer.setPageLayout(QPageLayout(page, orientation, QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)
        return printer

    def on_print_clicked(self) -> None:
        if not self.ready:
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印 {0}").format(Path(self.suggested_name).stem))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Render every page with QtPdf and paint it on the printer, scaled to the paper."""
        if not self.ready:
            return False
        self.setCursor(Qt.CursorShape.WaitCursor)
        painter = QPainter()
        try:
            if not painter.begin(printer):
                QMessageBox.warning(self, self.tr("打印"), self.tr("无法连接打印机，请检查打印机是否开启。"))
                return False
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            scale = printer.resolution() / dpi
            target_area = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
            first = printer.fromPage() - 1 if printer.fromPage() > 0 else 0
            last = printer.toPage() - 1 if printer.toPage() > 0 else self.document.pageCount() - 1
            for i in range(first, min(last, self.document.pageCount() - 1) + 1):
                if i > first:
                    printer.newPage()
                pts = self.document.pagePointSize(i)
                image = self.document.render(i, QSize(round(pts.width() * dpi / 72), round(pts.height() * dpi / 72)))
                w, h = image.width() * scale, image.height() * scale
                ratio = min(target_area.width() / w, target_area.height() / h, 1.0)
                w, h = int(w * ratio), int(h * ratio)
                x = target_area.x() + (target_area.width() - w) // 2
                y = target_area.y() + (target_area.height() - h) // 2
                painter.drawImage(QRect(x, y, w, h), image)
        finally:
            if painter.isActive():
                painter.end()
            self.unsetCursor()
        if self._on_output is not None:
            self._on_output("printer")
        return True

    def on_save_clicked(self) -> None:
        if not self.ready:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为 PDF"), suggested_path(self.suggested_name), self.tr("PDF 文件 (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        if self.pdf_bytes is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(path.suffix + ".pdf") if path.suffix else path.with_suffix(".pdf")
        try:
            path.write_bytes(self.pdf_bytes)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("另存为 PDF"), self.tr("保存失败：{0}").format(exc.strerror or str(exc)))
            return False
        self.saved_path = path
        if self._on_output is not None:
            self._on_output("pdf")
        return True
