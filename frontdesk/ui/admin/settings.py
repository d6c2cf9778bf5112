"""Settings (管理 → 设置): the language of this PC and the centre's name."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QWidget,
)

from frontdesk.services.permissions import Action
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import dialog_buttons, error_banner, stack, submit
from frontdesk.ui.common.form_parts import add_rows, combo, line_edit, note
from frontdesk.ui.common.forms import FieldErrors
from frontdesk.ui.shell.appsetup import LANGUAGES

# --- settings -------------------------------------------------------------------------------------


class SettingsDialog(QDialog):
    """Language (this PC) and the centre's name (shared, for SETTINGS_MANAGE roles)."""

    def __init__(self, ctx: UiContext | None, settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._settings = settings or QSettings()
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        self.language = combo("language", [(name, code) for code, name in LANGUAGES.items()])
        current = str(self._settings.value("ui/language", "zh_CN"))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.centre = line_edit("centre_name")
        self._centre_before = ctx.services.settings.get("centre.name") if ctx else ""
        self.centre.setText(self._centre_before)
        may_manage = ctx is not None and ctx.user.can(Action.SETTINGS_MANAGE)
        self.centre.setReadOnly(not may_manage)
        if not may_manage:
            self.centre.setToolTip(self.tr("只有主管可以修改服务中心名称"))
        form = add_rows(
            self.errors,
            QFormLayout(),
            [
                (self.tr("界面语言"), "language", self.language),
                (self.tr("服务中心名称"), "centre_name", self.centre),
            ],
        )
        about = note(
            self.tr("语言只对这台电脑有效，重新启动程序后生效；服务中心名称显示在标题栏、登录窗口和打印的单据上。"), "color:#777"
        )
        self.banner = error_banner()
        buttons, _ok = dialog_buttons(self, self.tr("保存"), self.tr("取消"), self.on_save_clicked, save=True)
        stack(self, form, about, self.banner, buttons)

    def on_save_clicked(self) -> None:
        self.errors.clear()
        self.banner.clear()
        if self.ctx is not None and self.centre.text() != self._centre_before:
            ok, name = submit(
                self.ctx, self.errors, self.banner, self.ctx.services.settings.set_centre_name, self.ctx.user, self.centre.text()
            )
            if not ok:
                return
            self._settings.setValue("ui/centre_name", name)  # submit published SETTING (the title bar reads it)
        self._settings.setValue("ui/language", self.language.currentData())
        self._settings.sync()
        self.accept()
