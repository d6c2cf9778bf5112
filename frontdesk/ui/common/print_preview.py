"""One dialog for every printed form: preview, print to any installed printer, or save as PDF.

It takes a callable that produces the PDF bytes (run off the GUI thread) and a suggested file
name; it knows nothing about what it prints::

    dlg = PrintPreviewDialog(lambda: render_work_order(...), "维修工作单_WX20261127001.pdf",
                             title=self.tr("维修工作单"), on_output=lambda target: ..., parent=self)
    dlg.open()

``on_output("printer" | "pdf")`` is called after the form went to a printer or into a file, so
the caller can count prints and put them on the record's timeline. Pages are rendered with QtPdf
(PySide6-Pdf) for the screen and for the printer: no external viewer, no shell.

Printing runs on a worker thread (print_worker.PrintJob) with a progress bar and 取消打印; the
window keeps answering. 打印… asks for the printer (and remembers it, with the paper, for this
form on this PC); 直接打印 (Ctrl+P) prints to the remembered printer with no dialog (the first
time, it asks). 精细 600 dpi is offered for forms with small print, remembered per form.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSettings, QSize, QSizeF, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QPageLayout, QPageSize, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.files import suggested_path
from frontdesk.ui.common.print_worker import PrinterMemory, PrintJob, apply_paper, printer_available
from frontdesk.ui.common.worker import run_in_background

#: enough for sharp text on paper without building huge page images
MAX_PRINT_DPI = 300
FINE_PRINT_DPI = 600


def form_key(suggested_name: str) -> str:
    """The form a file name is of (``维修工作单_WX20261127001.pdf`` → ``维修工作单``): what the
    remembered printer is kept under."""
    return Path(suggested_name).stem.split("_", 1)[0] or "form"


def refresh_letterhead(widget: QWidget | None) -> None:
    """Hand the printing layer the centre's current logo (settings) before a form is rendered:
    from the services of the first widget up ``widget``'s parents that has a context (the tab or
    dialog printing). Read each time, so a logo changed at another counter prints here too."""
    from frontdesk.printing.letterhead import use_logo

    w = widget
    while w is not None:
        ctx = getattr(w, "ctx", None)
        settings = getattr(getattr(ctx, "services", None), "settings", None)
        if settings is not None and hasattr(settings, "centre_logo"):
            try:
                use_logo(settings.centre_logo())
            except Exception:  # noqa: BLE001 - no logo is better than no print
                use_logo(None)
            return
        w = w.parentWidget()


class PrintPreviewDialog(QDialog):
    def __init__(
        self,
        make_pdf: Callable[[], bytes],
        suggested_name: str,
        *,
        title: str = "",
        on_output: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
        form: str = "",
        direct: bool = False,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_pdf = make_pdf
        self.suggested_name = suggested_name
        self._on_output = on_output
        self.form = form or form_key(suggested_name)
        self.memory = PrinterMemory(settings)
        # print to the remembered printer as soon as the PDF is ready (Ctrl+Shift+P on a record)
        self.direct = direct
        self.job: PrintJob | None = None
        self._printer: QPrinter | None = None
        self.print_message = ""
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

        self.direct_button = QPushButton(self.tr("直接打印"))
        self.direct_button.setObjectName("direct_print_button")
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setObjectName("print_button")
        self.print_button.setToolTip(self.tr("选择打印机和纸张并打印；本机记住本表单所用的打印机"))
        self.fine = QCheckBox(self.tr("精细 600 dpi"))
        self.fine.setObjectName("fine_print")
        self.fine.setToolTip(self.tr("以 600 dpi 打印（适合小字表单，较慢）；本机按表单记住"))
        self.fine.setChecked(self.memory.dpi(self.form) == FINE_PRINT_DPI)
        self.fine.toggled.connect(lambda on: self.memory.set_dpi(self.form, FINE_PRINT_DPI if on else MAX_PRINT_DPI))
        self.progress = QProgressBar()
        self.progress.setObjectName("print_progress")
        self.progress.setMinimumWidth(110)
        self.progress.setFormat(self.tr("%v/%m 页"))
        self.cancel_button = QPushButton(self.tr("取消打印"))
        self.cancel_button.setObjectName("cancel_print_button")
        self.cancel_button.clicked.connect(self.cancel_print)
        for w in (self.progress, self.cancel_button):
            # their room is kept while hidden: showing them must not re-lay out (and re-render) the view
            policy = w.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            w.setSizePolicy(policy)
            w.hide()
        self._update_direct_tip()
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
        self.direct_button.clicked.connect(self.on_direct_print)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        QShortcut(QKeySequence.StandardKey.Print, self, self.on_direct_print)
        QShortcut(QKeySequence.StandardKey.Save, self, self.on_save_clicked)

        bar = QHBoxLayout()
        bar.addWidget(self.direct_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.fine)
        bar.addWidget(self.save_button)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
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
        refresh_letterhead(parent)
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
            if self.direct:
                self.direct = False
                self.on_direct_print()
        elif status == QPdfDocument.Status.Error:
            self._on_pdf_failed(ValueError(str(self.document.error())))

    def _set_ready(self, ready: bool) -> None:
        for b in (self.print_button, self.direct_button, self.fine, self.save_button, self.fit_width, self.fit_page):
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

    def _update_direct_tip(self) -> None:
        got = self.memory.recall(self.form)
        where = got.printer if got is not None else self.tr("首次使用时选择打印机")
        self.direct_button.setToolTip(self.tr("不弹出对话框，打印到本表单上次所用的打印机：{0}（Ctrl+P）").format(where))

    @property
    def printing(self) -> bool:
        return self.job is not None

    def on_print_clicked(self) -> None:
        if not self.ready or self.printing:
            return
        printer = self.make_printer()
        got = self.memory.recall(self.form)
        if got is not None and printer_available(got.printer):
            printer.setPrinterName(got.printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印 {0}").format(Path(self.suggested_name).stem))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.memory.remember(self.form, printer)
        self._update_direct_tip()
        self.print_to(printer)

    def on_direct_print(self) -> None:
        """直接打印: the printer and paper this form last went to on this PC, no dialog; the
        first time (or when that printer is gone) the dialog asks."""
        if not self.ready or self.printing:
            return
        got = self.memory.recall(self.form)
        if got is None or not printer_available(got.printer):
            self.on_print_clicked()
            return
        printer = self.make_printer()
        printer.setPrinterName(got.printer)
        apply_paper(printer, got.paper)
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print every page (or the dialog's range) on a worker thread, each page rasterised with
        QtPdf and scaled to the paper; progress and 取消打印 in the bar. True if it started;
        ``on_output("printer")`` runs when the last page went out."""
        if not self.ready or self.printing:
            return False
        first = printer.fromPage() - 1 if printer.fromPage() > 0 else 0
        last = printer.toPage() - 1 if printer.toPage() > 0 else None
        dpi = FINE_PRINT_DPI if self.fine.isChecked() else MAX_PRINT_DPI
        job = PrintJob(self.pdf_bytes or b"", printer, dpi=dpi, first=first, last=last, parent=self)
        job.progress.connect(self._on_print_progress)
        job.completed.connect(self._on_print_completed)
        self.job = job
        self._printer = printer  # the job paints on it: kept alive until it is done
        count = self.document.pageCount()
        total = (count if last is None else min(last + 1, count)) - first
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        for b in (self.print_button, self.direct_button, self.fine):
            b.setEnabled(False)
        self.pages_label.setText(self.tr("正在打印…"))
        job.start()
        return True

    def cancel_print(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.pages_label.setText(self.tr("正在取消…"))

    def _on_print_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_print_completed(self, status: str, message: str) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.wait()
            job.deleteLater()
        self._printer = None
        self.progress.hide()
        self.cancel_button.hide()
        self._set_ready(self.ready)
        if status == "done":
            self.print_message = self.tr("已发送到打印机")
            if self._on_output is not None:
                self._on_output("printer")
        elif status == "cancelled":
            self.print_message = self.tr("已取消打印")
        else:
            self.print_message = self.tr("打印失败：{0}").format(
                self.tr("无法连接打印机，请检查打印机是否开启。") if message == "printer" else message
            )
            QMessageBox.warning(self, self.tr("打印"), self.print_message)
        self.pages_label.setText(
            self.tr("共 {0} 页").format(self.document.pageCount()) + ("　" + self.print_message if self.print_message else "")
        )

    def reject(self) -> None:
        """Closing while printing first cancels the job (the window stays until it stopped)."""
        if self.job is not None:
            self.cancel_print()
            self.job.completed.connect(lambda *_: super(PrintPreviewDialog, self).reject())
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.job is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

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
