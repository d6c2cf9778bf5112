"""The centre's logo in 管理 → 设置: chosen from a PNG/JPG file, previewed, saved for every counter;
a bad file is refused beside the field; the print preview hands the current logo to the forms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from frontdesk.printing.letterhead import current_logo, use_logo
from frontdesk.ui.admin import SettingsDialog
from frontdesk.ui.common.print_preview import PrintPreviewDialog
from tests.printing.test_logo import picture


def test_choose_preview_save_and_remove_the_logo(qtbot, make_ctx, services, supervisor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dlg = SettingsDialog(make_ctx(supervisor), qs)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.logo_preview.text() == "（无标志）" and not dlg.logo_clear.isEnabled()
    bad = tmp_path / "logo.jpg"
    bad.write_bytes(b"not a picture")
    dlg.load_logo_file(bad)
    dlg.on_save_clicked()
    assert dlg.errors.text("centre_logo") == "不是可用的 PNG 或 JPG 图片，请换一张" and dlg.isVisible()
    good = tmp_path / "logo.png"
    good.write_bytes(picture("PNG"))
    dlg.load_logo_file(good)
    assert not dlg.logo_preview.pixmap().isNull() and dlg.logo_clear.isEnabled()
    assert dlg.errors.text("centre_logo") == ""
    dlg.grab().save(str(tmp_path / "settings.png"))
    dlg.on_save_clicked()
    assert not dlg.isVisible() and services.settings.centre_logo() is not None
    again = SettingsDialog(make_ctx(supervisor), qs)
    qtbot.addWidget(again)
    assert not again.logo_preview.pixmap().isNull()
    again.logo_clear.click()
    again.on_save_clicked()
    assert services.settings.centre_logo() is None


def test_a_receptionist_sees_the_logo_but_cannot_change_it(qtbot, make_ctx, receptionist, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = SettingsDialog(make_ctx(receptionist), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dlg)
    assert not dlg.logo_choose.isEnabled() and not dlg.logo_clear.isEnabled()


def test_the_preview_prints_the_current_logo(qtbot, make_ctx, services, supervisor) -> None:  # type: ignore[no-untyped-def]
    tab = QWidget()
    tab.ctx = make_ctx(supervisor)  # type: ignore[attr-defined]
    qtbot.addWidget(tab)
    use_logo(None)
    services.settings.set_centre_logo(supervisor, picture("PNG"))
    PrintPreviewDialog(lambda: b"%PDF-1.4", "测试_1.pdf", parent=tab)  # owned by the tab
    assert current_logo() is not None  # read from the settings as the preview opened
    services.settings.set_centre_logo(supervisor, None)
    PrintPreviewDialog(lambda: b"%PDF-1.4", "测试_1.pdf", parent=tab)
    assert current_logo() is None
