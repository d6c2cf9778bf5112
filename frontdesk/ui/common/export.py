"""The one export action: the columns a list shows (column specs) written to xlsx through the
one writer (frontdesk.printing.xlsx), in a worker thread, with the file dialog and the outcome
message in one place."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from frontdesk.printing.xlsx import write_columns
from frontdesk.services.core.columns import Column
from frontdesk.services.errors import ServiceError
from frontdesk.ui.common.files import suggested_path
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.worker import run_in_background

Row = TypeVar("Row")


def _t(text: str) -> str:
    return QCoreApplication.translate("export", text)


def export_columns(columns: Sequence[Column[Any]]) -> list[Column[Any]]:
    return [c for c in columns if c.export]


def write_rows(path: Path, sheet: str, columns: Sequence[Column[Row]], headers: Sequence[str], rows: Iterable[Row]) -> int:
    """Worker-thread part: typed cells from the column specs, streamed to the file."""
    return write_columns(path, sheet, columns, rows, headers)


def ask_path(parent: QWidget | None, file_name: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, _t("导出 Excel"), suggested_path(file_name), _t("Excel 文件 (*.xlsx)"))
    if not path:
        return None
    return Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")


def export_to(
    parent: QWidget | None,
    path: Path,
    sheet: str,
    columns: Sequence[Column[Row]],
    context: str,
    rows: Callable[[], Iterable[Row]],
    on_done: Callable[[int], None] | None = None,
    on_failed: Callable[[Exception], None] | None = None,
) -> None:
    """Write ``rows()`` (called in the worker, so a slow or refused read never blocks the
    counter) under the translated headers; report the outcome in a box unless the caller
    reports it (``on_done`` / ``on_failed``)."""
    cols = export_columns(columns)
    headers = [QCoreApplication.translate(context, c.header) for c in cols]

    def done(n: int) -> None:
        if on_done is not None:
            on_done(n)
        else:
            QMessageBox.information(parent, _t("导出完成"), _t("已导出 {0} 条到 {1}").format(n, str(path)))

    def failed(exc: Exception) -> None:
        if on_failed is not None:
            on_failed(exc)
            return
        text = error_message(exc) if isinstance(exc, ServiceError) else _t("导出失败：{0}").format(str(exc)[:200])
        QMessageBox.warning(parent, _t("导出失败"), text)

    run_in_background(lambda: write_rows(path, sheet, cols, headers, rows()), done, failed)
