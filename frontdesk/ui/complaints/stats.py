"""顾客投诉分类统计表 on screen: pick a month, read the table, save it as PDF or Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from frontdesk.printing.complaint_words import days_text, percent_text
from frontdesk.services.complaints import MonthlyStats, StatsLine
from frontdesk.services.errors import ServiceError
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import ContextDialog, row, stack
from frontdesk.ui.common.files import documents_dir
from frontdesk.ui.common.form_parts import button, dated, label, note
from frontdesk.ui.common.form_scroll import FormScroll
from frontdesk.ui.common.labels import data_word
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.worker import run_in_background

COLUMNS = (
    QT_TRANSLATE_NOOP("ComplaintStatsDialog", "投诉数"),
    QT_TRANSLATE_NOOP("ComplaintStatsDialog", "有效"),
    QT_TRANSLATE_NOOP("ComplaintStatsDialog", "无效"),
    QT_TRANSLATE_NOOP("ComplaintStatsDialog", "待判断"),
    QT_TRANSLATE_NOOP("ComplaintStatsDialog", "一般"),
    QT_TRANSLATE_NOOP("ComplaintStatsDialog", "重大"),
    QT_TRANSLATE_NOOP("ComplaintStatsDialog", "已关闭"),
    QT_TRANSLATE_NOOP("ComplaintStatsDialog", "处理中"),
    QT_TRANSLATE_NOOP("ComplaintStatsDialog", "满意"),
    QT_TRANSLATE_NOOP("ComplaintStatsDialog", "基本满意"),
    QT_TRANSLATE_NOOP("ComplaintStatsDialog", "不满意"),
    QT_TRANSLATE_NOOP("ComplaintStatsDialog", "满意率"),
    QT_TRANSLATE_NOOP("ComplaintStatsDialog", "超时"),
    QT_TRANSLATE_NOOP("ComplaintStatsDialog", "平均办结天数"),
)


def line_values(line: StatsLine) -> list[str]:
    return [
        str(line.total),
        str(line.valid),
        str(line.invalid),
        str(line.unjudged),
        str(line.normal),
        str(line.major),
        str(line.closed),
        str(line.in_progress),
        str(line.satisfied),
        str(line.basic),
        str(line.unsatisfied),
        percent_text(line.satisfaction_rate),
        str(line.overdue),
        days_text(line.avg_days_to_close),
    ]


class ComplaintStatsDialog(ContextDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("顾客投诉分类统计表"), (1150, 800))
        self.stats: MonthlyStats | None = None
        today = ctx.services.clock.local_now().date()
        self.month = dated(QDateEdit(QDate(today.year, today.month, 1)), "stats_month", self.tr("yyyy年MM月"), popup=True)
        self.month.dateChanged.connect(self.load)
        self.title = label("stats_title", "font-size:17px; font-weight:bold;")
        self.summary = label("stats_summary", wrap=True)
        self.by_category = self._table("stats_by_category", self.tr("投诉类别"))
        self.by_department = self._table("stats_by_department", self.tr("责任部门"))
        self.pdf_button = button(self.tr("保存 PDF / 打印…"), "stats_pdf", self.on_pdf_clicked)
        self.xlsx_button = button(self.tr("导出 Excel"), "stats_xlsx", self.on_xlsx_clicked)
        close = button(self.tr("关闭"), "", self.accept)
        self.message = label("stats_message", "color:#555;")
        top = row(QLabel(self.tr("统计月份")), self.month, None, self.pdf_button, self.xlsx_button, close)
        explained = note(
            self.tr(
                "说明：按受理日期统计；有效/无效为“判断”步骤的结论；满意度取最近一次回访；"
                "超时指任一步骤超过设定时限（含仍在处理中已过时限的）；平均办结天数自受理至关闭。"
            ),
            "color:#777; font-size:12px;",
        )
        # the figures scroll on a low screen (1280×720 at 125 %); the buttons above them stay
        body = FormScroll(
            self.title,
            self.summary,
            QLabel(self.tr("按投诉类别")),
            self.by_category,
            QLabel(self.tr("按责任部门")),
            self.by_department,
            explained,
            self.message,
            None,
            name="stats_body",
        )
        stack(self, top, (body, 1))
        self.load()

    def _table(self, name: str, first: str) -> QTableWidget:
        t = QTableWidget(0, 1 + len(COLUMNS))
        t.setObjectName(name)
        t.setHorizontalHeaderLabels([first, *(self.tr(str(c)) for c in COLUMNS)])
        t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setSectionResizeMode(len(COLUMNS), QHeaderView.ResizeMode.ResizeToContents)
        return t

    def period(self) -> tuple[int, int]:
        d = self.month.date()
        return d.year(), d.month()

    def load(self) -> None:
        year, month = self.period()
        try:
            self.stats = self.ctx.services.complaints.monthly_stats(self.ctx.user, year, month)
        except ServiceError as exc:
            self.stats = None
            self.message.setText(error_message(exc))
            for w in (self.pdf_button, self.xlsx_button):
                w.setEnabled(False)
            return
        s = self.stats
        for w in (self.pdf_button, self.xlsx_button):
            w.setEnabled(True)
        self.title.setText(self.tr("{0}年{1}月 顾客投诉分类统计表").format(year, month))
        t = s.total
        self.summary.setText(
            self.tr(
                "投诉总数 {0} 件（重大 {1} 件），有效 {2} 件、无效 {3} 件；已关闭 {4} 件，平均办结 {5} 天；"
                "回访满意率 {6}；超时 {7} 件。"
            ).format(
                t.total,
                t.major,
                t.valid,
                t.invalid,
                t.closed,
                days_text(t.avg_days_to_close),
                percent_text(t.satisfaction_rate),
                t.overdue,
            )
        )
        self._fill(self.by_category, s.by_category, s.total, self.tr("其他"))
        self._fill(self.by_department, s.by_department, s.total, self.tr("未定责任部门"))

    def _fill(self, table: QTableWidget, lines: tuple[StatsLine, ...], total: StatsLine, blank: str) -> None:
        rows = [(line.label or blank, line, False) for line in lines] + [(self.tr("合计"), total, True)]
        table.setRowCount(len(rows))
        # the whole table at once, no scrolling: a month has at most a dozen categories
        table.setMinimumHeight(
            table.horizontalHeader().sizeHint().height() + len(rows) * table.verticalHeader().defaultSectionSize() + 4
        )
        for r, (heading, line, is_total) in enumerate(rows):
            for c, value in enumerate([data_word(heading), *line_values(line)]):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if is_total:
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                elif line.total == 0:
                    item.setForeground(Qt.GlobalColor.gray)
                table.setItem(r, c, item)

    def cell(self, table: QTableWidget, label: str, column: str) -> str:
        """The text in the row ``label`` under ``column`` (for tests and copying)."""
        col = 1 + COLUMNS.index(column)
        for r in range(table.rowCount()):
            head, cell = table.item(r, 0), table.item(r, col)
            if head is not None and head.text() == label:
                return cell.text() if cell is not None else ""
        raise KeyError(label)

    # --- files ------------------------------------------------------------------------------------

    def _default_name(self, ext: str) -> Path:
        year, month = self.period()
        return documents_dir() / f"顾客投诉分类统计表_{year}{month:02d}.{ext}"

    def on_xlsx_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), str(self._default_name("xlsx")), "Excel (*.xlsx)")
        if path:
            self.save_xlsx(Path(path))

    def save_xlsx(self, path: Path) -> None:
        from frontdesk.printing.complaint_xlsx import write_stats_xlsx

        stats = self.stats
        if stats is None:
            return
        centre = self.ctx.services.settings.get("centre.name")
        made_by = self.ctx.user.name
        self.xlsx_button.setEnabled(False)

        def done(_r: object) -> None:
            self.xlsx_button.setEnabled(True)
            self.message.setText(self.tr("已保存：{0}").format(path))

        def failed(exc: Exception) -> None:
            self.xlsx_button.setEnabled(True)
            self.message.setText(self.tr("保存失败：{0}").format(exc))

        run_in_background(lambda: write_stats_xlsx(stats, path, centre=centre, made_by=made_by), done, failed)

    def on_pdf_clicked(self):  # type: ignore[no-untyped-def]
        """The table as an A4 PDF in the shared preview dialog: print it or save it."""
        from frontdesk.printing.complaint_pdf import complaint_stats_pdf
        from frontdesk.ui.common.print_preview import PrintPreviewDialog

        stats = self.stats
        if stats is None:
            return None
        centre = self.ctx.services.settings.get("centre.name")
        made_by = self.ctx.user.name
        year, month = self.period()
        dlg = PrintPreviewDialog(
            lambda: complaint_stats_pdf(stats, centre=centre, made_by=made_by),
            f"顾客投诉分类统计表_{year}{month:02d}.pdf", title=self.tr("顾客投诉分类统计表"), parent=self,
        )  # fmt: skip
        self.print_dialog = dlg
        dlg.open()
        return dlg
