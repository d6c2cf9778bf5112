"""The call log's export: the date-range dialog and the tab's export actions (worker thread)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QCoreApplication,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QFormLayout, QLabel, QPushButton, QWidget

from frontdesk.services.errors import ServiceError
from frontdesk.ui.call_log.widgets import INFO_STYLE, OK_STYLE, _pydate, _qdate
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import dialog_buttons, stack
from frontdesk.ui.common.form_parts import across, add_rows, button, date_edit, line_edit
from frontdesk.ui.common.forms import ERROR_STYLE, FieldErrors
from frontdesk.ui.common.messages import error_message, field_message
from frontdesk.ui.common.worker import run_in_background


class ExportDialog(QDialog):
    """A day or a range of days to an xlsx file."""

    def __init__(self, today: date, default_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出来电来访登记"))
        self.setMinimumWidth(480)
        self._dir = default_dir
        self.errors = FieldErrors()
        self.date_from = date_edit("export_from")
        self.date_from.setDate(_qdate(today))
        self.date_to = date_edit("export_to")
        self.date_to.setDate(_qdate(today))
        self.path = line_edit("export_path")
        browse = button(self.tr("浏览…"), "", self.on_browse_clicked)
        self.date_from.dateChanged.connect(self._suggest)
        self.date_to.dateChanged.connect(self._suggest)
        form = add_rows(
            self.errors,
            QFormLayout(),
            [
                (self.tr("从"), "date_from", self.date_from),
                (self.tr("到"), "date_to", self.date_to),
                (self.tr("保存到"), "path", across((self.path, 1), browse)),
            ],
        )
        buttons, _ok = dialog_buttons(self, self.tr("导出"), self.tr("取消"), self.on_accepted)
        stack(self, form, buttons)
        self._suggest()

    def range(self) -> tuple[date, date]:
        return _pydate(self.date_from.date()), _pydate(self.date_to.date())

    def _suggest(self) -> None:
        a, b = self.range()
        name = self.tr("来电来访登记_{0}.xlsx").format(a.strftime("%Y%m%d") if a == b else f"{a:%Y%m%d}-{b:%Y%m%d}")
        current = Path(self.path.text()) if self.path.text() else None
        folder = current.parent if current is not None else self._dir
        self.path.setText(str(folder / name))

    def on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("保存为"), self.path.text(), "Excel (*.xlsx)")
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")

    def on_accepted(self) -> None:
        self.errors.clear()
        a, b = self.range()
        if b < a:
            self.errors.set("date_to", field_message("date_order"))
            return
        if not self.path.text().strip():
            self.errors.set("path", field_message("required"))
            return
        self.accept()


# --- the tab ------------------------------------------------------------------------------------


def _t(text: str) -> str:
    return QCoreApplication.translate("CallLogTab", text)


class ExportActions:
    """The tab's export: pick the days and the file, write it in a worker thread (through the
    service's column specs and the one xlsx writer), report in the tab's status line."""

    _svc: Any
    ctx: UiContext
    export_button: QPushButton
    export_status: QLabel

    def export(self) -> None:
        default_dir = Path.home() / "Documents"
        if not default_dir.exists():
            default_dir = Path.home()
        dlg = ExportDialog(self._svc.today(), default_dir, cast(QWidget, self))
        self.export_dialog = dlg
        dlg.accepted.connect(lambda: self.start_export(*dlg.range(), Path(dlg.path.text().strip())))
        dlg.open()

    def start_export(self, date_from: date, date_to: date, path: Path) -> None:
        """Write the file in a worker thread; the tab stays usable."""
        self.export_button.setEnabled(False)
        self.export_status.setStyleSheet(INFO_STYLE)
        self.export_status.setText(_t("正在导出…"))
        svc, user = self._svc, self.ctx.user
        self._export_job = run_in_background(
            lambda: svc.export_xlsx(user, path, date_from, date_to),
            lambda n: self.on_export_done(n, path),
            self.on_export_failed,
        )

    def on_export_done(self, count: int, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.export_status.setStyleSheet(OK_STYLE)
        self.export_status.setText(_t("已导出 {0} 条到 {1}").format(count, path))

    def on_export_failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        self.export_status.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, ServiceError):
            text = error_message(exc)
        else:
            text = _t("导出失败：{0}").format(exc)
        self.export_status.setText(text)
