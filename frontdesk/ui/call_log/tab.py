"""来电来访登记: log a call or a visit while the person is still talking, see who it is, find
earlier contacts, keep follow-ups in view, export for the supervisor.

Keyboard: the form's tab order follows its rows; Enter saves (Shift+Enter starts a new line in
the text boxes), Esc clears (and the cleared text can be restored), the number keys pick a
channel, a kind and an outcome when their row has focus. F4 fills the caller from the lookup,
Ctrl+N starts a new entry, Ctrl+F goes to the search box. The selected entry in the list (the one
just saved, right after saving) becomes a work order with Ctrl+G (转工单) or a complaint with
Ctrl+T (转投诉); Ctrl+O opens the order or complaint an entry became.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from frontdesk.services.call_log import (
    CALL,
    CHANNELS,
    KINDS,
    OUTCOMES,
    VOCABULARY,
    CallFilter,
    CallRow,
)
from frontdesk.services.core.changes import ROOM, ChangeSet, call_op
from frontdesk.services.errors import ServiceError, ValidationError
from frontdesk.services.permissions import Action
from frontdesk.ui.call_log.export import ExportActions
from frontdesk.ui.call_log.form import CallEntryForm
from frontdesk.ui.call_log.model import (
    CallLogModel,
    channel_name,
    kind_name,
    linked_record,
    outcome_name,
)
from frontdesk.ui.call_log.widgets import (
    FILTER_DELAY_MS,
    INFO_STYLE,
    LOOKUP_DELAY_MS,
    OK_STYLE,
    CallerPanel,
    FollowUpDialog,
    _pydate,
    _qdate,
)
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.date_fields import DateField
from frontdesk.ui.common.dialog_parts import row, stack
from frontdesk.ui.common.flow_row import FlowRow
from frontdesk.ui.common.forms import ERROR_STYLE
from frontdesk.ui.common.messages import error_message, field_message
from frontdesk.ui.common.ops import publish
from frontdesk.ui.common.record_list import record_table
from frontdesk.ui.common.tab_parts import CountWords, button, delay_timer, info_label, search_box

D = TypeVar("D", bound=QDialog)


class CallLogTab(CountWords, ExportActions, QWidget):
    record_kinds = ("call",)
    vocabulary = VOCABULARY

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._svc = ctx.services.call_log
        self.setWindowTitle(self.tr("来电来访"))
        self.form = CallEntryForm(ctx)
        self.caller = CallerPanel()
        # (no fixed minimum: at 1024 px wide, 1280×720 at 125 %, the form takes what it needs first)
        self.caller.entry_activated.connect(self.open_entry)
        self.caller.fill_requested.connect(self.on_fill_requested)
        self.caller.concern_activated.connect(self.link_concern)
        self.form.caller_changed.connect(self._lookup_timer_start)
        self.form.saved.connect(self.on_form_saved)
        self._lookup_timer = delay_timer(self, LOOKUP_DELAY_MS, self.refresh_lookup)

        self.model = CallLogModel(self._svc, ctx.user, self)
        self.table = record_table(self.model, "call_list")
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        widths = [92, 46, 46, 80, 72, 100, 300, 200, 130, 62, 64]
        # channel and kind are words of the screen's language: as wide as the longest of them
        fm = self.fontMetrics()
        for col, words in ((1, [channel_name(c) for c in CHANNELS]), (2, [kind_name(k) for k in KINDS])):
            words.append(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            widths[col] = max(widths[col], max(fm.horizontalAdvance(w) for w in words) + 14)
        for col, width in enumerate(widths):
            self.table.setColumnWidth(col, width)
        # the outcome names the order or complaint an entry became: room for its whole number
        outcome_width = self.fontMetrics().horizontalAdvance("已转工单 WX20261127001") + 20
        self.table.setColumnWidth(CallLogModel.COL_OUTCOME, max(130, outcome_width))
        header.setSectionResizeMode(CallLogModel.COL_CONTENT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.on_table_doubleClicked)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())

        self._build_filters()
        self.counts = QLabel()
        self.counts.setObjectName("call_counts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.linkActivated.connect(self.on_counts_linkActivated)
        self.loaded = info_label("call_loaded", style=INFO_STYLE)
        self.edit_button = button(
            self.tr("修改所选（回车）"), "call_edit", lambda: self.edit_row(self.table.currentIndex().row())
        )
        self.follow_button = button(self.tr("完成跟进…"), "call_followup_done", self.complete_follow_up)
        self.order_button = button(
            self.tr("转工单…（Ctrl+G）"),
            "call_to_order",
            self.convert_to_order,
            tip=self.tr("把所选登记转为维修工单（工单按登记内容预填，双向关联）"),
            shown=ctx.user.can(Action.ORDER_CREATE),
        )
        self.complaint_button = button(
            self.tr("转投诉…（Ctrl+T）"),
            "call_to_complaint",
            self.convert_to_complaint,
            tip=self.tr("把所选登记转为投诉（受理表按登记内容预填，双向关联）"),
            shown=ctx.user.can(Action.COMPLAINT_CREATE),
        )
        self.linked_button = button("", "call_open_linked", self.open_linked, tip=self.tr("打开所选登记转成的工单或投诉"))
        self.export_status = info_label("call_export_status", wrap=True)

        top = QWidget()
        top_lay = row((self.form, 5), (self.caller, 3))
        top_lay.setContentsMargins(8, 8, 8, 4)
        top.setLayout(top_lay)
        bottom = QWidget()
        stack(
            bottom,
            self.filter_bar,
            self.filter_error,
            row(self.counts, None, (self.export_status, 1), self.loaded, self.export_button),
            (self.table, 1),
            row(self.edit_button, self.follow_button, self.order_button, self.complaint_button, self.linked_button, None),
            margins=(8, 4, 8, 8),
        )
        # The form takes the height it needs (it grows while error messages show); the list the rest.
        top.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        stack(self, top, (bottom, 1), margins=(0, 0, 0, 0))

        ctx_ = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("F4"), self, self.on_fill_requested, context=ctx_)
        QShortcut(QKeySequence("F6"), self, self.next_concern, context=ctx_)
        QShortcut(QKeySequence("Ctrl+N"), self, self.form.start_new, context=ctx_)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search, context=ctx_)
        QShortcut(QKeySequence("Ctrl+L"), self, self.table.setFocus, context=ctx_)
        # the selected entry becomes a work order / a complaint; its record opens
        self.order_shortcut = QShortcut(QKeySequence("Ctrl+G"), self, self.convert_to_order, context=ctx_)
        self.complaint_shortcut = QShortcut(QKeySequence("Ctrl+T"), self, self.convert_to_complaint, context=ctx_)
        self.linked_shortcut = QShortcut(QKeySequence("Ctrl+O"), self, self.open_linked, context=ctx_)
        ctx.bus.watch({CALL, ROOM}, self.on_changes)
        self.reload()
        self.setFocusProxy(self.form.room)

    def showEvent(self, event: Any) -> None:
        """Coming to this tab puts the cursor where the next contact starts."""
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            QTimer.singleShot(0, self.form.room.setFocus)

    # --- filters ---------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.filter_bar = QWidget()
        self.filter_bar.setObjectName("call_filters")
        bar = FlowRow(self.filter_bar)  # wraps on a narrow window (English, 1280×720 at 125 %)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(4)
        minimum = QDate(2000, 1, 1)
        self.f_from = DateField()  # one Tab passes it (date_fields)
        self.f_to = DateField()
        for w, name in ((self.f_from, "call_f_from"), (self.f_to, "call_f_to")):
            w.setObjectName(name)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setMinimumDate(minimum)
            w.setSpecialValueText(self.tr("不限"))
            w.setCalendarPopup(True)
            w.setDate(minimum)
            w.dateChanged.connect(self._filter_timer_start)
        today_btn = button(self.tr("今天"), "call_f_today", lambda: self.set_date_range(0))
        week_btn = QPushButton(self.tr("近7天"))
        week_btn.clicked.connect(lambda: self.set_date_range(6))
        all_btn = button(self.tr("全部"), "call_f_all", self.clear_filters)
        self.f_channel = QComboBox()
        self.f_channel.setObjectName("call_f_channel")
        self.f_channel.addItem(self.tr("全部渠道"), None)
        for c in CHANNELS:
            self.f_channel.addItem(channel_name(c), c)
        self.f_kind = QComboBox()
        self.f_kind.setObjectName("call_f_kind")
        self.f_kind.addItem(self.tr("全部类别"), None)
        for k in KINDS:
            self.f_kind.addItem(kind_name(k), k)
        self.f_outcome = QComboBox()
        self.f_outcome.setObjectName("call_f_outcome")
        self.f_outcome.addItem(self.tr("全部结果"), None)
        for o in OUTCOMES:
            self.f_outcome.addItem(outcome_name(o), ("outcome", o))
        self.f_outcome.addItem(self.tr("今日到期及逾期的跟进"), ("follow_up", "due"))
        self.f_outcome.addItem(self.tr("已逾期的跟进"), ("follow_up", "overdue"))
        self.f_room = QLineEdit()
        self.f_room.setObjectName("call_f_room")
        self.f_room.setPlaceholderText(self.tr("房号"))
        self.f_room.setMaximumWidth(110)
        self.f_handler = QComboBox()
        self.f_handler.setObjectName("call_f_handler")
        self.f_handler.addItem(self.tr("全部经办人"), None)
        for sid, name in self._svc.handlers(self.ctx.user):
            self.f_handler.addItem(name, sid)
        self.f_text = search_box("call_f_text", self.tr("搜索内容，如 漏水（Ctrl+F）"), clear=True)
        self.f_text.setMinimumWidth(120)
        self.export_button = button(
            self.tr("导出 Excel…"), "call_export", self.export, shown=self.ctx.user.can(Action.CALL_EXPORT)
        )
        for combo in (self.f_channel, self.f_kind, self.f_outcome, self.f_handler):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._filter_timer_start)
        for line in (self.f_room, self.f_text):
            line.textChanged.connect(self._filter_timer_start)
            line.returnPressed.connect(self.apply_filters)
        for part in (QLabel(self.tr("日期")), self.f_from, QLabel(self.tr("至")), self.f_to, today_btn, week_btn, all_btn):
            bar.addWidget(part)
        bar.addSpacing(6)
        for f in (self.f_channel, self.f_kind, self.f_outcome, self.f_room, self.f_handler):
            bar.addWidget(f)
        bar.addWidget(self.f_text, 1)  # (导出 sits on the counts line: the filters fit 1024 px, 1280×720 at 125 %)
        self.filter_error = info_label("call_filter_error", style=ERROR_STYLE)
        self.filter_error.hide()
        self._filter_timer = delay_timer(self, FILTER_DELAY_MS, self.apply_filters)

    def _filter_timer_start(self, *_args: object) -> None:
        self._filter_timer.start()

    def _date_value(self, w: QDateEdit) -> date | None:
        return None if w.date() == w.minimumDate() else _pydate(w.date())

    def current_filter(self) -> CallFilter:
        outcome = self.f_outcome.currentData()
        return CallFilter(
            date_from=self._date_value(self.f_from),
            date_to=self._date_value(self.f_to),
            channel=self.f_channel.currentData(),
            kind=self.f_kind.currentData(),
            outcome=outcome[1] if outcome and outcome[0] == "outcome" else None,
            follow_up=outcome[1] if outcome and outcome[0] == "follow_up" else None,
            room=self.f_room.text(),
            handled_by_id=self.f_handler.currentData(),
            text=self.f_text.text(),
        )

    def set_date_range(self, days_back: int) -> None:
        today = self._svc.today()
        self.f_from.setDate(_qdate(today - timedelta(days=days_back)))
        self.f_to.setDate(_qdate(today))
        self.apply_filters()

    def clear_filters(self) -> None:
        self.clear_filters_quietly()
        self.apply_filters()

    def focus_search(self) -> None:
        self.f_text.setFocus()
        self.f_text.selectAll()

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        self.reload(self.current_filter())

    def reload(self, flt: CallFilter | None = None, *, keep: int | None = None) -> None:
        """Load the newest page for the filter (or the current one); keep a selected entry."""
        try:
            self.model.reload(flt)
        except ValidationError as exc:
            name, code = next(iter(exc.errors.items()))
            params = dict(exc.params)
            params.update(exc.params.get("field_params", {}).get(name, {}))
            self.filter_error.setText(field_message(code, params))
            self.filter_error.show()
            return
        self.filter_error.hide()
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_loaded()
        self.refresh_counts()
        self._update_actions()

    def _update_loaded(self) -> None:
        n = self.model.rowCount()
        if n == 0:
            text = self.tr("没有符合条件的记录")
        elif self.model.has_more():
            text = self.tr("已显示最新 {0} 条，向下滚动查看更早的记录").format(n)
        else:
            text = self.tr("共 {0} 条").format(n)
        self.loaded.setText(text)

    # --- counts ----------------------------------------------------------------------------------

    def refresh_counts(self) -> None:
        c = self._svc.follow_up_counts(self.ctx.user)
        if c.open == 0:
            self.counts.setText("<span style='color:#555'>" + html.escape(self.tr("没有待跟进的记录")) + "</span>")
            return
        parts = [html.escape(self.tr("待跟进 {0} 项").format(c.open))]
        if c.due_today:
            parts.append(
                f"<a href='due_today' style='color:#b45309; font-weight:bold'>"
                f"{html.escape(self.tr('今日到期 {0}').format(c.due_today))}</a>"
            )
        if c.overdue:
            parts.append(
                f"<a href='overdue' style='color:#b42318; font-weight:bold'>"
                f"{html.escape(self.tr('已逾期 {0}').format(c.overdue))}</a>"
            )
        self.counts.setText("　".join(parts))

    def on_counts_linkActivated(self, link: str) -> None:
        target = ("follow_up", "overdue") if link == "overdue" else ("follow_up", "due")
        self.clear_filters_quietly()
        self.f_outcome.setCurrentIndex(self.f_outcome.findData(target))
        self.apply_filters()

    def clear_filters_quietly(self) -> None:
        """Every filter back to "all", without a reload per widget."""
        widgets = (self.f_from, self.f_to, self.f_channel, self.f_kind, self.f_outcome, self.f_handler, self.f_room, self.f_text)
        for w in widgets:
            w.blockSignals(True)
        self.f_from.setDate(self.f_from.minimumDate())
        self.f_to.setDate(self.f_to.minimumDate())
        for combo in (self.f_channel, self.f_kind, self.f_outcome, self.f_handler):
            combo.setCurrentIndex(0)
        self.f_room.clear()
        self.f_text.clear()
        for w in widgets:
            w.blockSignals(False)

    # --- caller lookup ---------------------------------------------------------------------------

    def _lookup_timer_start(self) -> None:
        self._lookup_timer.start()

    def refresh_lookup(self) -> None:
        self._lookup_timer.stop()
        room, phone = self.form.room.text(), self.form.phone.text()
        if not room.strip() and not phone.strip():
            self.caller.show_lookup(None, room, phone)
            return
        project = self.form.project.currentData() if len(self.form.projects) > 1 else None
        try:
            editing = self.form.editing
            entry_id = editing.id if editing is not None else None
            lookup = self._svc.lookup(self.ctx.user, room, phone, project, entry_id=entry_id, phone_from=self.form.phone_from)
        except ServiceError as exc:
            self.caller.browser.setPlainText(error_message(exc))
            return
        self.caller.show_lookup(lookup, room, phone)
        self.show_concerns()

    # --- records that concern the room (notices in force…) --------------------------------------

    def show_concerns(self) -> None:
        """The records every feature says concern the caller's room at the contact's time
        (Services.concerning), beside the lookup. A new entry's link to a record no longer
        listed (the room was changed) is dropped; an edited entry keeps what it was saved with."""
        lookup = self.caller.lookup
        concerns = []
        if lookup is not None and lookup.room is not None:
            try:
                concerns = self.ctx.services.concerning(self.ctx.user, lookup.room.id, self.form.contact_time())
            except ServiceError as exc:
                self.form.set_banner(error_message(exc), ERROR_STYLE)
        if self.form.editing is None and self.form.link not in [(c.kind, c.id) for c in concerns]:
            self.form.link = None
        self.caller.show_concerns(concerns, self.form.link)

    def link_concern(self, index: int) -> None:
        """Link the contact to the ``index``-th record shown (clicked, or reached with F6)."""
        if not 0 <= index < len(self.caller.concerns):
            return
        c = self.caller.concerns[index]
        self.form.link = (c.kind, c.id)
        self.form.set_banner(self.tr("本次登记关联到 {0} {1}（保存时记录；F6 切换或取消）").format(c.number, c.title), OK_STYLE)
        self.caller.show_concerns(self.caller.concerns, self.form.link)

    def next_concern(self) -> None:
        """F6: link the contact to the next record shown; after the last, no link."""
        concerns = self.caller.concerns
        if self._lookup_timer.isActive():
            self.refresh_lookup()
            concerns = self.caller.concerns
        keys = [(c.kind, c.id) for c in concerns]
        at = keys.index(self.form.link) if self.form.link in keys else -1
        if at + 1 < len(keys):
            self.link_concern(at + 1)
            return
        if self.form.link is not None:
            self.form.link = None
            self.form.set_banner(self.tr("已取消关联。"), INFO_STYLE)
        self.caller.show_concerns(concerns, None)

    def on_fill_requested(self) -> None:
        if self._lookup_timer.isActive():
            self.refresh_lookup()
        if self.caller.lookup is not None and self.form.fill_from(self.caller.lookup):
            self.form.kind.setFocus()  # the caller is filled: on to 类别 (its number key goes on to 内容)

    # --- list actions ----------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_row(self.table.currentIndex().row())
                return True
        return super().eventFilter(obj, event)

    def selected(self) -> CallRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _update_actions(self) -> None:
        row = self.selected()
        allowed = row.allowed if row is not None else frozenset()
        self.edit_button.setEnabled("edit" in allowed)
        self.follow_button.setEnabled("complete_follow_up" in allowed)
        # an entry becomes one work order or one complaint, once (the services refuse a second)
        self.order_button.setEnabled("convert_to_order" in allowed)
        self.order_shortcut.setEnabled(self.order_button.isEnabled())
        self.complaint_button.setEnabled("convert_to_complaint" in allowed)
        self.complaint_shortcut.setEnabled(self.complaint_button.isEnabled())
        linked = linked_record(row) if row is not None else None
        if linked is None:
            self.linked_button.setText(self.tr("查看工单/投诉（Ctrl+O）"))
        elif linked[0] == "order":
            self.linked_button.setText(self.tr("查看工单 {0}（Ctrl+O）").format(linked[2]))
        else:
            self.linked_button.setText(self.tr("查看投诉 {0}（Ctrl+O）").format(linked[2]))
        self.linked_button.setEnabled(linked is not None)
        self.linked_shortcut.setEnabled(linked is not None)

    def on_table_doubleClicked(self, index: QModelIndex) -> None:
        """The outcome of a converted entry opens its order or complaint; elsewhere: edit it."""
        row = self.model.row_at(index.row())
        if row is not None and index.column() == CallLogModel.COL_OUTCOME and linked_record(row):
            self.open_linked()
            return
        self.edit_row(index.row())

    def edit_row(self, row: int) -> None:
        entry = self.model.row_at(row)
        if entry is None:
            return
        self.open_entry(entry.id)

    def open_entry(self, entry_id: int) -> None:
        try:
            row = self._svc.get(self.ctx.user, entry_id)
        except ServiceError as exc:
            self.form.set_banner(error_message(exc), ERROR_STYLE)
            return
        if not self.form.is_blank() and self.form.editing is None:
            self.form.clear()  # the half-typed new entry can be restored with Ctrl+Alt+Z
        self.form.load(row)
        self.refresh_lookup()

    def open_record(self, kind: str, record_id: int) -> None:
        """From the global search: show the entry in the list and open it in the form."""
        if kind != "call":
            return
        self.clear_filters_quietly()
        self.reload(CallFilter(), keep=record_id)
        self.open_entry(record_id)

    def convert_to_order(self) -> None:
        """转工单: the selected contact becomes a work order (see ui/work_orders/), her typed number unmasked."""
        from frontdesk.ui.work_orders.dialogs import OrderFormDialog

        dlg = self._convert("convert_to_order", OrderFormDialog.from_call, lambda d: d.phone)
        if dlg is not None:
            self.order_dialog = dlg

    def convert_to_complaint(self) -> None:
        """转投诉: the selected contact becomes a complaint (see ui/complaints/), her typed number unmasked."""
        from frontdesk.ui.complaints.forms import NewComplaintDialog

        dlg = self._convert("convert_to_complaint", NewComplaintDialog.from_call, lambda d: d.form.phone)
        if dlg is not None:
            self.complaint_dialog = dlg

    def _convert(
        self, action: str, open_from_call: Callable[[UiContext, int, QWidget], D], phone_of: Callable[[D], QLineEdit]
    ) -> D | None:
        """Open the other feature's form filled from the selected entry, her typed number unmasked (None: not possible)."""
        row = self.selected()
        if row is None or action not in row.allowed:
            return None
        try:
            dlg = open_from_call(self.ctx, row.id, self)
            phone = phone_of(dlg)
            phone.setText(self.form.typed_phones.get(row.id, phone.text()) or phone.text())
        except ServiceError as exc:
            self.form.set_banner(error_message(exc), ERROR_STYLE)
            return None
        dlg.open()
        return dlg

    def open_linked(self) -> None:
        """The work order or complaint the selected entry became, in its own tab."""
        row = self.selected()
        linked = linked_record(row) if row is not None else None
        if linked is not None:
            self.ctx.bus.open_requested.emit(linked[0], linked[1])

    def complete_follow_up(self) -> None:
        row = self.selected()
        if row is None or "complete_follow_up" not in row.allowed:
            return
        dlg = FollowUpDialog(row, self)
        self.follow_dialog = dlg
        dlg.accepted.connect(lambda: self._complete(row, dlg))
        dlg.open()

    def _complete(self, row: CallRow, dlg: FollowUpDialog) -> None:
        try:
            done, changes = call_op(
                self._svc.complete_follow_up, self.ctx.user, row.id, dlg.note.toPlainText(), expected_version=row.version
            )
        except ValidationError as exc:
            dlg.errors.show(exc)
            dlg.open()  # keep the dialog, and what was typed
            return
        except ServiceError as exc:
            self.form.set_banner(error_message(exc), ERROR_STYLE)
            self.reload(keep=row.id)
            return
        publish(self.ctx, changes)
        self.form.set_banner(self.tr("#{0} 已完成跟进。").format(done.id), OK_STYLE)

    # --- changes elsewhere -----------------------------------------------------------------------

    def on_form_saved(self, row: CallRow) -> None:
        self.reload(keep=row.id)
        self.refresh_lookup()

    def on_changes(self, _changes: ChangeSet) -> None:
        """A call or a room changed (here or at another counter's action): reload, keep the row."""
        current = self.selected()
        self.reload(keep=current.id if current else None)
        self.refresh_lookup()

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("call_log/header", self.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        header = settings.value("call_log/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def selected_row_index(self) -> int:
        return self.table.currentIndex().row()
