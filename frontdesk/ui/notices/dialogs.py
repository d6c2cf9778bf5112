"""The notice's print form, its detail view and the re-inspection dialog."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from frontdesk.services.clock import to_local
from frontdesk.services.notices import NoticeDetail, NoticePrint
from frontdesk.ui.common.dialog_parts import dialog_buttons, error_banner, stack
from frontdesk.ui.common.form_parts import numbered_choices, radio, text_box
from frontdesk.ui.common.forms import FieldErrors
from frontdesk.ui.common.messages import add_messages
from frontdesk.ui.common.print_action import PrintedForm
from frontdesk.ui.notices.model import STATUS_COLORS, addressee_kind_name, status_name


def _t(text: str) -> str:
    return QCoreApplication.translate("NoticeTab", text)


add_messages("NoticeTab", {"reinspect_result_not_chosen": str(QT_TRANSLATE_NOOP("NoticeTab", "请选择已整改或未整改"))})


def notice_printout(printed: NoticePrint, title: str) -> PrintedForm:
    """A notice (both copies) as the shared print action takes it (ui.common.print_action)."""

    def render() -> bytes:
        from frontdesk.printing.rectification_notice_pdf import render_notice

        return render_notice(printed)

    return PrintedForm(title, f"整改通知单_{printed.detail.number}.pdf", render)


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
        self.rectified = radio(self.tr("已整改"), "reinspect_rectified")
        self.not_rectified = radio(self.tr("未整改"), "reinspect_not_rectified")
        self.note = text_box("reinspect_note", self.tr("复查情况；未整改时写明仍存在的问题（将带入再次通知）"))
        self.note.setFixedHeight(90)
        form = QFormLayout()
        # neither until chosen: 已整改 is the inspector's finding, not a default
        self.result_group, box = numbered_choices(self, [self.rectified, self.not_rectified], across=True, keys=True)
        self.errors.add_row(form, self.tr("复查结果"), "result", box)
        self.errors.add_row(form, self.tr("复查情况"), "reinspect_note", self.note)
        self.banner = error_banner()
        buttons, _ok = dialog_buttons(self, self.tr("保存复查结果"), self.tr("取消"), self.accept)
        stack(self, intro, form, self.banner, buttons)

    def result_code(self) -> str:
        """``rectified``, ``not_rectified``, or "" while neither is chosen."""
        return {0: "rectified", 1: "not_rectified"}.get(self.result_group.checkedId(), "")


def notice_html(d: NoticeDetail) -> str:
    """The detail view of one notice (texts translated under ``NoticeTab``)."""
    e = html.escape
    color = STATUS_COLORS.get(d.status, "#000")
    rows = [
        (
            _t("编号"),
            f"<b>{e(d.number)}</b>"
            + (_t("（第 {0} 次通知，关联 {1}）").format(d.round, e(d.previous_number)) if d.previous_id else ""),
        ),
        (_t("房号"), f"<b>{e(d.room_code)}</b>　{e(d.project)}"),
        (
            _t("致"),
            e(f"{addressee_kind_name(d.addressee_kind)}　{d.addressee_name}　{d.addressee_phone}"),
        ),
        (_t("发现问题"), e(d.findings).replace("\n", "<br>")),
        (_t("违反条款"), "<br>".join(f"{e(c.no)}　{e(c.text)}" for c in d.clauses)),
        (_t("整改要求"), e(d.requirement).replace("\n", "<br>")),
        (_t("整改期限"), f"<b>{d.deadline.isoformat()}</b>"),
        (_t("开具"), e(f"{d.issued_by}　{to_local(d.issued_at):%Y-%m-%d %H:%M}")),
        (
            _t("签收"),
            e(f"{d.received_by}　{d.received_on.isoformat()}") if d.received_on else _t("未登记"),
        ),
        (_t("状态"), f"<b style='color:{color}'>{status_name(d.status)}</b>"),
    ]
    if d.reinspected_at:
        rows.append(
            (
                _t("复查"),
                e(f"{d.reinspected_by}　{to_local(d.reinspected_at):%Y-%m-%d %H:%M}　{d.reinspect_note}"),
            )
        )
    if d.followup_id:
        rows.append((_t("再次通知"), e(d.followup_number)))
    body = "".join(
        f"<tr><td style='color:#666;padding:2px 10px 2px 0' valign='top' nowrap>{k}</td><td style='padding:2px 0'>{v}</td></tr>"
        for k, v in rows
    )
    return f"<table cellspacing='0'>{body}</table>"
