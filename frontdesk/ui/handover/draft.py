"""The outgoing person's handover draft: the compiled open items and their notes, saved as they type.

Nothing typed is lost: every change is saved to the database a moment later (and on close), so a
crash or a closed window costs nothing; the draft is reopened at the next login.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from frontdesk.services.errors import ConflictError, ServiceError, ValidationError
from frontdesk.services.handover import HandoverDetail, HandoverNotes, MessageInput, format_fen
from frontdesk.services.handover.shifts import ShiftWindow
from frontdesk.ui.common.conflict import AsksOnConflict, field_diffs
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import row, stack
from frontdesk.ui.common.flow_row import FlowRow
from frontdesk.ui.common.form_parts import add_rows, button, combo, label, line_edit, text_box
from frontdesk.ui.common.form_scroll import FormScroll
from frontdesk.ui.common.forms import FieldErrors
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import call_and_publish
from frontdesk.ui.common.screen_fit import fit_to_screen
from frontdesk.ui.common.tab_parts import side_by_side
from frontdesk.ui.handover.ack import notes_of
from frontdesk.ui.handover.recipients import RecipientDelegate
from frontdesk.ui.handover.view import counts_text, due_text, fmt_time, item_text, section_title, shift_label, state_text

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
AUTOSAVE_MS = 800
BANNER_WARN = "background:#fff4e0; border:1px solid #f0c36d; padding:6px; color:#7a4b00;"
BANNER_BAD = "background:#fdecea; border:1px solid #e6a19a; padding:6px; color:#8a1f11;"


class HandoverDraftDialog(AsksOnConflict, QDialog):
    """Write the handover; 交班 submits it for the incoming person to acknowledge."""

    submitted = Signal(object)  # HandoverDetail
    discarded = Signal(int)

    def __init__(self, ctx: UiContext, detail: HandoverDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self._svc = ctx.services.handover
        self._dirty = False
        self._blocked = False  # a conflict: stop saving until the user reloads
        self._loading = False
        self.last_errors: dict[str, str] = {}
        self._close_warned = False
        self._finished = False  # submitted or discarded: nothing left to save
        self.setObjectName("handover_draft")
        self.setWindowTitle(self.tr("写交接班 — {0}").format(detail.counter))
        fit_to_screen(self, 1180, 740)
        self.errors = FieldErrors()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.autosave)
        self._build()
        self.load(detail)

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        d = self.detail
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.shift = combo("handover_shift")
        self.shift.setMinimumWidth(260)
        self.author = QLabel(self.tr("交班人：{0}").format(d.author_name))
        self.compiled = label("", "color:#666")
        self.refresh_button = button(self.tr("刷新汇总"), "handover_refresh", self.on_refresh_clicked)
        self.refresh_button.setToolTip(self.tr("重新汇总本班未结事项（F5），已写的备注会保留"))
        top = FlowRow()  # wraps on a narrow window (English, 1280×720 at 125 %)
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("班次")))
        top.addWidget(self.shift)
        top.addSpacing(12)
        top.addWidget(self.author)
        top.addStretch(1)
        top.addWidget(self.compiled)
        top.addWidget(self.refresh_button)

        self.banner = label("handover_banner", wrap=True)
        self.banner.hide()

        # left: what the app compiled
        self.counts = label("handover_counts", wrap=True)
        self.items = QTableWidget(0, 5)
        self.items.setObjectName("handover_items")
        self.items.setHorizontalHeaderLabels(
            [self.tr("编号"), self.tr("内容"), self.tr("状态"), self.tr("期限"), self.tr("交班备注")]
        )
        self.items.verticalHeader().hide()
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        hh = self.items.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.items.setColumnWidth(4, 140)
        self.items.itemChanged.connect(self.on_items_itemChanged)
        self.empty_hint = label("", "color:#777; padding: 12px;", text=self.tr("本班没有未结事项。"))
        left_box = QGroupBox(self.tr("本班待交接事项（系统汇总）"))
        stack(
            left_box,
            self.counts,
            (self.items, 1),
            self.empty_hint,
            self.errors.wrap("remarks", QLabel(self.tr("双击“交班备注”一栏可写备注，如“已催工程部”。"))),
        )

        # right: what the writer adds
        self.keys_lent = text_box("handover_keys_lent", self.tr("例：3-2-1502 钥匙借给工程部刘师傅 14:20，未归还"))
        self.keys_lent.setFixedHeight(64)
        if "keys_lent" in self._svc.fed_notes():  # the key register lists its open loans (▶ lines)
            self.keys_lent.setPlaceholderText(self.tr("借出中的钥匙由钥匙借还登记自动列出（▶ 开头）；其他情况可在此补充"))
        self.cash = line_edit("handover_cash", self.tr("例：350.50"))
        self.cash.setMaximumWidth(160)
        self.receipts = text_box("handover_receipts", self.tr("例：物业费收据 3 张（No.0012–0014），装修押金收据 1 张"))
        self.receipts.setFixedHeight(52)
        self.watch_notes = text_box(
            "handover_watch_notes", self.tr("例：6 栋电梯维保，明早 9:00 前停梯；2-1-301 业主情绪激动，来电请转主管")
        )
        self.watch_notes.setMinimumHeight(80)
        self.note_rows = [
            (self.tr("借出钥匙"), "keys_lent", self.keys_lent),
            (self.tr("交接现金（元）"), "cash", self.cash),
            (self.tr("票据"), "receipts", self.receipts),
            (self.tr("注意事项"), "watch_notes", self.watch_notes),
        ]
        form = add_rows(self.errors, QFormLayout(), self.note_rows)

        self.messages = QTableWidget(0, 2)
        self.messages.setObjectName("handover_messages")
        self.messages.setHorizontalHeaderLabels([self.tr("致（同事）"), self.tr("留言内容")])
        self.messages.verticalHeader().hide()
        self.messages.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.messages.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.messages.setColumnWidth(0, 120)
        self.messages.setMinimumHeight(110)
        names = [s.name for s in self.ctx.services.staff.list_staff(self.ctx.user)]
        self._recipient_delegate = RecipientDelegate(names, self.messages)
        self.messages.setItemDelegateForColumn(0, self._recipient_delegate)
        self.messages.itemChanged.connect(self.on_messages_itemChanged)
        self.add_message_button = button(self.tr("添加留言(&A)"), "handover_add_message", self.on_add_message_clicked)
        self.remove_message_button = button(self.tr("删除所选留言"), "", self.on_remove_message_clicked)
        right_box = QGroupBox(self.tr("交班记事"))
        # the notes scroll on a low screen (1280×720 at 125 %); the message buttons stay in view
        notes = FormScroll(
            form,
            QLabel(self.tr("留言（给指定同事）")),
            (self.errors.wrap("messages", self.messages), 1),
            name="handover_notes",
        )
        stack(right_box, (notes, 1), row(self.add_message_button, self.remove_message_button, None))

        split = side_by_side(left_box, right_box, (3, 2))
        split.setSizes([740, 420])

        self.save_state = label("handover_save_state", "color:#2e7d32")
        self.discard_button = button(self.tr("放弃草稿"), "handover_discard", self.on_discard_clicked)
        self.close_button = button(self.tr("关闭（草稿已保存）"), "", self.close)
        self.submit_button = button(self.tr("交班（提交）"), "handover_submit", self.on_submit_clicked)
        self.submit_button.setToolTip(self.tr("Ctrl+Enter。交班后、接班人确认前，仍可撤回修改"))
        self.submit_button.setStyleSheet("font-weight:bold; padding: 6px 18px;")
        stack(
            self,
            top,
            row((self.banner, 1)),
            (split, 1),
            row((self.save_state, 1), self.discard_button, self.close_button, self.submit_button),
        )

        for edit in (self.keys_lent, self.receipts, self.watch_notes):
            edit.textChanged.connect(self.on_field_changed)
        self.setTabOrder(self.keys_lent, self.cash)
        self.setTabOrder(self.cash, self.receipts)
        self.setTabOrder(self.receipts, self.watch_notes)
        self.setTabOrder(self.watch_notes, self.messages)
        self.setTabOrder(self.messages, self.add_message_button)
        self.setTabOrder(self.add_message_button, self.submit_button)
        self.keys_lent.setFocus()
        self.cash.textEdited.connect(self.on_field_changed)
        self.shift.activated.connect(self.on_shift_activated)
        QShortcut(QKeySequence("F5"), self).activated.connect(self.on_refresh_clicked)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save_now)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.on_submit_clicked)
        QShortcut(QKeySequence("Ctrl+Enter"), self).activated.connect(self.on_submit_clicked)

    # --- showing -----------------------------------------------------------------------------------

    def load(self, detail: HandoverDetail) -> None:
        """Show a draft as stored (at opening, and on 保留对方的 after a conflict)."""
        self._loading = True
        try:
            self.detail = detail
            is_correction = detail.corrects_id is not None
            title = self.tr("更正交接班") if is_correction else self.tr("交接班草稿")
            self.title.setText(title)
            self.keys_lent.setPlainText(detail.keys_lent)
            self.cash.setText(format_fen(detail.cash_fen).replace(",", ""))
            self.receipts.setPlainText(detail.receipts)
            self.watch_notes.setPlainText(detail.watch_notes)
            self.messages.setRowCount(0)
            for m in detail.messages:
                self._append_message(m.recipient_name, m.text)
            self._fill_shifts(detail)
            self._fill_items(detail)
            self.discard_button.setVisible(detail.number is None)
            self.refresh_button.setEnabled(not is_correction)
            self.shift.setEnabled(not is_correction)
            if is_correction:
                self._show_banner(
                    self.tr("更正 {0}，原因：{1}。事项保持原记录的内容；请修改记事后交班，由接班人再次确认。").format(
                        detail.corrects_number, detail.correction_reason
                    ),
                    BANNER_WARN,
                )
            elif detail.compile_errors:
                self._show_banner(
                    self.tr("以下来源未能汇总，请人工核对后在注意事项中写明：{0}").format("、".join(detail.compile_errors)),
                    BANNER_WARN,
                )
            else:
                self._hide_banner()
            self.errors.clear()
            self._dirty = False
            self._blocked = False
        finally:
            self._loading = False

    def _fill_shifts(self, detail: HandoverDetail) -> None:
        choices, _default = self._svc.shift_choices()
        if detail.shift not in choices:
            choices.insert(0, detail.shift)
        self._shift_choices: list[ShiftWindow] = choices
        self.shift.blockSignals(True)
        self.shift.clear()
        for w in choices:
            self.shift.addItem(shift_label(w))
        self.shift.setCurrentIndex(choices.index(detail.shift))
        self.shift.blockSignals(False)

    def _fill_items(self, detail: HandoverDetail) -> None:
        self.items.blockSignals(True)
        self.items.clearSpans()
        self.items.setRowCount(0)
        bold = QFont()
        bold.setBold(True)
        for section, rows in detail.sections():
            r = self.items.rowCount()
            self.items.insertRow(r)
            head = QTableWidgetItem(self.tr("{0}（{1}）").format(section_title(section, self.ctx.services.features), len(rows)))
            head.setFont(bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setBackground(QColor("#eef1f5"))
            self.items.setItem(r, 0, head)
            self.items.setSpan(r, 0, 1, 5)
            for it in rows:
                r = self.items.rowCount()
                self.items.insertRow(r)
                values = [
                    it.ref_number,
                    item_text(it),
                    state_text(it.section, it.ref_kind, it.state, self.ctx.services.features),
                    due_text(it, short=True),
                ]
                for c, v in enumerate(values):
                    cell = QTableWidgetItem(v)
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    if it.overdue:
                        cell.setForeground(QColor("#c0392b"))
                    self.items.setItem(r, c, cell)
                first, text_cell = self.items.item(r, 0), self.items.item(r, 1)
                assert first is not None and text_cell is not None  # set just above
                first.setData(KEY_ROLE, it.key)
                text_cell.setToolTip(item_text(it))
                remark = QTableWidgetItem(it.remark)
                remark.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
                remark.setData(KEY_ROLE, it.key)
                self.items.setItem(r, 4, remark)
        self.items.blockSignals(False)
        has_items = bool(detail.open_items)
        self.items.setVisible(has_items)
        self.empty_hint.setVisible(not has_items)
        self.counts.setText(self.tr("本班统计：{0}").format(counts_text(detail) or self.tr("无")))
        self.compiled.setText(self.tr("汇总于 {0}").format(fmt_time(detail.compiled_at, with_date=False)))

    def _append_message(self, to: str, text: str) -> int:
        self.messages.blockSignals(True)
        r = self.messages.rowCount()
        self.messages.insertRow(r)
        self.messages.setItem(r, 0, QTableWidgetItem(to))
        self.messages.setItem(r, 1, QTableWidgetItem(text))
        self.messages.blockSignals(False)
        return r

    def _show_banner(self, text: str, style: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(style)
        self.banner.show()

    def _hide_banner(self) -> None:
        self.banner.hide()

    # --- what was typed -------------------------------------------------------------------------------

    def notes(self) -> HandoverNotes:
        remarks: dict[str, str] = {}
        for r in range(self.items.rowCount()):
            cell = self.items.item(r, 4)
            if cell is not None and cell.data(KEY_ROLE):
                remarks[str(cell.data(KEY_ROLE))] = cell.text()
        messages = []
        for r in range(self.messages.rowCount()):
            to = self.messages.item(r, 0)
            text = self.messages.item(r, 1)
            messages.append(MessageInput(to.text() if to else "", text.text() if text else ""))
        return HandoverNotes(
            keys_lent=self.keys_lent.toPlainText(),
            cash=self.cash.text(),
            receipts=self.receipts.toPlainText(),
            watch_notes=self.watch_notes.toPlainText(),
            messages=messages,
            remarks=remarks,
        )

    # --- saving as the user types ---------------------------------------------------------------------

    def on_field_changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._close_warned = False
        if not self._blocked:
            self.save_state.setStyleSheet("color:#777")
            self.save_state.setText(self.tr("正在输入…"))
            self._timer.start()

    def on_items_itemChanged(self, _item: QTableWidgetItem) -> None:
        self.on_field_changed()

    def on_messages_itemChanged(self, _item: QTableWidgetItem) -> None:
        self.on_field_changed()

    def autosave(self) -> None:
        """The save a pause in typing makes: its errors show beside their fields, but the cursor
        stays where the receptionist is typing (a message cell open for editing keeps its text)."""
        self.save_now(focus=False)

    def save_now(self, focus: bool = True) -> bool:
        """Save what is typed; True if everything typed is now in the database. ``focus``: the
        first field in error takes the cursor (Ctrl+S, 交班), not on an autosave."""
        if focus:
            self._commit_cells()
        self._timer.stop()
        if not self._dirty or self._blocked:
            return not self._dirty
        try:
            res = self._svc.save_draft(self.ctx.user, self.detail.id, self.notes(), expected_version=self.detail.version)
        except ConflictError:
            self.save_state.setText("")
            return self._stale(lambda: self.save_now())
        except ServiceError as exc:
            self._show_banner(error_message(exc), BANNER_BAD)
            return False
        self.detail = res.detail
        self._dirty = False
        self.last_errors = res.errors
        if res.errors:
            params = res.params
            self.errors.show(ValidationError(res.errors, field_params=params), focus=focus)
            self.save_state.setStyleSheet("color:#c0392b")
            self.save_state.setText(self.tr("已自动保存，但有 {0} 项格式不对未保存，请修改标红的内容").format(len(res.errors)))
            return False
        self.errors.clear()
        self.save_state.setStyleSheet("color:#2e7d32")
        self.save_state.setText(self.tr("已自动保存 {0}").format(fmt_time(self.ctx.services.clock.now(), False)))
        return True

    def _stale(self, again: Callable[[], object]) -> bool:
        """The draft was saved elsewhere (another window or computer) since it was loaded: theirs
        beside mine (ui.common.conflict), then keep theirs (the draft as they saved it) or run
        ``again`` (the same save, submit or refresh) against their version."""
        self._blocked = True  # no autosave while the question is open
        labels = [(name, text) for text, name, _field in self.note_rows]

        def apply_mine(theirs: HandoverDetail) -> bool:
            self._blocked, self.detail, self._dirty = False, theirs, True
            return bool(again())

        return self.on_stale(
            self.tr("交接班"),
            lambda: self._svc.get(self.ctx.user, self.detail.id),
            lambda theirs: field_diffs(labels, self.notes(), notes_of(theirs)),
            self._keep_theirs,
            apply_mine,
        )

    def _keep_theirs(self, theirs: HandoverDetail) -> None:
        self._blocked, self._dirty = False, False
        if "save" not in theirs.allowed:
            self._blocked = True
            self._show_banner(self.tr("这份记录已经交班（{0}），不能再按草稿修改。").format(theirs.number), BANNER_BAD)
            self.submit_button.setEnabled(False)
            return
        self.load(theirs)
        self._show_banner(self.tr("已载入对方保存的内容，您的修改未保存。"), BANNER_BAD)

    # --- actions ----------------------------------------------------------------------------------------

    def on_shift_activated(self, index: int) -> None:
        window = self._shift_choices[index]
        if window == self.detail.shift:
            return
        self._recompile(window)

    def on_refresh_clicked(self) -> None:
        if self.detail.corrects_id is None:
            self._recompile(None)

    def _recompile(self, window: ShiftWindow | None) -> None:
        self.save_now()
        if self._blocked:
            return
        try:
            detail = call_and_publish(
                self.ctx,
                self._svc.refresh_items,
                self.ctx.user,
                self.detail.id,
                expected_version=self.detail.version,
                window=window,
            )
        except ConflictError:
            self._stale(lambda: self._recompile(window))
            return
        except ServiceError as exc:
            self._show_banner(error_message(exc), BANNER_BAD)
            return
        self.detail = detail
        self._fill_shifts(detail)
        self._fill_items(detail)

    def on_add_message_clicked(self) -> None:
        r = self._append_message("", "")
        self.messages.setCurrentCell(r, 0)
        cell = self.messages.item(r, 0)
        if cell is not None:
            self.messages.editItem(cell)

    def on_remove_message_clicked(self) -> None:
        rows = sorted({i.row() for i in self.messages.selectedIndexes()}, reverse=True)
        if not rows and self.messages.currentRow() >= 0:
            rows = [self.messages.currentRow()]
        for r in rows:
            self.messages.removeRow(r)
        if rows:
            self.on_field_changed()

    def _commit_cells(self) -> None:
        """A cell still being typed in (a message, a remark) is written into its table: its
        editor commits when the cursor leaves it. Only on the writer's own Ctrl+S or 交班, never
        on an autosave (that took the cursor out of a message being typed)."""
        editing = QApplication.focusWidget()
        for table in (self.messages, self.items):
            if editing is not None and editing is not table and table.isAncestorOf(editing):
                table.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_submit_clicked(self) -> None:
        if self._blocked:
            return
        self._commit_cells()
        self._timer.stop()
        try:
            detail = call_and_publish(
                self.ctx, self._svc.submit, self.ctx.user, self.detail.id, self.notes(), expected_version=self.detail.version
            )
        except ValidationError as exc:
            self.errors.show(exc)
            self.save_state.setStyleSheet("color:#c0392b")
            self.save_state.setText(error_message(exc))
            return
        except ConflictError:
            self._stale(self.on_submit_clicked)
            return
        except ServiceError as exc:
            self._show_banner(error_message(exc), BANNER_BAD)
            return
        self.detail = detail
        self._dirty = False
        self._finished = True
        self.submitted.emit(detail)
        self.accept()

    def on_discard_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("放弃草稿"),
            self.tr("放弃这份交接班草稿？已写的内容将被删除。"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.discard()

    def discard(self) -> bool:
        self._timer.stop()
        self.save_now()
        try:
            call_and_publish(
                self.ctx,
                self._svc.discard,
                self.ctx.user,
                self.detail.id,
                expected_version=self.detail.version,
            )
        except ServiceError as exc:
            self._show_banner(error_message(exc), BANNER_BAD)
            return False
        self._dirty = False
        self._finished = True
        self.discarded.emit(self.detail.id)
        self.reject()
        return True

    # --- closing: save first ---------------------------------------------------------------------------

    def may_close(self) -> bool:
        """Save what is typed. If some of it cannot be saved (a malformed amount, a conflict), say
        so and keep the window open; asked again, let it close."""
        if self._dirty or self.last_errors:
            self.save_now()
        unsaved = bool(self.last_errors) or (self._blocked and self._dirty)
        if unsaved and not self._close_warned:
            self._close_warned = True
            self._show_banner(
                self.tr(
                    "有内容尚未保存（标红的格式不对，或与别处的修改冲突）。请改正后再关闭；再次点关闭将放弃这些未保存的内容。"
                ),
                BANNER_BAD,
            )
            return False
        return True

    def done(self, result: int) -> None:
        if not self._finished and not self.may_close():
            return
        super().done(result)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if not self._finished and not self.may_close():
            event.ignore()
            return
        super().closeEvent(event)

    def field_error(self, name: str) -> str:
        """The message shown next to a field (for tests and screenshots)."""
        return self.errors.message(name)
