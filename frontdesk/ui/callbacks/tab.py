"""回访: the callback queue of every kind (repair orders now, complaints next), overdue first,
and the form to record a callback in full (seed: 必须保证回访信息的完整记录)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QTableWidgetItem,
    QWidget,
)

from frontdesk.services.callbacks import CALLBACK, METHODS, SATISFACTION, CallbackRow
from frontdesk.services.callbacks.rows import VOCABULARY
from frontdesk.services.clock import to_local
from frontdesk.services.complaints import COMPLAINT
from frontdesk.services.core.changes import ChangeSet, call_op
from frontdesk.services.errors import ConflictError, ServiceError, ValidationError
from frontdesk.services.permissions import Action
from frontdesk.services.work_orders import ORDER
from frontdesk.ui.common.clock_cells import clock_style, clock_text
from frontdesk.ui.common.conflict import AsksOnConflict, field_diffs
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import row, stack
from frontdesk.ui.common.form_parts import date_time_edit, label, numbered_choices, radio, text_box, uncheck
from frontdesk.ui.common.forms import ERROR_STYLE, FieldErrors
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import ask, publish
from frontdesk.ui.common.record_list import fit_columns, item_table
from frontdesk.ui.common.tab_parts import CountViews, CountWords, button, filter_combo, info_label, search_box, side_by_side
from frontdesk.ui.work_orders.words import method_name, ref_kind_name, satisfaction_name, short_when, when

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_OVERDUE = QBrush(QColor("#fde2e1"))
_TODAY = QBrush(QColor("#fff4d6"))


def _qdt(value: datetime) -> QDateTime:
    local = to_local(value)
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second)


def _py(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    from frontdesk.services.clock import LOCAL_TZ

    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=LOCAL_TZ)


class CallbackTab(AsksOnConflict, CountWords, CountViews, QWidget):
    count_views = {"callback.overdue": ("scope", "overdue"), "callback.due_today": ("scope", "pending")}

    record_kinds = ("callback",)
    vocabulary = VOCABULARY

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("回访"))
        self._rows: list[CallbackRow] = []
        self.current: CallbackRow | None = None

        scopes = ((self.tr("待回访"), "pending"), (self.tr("已逾期"), "overdue"), (self.tr("已回访"), "done"))
        self.scope = filter_combo("callback_scope", scopes)
        kinds = [(self.tr("全部"), ""), *((ref_kind_name(code), code) for code in ("order", "complaint"))]
        self.kind = filter_combo("callback_kind", kinds)
        self.search = search_box("callback_search", self.tr("单号、房号、联系人或内容"), clear=True)
        self.summary = label("callback_summary")
        from frontdesk.ui.work_orders.detail import fit_combo

        for combo in (self.scope, self.kind):
            fit_combo(combo)
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.returnPressed.connect(self.reload)
        top = row(QLabel(self.tr("显示")), self.scope, self.kind, (self.search, 1), self.summary)

        self.table = item_table(
            "callback_table",
            [
                self.tr("应回访时间"),
                self.tr("状态"),
                self.tr("类别"),
                self.tr("单号"),
                self.tr("房号"),
                self.tr("联系人"),
                self.tr("电话"),
                self.tr("内容"),
            ],
        )
        fit_columns(self.table, 7)
        self.table.itemSelectionChanged.connect(self.on_table_itemSelectionChanged)

        self.form = self._build_form()
        stack(self, top, (side_by_side(self.table, self.form, (3, 2)), 1))
        ctx.bus.watch({CALLBACK, ORDER, COMPLAINT}, self.on_changes)
        self.reload()

    # --- the record form --------------------------------------------------------------------------

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("记录回访"))
        self.about = info_label("callback_about", text=self.tr("请在左侧选择一条回访"), wrap=True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone = label("callback_phone")
        self.reveal_button = button(
            self.tr("显示号码"), "reveal_phone", self.on_reveal_clicked, tip=self.tr("显示完整号码以便拨打（会记录在操作日志中）")
        )
        self.open_button = button(self.tr("查看原单"), "open_source", self.on_open_clicked)
        phone_row = row((self.phone, 1), self.reveal_button, self.open_button)

        self.script = info_label(
            "callback_script", style="color:#555; background:#f5f7fa; padding:6px; border-radius:4px;", wrap=True
        )
        self.errors = FieldErrors()
        self.done_at = date_time_edit("callback_done_at")
        self.done_at.setToolTip(self.tr("默认为保存时的时间；事后补记时请改为实际回访时间"))
        self._done_at_touched = False
        self.done_at.setSpecialValueText(" ")  # shown at the minimum: nothing selected, no date
        self.done_at.setDateTime(self.done_at.minimumDateTime())
        self.done_at.dateTimeChanged.connect(self.on_done_at_dateTimeChanged)
        # number keys pick (no Alt+digit mnemonics: those bring the window's tabs to the front)
        methods = [radio(method_name(code), f"method_{code}") for code in METHODS]
        self.method_group, method_box = numbered_choices(self, methods, across=True, keys=True)
        satisfactions = [radio(satisfaction_name(code), f"sat_{code}") for code in SATISFACTION]
        self.sat_group, sat_box = numbered_choices(self, satisfactions, across=True, keys=True)
        self.comments = text_box("callback_comments", self.tr("客户的意见和建议；不满意或基本满意时请写明原因"))
        self.comments.setMaximumHeight(90)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("回访时间"), "done_at", self.done_at)
        self.errors.add_row(form, self.tr("回访方式"), "method", method_box)
        self.errors.add_row(form, self.tr("满意度"), "satisfaction", sat_box)
        self.errors.add_row(form, self.tr("客户意见"), "comments", self.comments)
        self.banner = info_label("callback_banner", wrap=True)
        self.save_button = button(self.tr("保存回访"), "save_callback", self.on_save_clicked)
        self.save_button.setDefault(True)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.on_save_clicked)
        buttons = row((self.banner, 1), self.save_button)
        stack(box, self.about, phone_row, self.script, form, buttons, None)
        self._set_form_enabled(False)
        return box

    def _set_form_enabled(self, on: bool) -> None:
        may = self.ctx.user.can(Action.CALLBACK_RECORD)
        for w in (self.done_at, self.comments, self.save_button):
            w.setEnabled(on and may)
        for group in (self.method_group, self.sat_group):
            for b in group.buttons():
                b.setEnabled(on and may)
        self.reveal_button.setEnabled(self.current is not None and self.phone_masked())
        self.open_button.setEnabled(self.current is not None)

    def _set_done_at_now(self) -> None:
        self.done_at.blockSignals(True)
        self.done_at.setDateTime(_qdt(self.ctx.services.clock.now()))
        self.done_at.blockSignals(False)
        self._done_at_touched = False

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self.current is not None and self.current.state == "pending" and not self._done_at_touched:
            self._set_done_at_now()  # the tab may have been open for hours

    def on_done_at_dateTimeChanged(self, _value: QDateTime) -> None:
        self._done_at_touched = True

    def phone_masked(self) -> bool:
        return self.current is not None and "*" in self.current.phone

    # --- list -------------------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.current.id if self.current else None
        try:
            rows = self.ctx.services.callbacks.queue(
                self.ctx.user,
                state=self.scope.currentData(),
                ref_kind=self.kind.currentData() or None,
                text=self.search.text(),
            )
        except ServiceError as exc:
            self.summary.setText(error_message(exc))
            return
        self._rows = rows
        now = self.ctx.services.clock.now()
        today = to_local(now).date()
        done = self.scope.currentData() == "done"
        self.table.setRowCount(len(rows))
        overdue = due_today = 0
        for i, r in enumerate(rows):
            is_today = not r.overdue and to_local(r.due_at).date() == today
            overdue += r.overdue
            due_today += is_today and r.state == "pending"
            if done:
                status = self.tr("{0}（{1}）").format(satisfaction_name(r.satisfaction), method_name(r.method))
                first = short_when(r.done_at, now)
            else:
                status = self.tr("已逾期") if r.overdue else (self.tr("今日到期") if is_today else self.tr("待回访"))
                first = short_when(r.due_at, now)
            values = [
                first,
                status,
                ref_kind_name(r.ref_kind),
                r.ref_number,
                r.room_code,
                r.contact_name,
                r.phone,
                r.summary,
            ]
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(ID_ROLE, r.id)
                if r.state == "pending" and r.overdue:
                    item.setBackground(_OVERDUE)
                    if j in (0, 1):
                        item.setForeground(QBrush(QColor("#b42318")))
                elif r.state == "pending" and is_today:
                    item.setBackground(_TODAY)
                if j == 7:
                    item.setToolTip(r.summary)
                if j == 1 and r.state == "pending" and clock_style(r.clock) is not None:
                    # the service clock: time left, green / amber from 80 % / red overdue
                    colours = clock_style(r.clock)
                    assert colours is not None and colours.background and colours.foreground
                    item.setText(f"{v} · {clock_text(r.clock)}")
                    item.setBackground(QBrush(QColor(colours.background)))
                    item.setForeground(QBrush(QColor(colours.foreground)))
                self.table.setItem(i, j, item)
        self.table.setHorizontalHeaderItem(0, QTableWidgetItem(self.tr("回访时间") if done else self.tr("应回访时间")))
        if done:
            self.summary.setText(self.tr("共 {0} 条").format(len(rows)))
        else:
            self.summary.setText(self.tr("共 {0} 条，逾期 {1} 条，今日到期 {2} 条").format(len(rows), overdue, due_today))
        row = next((i for i, r in enumerate(rows) if r.id == selected), 0 if rows else -1)
        if row >= 0:
            self.table.blockSignals(True)
            self.table.selectRow(row)
            self.table.blockSignals(False)
        self.show_callback(rows[row] if row >= 0 else None)

    def on_table_itemSelectionChanged(self) -> None:
        row = self.table.currentRow()
        self.show_callback(self._rows[row] if 0 <= row < len(self._rows) else None)

    def show_callback(self, cb: CallbackRow | None) -> None:
        changed = (cb.id if cb else None) != (self.current.id if self.current else None)
        self.current = cb
        if changed:
            self.banner.clear()
            self.errors.clear()
        if cb is None:
            self.about.setText(self.tr("请在左侧选择一条回访"))
            self.phone.clear()
            self.script.hide()
            self.done_at.blockSignals(True)
            self.done_at.setDateTime(self.done_at.minimumDateTime())  # empty, not a made-up date
            self.done_at.blockSignals(False)
            self._done_at_touched = False
            self._clear_form()  # after 保存回访 nothing of the last callback stays, greyed out
            self._set_form_enabled(False)
            return
        lines = [
            self.tr("{0} {1}（第 {2} 次回访）").format(ref_kind_name(cb.ref_kind), cb.ref_number, cb.round),
            cb.summary,
            self.tr("联系人：{0}　房号：{1}").format(cb.contact_name or "—", cb.room_code or "—"),
            self.tr("应于 {0} 前完成回访").format(when(cb.due_at)),
        ]
        if cb.state == "done":
            lines.append(
                self.tr("已回访：{0} {1}，{2}，{3}").format(
                    when(cb.done_at),
                    cb.done_by_name or "",
                    method_name(cb.method),
                    satisfaction_name(cb.satisfaction),
                )
            )
            if cb.comments:
                lines.append(self.tr("意见：{0}").format(cb.comments))
        self.about.setText("\n".join(lines))
        what = self.tr("维修") if cb.ref_kind == "order" else self.tr("投诉")
        self.script.setText(
            self.tr(
                "回访话术：您好，我是{0}客服{1}，请问是{2}吗？打扰您了。{3}我们为您处理了{4}（{5}），"
                "请问您对处理结果满意吗？——不满意或基本满意时，请问明哪方面需要改进。"
            ).format(
                self.ctx.services.settings.get("centre.name"),
                self.ctx.user.name,
                cb.contact_name or self.tr("业主"),
                self.tr("{0}月{1}日").format(to_local(cb.scheduled_at).month, to_local(cb.scheduled_at).day),
                what,
                cb.ref_number,
            )
        )
        self.script.setVisible(cb.state == "pending")
        self.phone.setText(self.tr("电话：{0}").format(cb.phone or "—"))
        if changed or not self._done_at_touched:
            self._set_done_at_now()
        if changed:
            self._clear_form()
        self._set_form_enabled("record" in cb.allowed)

    def _clear_form(self) -> None:
        """A fresh form: no satisfaction chosen, no comments, 电话回访 (the usual way)."""
        for group in (self.method_group, self.sat_group):
            uncheck(group)
        self.method_group.button(0).setChecked(True)
        self.comments.clear()

    def open_record(self, kind: str, record_id: int) -> None:
        """Show one callback (e.g. from a work order's 回访 button)."""
        cb = self.ctx.services.callbacks.get(self.ctx.user, record_id)
        self.scope.blockSignals(True)
        self.scope.setCurrentIndex(self.scope.findData("done" if cb.state == "done" else "pending"))
        self.scope.blockSignals(False)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(0)
        self.kind.blockSignals(False)
        self.search.clear()
        self.current = None
        self.reload()
        row = next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)
        if row >= 0:
            self.table.selectRow(row)
        # the owner's answer first: its number key picks it and goes on to 客户意见
        first = self.sat_group.checkedButton() or self.sat_group.button(0)
        (first if first.isEnabled() else self.comments).setFocus()

    # --- actions ----------------------------------------------------------------------------------

    def on_reveal_clicked(self) -> None:
        if self.current is None:
            return
        ok, number = ask(self.banner.setText, self.ctx.services.callbacks.reveal_phone, self.ctx.user, self.current.id)
        if not ok:
            return
        self.phone.setText(self.tr("电话：{0}").format(number))
        self.reveal_button.setEnabled(False)

    def on_open_clicked(self) -> None:
        if self.current is not None:
            self.ctx.bus.open_requested.emit(self.current.ref_kind, self.current.ref_id)

    def on_save_clicked(self) -> None:
        cb = self.current
        if cb is None or "record" not in cb.allowed:
            return
        self._record(cb)

    def _typed(self) -> dict[str, str]:
        """The form as typed: method and satisfaction codes, comments."""
        method = METHODS[self.method_group.checkedId()] if self.method_group.checkedId() >= 0 else ""
        sat = SATISFACTION[self.sat_group.checkedId()] if self.sat_group.checkedId() >= 0 else ""
        return {"method": method, "satisfaction": sat, "comments": self.comments.toPlainText()}

    def _record(self, cb: CallbackRow) -> bool:
        """Record the typed callback on ``cb`` (against its version)."""
        self.errors.clear()
        self.banner.clear()
        typed = self._typed()
        try:
            res, changes = call_op(
                self.ctx.services.callbacks.record,
                self.ctx.user,
                cb.id,
                expected_version=cb.version,
                done_at=_py(self.done_at.dateTime()) if self._done_at_touched else None,
                **typed,
            )
        except ValidationError as exc:
            self.errors.show(exc)
            self.banner.setStyleSheet(ERROR_STYLE)
            self.banner.setText(error_message(exc))
            return False
        except ConflictError as exc:
            self.banner.setStyleSheet(ERROR_STYLE)
            self.banner.setText(error_message(exc))
            return self._on_conflict(cb, typed)
        except ServiceError as exc:
            self.banner.setStyleSheet(ERROR_STYLE)
            self.banner.setText(error_message(exc))
            return False
        # the callback under its id, the owner's record (reopened or called back) under its own
        publish(self.ctx, changes)
        self.current = None
        self.reload()
        self.banner.setStyleSheet("color:#1d6b35")
        if res.outcome == "reopened" and cb.ref_kind == "complaint":
            self.banner.setText(self.tr("已记录：{0} 投诉人不满意，已退回第5步重新实施。").format(cb.ref_number))
        elif res.outcome == "reopened":
            self.banner.setText(self.tr("已记录：{0} 客户不满意，已重新派单给原维修人员。").format(cb.ref_number))
        elif res.outcome == "closed":
            self.banner.setText(self.tr("已记录：{0} 回访满意，工单已关闭。").format(cb.ref_number))
        else:
            self.banner.setText(self.tr("已记录 {0} 的回访。").format(cb.ref_number))
        self.last_outcome = res.outcome
        return True

    def _on_conflict(self, mine: CallbackRow, typed: dict[str, str]) -> bool:
        """Someone changed the callback meanwhile: theirs beside mine, then keep theirs (the form
        shows their callback, my typing dropped) or record mine again on their version."""

        def shown(method: str | None, satisfaction: str | None, comments: str | None) -> dict[str, str]:
            return {
                "method": method_name(method) if method else "",
                "satisfaction": satisfaction_name(satisfaction) if satisfaction else "",
                "comments": comments or "",
            }

        labels = [("method", self.tr("回访方式")), ("satisfaction", self.tr("满意度")), ("comments", self.tr("客户意见"))]

        def keep_theirs(theirs: CallbackRow) -> None:
            self.current = None
            self.show_callback(theirs)
            self.banner.setStyleSheet(ERROR_STYLE)
            self.banner.setText(self.tr("已载入对方保存的内容，您的修改未保存。"))

        return self.on_stale(
            self.tr("记录回访"),
            lambda: self.ctx.services.callbacks.get(self.ctx.user, mine.id),
            lambda theirs: field_diffs(
                labels,
                shown(typed["method"], typed["satisfaction"], typed["comments"]),
                shown(theirs.method, theirs.satisfaction, theirs.comments),
            ),
            keep_theirs,
            self._record,
        )

    def on_changes(self, _changes: ChangeSet) -> None:
        """A callback, an order or a complaint changed (callbacks are scheduled when they finish)."""
        self.reload()
