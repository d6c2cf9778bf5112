"""导入欠费表: the finance system's arrears list, checked first (accepted lines and the rejected
ones with their reasons), then imported: rooms updated, new rooms added, rooms no longer listed
settled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from frontdesk.services.arrears import ArrearsPreview, ImportResult
from frontdesk.services.errors import ServiceError
from frontdesk.services.registry.importing import RejectedRow
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import ContextDialog, save_keys, stack
from frontdesk.ui.common.messages import error_message, field_message
from frontdesk.ui.common.ops import call_and_publish
from frontdesk.ui.common.screen_fit import fit_to_screen
from frontdesk.ui.common.tab_parts import button
from frontdesk.ui.common.worker import run_in_background

FIELDS = {
    "room": "房号",
    "owner": "业主",
    "phone": "电话",
    "item": "收费项目",
    "period": "所属期间",
    "amount": "欠费金额",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Arrears", text)


def problem_text(row: RejectedRow) -> str:
    """Why a line was rejected: 房号：没有这个房号；欠费金额：请输入数字"""
    parts = []
    for p in row.problems:
        text = field_message(p.code, p.params)
        parts.append(_t("{0}：{1}").format(_t(FIELDS[p.field]), text) if p.field in FIELDS else text)
    return _t("；").join(parts)


def _table(name: str, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def number_item(text: str) -> QTableWidgetItem:
    """A cell; an amount or a count is right-aligned, as figures are read."""
    item = QTableWidgetItem(text)
    if text and text.replace(",", "").replace(".", "").isdigit():
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            table.setItem(i, j, number_item(text) if j > 0 else QTableWidgetItem(text))


class ArrearsImportDialog(ContextDialog):
    """Choose the file, 检查 (read in the background), read the preview, 导入."""

    imported = Signal(object)  # ImportResult

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, _t("导入欠费表"))
        self.setObjectName("arrears_import")
        fit_to_screen(self, 900, 620)
        self.preview: ArrearsPreview | None = None
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        self.path.setPlaceholderText(_t("财务系统导出的欠费明细（xlsx 或 csv）：房号、业主、电话、收费项目、所属期间、欠费金额"))
        self.browse = button(_t("选择文件…"), "import_browse", self.on_browse_clicked)
        self.check = button(_t("检查"), "import_check", self.on_check_clicked)
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(self.browse)
        top.addWidget(self.check)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.accepted_table = _table(
            "import_accepted", [_t("行"), _t("房号"), _t("业主"), _t("收费项目"), _t("所属期间"), _t("欠费金额")]
        )
        self.rejected_table = _table("import_rejected", [_t("行"), _t("内容"), _t("不能导入的原因")])
        self.rejected_table.setStyleSheet("QTableWidget { color: #b00020; }")
        self.ok = button(_t("导入"), "import_commit", self.on_import_clicked, enabled=False)
        save_keys(self.ok)
        close = button(_t("关闭"), "import_close", self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        buttons.addWidget(close)
        stack(
            self, top, self.summary, QLabel(_t("可导入的行")), (self.accepted_table, 3),
            QLabel(_t("不能导入的行（不导入，请在财务清单中更正后重新导入）")), (self.rejected_table, 2), buttons,
        )  # fmt: skip

    def on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _t("选择欠费表"), "", _t("表格 (*.xlsx *.csv)"))
        if path:
            self.path.setText(path)
            self.on_check_clicked()

    def on_check_clicked(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.summary.setText(_t("请先选择文件。"))
            return
        self.ok.setEnabled(False)
        self.check.setEnabled(False)
        self.summary.setText(_t("正在检查…"))
        svc, user = self.ctx.services.arrears, self.ctx.user
        self._job = run_in_background(lambda: svc.preview_import(user, Path(text)), self.on_preview_done, self.on_preview_failed)

    def on_preview_failed(self, exc: Exception) -> None:
        self.check.setEnabled(True)
        text = error_message(exc) if isinstance(exc, ServiceError) else str(exc)[:200]
        self.summary.setText(_t("无法读取这个文件：{0}").format(text))

    def on_preview_done(self, preview: ArrearsPreview) -> None:
        self.check.setEnabled(True)
        self.preview = preview
        _fill(
            self.accepted_table,
            [[str(ln.line), ln.room_code, ln.owner, ln.item, ln.period, f"{ln.amount:,.2f}"] for ln in preview.lines],
        )
        _fill(
            self.rejected_table, [[str(r.line), " | ".join(c for c in r.cells if c), problem_text(r)] for r in preview.rejected]
        )
        self.summary.setText(
            _t("{0}：可导入 {1} 行（{2} 户，合计 {3} 元），不能导入 {4} 行。").format(
                preview.source, len(preview.lines), preview.rooms, f"{preview.total:,.2f}", len(preview.rejected)
            )
        )
        self.ok.setEnabled(bool(preview.lines))

    def on_import_clicked(self) -> None:
        if self.preview is None:
            return
        try:
            result: ImportResult = call_and_publish(
                self.ctx, self.ctx.services.arrears.commit_import, self.ctx.user, self.preview
            )
        except ServiceError as exc:
            self.summary.setText(error_message(exc))
            return
        self.ok.setEnabled(False)
        self.summary.setText(
            _t("已导入：新增欠费 {0} 户，更新 {1} 户，已结清 {2} 户；未导入 {3} 行。").format(
                result.created, result.updated, result.settled, result.rejected
            )
        )
        self.imported.emit(result)
