"""接班确认: the incoming person reads the handover and signs it with their own username and password.

Whoever's session the dialog opens in (the outgoing person's, or the incoming person's right after
their login), the signature is the credentials typed here. A wrong password changes nothing and
keeps what was typed apart from the password.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QLabel, QTextBrowser, QWidget

from frontdesk.services.errors import AuthError, ConflictError, InvalidTransition, ServiceError, ValidationError
from frontdesk.services.handover import MACHINE, HandoverDetail, format_fen
from frontdesk.ui.common.conflict import AsksOnConflict, field_diffs
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import error_banner, password_field, row, save_keys, stack
from frontdesk.ui.common.form_parts import add_rows, button, line_edit, note
from frontdesk.ui.common.forms import ERROR_STYLE, FieldErrors
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import call_and_publish
from frontdesk.ui.common.screen_fit import fit_to_screen
from frontdesk.ui.handover.view import detail_html, shift_label


def notes_of(d: HandoverDetail) -> dict[str, str]:
    """A handover's notes as the conflict dialog shows them (the cash in yuan)."""
    cash = format_fen(d.cash_fen).replace(",", "")
    return {"keys_lent": d.keys_lent, "cash": cash, "receipts": d.receipts, "watch_notes": d.watch_notes}


class HandoverAckDialog(AsksOnConflict, QDialog):
    acknowledged = Signal(object)  # HandoverDetail

    def __init__(self, ctx: UiContext, detail: HandoverDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.setObjectName("handover_ack")
        self.setWindowTitle(self.tr("接班确认 — {0}").format(detail.number or ""))
        fit_to_screen(self, 900, 760)
        intro = QLabel(
            self.tr("{0} 交来 {1} 的交接班记录，请阅读后确认接班。").format(detail.author_name, shift_label(detail.shift))
        )
        intro.setStyleSheet("font-size: 12pt; font-weight: bold;")
        intro.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("handover_ack_text")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(detail_html(detail, ctx.services.features))

        self.errors = FieldErrors()
        self.username = line_edit("ack_username")
        self.password = password_field("ack_password")
        self.note = line_edit("ack_note", self.tr("选填，如：现金 350.50 元已点清，钥匙已核对"))
        if ctx.user.id != detail.author_id:
            self.username.setText(ctx.user.username)
        form = add_rows(
            self.errors,
            QFormLayout(),
            [
                (self.tr("接班人登录名"), "username", self.username),
                (self.tr("密码"), "password", self.password),
                (self.tr("接班意见"), "ack_note", self.note),
            ],
        )
        self.error = error_banner("ack_error")
        self.error.setStyleSheet(ERROR_STYLE + " font-size: 13px;")
        hint = note(
            self.tr("请接班人本人输入自己的登录名和密码；确认后记录即锁定，不能再修改或删除，如有错漏只能另写更正。"),
            "color:#555",
        )
        box = QGroupBox(self.tr("接班人确认"))
        stack(box, hint, form, self.error)

        self.print_button = button(self.tr("打印…"), "ack_print", self.on_print_clicked)
        self.print_button.setToolTip(self.tr("打印交接班记录，交接双方可在纸上签字"))
        self.print_dialog: QDialog | None = None
        self.later_button = button(self.tr("稍后确认"), "ack_later", self.reject)
        self.ack_button = button(self.tr("确认接班"), "ack_confirm", self.on_ack_clicked)
        self.ack_button.setDefault(True)
        save_keys(self.ack_button)
        self.ack_button.setStyleSheet("font-weight:bold; padding: 6px 18px;")
        stack(self, intro, (self.browser, 1), box, row(self.print_button, None, self.later_button, self.ack_button))
        (self.password if self.username.text() else self.username).setFocus()

    def on_print_clicked(self) -> None:
        from frontdesk.ui.handover.printing import open_handover_print

        self.print_dialog = open_handover_print(self.ctx, self.detail, self)

    def on_ack_clicked(self) -> None:
        self.errors.clear()
        self.error.clear()
        try:
            detail = call_and_publish(
                self.ctx,
                self.ctx.services.handover.acknowledge,
                self.ctx.user,
                self.detail.id,
                username=self.username.text(),
                password=self.password.text(),
                note=self.note.text(),
                expected_version=self.detail.version,
            )
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except AuthError:
            self.error.setText(self.tr("登录名或密码不正确，未确认接班。请接班人本人重新输入密码。"))
            self.password.clear()
            self.password.setFocus()
            return
        except ConflictError:
            self._stale()
            return
        except InvalidTransition as exc:
            self._reload(error_message(exc))
            return
        except ServiceError as exc:
            self.error.setText(error_message(exc))
            if exc.code == "handover_ack_own":
                self.username.selectAll()
                self.username.setFocus()
            return
        self.detail = detail
        self.acknowledged.emit(detail)
        self.accept()

    def _stale(self) -> None:
        """The outgoing person changed the record since it was shown: what I read beside what
        they saved; keep theirs (shown, to read again) or confirm again on their version."""
        read = self.detail
        labels = [
            ("keys_lent", self.tr("借出钥匙")),
            ("cash", self.tr("交接现金（元）")),
            ("receipts", self.tr("票据")),
            ("watch_notes", self.tr("注意事项")),
        ]

        def keep_theirs(theirs: HandoverDetail) -> None:
            self._show(theirs, self.tr("交班人刚刚修改了这份记录，已显示最新内容。请重新阅读后再确认。"))

        def apply_mine(theirs: HandoverDetail) -> bool:
            self.detail = theirs
            self.on_ack_clicked()
            return self.result() == QDialog.DialogCode.Accepted

        self.on_stale(
            self.tr("确认接班"),
            lambda: self.ctx.services.handover.get(self.ctx.user, read.id),
            lambda theirs: field_diffs(labels, notes_of(read), notes_of(theirs)),
            keep_theirs,
            apply_mine,
        )

    def _reload(self, message: str) -> None:
        try:
            detail = self.ctx.services.handover.get(self.ctx.user, self.detail.id)
        except ServiceError as exc:
            self.error.setText(error_message(exc))
            return
        self._show(detail, message)

    def _show(self, detail: HandoverDetail, message: str) -> None:
        self.detail = detail
        self.browser.setHtml(detail_html(self.detail, self.ctx.services.features))
        self.error.setText(message)
        if self.detail.state not in MACHINE.sources("acknowledge"):
            self.ack_button.setEnabled(False)
