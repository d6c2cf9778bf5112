"""The notice's print form and the re-inspection dialog."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.notices import NoticeDetail, NoticePrint
from frontdesk.ui.forms import ERROR_STYLE, FieldErrors


@dataclass(frozen=True)
class NoticePrintable:
    """A notice (both copies) as the shared print action takes it (ui.common.print_action)."""

    printed: NoticePrint
    title: str

    @property
    def file_name(self) -> str:
        return f"整改通知单_{self.printed.detail.number}.pdf"

    def render(self) -> bytes:
        from frontdesk.printing.rectification_notice_pdf import render_notice

        return render_notice(self.printed)


class ReinspectDialog(QDialog):
    """复查: 已整改 or 未整改, with what was found."""

    def __init__(self, notice: NoticeDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("复查 {0}").format(notice.number))
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        intro = QLabel(
            self.tr("{0}　{1}\n整改期限：{2}\n要求：{3}").format(
                notice.room_code, notice.addressee_name, notice.deadline.isoformat(), notice.requirement
            )
        )
        intro.setWordWrap(True)
        self.rectified = QRadioButton(self.tr("已整改"))
        self.rectified.setObjectName("reinspect_rectified")
        self.not_rectified = QRadioButton(self.tr("未整改"))
        self.not_rectified.setObjectName("reinspect_not_rectified")
        self.rectified.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.rectified)
        group.addButton(self.not_rectified)
        radios = QHBoxLayout()
        radios.addWidget(self.rectified)
        radios.addWidget(self.not_rectified)
        radios.addStretch(1)
        self.note = QPlainTextEdit()
        self.note.setObjectName("reinspect_note")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("复查情况；未整改时写明仍存在的问题（将带入再次通知）"))
        self.note.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("复查结果"), radios)
        self.errors.add_row(form, self.tr("复查情况"), "reinspect_note", self.note)
        self.banner = QLabel()
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存复查结果"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.banner)
        lay.addWidget(buttons)

    def result_code(self) -> str:
        return "not_rectified" if self.not_rectified.isChecked() else "rectified"
