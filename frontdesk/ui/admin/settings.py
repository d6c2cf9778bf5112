"""Settings (管理 → 设置): the language of this PC, the centre's name and its logo (printed at the
top of every form)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
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
        self._logo_before = ctx.services.settings.centre_logo() if ctx else None
        self.logo_data: bytes | None = self._logo_before  # what saving keeps (None: no logo)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(180, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border:1px solid #ccc; background:#fff; color:#888")
        self.logo_choose = QPushButton(self.tr("选择图片…"))
        self.logo_choose.setObjectName("logo_choose")
        self.logo_clear = QPushButton(self.tr("不用标志"))
        self.logo_clear.setObjectName("logo_clear")
        self.logo_choose.clicked.connect(self.on_choose_logo)
        self.logo_clear.clicked.connect(lambda: self.set_logo(None))
        for b in (self.logo_choose, self.logo_clear):
            b.setEnabled(may_manage)
        logo_row = QWidget()
        logo_row.setObjectName("centre_logo")
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_preview)
        row.addWidget(self.logo_choose)
        row.addWidget(self.logo_clear)
        row.addStretch(1)
        self._show_logo()
        form = add_rows(
            self.errors,
            QFormLayout(),
            [
                (self.tr("界面语言"), "language", self.language),
                (self.tr("服务中心名称"), "centre_name", self.centre),
                (self.tr("中心标志"), "centre_logo", logo_row),
            ],
        )
        about = note(
            self.tr(
                "语言只对这台电脑有效，重新启动程序后生效；服务中心名称显示在标题栏、登录窗口和打印的单据上。"
                "中心标志（PNG 或 JPG）缩放后保存，打印在每张单据的左上角；不用标志时单据只印中心名称。"
            ),
            "color:#777",
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
        if self.ctx is not None and self.logo_data != self._logo_before:
            ok, _set = submit(
                self.ctx, self.errors, self.banner, self.ctx.services.settings.set_centre_logo, self.ctx.user, self.logo_data
            )
            if not ok:
                return
        self._settings.setValue("ui/language", self.language.currentData())
        self._settings.sync()
        self.accept()

    # --- the logo ------------------------------------------------------------------------------

    def set_logo(self, data: bytes | None) -> None:
        """The picture to keep on saving (the file's bytes; the service checks and scales it)."""
        self.logo_data = data
        self.errors.clear()
        self._show_logo()

    def _show_logo(self) -> None:
        pix = QPixmap()
        if self.logo_data is not None and pix.loadFromData(QByteArray(self.logo_data)):
            self.logo_preview.setPixmap(
                pix.scaled(
                    self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        elif self.logo_data is not None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("无法预览"))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("（无标志）"))
        self.logo_clear.setEnabled(self.logo_choose.isEnabled() and self.logo_data is not None)

    def on_choose_logo(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择中心标志"), start, self.tr("图片 (*.png *.jpg *.jpeg)"))
        if path:
            self.load_logo_file(Path(path))

    def load_logo_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.banner.setText(self.tr("无法读取图片：{0}").format(exc.strerror or str(exc)))
            self.banner.show()
            return
        self.set_logo(data)
