"""客服月报: the month and project chosen, the figures beside last month's, the PDF (with its
charts) through the shared preview, and the xlsx."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDateEdit, QFileDialog, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from frontdesk.printing.monthly_report import cells
from frontdesk.services.errors import ServiceError
from frontdesk.services.monthly_report import MonthlyReport
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import ContextDialog, row, stack
from frontdesk.ui.common.files import documents_dir
from frontdesk.ui.common.form_parts import button, dated, label
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.worker import run_in_background

_SECTION_BG = QBrush(QColor("#eef2f7"))


class MonthlyReportDialog(ContextDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("客服月报"), (900, 760))
        self.report: MonthlyReport | None = None
        today = ctx.services.clock.local_now().date()
        first = QDate(today.year, today.month, 1).addMonths(-1)  # last month: the one to report
        self.month = dated(QDateEdit(first), "report_month", self.tr("yyyy年MM月"), popup=True)
        self.project = QComboBox()
        self.project.setObjectName("report_project")
        self.project.addItem(self.tr("全部项目"), None)
        for pid, name in ctx.services.monthly_report.projects(ctx.user):
            self.project.addItem(name, pid)
        self.month.dateChanged.connect(self.load)
        self.project.currentIndexChanged.connect(lambda _i: self.load())
        self.title = label("report_title", "font-size:17px; font-weight:bold;")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("report_table")
        self.table.setHorizontalHeaderLabels([self.tr("指标"), self.tr("本月"), self.tr("上月"), self.tr("增减")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.pdf_button = button(self.tr("预览 / 打印 PDF…"), "report_pdf", self.on_pdf_clicked)
        self.xlsx_button = button(self.tr("导出 Excel"), "report_xlsx", self.on_xlsx_clicked)
        close = button(self.tr("关闭"), "", self.accept)
        self.message = label("report_message", "color:#555;")
        top = row(
            QLabel(self.tr("月份")),
            self.month,
            QLabel(self.tr("项目")),
            self.project,
            None,
            self.pdf_button,
            self.xlsx_button,
            close,
        )
        stack(self, top, self.title, (self.table, 1), self.message)
        self.load()

    def period(self) -> tuple[int, int]:
        d = self.month.date()
        return d.year(), d.month()

    def load(self) -> None:
        year, month = self.period()
        try:
            self.report = self.ctx.services.monthly_report.report(self.ctx.user, year, month, self.project.currentData())
        except ServiceError as exc:
            self.report = None
            self.message.setText(error_message(exc))
            self.table.setRowCount(0)
            return
        r = self.report
        self.title.setText(self.tr("{0}年{1}月 客服月报 · {2}").format(r.year, r.month, r.project or self.tr("全部项目")))
        rows: list[tuple[str, list[str] | None]] = []
        for sec in r.sections:
            rows.append((sec.title + (f"（{sec.note}）" if sec.note else ""), None))
            rows += [(ln.label, cells(ln)) for ln in sec.lines]
        self.table.clearSpans()
        self.table.setRowCount(len(rows))
        for i, (title, values) in enumerate(rows):
            if values is None:
                item = QTableWidgetItem(title)
                item.setBackground(_SECTION_BG)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                self.table.setItem(i, 0, item)
                self.table.setSpan(i, 0, 1, 4)
                continue
            for j, v in enumerate(values):
                item = QTableWidgetItem(("　" if j == 0 else "") + v)
                self.table.setItem(i, j, item)
        self.message.setText("")

    def value(self, label_text: str) -> str:
        """The 本月 cell of a figure's row (tests)."""
        for i in range(self.table.rowCount()):
            item, value = self.table.item(i, 0), self.table.item(i, 1)
            if item is not None and value is not None and item.text().strip("　") == label_text:
                return value.text()
        raise KeyError(label_text)

    def _default_name(self, ext: str) -> Path:
        year, month = self.period()
        return documents_dir() / f"客服月报_{year}{month:02d}.{ext}"

    def on_xlsx_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), str(self._default_name("xlsx")), "Excel (*.xlsx)")
        if path:
            self.save_xlsx(Path(path))

    def save_xlsx(self, path: Path) -> None:
        from frontdesk.printing.monthly_report import write_report_xlsx

        report = self.report
        if report is None:
            return
        self.xlsx_button.setEnabled(False)

        def done(_r: object) -> None:
            self.xlsx_button.setEnabled(True)
            self.message.setText(self.tr("已保存：{0}").format(path))

        def failed(exc: Exception) -> None:
            self.xlsx_button.setEnabled(True)
            self.message.setText(self.tr("保存失败：{0}").format(exc))

        run_in_background(lambda: write_report_xlsx(report, path), done, failed)

    def on_pdf_clicked(self):  # type: ignore[no-untyped-def]
        """The report as an A4 PDF with its charts, in the shared preview: print it or save it."""
        from frontdesk.printing.monthly_report import render_report
        from frontdesk.ui.common.print_preview import PrintPreviewDialog

        report = self.report
        if report is None:
            return None
        centre = str(self.ctx.services.settings.get("centre.name") or "")
        year, month = self.period()
        dlg = PrintPreviewDialog(
            lambda: render_report(report, centre=centre),
            f"客服月报_{year}{month:02d}.pdf", title=self.tr("客服月报"), parent=self,
        )  # fmt: skip
        self.print_dialog = dlg
        dlg.open()
        return dlg
