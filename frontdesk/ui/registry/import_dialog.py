"""Importing rooms and occupants: choose a file, read the preview (what will be added or changed,
and every rejected line with its reasons), then import the accepted lines in one go — or not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QProgressBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from frontdesk.services.core.changes import ChangeSet, call_op
from frontdesk.services.errors import ServiceError
from frontdesk.services.registry.files import HEADERS
from frontdesk.services.registry.importing import ImportPreview, ImportResult
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import ContextDialog, error_banner, row, save_keys, stack
from frontdesk.ui.common.form_parts import button, combo, label, line_edit
from frontdesk.ui.common.labels import kind_name, status_name
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import publish
from frontdesk.ui.common.rejects import problem_text
from frontdesk.ui.common.text_model import TextTableModel

WRAP_ROWS_UP_TO = 300


class _Progress(QObject):
    """Carries progress from the worker thread to the dialog (queued across threads)."""

    reported = Signal(int, int)


class RegistryImportDialog(ContextDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("导入房间和业户"), (960, 640))
        self.preview: ImportPreview | None = None
        # named like QDialog.result() on purpose (the import's outcome, read by tests and the tab)
        self.result: ImportResult | None = None  # type: ignore[assignment]
        self.busy = False

        intro = label(
            "",
            "color:#444;",
            wrap=True,
            text=self.tr(
                "每行一位住户，没有住户的房间也占一行。可识别的列：{0}。"
                "Excel 保存的 CSV（UTF-8 或 GBK）和 Excel 工作簿（.xlsx）都可以直接导入。"
            ).format("、".join(HEADERS)),
        )
        self.path = line_edit("import_path", self.tr("选择或粘贴文件路径"))
        self.path.returnPressed.connect(self.on_check_clicked)
        browse = button(self.tr("选择文件…"), "import_browse", self.on_browse_clicked)
        self.project = combo("import_project", [("", None), *((name, None) for _pid, name in ctx.services.registry.projects())])
        self.project.setEditable(True)
        self.project.setToolTip(self.tr("文件中没有“项目”列时，所有房间都归入这个项目；也可以输入新项目的名称"))
        self.check_button = button(self.tr("读取并检查"), "import_check", self.on_check_clicked)

        form = QFormLayout()
        form.addRow(self.tr("文件"), row((self.path, 1), browse))
        form.addRow(self.tr("项目（文件中没有“项目”列时）"), row((self.project, 1), self.check_button))

        self.file_error = error_banner("import_file_error")
        self.file_error.hide()
        self.summary = label("import_summary", wrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.rejected_model = TextTableModel([self.tr("行号"), self.tr("问题"), self.tr("这一行的内容")], parent=self)
        self.accepted_model = TextTableModel(
            [
                self.tr("行号"),
                self.tr("项目"),
                self.tr("房号"),
                self.tr("房屋状态"),
                self.tr("身份"),
                self.tr("姓名"),
                self.tr("手机"),
                self.tr("身份证号"),
            ],
            parent=self,
        )
        self.rejected_view = self._table(self.rejected_model, "import_rejected", (50, 470))
        self.rejected_view.setWordWrap(True)
        self.accepted_view = self._table(self.accepted_model, "import_accepted", (50, 90, 90, 70, 50, 80, 110))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("import_tabs")
        self.tabs.addTab(self.rejected_view, self.tr("有问题的行"))
        self.tabs.addTab(self.accepted_view, self.tr("将导入的行"))

        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.hide()
        self.import_button = button(self.tr("导入"), "import_commit", self.on_import_clicked)
        save_keys(self.import_button)
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.report_button = button(self.tr("保存问题清单…"), "import_report", self.on_report_clicked)
        self.report_button.setEnabled(False)
        self.close_button = button(self.tr("关闭"), "import_close", self.reject)
        buttons = row(self.report_button, None, self.progress, self.import_button, self.close_button)
        stack(self, intro, form, self.file_error, self.summary, (self.tabs, 1), buttons)

    def _table(self, model: TextTableModel, name: str, widths: tuple[int, ...]) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(24)
        view.setWordWrap(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, w in enumerate(widths):
            view.setColumnWidth(i, w)
        return view

    # --- reading -----------------------------------------------------------------------------

    def on_browse_clicked(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("选择要导入的文件"), "", self.tr("表格文件 (*.xlsx *.csv *.txt);;所有文件 (*)")
        )
        if path:
            self.path.setText(path)
            self.on_check_clicked()

    def on_check_clicked(self) -> None:
        if self.busy:
            return
        path = self.path.text().strip().strip('"')
        self.file_error.hide()
        if not path:
            self._file_error(self.tr("请先选择文件。"))
            return
        if not Path(path).is_file():
            self._file_error(self.tr("找不到文件：{0}").format(path))
            return
        from frontdesk.ui.common.worker import run_in_background

        io, user, project = self.ctx.services.registry_io, self.ctx.user, self.project.currentText().strip()
        self._set_busy(True, self.tr("正在读取并检查 …"))
        self.preview = None
        self.import_button.setEnabled(False)
        run_in_background(
            lambda: io.preview(user, path, default_project=project or None),
            self.on_preview_done,
            self.on_preview_failed,
        )

    def on_preview_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.summary.clear()
        self.rejected_model.set_rows([])
        self.accepted_model.set_rows([])
        if isinstance(exc, ServiceError):
            self._file_error(error_message(exc))
        else:
            self._file_error(self.tr("无法读取这个文件：{0}").format(exc))

    def on_preview_done(self, preview: ImportPreview) -> None:
        self._set_busy(False)
        self.preview = preview
        self.file_error.hide()
        lines = [
            self.tr("文件：{0}（{1}），{2} 行可以导入，{3} 行有问题不会导入。").format(
                preview.source, preview.file_format, len(preview.rows), len(preview.rejected)
            )
        ]
        lines.append(
            self.tr(
                "导入后：新增 {0} 个项目、{1} 个房间、{2} 位住户；更新 {3} 个房间、{4} 位住户；{5} 行与现有档案相同。"
            ).format(
                preview.new_projects,
                preview.new_rooms,
                preview.new_occupants,
                preview.updated_rooms,
                preview.updated_occupants,
                preview.unchanged,
            )
        )
        if preview.ignored_columns:
            lines.append(self.tr("不认识的列（不会导入）：{0}").format("、".join(preview.ignored_columns)))
        self.summary.setText("\n".join(lines))
        self.rejected_model.set_rows([(str(r.line), problem_text(r), " | ".join(c for c in r.cells)) for r in preview.rejected])
        if len(preview.rejected) <= WRAP_ROWS_UP_TO:  # reasons in full; a long report stays one line a row
            self.rejected_view.resizeRowsToContents()
        self.accepted_model.set_rows(
            [
                (
                    str(r.line),
                    r.project,
                    r.code,
                    status_name(r.status or ""),
                    kind_name(r.occupant["kind"]) if r.occupant else "",
                    r.occupant["name"] if r.occupant else "",
                    (r.occupant.get("phone") or "") if r.occupant else "",
                    (r.occupant.get("id_number") or "") if r.occupant else "",
                )
                for r in preview.rows
            ]
        )
        self.tabs.setTabText(0, self.tr("有问题的行（{0}）").format(len(preview.rejected)))
        self.tabs.setTabText(1, self.tr("将导入的行（{0}）").format(len(preview.rows)))
        self.tabs.setCurrentIndex(0 if preview.rejected else 1)
        self.report_button.setEnabled(bool(preview.rejected))
        if preview.rows:
            text = (
                self.tr("导入 {0} 行（跳过 {1} 行有问题的）").format(len(preview.rows), len(preview.rejected))
                if preview.rejected
                else self.tr("导入 {0} 行").format(len(preview.rows))
            )
            self.import_button.setText(text)
            self.import_button.setEnabled(True)
        else:
            self.import_button.setText(self.tr("导入"))
            self.import_button.setEnabled(False)

    # --- importing ---------------------------------------------------------------------------

    def on_import_clicked(self) -> None:
        if self.preview is None or self.busy:
            return
        from frontdesk.ui.common.worker import run_in_background

        io, user, preview = self.ctx.services.registry_io, self.ctx.user, self.preview
        progress = _Progress(self)
        progress.reported.connect(self.on_progress)
        self._set_busy(True, self.tr("正在导入 …"))
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.show()
        run_in_background(
            lambda: call_op(io.commit, user, preview, progress=progress.reported.emit),
            self.on_import_done,
            self.on_import_failed,
        )

    def on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(done * 100 / max(total, 1)))

    def on_import_done(self, done: tuple[ImportResult, ChangeSet]) -> None:
        result, changes = done
        self._set_busy(False)
        self.progress.hide()
        self.result = result
        self.preview = None
        self.summary.setText(
            self.tr(
                "导入完成：新增 {0} 个项目、{1} 个房间、{2} 位住户；更新 {3} 个房间、{4} 位住户；跳过 {5} 行有问题的。"
            ).format(
                result.new_projects,
                result.new_rooms,
                result.new_occupants,
                result.updated_rooms,
                result.updated_occupants,
                result.skipped,
            )
        )
        self.import_button.setText(self.tr("已导入"))
        self.import_button.setEnabled(False)
        self.close_button.setText(self.tr("完成"))
        publish(self.ctx, changes)  # ROOM: the registry list and tree read the estate again

    def on_import_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.progress.hide()
        text = error_message(exc) if isinstance(exc, ServiceError) else str(exc)
        self._file_error(self.tr("导入没有完成，数据库未做任何更改：{0}").format(text))
        self.import_button.setEnabled(self.preview is not None)

    # --- the problem report -------------------------------------------------------------------

    def on_report_clicked(self) -> None:
        if self.preview is None:
            return
        default = str(Path(self.path.text().strip()).with_suffix("")) + self.tr("-问题清单.csv")
        path, _f = QFileDialog.getSaveFileName(self, self.tr("保存问题清单"), default, self.tr("CSV 文件 (*.csv)"))
        if path:
            self.save_report(path)

    def save_report(self, path: str) -> None:
        """The rejected lines with their reasons, as a CSV Excel opens (UTF-8 with BOM)."""
        import csv

        assert self.preview is not None
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([self.tr("行号"), self.tr("问题"), *self.preview.header_cells])
            for r in self.preview.rejected:
                w.writerow([r.line, problem_text(r), *r.cells])
        self.summary.setText(self.summary.text() + "\n" + self.tr("问题清单已保存到 {0}").format(path))

    # --- helpers ----------------------------------------------------------------------------------

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.check_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if busy:
            self.summary.setText(text)

    def _file_error(self, text: str) -> None:
        self.file_error.setText(text)
        self.file_error.show()

    def reject(self) -> None:
        if self.busy:  # never leave an import half-watched; the transaction finishes either way
            return
        super().reject()
