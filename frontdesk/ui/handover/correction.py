"""Why an acknowledged handover needs a correction (asked before the correction draft starts)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QWidget

from frontdesk.ui.common.dialog_parts import dialog_buttons, stack
from frontdesk.ui.common.form_parts import label
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
        note = label(
            "",
            wrap=True,
            text=self.tr("已确认接班的记录不能修改。更正将另起一份记录，注明更正哪一份及原因，交班后由接班人再次确认。"),
        )
        buttons, _ok = dialog_buttons(self, self.tr("开始更正"), None, self.accept)
        stack(self, note, QLabel(self.tr("更正原因")), self.errors.wrap("correction_reason", self.reason), buttons)
        self.resize(460, 240)
