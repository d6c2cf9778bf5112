"""放行条: issue a large-item release pass from the keyboard, print it, and keep the day's list.

Keyboard: Ctrl+N new pass (focus on 房号), Tab through the fields, Enter in the item lines goes to
the next line, Ctrl+Enter issues and opens the print preview, Esc clears the form.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QTimeEdit,
    QWidget,
)

from frontdesk.services.clock import LOCAL_TZ
from frontdesk.services.core.changes import call_op
from frontdesk.services.errors import ServiceError, ValidationError
from frontdesk.services.permissions import Action
from frontdesk.services.release_passes import PASS, ItemInput, PassDetail, PassInput, PassPrint
from frontdesk.services.release_passes.export import VOCABULARY
from frontdesk.ui.common.conflict import FieldDiff, resolve_stale
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import ask_text
from frontdesk.ui.common.export import ask_path
from frontdesk.ui.common.messages import error_message, field_message
from frontdesk.ui.common.ops import publish
from frontdesk.ui.common.print_action import open_preview
from frontdesk.ui.common.record_list import RecordList, RecordTab, show_banner
from frontdesk.ui.common.room_field import RoomField
from frontdesk.ui.common.tab_parts import CountWords, SavedSplit, button, date_box, filter_combo, search_box
from frontdesk.ui.common.worker import run_in_background
from frontdesk.ui.release_passes.form import build_form, form_input, show_validation
from frontdesk.ui.release_passes.model import ReleasePassModel
from frontdesk.ui.release_passes.widgets import (
    ItemLinesEditor,
    MaskedIdEdit,
    PassPrintable,
    pass_card_html,
    room_history_html,
    state_name,
)


class ReleasePassTab(CountWords, SavedSplit, RecordTab):
    record_kinds = ("pass",)
    layout_key = "passes/split"
    vocabulary = VOCABULARY
    # the issue form's fields (form.build_form)
    room_field: RoomField
    room: QLineEdit
    room_info: QLabel
    owner: QLineEdit
    carrier_is_owner: QCheckBox
    carrier: QLineEdit
    phone: QLineEdit
    id_number: MaskedIdEdit
    confirm_method: QComboBox
    confirm_by: QLineEdit
    confirm_time: QTimeEdit
    confirm_note: QLineEdit
    items: ItemLinesEditor
    items_error: QLabel
    reason: QComboBox
    reason_note: QLineEdit
    plate: QLineEdit
    valid_date: QDateEdit
    valid_from: QTimeEdit
    valid_until: QTimeEdit
    banner: QLabel
    issue_button: QPushButton
    clear_button: QPushButton
    room_history: QTextBrowser

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("放行条"))
        self._last_print: PassPrint | None = None
        keys = (
            ("Ctrl+Return", self.on_issue_clicked),
            ("Ctrl+Enter", self.on_issue_clicked),
            ("Ctrl+N", self.new_pass),
            ("Escape", self.on_escape),
        )
        self.split = self.set_up(self._build_form(), self._build_list(), keys, {PASS}, "pass_split")

    # --- building -----------------------------------------------------------

    def _build_form(self) -> QWidget:
        return build_form(self)

    def _build_list(self) -> QWidget:
        self.day = date_box("pass_day")
        self.day.dateChanged.connect(lambda _d: self.reload())
        states = [(self.tr("全部状态"), ""), *((state_name(code), code) for code in VOCABULARY.states)]
        self.state_filter = filter_combo("pass_state_filter", states, self.reload)
        self.state_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_text = search_box("pass_filter", self.tr("房号、编号或携物人"), self.reload)
        self.export_button = button(
            self.tr("导出 Excel"), "pass_export", self.on_export_clicked, enabled=self.ctx.user.can(Action.PASS_EXPORT)
        )
        self.reprint_button = button(self.tr("补打（副本）"), "pass_reprint", self.on_reprint_clicked)
        self.void_button = button(self.tr("作废…"), "pass_void", self.on_void_clicked)
        self.copy_button = button(
            self.tr("复制到新单"),
            "pass_copy",
            self.on_copy_clicked,
            tip=self.tr("作废重开时使用：房号、携物人、物品等带入左侧表单，电话和身份证号需重新填写"),
        )
        self.records: RecordList[PassDetail] = RecordList(
            self.tr("放行条记录"),
            ReleasePassModel(self),
            "pass",
            on_current=self.show_detail,
            filters=((self.day, 0), (self.state_filter, 0), (self.filter_text, 1), (self.export_button, 0)),
            actions=(self.reprint_button, self.void_button, self.copy_button),
            split=(3, 2),
        )
        self.records.setObjectName("pass_list_box")
        self.records.count_label.setObjectName("pass_count")
        self.model, self.table, self.detail = self.records.model, self.records.table, self.records.detail
        self.count_label = self.records.count_label
        self.show_detail(None)
        return self.records

    # --- the form -----------------------------------------------------------

    def reset_form(self) -> None:
        """An empty form with today's default window; focus on 房号."""
        self.errors.clear()
        self._clear_item_errors()
        self.banner.hide()
        for w in (
            self.room,
            self.owner,
            self.carrier,
            self.phone,
            self.reason_note,
            self.plate,
            self.confirm_note,
        ):
            w.clear()
        self.id_number.set_value("")
        self.room_info.clear()
        self.room_history.clear()
        self._room_owner = ""
        self.carrier_is_owner.setChecked(False)
        self.items.clear()
        self.reason.setCurrentIndex(0)
        self.confirm_method.setCurrentIndex(0)
        day, start, end = self.ctx.services.release_passes.default_window(self.ctx.services.settings.get("pass.window"))
        self.valid_date.setDate(QDate(day.year, day.month, day.day))
        self.valid_from.setTime(QTime(start.hour, start.minute))
        self.valid_until.setTime(QTime(end.hour, end.minute))
        self.confirm_by.setText(self.ctx.user.name)
        self.on_confirm_method_changed()
        self.room.setFocus()

    def new_pass(self) -> None:
        self.reset_form()

    def on_escape(self) -> None:
        if self.room.text() or self.carrier.text() or any(i.name for i in self.items.items()):
            self.reset_form()

    def on_room_editingFinished(self) -> None:
        text = self.room.text().strip()
        if not text:
            self.room_info.clear()
            return
        try:
            row = self.ctx.services.registry.resolve(self.ctx.user, text, self.room_field.project_id())
        except ValidationError as exc:
            params = dict(exc.params)
            self.errors.set("room", field_message(exc.errors.get("room", "invalid"), params))
            self.room_info.clear()
            return
        except ServiceError:
            return  # a role without registry access: the service checks the room on issue
        self._clear_field_error("room")
        self.room.setText(row.code)
        self.room_info.setText(self.tr("{0}　{1}　业主：{2}").format(row.project, row.status, row.owner_name or "—"))
        if not self.owner.text().strip() or self.owner.text() == self._room_owner:
            self.owner.setText(row.owner_name)
        self._room_owner = row.owner_name
        self.show_room_history(row.id, row.code)
        if not row.owner_name:
            # no owner on file: the owner's name is needed, so that field comes next
            QTimer.singleShot(0, self.owner.setFocus)
        if self.carrier_is_owner.isChecked():
            self.carrier.setText(self.owner.text())

    def show_room_history(self, room_id: int, code: str) -> None:
        """The room's recent passes under the form: several moves out in a week is worth a look."""
        rows = self.ctx.services.release_passes.room_history(self.ctx.user, room_id, limit=8)
        title = self.tr("{0} 最近的放行条").format(code)
        self.room_history.setHtml(room_history_html(title, self.tr("{0} 没有放行条记录").format(code), rows))

    def _clear_field_error(self, name: str) -> None:
        label = self.findChild(QLabel, f"error_{name}")
        if label is not None:
            label.clear()
            label.hide()
        widget = {"room": self.room, "carrier_id_number": self.id_number}.get(name)
        if widget is not None:
            widget.setStyleSheet("")

    def on_carrier_is_owner_toggled(self, checked: bool) -> None:
        if checked:
            self.carrier.setText(self.owner.text())
            self.phone.setPlaceholderText(self.tr("留空则用档案中的业主电话"))
            self.id_number.setPlaceholderText(self.tr("业主本人可不填"))
        else:
            if self.carrier.text() == self.owner.text():
                self.carrier.clear()
            self.phone.setPlaceholderText("")
            self.id_number.setPlaceholderText(self.tr("18 位身份证号，末位可为 X"))
        self.on_confirm_method_changed()

    def on_id_number_checked(self, code: str) -> None:
        if code:
            self.errors.set("carrier_id_number", field_message(code))
        else:
            self._clear_field_error("carrier_id_number")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
            and event.modifiers() == Qt.KeyboardModifier.NoModifier  # type: ignore[attr-defined]
        ):
            if obj in (self.confirm_method, self.confirm_by, self.confirm_time, self.confirm_note):
                self.reason.setFocus(Qt.FocusReason.TabFocusReason)  # on to 原因
                return True
            if obj in (self.reason, self.reason_note, self.plate):
                self.items.first_field().setFocus(Qt.FocusReason.TabFocusReason)  # on to 物品
                return True
        return super().eventFilter(obj, event)

    def on_confirm_method_changed(self, *_args: object) -> None:
        own = self.carrier_is_owner.isChecked()
        self.confirm_method.setEnabled(not own)
        if own:
            self.confirm_method.setToolTip(self.tr("业主本人携物，无需确认"))
        phone = self.confirm_method.currentData() == "phone" and not own
        for w in (self.confirm_by, self.confirm_time):
            w.setVisible(phone)
        self.confirm_note.setVisible(not own)
        if phone:
            now = self.ctx.services.clock.local_now()
            self.confirm_time.setTime(QTime(now.hour, now.minute))

    def form_input(self) -> PassInput:
        return form_input(self)

    def _clear_item_errors(self) -> None:
        self.items_error.clear()
        self.items_error.hide()
        self.items.clear_marks()

    def on_issue_clicked(self) -> None:
        if not self.ctx.user.can(Action.PASS_ISSUE):
            return
        self._clear_item_errors()
        self.banner.hide()
        try:  # the form shows its own errors (item lines, the banner); the change set is published
            printed, changes = call_op(self.ctx.services.release_passes.issue, self.ctx.user, self.form_input())
        except ValidationError as exc:
            self._show_validation(exc)
            return
        except ServiceError as exc:
            self._show_banner(error_message(exc), error=True)
            return
        self.errors.clear()
        self._last_print = printed
        d = printed.detail
        publish(self.ctx, changes)
        self.reset_form()
        self._show_banner(
            self.tr("已开具 {0}（{1}，{2}）。请在打印窗口打印两联，交携物人门岗联。").format(
                d.number, d.room_code, d.carrier_name
            ),
            error=False,
        )
        self.select_pass(d.id)
        self.print_pass(printed)

    def _show_validation(self, exc: ValidationError) -> None:
        show_validation(self, exc)

    def _show_banner(self, text: str, *, error: bool) -> None:
        show_banner(self.banner, text, error=error)

    # --- printing -----------------------------------------------------------

    def printable(self, printed: PassPrint) -> PassPrintable:
        """The pass as a printable form; rendering runs off the GUI thread and reads no database."""
        return PassPrintable(printed, str(self.ctx.services.settings.get("centre.name") or ""))

    def print_pass(self, printed: PassPrint) -> None:
        """Open the print preview (preview, print to any printer, or save as PDF)."""
        self.preview = open_preview(self, self.printable(printed))

    # --- the list -----------------------------------------------------------

    def reload(self) -> None:
        if not self.ctx.user.can(Action.PASS_VIEW):
            return
        qd = self.day.date()
        if not qd.isValid() or qd == QDate(2000, 1, 1):
            today = self.ctx.services.clock.local_now().date()
            self.day.blockSignals(True)
            self.day.setDate(QDate(today.year, today.month, today.day))
            self.day.blockSignals(False)
            qd = self.day.date()
        rows = self.ctx.services.release_passes.list_passes(
            self.ctx.user,
            day=datetime(qd.year(), qd.month(), qd.day()).date(),
            state=self.state_filter.currentData() or None,
            text=self.filter_text.text(),
        )
        self.records.show_rows(rows)  # a day's passes come in one page (the service caps at 500)
        counts: dict[str, int] = {}
        for r in rows:
            counts[r.state] = counts.get(r.state, 0) + 1
        self.count_label.setText(
            self.tr("共 {0} 张：已开具 {1}，已放行 {2}，已作废 {3}，已过期 {4}").format(
                len(rows),
                counts.get("issued", 0),
                counts.get("used", 0),
                counts.get("void", 0),
                counts.get("expired", 0),
            )
        )

    def select_pass(self, pass_id: int) -> None:
        self.records.select(pass_id)

    def current_pass(self) -> PassDetail | None:
        return self.records.current()

    def show_detail(self, d: PassDetail | None) -> None:
        if d is None:
            self.detail.setHtml(f"<p style='color:#888'>{self.tr('选择一张放行条查看详情')}</p>")
        else:
            self.detail.setHtml(pass_card_html(d))
        allowed = d.allowed if d is not None else frozenset()
        self.reprint_button.setEnabled("reprint" in allowed)
        self.void_button.setEnabled("void" in allowed)
        self.copy_button.setEnabled(d is not None and self.ctx.user.can(Action.PASS_ISSUE))

    def open_record(self, kind: str, record_id: int) -> None:
        d = self.ctx.services.release_passes.get(self.ctx.user, record_id)
        local = d.issued_at.astimezone(LOCAL_TZ).date()
        self.filter_text.clear()
        self.state_filter.setCurrentIndex(0)
        self.day.setDate(QDate(local.year, local.month, local.day))
        self.reload()
        self.select_pass(record_id)

    # --- actions on a listed pass -----------------------------------------------------------

    def on_reprint_clicked(self) -> None:
        d = self.current_pass()
        if d is None:
            return
        try:
            printed, changes = call_op(self.ctx.services.release_passes.reprint, self.ctx.user, d.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("补打"), error_message(exc))
            self.reload()
            return
        publish(self.ctx, changes)
        self.print_pass(printed)

    def on_void_clicked(self) -> None:
        d = self.current_pass()
        if d is None:
            return
        reason, ok = ask_text(
            self,
            self.tr("作废放行条"),
            self.tr("作废 {0}（{1} {2}）。作废后门岗扫码将被拒绝。\n作废原因：").format(d.number, d.room_code, d.carrier_name),
        )
        if ok:
            self.void_pass(d, reason)

    def void_pass(self, d: PassDetail, reason: str) -> bool:
        rp = self.ctx.services.release_passes
        return self.change_listed(
            self.tr("作废放行条"),
            lambda: rp.void(self.ctx.user, d.id, reason, expected_version=d.version),
            invalid=lambda _exc: self.tr("请填写作废原因。"),
            on_conflict=lambda: self._void_conflict(d, reason),
        )

    def _void_conflict(self, mine: PassDetail, reason: str) -> bool:
        """Someone released, reprinted or voided the pass meanwhile: theirs beside mine, then keep
        theirs (the list reloads) or void again on top of theirs."""
        return resolve_stale(
            self,
            self.tr("作废放行条"),
            lambda: self.ctx.services.release_passes.get(self.ctx.user, mine.id),
            lambda theirs: [
                FieldDiff(self.tr("状态"), state_name("void"), state_name(theirs.state)),
                FieldDiff(self.tr("作废原因"), reason, theirs.void_reason),
                FieldDiff(self.tr("补打次数"), str(mine.reprint_count), str(theirs.reprint_count)),
            ],
            lambda _theirs: self.reload(),
            lambda theirs: self.void_pass(theirs, reason),
            self.conflict_answer,
        )

    def on_copy_clicked(self) -> None:
        d = self.current_pass()
        if d is None:
            return
        self.reset_form()
        self.room.setText(d.room_code)
        self.on_room_editingFinished()
        self.owner.setText(d.owner_name)
        self.carrier_is_owner.setChecked(d.carrier_is_owner)
        self.carrier.setText(d.carrier_name)
        self.items.set_items([ItemInput(i.name, i.quantity, i.note) for i in d.items])
        self.reason.setCurrentIndex(max(0, self.reason.findData(d.reason)))
        self.reason_note.setText(d.reason_note)
        self.plate.setText(d.plate)
        self._show_banner(self.tr("已带入 {0} 的内容：请重新填写电话和身份证号，核对后开具。").format(d.number), error=False)
        self.phone.setFocus()

    # --- export -----------------------------------------------------------

    def on_export_clicked(self) -> None:
        path = ask_path(self, f"放行条_{self.day.date().toString('yyyyMMdd')}.xlsx")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """The listed passes through the export column specs and the one writer (audited)."""
        rows = self.model.loaded_rows()
        user = self.ctx.user
        rp = self.ctx.services.release_passes
        self.export_button.setEnabled(False)

        def done(n: int) -> None:
            self.export_button.setEnabled(True)
            self.count_label.setText(self.tr("已导出 {0} 张到 {1}").format(n, path))

        def failed(exc: Exception) -> None:
            self.export_button.setEnabled(True)
            text = error_message(exc) if isinstance(exc, ServiceError) else str(exc)
            QMessageBox.warning(self, self.tr("导出放行条"), self.tr("导出失败：{0}").format(text))

        self._export_job = run_in_background(lambda: rp.export_xlsx(user, path, rows), done, failed)
