"""Why an acknowledged handover needs a correction (asked before the correction draft starts)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from frontdesk.ui.common.forms import FieldErrors


class CorrectionDialog(QDialog):
    """Why an acknowledged handover needs a correction (the reason is kept with the new entry)."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("更正交接班 {0}").format(number))
        self.errors = FieldErrors()
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("correction_reason")
        self.reason.setPlaceholderText(self.tr("例：交接现金少写 50 元，应为 400.50 元"))
        self.reason.setFixedHeight(90)
        note = QLabel(self.tr("已确认接班的记录不能修改。更正将另起一份记录，注明更正哪一份及原因，交班后由接班人再次确认。"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("开始更正"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(note)
        lay.addWidget(QLabel(self.tr("更正原因")))
        lay.addWidget(self.errors.wrap("correction_reason", self.reason))
        lay.addWidget(buttons)
        self.resize(460, 240)
