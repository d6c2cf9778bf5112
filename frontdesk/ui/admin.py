"""The 管理 menu: settings (language, centre name)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
)

from frontdesk.ui.appsetup import LANGUAGES


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings | None, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._settings = settings or QSettings()
        self.setWindowTitle(self.tr("设置"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        current = str(self._settings.value("ui/language", "zh_CN"))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        form = QFormLayout()
        form.addRow(self.tr("界面语言"), self.language)
        note = QLabel(self.tr("更改语言后，重新启动程序生效。"))
        note.setStyleSheet("color:#777")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(buttons)

    def on_save_clicked(self) -> None:
        self._settings.setValue("ui/language", self.language.currentData())
        self._settings.sync()
        self.accept()


def add_admin_actions(window: QMainWindow, menu: QMenu) -> None:
    act = QAction(window.tr("设置…"), window)
    act.triggered.connect(lambda: SettingsDialog(getattr(window, "_settings", None), window).exec())
    menu.addAction(act)
    from frontdesk.ui.handover_settings import add_handover_settings_action

    add_handover_settings_action(window, menu)
