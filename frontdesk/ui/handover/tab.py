"""交接班 tab: write the handover, see what waits for this counter, read and search past handovers.

At login (``after_login``) an unacknowledged handover of this counter is shown first for 接班, then
the person's own unfinished draft is reopened. A supervisor sees every counter's handovers and
which were never acknowledged; others see their own and this counter's.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QWidget,
)

from frontdesk.services.clock import to_local
from frontdesk.services.core.changes import SETTING, ChangeSet
from frontdesk.services.core.paging import Page
from frontdesk.services.errors import ServiceError, ValidationError
from frontdesk.services.handover import HANDOVER, MACHINE, VOCABULARY, HandoverDetail, HandoverQuery, HandoverRow, HandoverService
from frontdesk.services.permissions import Action, CurrentUser
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import error_banner, row, stack
from frontdesk.ui.common.labels import SEPARATOR_HTML
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import call_and_publish
from frontdesk.ui.common.record_list import record_table
from frontdesk.ui.common.tab_parts import (
    CountWords,
    button,
    date_box,
    delay_timer,
    filter_combo,
    info_label,
    search_box,
    side_by_side,
)
from frontdesk.ui.handover.ack import HandoverAckDialog
from frontdesk.ui.handover.correction import CorrectionDialog
from frontdesk.ui.handover.draft import HandoverDraftDialog
from frontdesk.ui.handover.list_model import ROW_ID_ROLE, HandoverListModel
from frontdesk.ui.handover.printing import open_handover_print
from frontdesk.ui.handover.view import detail_html, shift_label
from frontdesk.ui.shell.counter import default_counter_name

NO_DATE = QDate(2000, 1, 1)
BANNER = "background:#fff4e0; border:1px solid #f0c36d; padding:6px 10px; color:#7a4b00; font-size:11pt;"
MESSAGES_STYLE = "background:#eef6ff; border:1px solid #b7d4f5; padding:6px 10px; color:#1f3a5f;"


class HandoverTab(CountWords, QWidget):
    record_kinds = ("handover",)
    vocabulary = VOCABULARY

    @staticmethod
    def visible_for(user: CurrentUser) -> bool:
        return any(user.can(a) for a in (Action.HANDOVER_WRITE, Action.HANDOVER_ACK, Action.HANDOVER_VIEW_ALL))

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._svc: HandoverService = ctx.services.handover
        self.draft_dialog: HandoverDraftDialog | None = None
        self.ack_dialog: HandoverAckDialog | None = None
        self.correction_dialog: CorrectionDialog | None = None
        self.print_dialog: QDialog | None = None
        self.current: HandoverDetail | None = None
        self.setWindowTitle(self.tr("交接班"))
        self._build()
        self._reload_timer = delay_timer(self, 150, self.refresh)
        ctx.bus.watch({HANDOVER, SETTING}, self.on_changes)
        self.refresh()

    @property
    def counter(self) -> str:
        return getattr(self.ctx, "counter", "") or default_counter_name()

    @property
    def is_supervisor(self) -> bool:
        return self.ctx.user.can(Action.HANDOVER_VIEW_ALL)

    # --- building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.where = info_label("handover_where", style="font-size: 11pt;")
        self.write_button = button(
            self.tr("写交接班"),
            "handover_write",
            self.write_handover,
            tip=self.tr("Ctrl+J：打开本班的交接班草稿（系统已汇总未结事项）"),
            shown=self.ctx.user.can(Action.HANDOVER_WRITE),
        )
        self.write_button.setStyleSheet("font-weight:bold; padding: 6px 18px;")
        # Ctrl+J is the main window's (ui/shell/main_window.write_handover): it works from every tab
        top = row((self.where, 1), self.write_button)

        self.pending = info_label("handover_pending", style=BANNER, wrap=True)
        self.pending_button = button(self.tr("查看并接班"), "handover_pending_open", self.on_pending_clicked)
        self.pending_box = QFrame()
        pb = row((self.pending, 1), self.pending_button)
        pb.setContentsMargins(0, 0, 0, 0)
        self.pending_box.setLayout(pb)
        self.for_me = info_label("handover_for_me", style=MESSAGES_STYLE, wrap=True)

        # filters
        self.date_from = self._date_edit("handover_date_from")
        self.date_to = self._date_edit("handover_date_to")
        self.person = search_box("handover_person", self.tr("交班人或接班人"), self.reload_list)
        self.person.setMaximumWidth(130)
        self.text = search_box("handover_text", self.tr("编号、记事、留言、事项内容"), self.reload_list)
        self.counter_filter = filter_combo("handover_counter_filter", ())
        self.counter_filter.setMinimumWidth(120)
        states = (
            (self.tr("全部状态"), ""),
            (self.tr("待接班"), "unacked"),
            (self.tr("超时未接班"), "overdue"),
            (self.tr("已接班"), "acknowledged"),
            (self.tr("草稿"), "draft"),
        )
        self.state_filter = filter_combo("handover_state_filter", states)
        self.search_button = button(self.tr("查询"), "handover_search", self.reload_list)
        self.clear_button = button(self.tr("清除条件"), "", self.on_clear_clicked)
        self.state_filter.activated.connect(lambda _i: self.reload_list())
        self.counter_filter.activated.connect(lambda _i: self.reload_list())
        self.counter_label = QLabel(self.tr("柜台"))
        filters = row(
            QLabel(self.tr("日期")),
            self.date_from,
            QLabel(self.tr("至")),
            self.date_to,
            QLabel(self.tr("人员")),
            self.person,
            QLabel(self.tr("内容")),
            (self.text, 1),
            self.counter_label,
            self.counter_filter,
            self.state_filter,
            self.search_button,
            self.clear_button,
        )
        self.counter_label.setVisible(self.is_supervisor)
        self.counter_filter.setVisible(self.is_supervisor)

        self.model = HandoverListModel(self._fetch, self)
        self.table = record_table(self.model, "handover_list")
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_currentRowChanged)
        self.table.doubleClicked.connect(self.on_table_doubleClicked)
        self.count_label = info_label("", style="color:#666")

        self.detail_view = QTextBrowser()
        self.detail_view.setObjectName("handover_detail")
        self.ack_button = button(self.tr("接班确认"), "handover_ack_open", self.on_ack_clicked)
        self.edit_button = button(self.tr("继续编辑"), "handover_edit", self.on_edit_clicked)
        self.withdraw_button = button(
            self.tr("撤回修改"),
            "handover_withdraw",
            self.on_withdraw_clicked,
            tip=self.tr("接班人确认前，交班人可撤回记录修改后重新交班"),
        )
        self.correct_button = button(self.tr("写更正"), "handover_correct", self.on_correct_clicked)
        self.print_button = button(
            self.tr("打印…"), "handover_print", self.on_print_clicked, tip=self.tr("预览并打印交接班记录（A4），或另存为 PDF")
        )
        self.detail_error = error_banner()
        actions = row(self.ack_button, self.edit_button, self.withdraw_button, self.correct_button, None, self.print_button)

        left = QWidget()
        stack(left, (self.table, 1), self.count_label, margins=(0, 0, 0, 0))
        right = QWidget()
        stack(right, (self.detail_view, 1), self.detail_error, actions, margins=(0, 0, 0, 0))
        split = side_by_side(left, right, (3, 2))
        split.setSizes([720, 540])

        stack(self, top, self.pending_box, self.for_me, filters, (split, 1))
        self._show_detail(None)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = date_box(name)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("不限"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(lambda _d: self.reload_list())
        return edit

    # --- data ------------------------------------------------------------------------------------------

    def query(self) -> HandoverQuery:
        def day(edit: QDateEdit) -> date | None:
            d = edit.date()
            return None if d == NO_DATE else date(d.year(), d.month(), d.day())

        counter = self.counter_filter.currentData() or "" if self.is_supervisor else self.counter
        return HandoverQuery(
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            person=self.person.text(),
            text=self.text.text(),
            counter=counter,
            state=self.state_filter.currentData() or "",
        )

    def _fetch(self, cursor: str | None, limit: int) -> Page[HandoverRow]:
        return self._svc.page(self.ctx.user, self.query(), cursor, limit)

    def refresh(self) -> None:
        """Everything: the counter line, what waits, the list."""
        choices, idx = self._svc.shift_choices()
        now_shift = choices[0]
        self.where.setText(
            self.tr("柜台：<b>{0}</b>{2}当前班次：{1}").format(
                _escape(self.counter), _escape(shift_label(now_shift)), SEPARATOR_HTML
            )
        )
        self._refresh_counters()
        self._refresh_waiting()
        self.reload_list()

    def _refresh_counters(self) -> None:
        if not self.is_supervisor:
            return
        current = self.counter_filter.currentData()
        self.counter_filter.blockSignals(True)
        self.counter_filter.clear()
        self.counter_filter.addItem(self.tr("全部柜台"), "")
        names = self._svc.history_of_counters()
        if self.counter not in names:
            names.append(self.counter)
        for n in names:
            self.counter_filter.addItem(n, n)
        self.counter_filter.setCurrentIndex(max(0, self.counter_filter.findData(current or "")))
        self.counter_filter.blockSignals(False)

    def _refresh_waiting(self) -> None:
        status = self._svc.counter_status(self.ctx.user, self.counter)
        self._pending_ids = [r.id for r in status.pending]
        if status.pending:
            first = status.pending[0]
            more = self.tr("（另有 {0} 份）").format(len(status.pending) - 1) if len(status.pending) > 1 else ""
            self.pending.setText(
                self.tr("{0} 交来的 {1} 交接班记录待您确认接班{2}").format(first.author_name, shift_label_row(first), more)
            )
            self.pending_box.show()
        elif status.others_drafts:
            names = "、".join(sorted({r.author_name for r in status.others_drafts}))
            self.pending.setText(self.tr("本柜台有 {0} 尚未交班的交接班草稿。").format(names))
            self.pending_button.hide()
            self.pending_box.show()
        else:
            self.pending_box.hide()
        self.pending_button.setVisible(bool(status.pending))
        self._own_draft_id = status.own_draft_id
        self.write_button.setText(self.tr("继续写交接班") if status.own_draft_id else self.tr("写交接班"))
        messages = self._svc.messages_for(self.ctx.user)
        if messages:
            lines = [
                self.tr("{0}（{1} {2}）：{3}").format(m.author_name, to_local(m.at).strftime("%m-%d %H:%M"), m.shift_name, m.text)
                for m in messages[:3]
            ]
            self.for_me.setText(self.tr("给您的交班留言：") + "<br>" + "<br>".join(_escape(x) for x in lines))
            self.for_me.show()
        else:
            self.for_me.hide()

    def reload_list(self) -> None:
        keep = self.current.id if self.current else None
        self.model.reload()
        n = self.model.rowCount()
        self.count_label.setText(
            self.tr("共 {0} 条{1}").format(
                n, self.tr("（向下滚动加载更多）") if self.model.canFetchMore(self.table.rootIndex()) else ""
            )
        )
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and n:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.on_table_currentRowChanged(self.model.index(row, 0), None)
        else:
            self._show_detail(None)

    def _show_detail(self, detail: HandoverDetail | None) -> None:
        self.current = detail
        self.detail_error.clear()
        if detail is None:
            self.detail_view.setHtml(f"<p style='color:#777'>{_escape(self.tr('选择左侧的一条记录查看详情。'))}</p>")
        else:
            self.detail_view.setHtml(detail_html(detail, self.ctx.services.features))
        allowed = detail.allowed if detail is not None else frozenset()
        self.ack_button.setVisible("acknowledge" in allowed)
        self.edit_button.setVisible("save" in allowed)
        self.withdraw_button.setVisible("withdraw" in allowed)
        self.correct_button.setVisible("correct" in allowed)
        self.print_button.setVisible(detail is not None and detail.state != "draft")  # a sheet is printed once handed over

    # --- slots ------------------------------------------------------------------------------------------

    def on_changes(self, _changes: ChangeSet) -> None:
        """A handover, or the shift settings, changed somewhere: reload (debounced)."""
        self._reload_timer.start()

    def on_table_currentRowChanged(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if current is None or not current.isValid():
            return
        handover_id = self.model.data(self.model.index(current.row(), 0), ROW_ID_ROLE)
        try:
            self._show_detail(self._svc.get(self.ctx.user, handover_id))
        except ServiceError as exc:
            self._show_detail(None)
            self.detail_error.setText(error_message(exc))

    def on_table_doubleClicked(self, _index) -> None:  # type: ignore[no-untyped-def]
        if self.current is None:
            return
        if "save" in self.current.allowed:
            self.on_edit_clicked()
        elif "acknowledge" in self.current.allowed and self.current.author_id != self.ctx.user.id:
            self.on_ack_clicked()

    def on_clear_clicked(self) -> None:
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(NO_DATE)
            edit.blockSignals(False)
        self.person.clear()
        self.text.clear()
        self.state_filter.setCurrentIndex(0)
        self.counter_filter.setCurrentIndex(0)
        self.reload_list()

    def on_pending_clicked(self) -> None:
        if self._pending_ids:
            self.show_for_ack(self._pending_ids[0])

    def on_ack_clicked(self) -> None:
        if self.current is not None:
            self.open_ack(self.current)

    def on_edit_clicked(self) -> None:
        if self.current is not None:
            self.open_draft(self.current)

    def on_print_clicked(self) -> None:
        if self.current is not None and self.current.state != "draft":
            self.print_dialog = open_handover_print(self.ctx, self.current, self)

    def on_withdraw_clicked(self) -> None:
        if self.current is None:
            return
        try:
            detail = call_and_publish(
                self.ctx, self._svc.withdraw, self.ctx.user, self.current.id, expected_version=self.current.version
            )
        except ServiceError as exc:
            self.detail_error.setText(error_message(exc))
            return
        self.open_draft(detail)

    def on_correct_clicked(self) -> None:
        if self.current is None:
            return
        dlg = CorrectionDialog(self.current.number or "", self)
        target = self.current

        def start() -> None:
            try:
                detail = call_and_publish(self.ctx, self._svc.correct, self.ctx.user, target.id, dlg.reason.toPlainText())
            except ValidationError as exc:
                dlg.errors.show(exc)
                dlg.open()
                return
            except ServiceError as exc:
                self.detail_error.setText(error_message(exc))
                return
            self.open_draft(detail)

        dlg.accepted.connect(start)
        self.correction_dialog = dlg
        dlg.open()

    # --- the dialogs --------------------------------------------------------------------------------------

    def write_handover(self) -> HandoverDraftDialog | None:
        """Open this person's draft for this counter (compiled now), creating it if needed."""
        if not self.ctx.user.can(Action.HANDOVER_WRITE):
            return None
        if self.draft_dialog is not None and self.draft_dialog.isVisible() and self.draft_dialog.detail.corrects_id is None:
            _to_front(self.draft_dialog)
            return self.draft_dialog
        try:
            detail = call_and_publish(self.ctx, self._svc.open_draft, self.ctx.user, self.counter)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("交接班"), error_message(exc))
            return None
        return self.open_draft(detail)

    def open_draft(self, detail: HandoverDetail) -> HandoverDraftDialog:
        if self.draft_dialog is not None and self.draft_dialog.isVisible():
            if self.draft_dialog.detail.id == detail.id:
                _to_front(self.draft_dialog)
                return self.draft_dialog
            self.draft_dialog.close()
            if self.draft_dialog.isVisible():  # it holds typing that is not saved yet: say so there
                return self.draft_dialog
        dlg = HandoverDraftDialog(self.ctx, detail, self)
        dlg.setWindowFlag(Qt.WindowType.Window, True)
        dlg.submitted.connect(self.on_draft_submitted)
        dlg.finished.connect(lambda _r: self._reload_timer.start())
        self.draft_dialog = dlg
        dlg.show()
        return dlg

    def on_draft_submitted(self, detail: HandoverDetail) -> None:
        """交班 done: the incoming person usually stands at the counter — offer 接班 right away."""
        self._reload_timer.start()
        self.open_ack(detail)

    def open_ack(self, detail: HandoverDetail) -> HandoverAckDialog:
        if self.ack_dialog is not None and self.ack_dialog.isVisible():
            self.ack_dialog.close()
        dlg = HandoverAckDialog(self.ctx, detail, self.window())
        dlg.acknowledged.connect(lambda d: self._reload_timer.start())
        self.ack_dialog = dlg
        dlg.open()
        return dlg

    def show_for_ack(self, handover_id: int) -> HandoverAckDialog | None:
        try:
            detail = self._svc.get(self.ctx.user, handover_id)
        except ServiceError as exc:
            self.detail_error.setText(error_message(exc))
            return None
        self.ctx.bus.open_requested.emit("handover", handover_id)
        if detail.state not in MACHINE.sources("acknowledge"):
            return None
        return self.open_ack(detail)

    # --- hooks the main window calls -------------------------------------------------------------------

    def after_login(self) -> None:
        """Called once the main window is up: the handover waiting at this counter comes first, then
        the person's own unfinished draft is reopened."""
        self.refresh()
        dlg = self.show_for_ack(self._pending_ids[0]) if self._pending_ids else None
        if self._own_draft_id is None:
            return
        if dlg is not None:
            dlg.finished.connect(lambda _r: self._reopen_own_draft())
        else:
            self._reopen_own_draft()

    def _reopen_own_draft(self) -> None:
        if self._own_draft_id is None:
            return
        try:
            self.open_draft(call_and_publish(self.ctx, self._svc.open_draft, self.ctx.user, self.counter))
        except ServiceError as exc:
            self.detail_error.setText(error_message(exc))

    def open_record(self, kind: str, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            self.on_clear_clicked()
            row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            try:
                self._show_detail(self._svc.get(self.ctx.user, record_id))
            except ServiceError as exc:
                self.detail_error.setText(error_message(exc))

    def confirm_close(self) -> bool:
        """The main window is closing: save the open draft first (never lose what was typed)."""
        dlg = self.draft_dialog
        if dlg is not None and dlg.isVisible():
            if not dlg.may_close():
                _to_front(dlg)
                return False
            dlg.close()
        return True


def _to_front(w: QWidget) -> None:
    """Raise a window over the others (not on the headless platform, which cannot and says so)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "offscreen":
        w.raise_()
    w.activateWindow()


def shift_label_row(row) -> str:  # type: ignore[no-untyped-def]
    from frontdesk.services.handover.shifts import ShiftWindow

    return shift_label(ShiftWindow(row.shift_name, row.shift_start, row.shift_end))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
