"""整改通知: issue a rectification notice, print it, re-inspect at the deadline, and follow a
failed re-inspection with a second notice. Typing a room shows that room's notice history."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.clock import to_local
from frontdesk.services.core.changes import call_op
from frontdesk.services.errors import ConflictError, ServiceError, ValidationError
from frontdesk.services.notices import NOTICE, NoticeDetail, NoticeInput, NoticePrint
from frontdesk.services.notices.export import VOCABULARY
from frontdesk.services.permissions import Action
from frontdesk.ui.common.conflict import FieldDiff, resolve_stale
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import ask_text
from frontdesk.ui.common.form_parts import text_box
from frontdesk.ui.common.form_scroll import FormScroll
from frontdesk.ui.common.messages import error_message, field_message
from frontdesk.ui.common.ops import ask, publish
from frontdesk.ui.common.print_action import add_direct_print, open_preview
from frontdesk.ui.common.record_list import RecordList, RecordTab, show_banner
from frontdesk.ui.common.room_field import RoomField
from frontdesk.ui.common.tab_parts import CountViews, CountWords, button, date_box, filter_combo, info_label, search_box
from frontdesk.ui.notices.dialogs import ReinspectDialog, notice_html, notice_printout
from frontdesk.ui.notices.model import STATUS_COLORS, NoticeModel, status_name

VIEWS = (
    ("due", QT_TRANSLATE_NOOP("NoticeTab", "到期待复查")),
    ("open", QT_TRANSLATE_NOOP("NoticeTab", "全部待复查")),
    ("followup", QT_TRANSLATE_NOOP("NoticeTab", "未整改待再次通知")),
    ("all", QT_TRANSLATE_NOOP("NoticeTab", "全部")),
)
CLAUSE_ROLE = Qt.ItemDataRole.UserRole + 1


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class NoticeTab(CountWords, CountViews, RecordTab):
    count_views = {"notice.reinspect_due": ("view", "due"), "notice.followup_needed": ("view", "followup")}

    record_kinds = ("notice",)
    vocabulary = VOCABULARY

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("整改通知"))
        self._previous: NoticeDetail | None = None
        keys = (("Ctrl+Return", self.on_issue_clicked), ("Ctrl+Enter", self.on_issue_clicked), ("Ctrl+N", self.reset_form))
        self.set_up(self._build_form(), self._build_list(), keys, {NOTICE})

    # --- building -----------------------------------------------------------

    def _build_form(self) -> QWidget:
        box = QGroupBox(self.tr("开具整改通知单"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(5)

        self.followup_banner = info_label(
            "notice_followup_banner", style="background:#fff3e0; color:#8a4b00; padding:6px; border-radius:4px;", wrap=True
        )
        self.followup_banner.hide()

        self.room_field = RoomField(self.ctx, name="notice_room")
        self.room = self.room_field.edit
        self.room.setPlaceholderText(self.tr("3-2-1502 / 3栋2单元1502"))
        self.room.editingFinished.connect(self.on_room_editingFinished)
        self.room_field.projectChanged.connect(self.on_room_editingFinished)
        self.room_info = QLabel()
        self.room_info.setObjectName("notice_room_info")
        room_row = QHBoxLayout()
        room_row.addWidget(self.errors.wrap("room", self.room_field, self.room), 2)
        room_row.addWidget(self.room_info, 3)
        form.addRow(self.tr("房号"), room_row)

        self.to_owner = QRadioButton(self.tr("业主"))
        self.to_owner.setObjectName("notice_to_owner")
        self.to_contractor = QRadioButton(self.tr("装修负责人"))
        self.to_contractor.setObjectName("notice_to_contractor")
        group = QButtonGroup(self)
        group.addButton(self.to_owner)
        group.addButton(self.to_contractor)
        self.to_owner.setChecked(True)
        self.to_owner.toggled.connect(self.on_to_owner_toggled)
        self.addressee = QLineEdit()
        self.addressee.setObjectName("notice_addressee")
        self.addressee_phone = QLineEdit()
        self.addressee_phone.setObjectName("notice_addressee_phone")
        self.addressee_phone.setPlaceholderText(self.tr("电话（可空）"))
        self.addressee_phone.setMaximumWidth(140)
        to_row = QHBoxLayout()
        to_row.addWidget(self.to_owner)
        to_row.addWidget(self.to_contractor)
        to_row.addWidget(self.errors.wrap("addressee_name", self.addressee), 2)
        to_row.addWidget(self.errors.wrap("addressee_phone", self.addressee_phone), 1)
        form.addRow(self.tr("致"), to_row)

        self.found_on = date_box("notice_found_on")
        self.found_on.setMaximumWidth(150)
        self.errors.add_row(form, self.tr("检查日期"), "found_on", self.found_on)

        self.findings = text_box("notice_findings", self.tr("经检查发现存在的问题，如：卫生间墙面横向开槽，深度约 6 厘米"))
        self.findings.setFixedHeight(70)
        self.errors.add_row(form, self.tr("发现问题"), "findings", self.findings)

        self.clauses = QListWidget()
        self.clauses.setObjectName("notice_clauses")
        self.clauses.setWordWrap(True)
        self.clauses.setMinimumHeight(200)
        self.clauses.itemChanged.connect(lambda _i: self._update_clause_count())
        self.clause_count = QLabel()
        self.clause_count.setStyleSheet("color:#888; font-size:11px")
        clause_box = QVBoxLayout()
        clause_box.setSpacing(2)
        clause_box.addWidget(self.errors.wrap("clauses", self.clauses))
        clause_box.addWidget(self.clause_count)
        form.addRow(self.tr("违反条款"), clause_box)

        self.requirement = text_box("notice_requirement", self.tr("整改要求，如：立即停止开槽，恢复墙面原状"))
        self.requirement.setFixedHeight(60)
        self.errors.add_row(form, self.tr("整改要求"), "requirement", self.requirement)

        self.deadline = date_box("notice_deadline")
        self.deadline.setMaximumWidth(150)
        self.errors.add_row(form, self.tr("整改期限"), "deadline", self.deadline)

        self.banner = info_label("notice_banner", wrap=True)
        self.banner.hide()
        self.issue_button = button(
            self.tr("开具并打印（Ctrl+Enter）"), "notice_issue", enabled=self.ctx.user.can(Action.NOTICE_ISSUE)
        )
        self.issue_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.issue_button.clicked.connect(self.on_issue_clicked)
        clear = QPushButton(self.tr("清空"))
        clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        clear.clicked.connect(self.reset_form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(clear)
        buttons.addWidget(self.issue_button)
        # the fields scroll when the window is low (1280×720 at 125 %); the message and buttons stay in view
        lay = QVBoxLayout(box)
        lay.addWidget(FormScroll(self.followup_banner, form, None, name="notice_form_scroll"), 1)
        lay.addWidget(self.banner)
        lay.addLayout(buttons)
        return box

    def _build_list(self) -> QWidget:
        self.view = filter_combo("notice_view", ((self.tr(str(text)), code) for code, text in VIEWS), self.reload)
        self.filter_text = search_box("notice_filter", self.tr("房号、编号、姓名或问题"), self.reload)
        self.print_button = button(self.tr("打印"), "notice_print", self.on_print_clicked)
        add_direct_print(self, self.on_print_clicked)  # Ctrl+Shift+P: 直接打印 to the remembered printer
        self.reinspect_button = button(self.tr("复查…（Ctrl+R）"), "notice_reinspect", self.on_reinspect_clicked)
        # live only while the button is shown and enabled: a notice due for re-inspection is selected
        self.reinspect_button.setShortcut(QKeySequence("Ctrl+R"))
        self.followup_button = button(self.tr("开具再次通知"), "notice_followup", self.on_followup_clicked)
        self.receipt_button = button(self.tr("登记签收…"), "notice_receipt", self.on_receipt_clicked)
        self.records: RecordList[NoticeDetail] = RecordList(
            self.tr("整改通知记录"),
            NoticeModel(self),
            "notice",
            on_current=self.show_detail,
            filters=((self.view, 0), (self.filter_text, 1)),
            actions=(self.print_button, self.reinspect_button, self.followup_button, self.receipt_button),
        )
        self.model, self.table, self.detail = self.records.model, self.records.table, self.records.detail
        self.count_label = self.records.count_label
        return self.records

    # --- the form -----------------------------------------------------------

    def reset_form(self) -> None:
        self.errors.clear()
        self.banner.hide()
        self._previous = None
        self.followup_banner.hide()
        self.room_field.setReadOnly(False)
        for w in (self.room, self.addressee, self.addressee_phone):
            w.clear()
        self.findings.clear()
        self.requirement.clear()
        self.room_info.clear()
        self._room_owner = ""
        self.to_owner.setChecked(True)
        today = self.ctx.services.clock.local_now().date()
        self.found_on.setDate(_qdate(today))
        self.deadline.setDate(_qdate(self.ctx.services.notices.default_deadline()))
        self.load_clauses([])
        self.room.setFocus()

    def load_clauses(self, checked: list[str]) -> None:
        self.clauses.blockSignals(True)
        self.clauses.clear()
        regulation = self.ctx.services.notices.regulation()
        for c in self.ctx.services.notices.clauses():
            item = QListWidgetItem(f"{c.no}　{c.text}")
            item.setData(CLAUSE_ROLE, c.no)
            item.setToolTip(self.tr("《{0}》{1}").format(regulation, c.no))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.no in checked else Qt.CheckState.Unchecked)
            self.clauses.addItem(item)
        self.clauses.blockSignals(False)
        self._update_clause_count()

    def checked_clauses(self) -> list[str]:
        out = []
        for i in range(self.clauses.count()):
            item = self.clauses.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(CLAUSE_ROLE))
        return out

    def check_clause(self, no: str, checked: bool = True) -> None:
        for i in range(self.clauses.count()):
            item = self.clauses.item(i)
            if item.data(CLAUSE_ROLE) == no:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _update_clause_count(self) -> None:
        n = len(self.checked_clauses())
        self.clause_count.setText(
            self.tr("已选 {0} 条（空格键勾选）").format(n) if n else self.tr("空格键勾选违反的条款，可多选")
        )

    def on_room_editingFinished(self) -> None:
        text = self.room.text().strip()
        if not text or self.room.isReadOnly():
            return
        try:
            code, owner = self.ctx.services.notices.addressee_for_room(self.ctx.user, text, self.room_field.project_id())
        except ValidationError as exc:
            self.errors.set("room", field_message(exc.errors.get("room", "invalid"), dict(exc.params)))
            self.room_info.clear()
            return
        except ServiceError:
            return
        self.room.setText(code)
        label = self.findChild(QLabel, "error_room")
        if label is not None:
            label.hide()
        self.room.setStyleSheet("")
        if self.to_owner.isChecked() and (not self.addressee.text().strip() or self.addressee.text() == self._room_owner):
            self.addressee.setText(owner)
        self._room_owner = owner
        self.show_room_history(code, self.room_field.project_id())

    def on_to_owner_toggled(self, to_owner: bool) -> None:
        if to_owner and not self.addressee.text().strip():
            self.addressee.setText(self._room_owner)
        elif not to_owner and self.addressee.text() == self._room_owner:
            self.addressee.clear()
            self.addressee.setPlaceholderText(self.tr("装修公司及负责人，如：鑫达装饰 王工"))

    def form_input(self) -> NoticeInput:
        return NoticeInput(
            room=self.room.text(),
            project_id=self.room_field.project_id(),
            addressee_kind="owner" if self.to_owner.isChecked() else "contractor",
            addressee_name=self.addressee.text(),
            addressee_phone=self.addressee_phone.text(),
            found_on=_pydate(self.found_on.date()),
            findings=self.findings.toPlainText(),
            clause_nos=self.checked_clauses(),
            requirement=self.requirement.toPlainText(),
            deadline=_pydate(self.deadline.date()),
            previous_id=self._previous.id if self._previous else None,
        )

    def on_issue_clicked(self) -> None:
        if not self.ctx.user.can(Action.NOTICE_ISSUE):
            return
        self.banner.hide()
        try:  # errors beside the fields and in the banner; the change set is published
            printed, changes = call_op(self.ctx.services.notices.issue, self.ctx.user, self.form_input())
        except ValidationError as exc:
            self.errors.show(exc)
            self._banner(error_message(exc), error=True)
            return
        except ServiceError as exc:
            self._banner(error_message(exc), error=True)
            return
        d = printed.detail
        publish(self.ctx, changes)
        self.reset_form()
        self._banner(
            self.tr("已开具 {0}（{1}），整改期限 {2}。请打印两联，请对方在存根联签收。").format(
                d.number, d.room_code, d.deadline.isoformat()
            ),
            error=False,
        )
        self.select_notice(d.id)
        self.print_notice(printed)

    def _banner(self, text: str, *, error: bool) -> None:
        show_banner(self.banner, text, error=error)

    def start_followup(self, prev: NoticeDetail) -> None:
        """Fill the form for the notice that follows a failed re-inspection of ``prev``."""
        self.reset_form()
        self._previous = prev
        self.room_field.set(self.room_field.project_id_named(prev.project), prev.room_code)
        self.room_field.setReadOnly(True)
        (self.to_owner if prev.addressee_kind == "owner" else self.to_contractor).setChecked(True)
        self.addressee.setText(prev.addressee_name)
        self.findings.setPlainText(
            self.tr("经 {0} 复查，{1} 号整改通知单所列问题仍未整改：{2}").format(
                to_local(prev.reinspected_at).strftime("%Y-%m-%d") if prev.reinspected_at else "",
                prev.number,
                prev.reinspect_note,
            )
        )
        self.requirement.setPlainText(prev.requirement)
        self.load_clauses([c.no for c in prev.clauses])
        self.followup_banner.setText(
            self.tr("再次通知（第 {0} 次）：关联 {1}。检查内容已带入，请核对后开具。").format(prev.round + 1, prev.number)
        )
        self.followup_banner.show()
        self.show_room_history(prev.room_code, self.room_field.project_id_named(prev.project))
        self.findings.setFocus()

    # --- printing -----------------------------------------------------------

    def print_notice(self, printed: NoticePrint) -> None:
        title = self.tr("整改通知单 {0}").format(printed.detail.number)
        self.preview = open_preview(self, notice_printout(printed, title))

    # --- the list -----------------------------------------------------------

    def reload(self) -> None:
        if not self.ctx.user.can(Action.NOTICE_VIEW):
            return
        rows = self.ctx.services.notices.list_notices(self.ctx.user, view=self.view.currentData(), text=self.filter_text.text())
        self.records.show_rows(rows)  # about a hundred notices a year: the service caps a list at 500
        self.count_label.setText(self.tr("共 {0} 份").format(len(rows)))

    def select_notice(self, notice_id: int) -> None:
        if not self.records.select(notice_id):
            self.view.setCurrentIndex(self.view.findData("all"))
            self.filter_text.clear()
            self.reload()
            self.records.select(notice_id)

    def current_notice(self) -> NoticeDetail | None:
        return self.records.current()

    def show_detail(self, d: NoticeDetail | None) -> None:
        allowed = d.allowed if d is not None else frozenset()
        self.print_button.setEnabled("print" in allowed)
        self.reinspect_button.setEnabled("reinspect" in allowed)
        self.followup_button.setEnabled("followup" in allowed)
        self.receipt_button.setEnabled("receipt" in allowed)
        if d is None:
            self.detail.setHtml(f"<p style='color:#888'>{self.tr('选择一份整改通知查看详情')}</p>")
            return
        self.detail.setHtml(
            self.notice_html(d) + self.history_html(d.room_code, self.room_field.project_id_named(d.project), highlight=d.id)
        )

    def notice_html(self, d: NoticeDetail) -> str:
        return notice_html(d)

    def history_html(self, room_code: str, project_id: int | None = None, *, highlight: int | None = None) -> str:
        try:
            _code, rows = self.ctx.services.notices.room_history(self.ctx.user, room_code, project_id)
        except ServiceError:
            return ""
        if not rows:
            return ""
        e = html.escape
        lines = "".join(
            f"<tr style='{'font-weight:bold' if r.id == highlight else ''}'><td>{e(r.number)}</td>"
            f"<td>{to_local(r.issued_at):%Y-%m-%d}</td><td>{e(r.findings[:24])}</td><td>{r.deadline.isoformat()}</td>"
            f"<td style='color:{STATUS_COLORS.get(r.status, '#000')}'>{status_name(r.status)}</td></tr>"
            for r in rows
        )
        title = self.tr("{0} 整改记录（{1} 份）").format(e(room_code), len(rows))
        return f"<hr><p style='color:#555'>{title}</p><table cellspacing='0' cellpadding='3' width='100%'>{lines}</table>"

    def show_room_history(self, room_code: str, project_id: int | None = None) -> None:
        history = self.history_html(room_code, project_id)
        text = self.tr("本户无整改记录") if not history else ""
        self.room_info.setText(text)
        if history:
            self.detail.setHtml(history)

    def open_record(self, kind: str, record_id: int) -> None:
        self.select_notice(record_id)

    # --- actions -----------------------------------------------------------

    def on_print_clicked(self) -> None:
        d = self.current_notice()
        if d is None:
            return
        _ok, printed = ask(self.say_print_error, self.ctx.services.notices.print_data, self.ctx.user, d.id)
        if printed is not None:
            self.print_notice(printed)

    def say_print_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("打印"), text)

    def on_reinspect_clicked(self) -> None:
        d = self.current_notice()
        if d is None:
            return
        dlg = ReinspectDialog(d, self)
        self._reinspect_dialog = dlg
        dlg.accepted.connect(lambda: self.reinspect(d, dlg.result_code(), dlg.note.toPlainText(), dlg))
        dlg.open()

    def reinspect(self, d: NoticeDetail, result: str, note: str, dlg: ReinspectDialog | None = None) -> bool:
        notices = self.ctx.services.notices
        try:
            _r, changes = call_op(notices.reinspect, self.ctx.user, d.id, result, note, expected_version=d.version)
        except ValidationError as exc:
            if dlg is not None:
                dlg.errors.show(exc)
                dlg.open()
            return False
        except ConflictError:
            field = (self.tr("复查情况"), note, lambda t: t.reinspect_note)
            return self._on_conflict(d, field, lambda theirs: self.reinspect(theirs, result, note, dlg))
        except ServiceError as exc:
            if dlg is not None:
                dlg.banner.setText(error_message(exc))
                dlg.open()
            else:
                QMessageBox.warning(self, self.tr("复查"), error_message(exc))
            return False
        publish(self.ctx, changes)
        self.select_notice(d.id)
        return True

    def _on_conflict(
        self,
        mine: NoticeDetail,
        field: tuple[str, str, Callable[[NoticeDetail], str]],
        again: Callable[[NoticeDetail], bool],
    ) -> bool:
        """Someone changed the notice meanwhile: theirs beside mine, then keep theirs (the list
        reloads) or apply mine again on top of theirs."""
        label, value, theirs_value = field
        return resolve_stale(
            self,
            self.tr("整改通知"),
            lambda: self.ctx.services.notices.get(self.ctx.user, mine.id),
            lambda theirs: [
                FieldDiff(self.tr("状态"), status_name(mine.status), status_name(theirs.status)),
                FieldDiff(label, value, theirs_value(theirs)),
            ],
            lambda _theirs: self.reload(),
            again,
            self.conflict_answer,
        )

    def on_followup_clicked(self) -> None:
        d = self.current_notice()
        if d is not None and d.status == "followup_needed":
            self.start_followup(d)

    def on_receipt_clicked(self) -> None:
        d = self.current_notice()
        if d is None:
            return
        name, ok = ask_text(
            self,
            self.tr("登记签收"),
            self.tr("{0}：签收人姓名（按存根联上的签字登记，签收日期记为今天）").format(d.number),
            d.received_by or d.addressee_name,
        )
        if not ok:
            return
        self.record_receipt(d, name)

    def record_receipt(self, d: NoticeDetail, name: str) -> bool:
        notices = self.ctx.services.notices
        return self.change_listed(
            self.tr("登记签收"),
            lambda: notices.record_receipt(self.ctx.user, d.id, name, None, expected_version=d.version),
            invalid=lambda exc: field_message(next(iter(exc.errors.values()))),
            on_conflict=lambda: self._on_conflict(
                d, (self.tr("签收人"), name, lambda t: t.received_by), lambda t: self.record_receipt(t, name)
            ),
        )
