"""Importing the developer's list into a 交付批次: choose the file, read the preview (how many
lines will be imported, every rejected line with its reasons), then import the accepted lines
in one go — or not. Reading and importing run off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QFormLayout, QHeaderView, QTableView, QTabWidget, QWidget

from frontdesk.services.core.changes import call_op
from frontdesk.services.deliveries import BuyersPreview
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import Action
from frontdesk.services.validation import mask_id_number, mask_phone
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import ContextDialog, error_banner, row, save_keys, stack
from frontdesk.ui.common.form_parts import button, label, line_edit
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import publish
from frontdesk.ui.common.rejects import problem_text
from frontdesk.ui.common.text_model import TextTableModel
from frontdesk.ui.common.worker import run_in_background


class BuyersImportDialog(ContextDialog):
    """The developer's list for one batch (``batch``: its row)."""

    def __init__(self, ctx: UiContext, batch: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("导入交付名单 {0}").format(batch.number), (900, 600))
        self.setObjectName("buyers_import")
        self.batch = batch
        self.preview: BuyersPreview | None = None
        self.result_row: Any = None
        intro = label(
            "",
            "color:#444;",
            wrap=True,
            text=self.tr(
                "开发商提供的交付名单（Excel 工作簿 .xlsx 或 CSV），每行一户。可识别的列：房号（或 楼栋、单元、房号）、"
                "买受人、联系电话、身份证号、项目。房号须已在房屋档案中。"
            ),
        )
        self.path = line_edit("buyers_path", self.tr("选择或粘贴文件路径"))
        self.path.returnPressed.connect(self.on_check_clicked)
        browse = button(self.tr("选择文件…"), "buyers_browse", self.on_browse_clicked)
        check = button(self.tr("读取并检查"), "buyers_check", self.on_check_clicked)
        form = QFormLayout()
        form.addRow(self.tr("文件"), row((self.path, 1), browse, check))
        self.file_error = error_banner("buyers_file_error")
        self.file_error.hide()
        self.summary = label("buyers_summary", wrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.rejected_model = TextTableModel([self.tr("行号"), self.tr("问题"), self.tr("这一行的内容")], parent=self)
        self.accepted_model = TextTableModel(
            [self.tr("行号"), self.tr("房号"), self.tr("买受人"), self.tr("联系电话"), self.tr("身份证号")], parent=self
        )
        self.rejected_view = _table(self.rejected_model, "buyers_rejected", (50, 420))
        self.rejected_view.setWordWrap(True)
        self.accepted_view = _table(self.accepted_model, "buyers_accepted", (50, 100, 100, 120))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.rejected_view, self.tr("有问题的行"))
        self.tabs.addTab(self.accepted_view, self.tr("将导入的行"))
        self.import_button = button(self.tr("导入"), "buyers_commit", self.on_import_clicked)
        save_keys(self.import_button)
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        close = button(self.tr("关闭"), "buyers_close", self.reject)
        stack(self, intro, form, self.file_error, self.summary, (self.tabs, 1), row(None, self.import_button, close))

    def on_browse_clicked(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("选择交付名单"), "", self.tr("表格文件 (*.xlsx *.csv *.txt);;所有文件 (*)")
        )
        if path:
            self.path.setText(path)
            self.on_check_clicked()

    def on_check_clicked(self) -> None:
        path = self.path.text().strip().strip('"')
        self.file_error.hide()
        self.preview = None
        self.import_button.setEnabled(False)
        if not path or not Path(path).is_file():
            self._file_error(self.tr("找不到文件：{0}").format(path) if path else self.tr("请先选择文件。"))
            return
        svc, user, batch_id = self.ctx.services.deliveries, self.ctx.user, self.batch.id
        self.summary.setText(self.tr("正在读取并检查 …"))
        run_in_background(lambda: svc.preview_buyers(user, batch_id, path), self.on_preview_done, self.on_failed)

    def on_failed(self, exc: Exception) -> None:
        self.summary.clear()
        self._file_error(error_message(exc) if isinstance(exc, ServiceError) else self.tr("无法读取这个文件：{0}").format(exc))

    def on_preview_done(self, preview: BuyersPreview) -> None:
        self.preview = preview
        self.summary.setText(
            self.tr("文件：{0}（{1}），{2} 户可以导入，{3} 行有问题不会导入。").format(
                preview.source, preview.file_format, len(preview.rows), len(preview.rejected)
            )
        )
        shows = self.ctx.user.can(Action.PII_VIEW)

        private = dict(preview.private_columns)

        def cell(j: int, text: str) -> str:
            if shows or j not in private:
                return text
            return mask_phone(text) if private[j] == "phone" else mask_id_number(text)

        phone = (lambda t: t or "") if shows else mask_phone
        id_number = (lambda t: t or "") if shows else mask_id_number
        self.rejected_model.set_rows(
            [(str(r.line), problem_text(r), " | ".join(cell(j, c) for j, c in enumerate(r.cells))) for r in preview.rejected]
        )
        self.rejected_view.resizeRowsToContents()
        self.accepted_model.set_rows(
            [(str(r.line), r.room_code, r.name, phone(r.phone), id_number(r.id_number)) for r in preview.rows]
        )
        self.tabs.setTabText(0, self.tr("有问题的行（{0}）").format(len(preview.rejected)))
        self.tabs.setTabText(1, self.tr("将导入的行（{0}）").format(len(preview.rows)))
        self.tabs.setCurrentIndex(0 if preview.rejected else 1)
        self.import_button.setText(self.tr("导入 {0} 户").format(len(preview.rows)))
        self.import_button.setEnabled(bool(preview.rows))

    def on_import_clicked(self) -> None:
        if self.preview is None:
            return
        svc, user, preview, version = self.ctx.services.deliveries, self.ctx.user, self.preview, self.batch.version
        self.import_button.setEnabled(False)
        run_in_background(lambda: call_op(svc.commit_buyers, user, preview, version), self.on_import_done, self.on_failed)

    def on_import_done(self, done: Any) -> None:
        row_, changes = done
        publish(self.ctx, changes)
        self.result_row = row_
        self.accept()

    def _file_error(self, text: str) -> None:
        self.file_error.setText(text)
        self.file_error.show()


def _table(model: TextTableModel, name: str, widths: tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for i, w in enumerate(widths):
        view.setColumnWidth(i, w)
    return view
