"""The shared print dialog: preview with QtPdf, print to a printer, save as PDF — for any form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from frontdesk.printing.layout import Cell, Copy, Grid, Header, render_copies
from frontdesk.ui.common.print_preview import PrintPreviewDialog
from tests.support.printing import page_count, pdf_text


def _form() -> bytes:
    blocks = [
        Header("测试物业服务中心", "测试单", serial="CS20261127001"),
        Grid([[Cell("房号", "3-2-1502")]]),
    ]
    return render_copies([Copy("第一联", blocks), Copy("第二联", blocks)], title="测试单")


def test_preview_save_and_print(qtbot, tmp_path: Path) -> None:
    outputs: list[str] = []
    dlg = PrintPreviewDialog(_form, "测试单_CS20261127001.pdf", title="测试单", on_output=outputs.append)
    qtbot.addWidget(dlg)
    assert not dlg.print_button.isEnabled()  # nothing to print before the PDF is made
    dlg.show()
    qtbot.waitUntil(lambda: dlg.ready, timeout=10_000)
    assert dlg.page_count() == 1 and dlg.print_button.isEnabled() and dlg.save_button.isEnabled()
    assert "共 1 页" in dlg.pages_label.text()
    assert dlg.save_to(tmp_path / "saved") and (tmp_path / "saved.pdf").read_bytes() == dlg.pdf_bytes
    printer = dlg.make_printer()
    assert round(printer.pageLayout().fullRectPoints().width()) == 595  # A4, as the form
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dlg.print_to(printer)
    qtbot.waitUntil(lambda: not dlg.printing, timeout=20_000)  # printed on a worker thread
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert page_count(printed) == 1
    assert outputs == ["pdf", "printer"]
    assert "CS20261127001" in pdf_text(dlg.pdf_bytes or b"")


def test_a_failure_is_shown_and_nothing_can_be_printed(qtbot) -> None:
    def broken() -> bytes:
        raise RuntimeError("磁盘已满")

    dlg = PrintPreviewDialog(broken, "x.pdf")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: bool(dlg.error_text), timeout=10_000)
    assert "磁盘已满" in dlg.status.text()
    assert not dlg.print_button.isEnabled() and not dlg.save_button.isEnabled()


def test_the_dialog_fits_a_small_screen_and_keeps_the_page_across(qtbot, monkeypatch) -> None:
    """QA: fixed at 820×940, taller than a 1366×768 laptop screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    from PySide6.QtPdfWidgets import QPdfView

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 728))  # task bar
    dlg = PrintPreviewDialog(_form, "测试单.pdf")
    qtbot.addWidget(dlg)
    assert dlg.height() + 40 <= 728 and dlg.width() <= 1366
    assert dlg.width() >= 800  # not shrunk where there is room
    assert dlg.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_save_as_pdf_opens_in_documents_with_the_suggested_name(qtbot, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtCore import QStandardPaths

    from frontdesk.ui.common import print_preview

    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda loc: str(docs))
    asked: list[str] = []

    def fake_dialog(parent, caption, directory, filter_):  # type: ignore[no-untyped-def]
        asked.append(directory)
        return "", ""

    monkeypatch.setattr(print_preview.QFileDialog, "getSaveFileName", fake_dialog)
    dlg = PrintPreviewDialog(_form, "测试单_CS20261127001.pdf")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.ready, timeout=10_000)
    dlg.on_save_clicked()
    assert asked == [str(docs / "测试单_CS20261127001.pdf")]
    # no Documents folder (a fresh account): the home folder, never the working directory
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda loc: str(tmp_path / "missing"))
    monkeypatch.setenv("HOME", str(tmp_path))
    dlg.on_save_clicked()
    assert asked[-1] == str(Path.home() / "测试单_CS20261127001.pdf")
