"""The work-order detail view: fields, badges, completion, timeline and the action buttons."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.printing.money import rmb_upper
from frontdesk.services.clock import to_local
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import Action
from frontdesk.services.work_orders import (
    MACHINE,
    Op,
    State,
    WorkOrderDetail,
)
from frontdesk.ui.call_log.model import channel_name
from frontdesk.ui.common.labels import data_word
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.tab_parts import button, info_label
from frontdesk.ui.work_orders.dialogs import orders
from frontdesk.ui.work_orders.words import (
    STATE_COLOURS,
    confirmation_name,
    event_name,
    field_name,
    method_name,
    op_name,
    paid_name,
    satisfaction_name,
    state_name,
    urgency_name,
    when,
)

if TYPE_CHECKING:
    from frontdesk.ui.work_orders.tab import WorkOrderTab


# --- the detail view --------------------------------------------------------------------------------------

#: the buttons of the detail view, in the order the work goes
ACTION_OPS = (
    Op.DISPATCH,
    Op.START,
    Op.COMPLETE,
    Op.CALLBACK,
    Op.CLOSE,
    Op.REASSIGN,
    Op.HOLD,
    Op.RESUME,
    Op.EDIT,
    Op.CANCEL,
)


class OrderDetail(QWidget):
    """One order: its fields, what can be done next, and its timeline."""

    def __init__(self, tab: WorkOrderTab) -> None:
        super().__init__()
        self.tab = tab
        self.ctx = tab.ctx
        self.order: WorkOrderDetail | None = None
        self.setObjectName("order_detail")
        self.number = info_label("detail_number", style="font-size:18px; font-weight:bold;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badges = QHBoxLayout()
        self.badges.setSpacing(6)
        self.badge_labels: list[QLabel] = []
        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addLayout(self.badges)
        head.addStretch(1)
        self.print_button = button(
            self.tr("打印…"), "print_order", lambda: self.tab.print_order(), tip=self.tr("预览并打印维修工作单（Ctrl+P）")
        )
        head.addWidget(self.print_button)

        self.buttons: dict[Op, QPushButton] = {}
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for op in ACTION_OPS:
            b = button(op_name(op.value), f"op_{op.value}", lambda _c=False, o=op: self.tab.run_op(o))
            self.buttons[op] = b
            actions.addWidget(b)
        actions.addStretch(1)
        self.buttons[Op.COMPLETE].setStyleSheet("font-weight:bold;")
        self.buttons[Op.DISPATCH].setStyleSheet("font-weight:bold;")

        self.fields = QGridLayout()
        self.fields.setHorizontalSpacing(14)
        self.fields.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}
        labels = [
            ("reported_at", self.tr("报修时间")),
            ("place", self.tr("房号/位置")),
            ("reporter", self.tr("报修人")),
            ("phone", self.tr("联系电话")),
            ("category", self.tr("报修类别")),
            ("urgency", self.tr("紧急程度")),
            ("paid", self.tr("收费")),
            ("appointment_at", self.tr("预约时间")),
            ("due_at", self.tr("完成时限")),
            ("dispatch", self.tr("派单")),
            ("created_by", self.tr("开单人")),
            ("source", self.tr("来源")),
        ]
        for i, (key, text) in enumerate(labels):
            lab = QLabel(text)
            lab.setStyleSheet("color:#666")
            val = QLabel()
            val.setObjectName(f"value_{key}")
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            val.setWordWrap(True)
            self.values[key] = val
            r, c = divmod(i, 2)
            self.fields.addWidget(lab, r, c * 2)
            if key != "phone":  # the phone sits in a row with its 显示 button, below
                self.fields.addWidget(val, r, c * 2 + 1)
        self.fields.setColumnStretch(1, 1)
        self.fields.setColumnStretch(3, 1)
        source = self.values["source"]  # the call-log entry the order came from: a link to it
        source.setTextFormat(Qt.TextFormat.RichText)
        source.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        source.linkActivated.connect(self.on_source_linkActivated)
        self.reveal_button = button(self.tr("显示"), "reveal_order_phone", tip=self.tr("显示完整号码（会记录在操作日志中）"))
        self.reveal_button.setFlat(True)
        self.reveal_button.setStyleSheet("color:#0b62c4; padding:0 4px;")
        self.reveal_button.clicked.connect(self.on_reveal_clicked)
        phone_row = QHBoxLayout()
        phone_row.setContentsMargins(0, 0, 0, 0)
        phone_row.addWidget(self.values["phone"])
        phone_row.addWidget(self.reveal_button)
        phone_row.addStretch(1)
        phone_box = QWidget()
        phone_box.setLayout(phone_row)
        self.fields.addWidget(phone_box, 1, 3)

        self.description = info_label("value_description", wrap=True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setStyleSheet("font-size:14px; padding:6px; background:#f7f7f8; border-radius:4px;")
        self.note = info_label(
            "value_note", style="color:#7a5b00; background:#fbf3cf; padding:4px; border-radius:4px;", wrap=True
        )
        self.completion = info_label("value_completion", wrap=True)
        self.completion.setTextFormat(Qt.TextFormat.RichText)

        self.timeline = QTreeWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setColumnCount(4)
        self.timeline.setHeaderLabels([self.tr("时间"), self.tr("操作人"), self.tr("事项"), self.tr("说明")])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(True)
        self.timeline.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.header().setStretchLastSection(True)
        self.timeline.setMinimumHeight(180)

        self.empty = QLabel(self.tr("在左侧选择一张工单，或按 Ctrl+N 新建。"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:#888; font-size:14px;")
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(head)
        body.addLayout(actions)
        sep = QFrame()
        sep.setFrameShape(QFrame.Shape.HLine)
        sep.setStyleSheet("color:#ddd")
        body.addWidget(sep)
        body.addLayout(self.fields)
        body.addWidget(self.description)
        body.addWidget(self.note)
        body.addWidget(self.completion)
        tl = QLabel(self.tr("处理记录"))
        tl.setStyleSheet("font-weight:bold; margin-top:6px;")
        body.addWidget(tl)
        body.addWidget(self.timeline, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.empty)
        lay.addWidget(self.body)
        self.show_order(None)

    def show_order(self, o: WorkOrderDetail | None) -> None:
        self.order = o
        self.empty.setVisible(o is None)
        self.body.setVisible(o is not None)
        if o is None:
            return
        now = self.ctx.services.clock.now()
        self.number.setText(o.number)
        fg, bg = STATE_COLOURS.get(o.state, ("#333", "#eee"))
        badges = [(state_name(o.state), fg, bg)]
        if o.urgency == "urgent":
            badges.append((self.tr("紧急"), "white", "#c0392b"))
        if any(a.is_open for a in o.alerts):
            badges.append((self.tr("报警待主管确认"), "#b42318", "#fde2e1"))
        if o.overdue:
            badges.append((self.tr("已超时"), "white", "#b42318"))
        if o.reopen_count:
            badges.append((self.tr("返修 {0} 次").format(o.reopen_count), "#8a4b00", "#fff1d6"))
        self.set_badges(badges)
        v = self.values
        v["reported_at"].setText(when(o.reported_at))
        v["place"].setText((f"{o.project} {o.place}" if not o.public else self.tr("公区：{0}").format(o.place)).strip())
        v["reporter"].setText(o.reporter)
        v["phone"].setText(o.phone or "—")
        self.reveal_button.setVisible(o.phone_masked)
        self.reveal_button.setEnabled(o.phone_masked)
        v["category"].setText(data_word(o.category))
        v["urgency"].setText(urgency_name(o.urgency))
        v["urgency"].setStyleSheet("color:#c0392b; font-weight:bold;" if o.urgency == "urgent" else "")
        v["paid"].setText(paid_name(o.paid))
        v["appointment_at"].setText(when(o.appointment_at) or "—")
        working = o.state in (State.NEW.value, State.DISPATCHED.value, State.IN_PROGRESS.value)
        due = when(o.due_at) if o.state != State.CANCELLED.value else "—"
        if not working and o.completed_at and o.state != State.CANCELLED.value:
            due = (self.tr("{0}（按时完工）") if o.completed_at <= o.due_at else self.tr("{0}（超时完工）")).format(due)
        elif o.state == State.ON_HOLD.value:
            due = self.tr("{0}（挂起中，计时暂停）").format(due)
        elif o.overdue:
            due = self.tr("{0}（已超时）").format(due)
        v["due_at"].setText(due)
        v["due_at"].setStyleSheet("color:#b42318; font-weight:bold;" if o.overdue else "")
        v["dispatch"].setText(
            self.tr("{0} {1}（{2}）").format(data_word(o.department), o.technician, when(o.dispatched_at))
            if o.dispatched_at
            else self.tr("未派单")
        )
        v["created_by"].setText(o.created_by)
        v["source"].setText(self._source_html(o))
        self.description.setText(o.description)
        note = ""
        if o.state == State.ON_HOLD.value:
            note = self.tr("挂起原因：{0}（{1} 起）").format(o.hold_reason or "", when(o.held_at))
        elif o.state == State.CANCELLED.value:
            note = self.tr("取消原因：{0}").format(o.cancel_reason or "")
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.completion.setText(self._completion_html(o))
        self.completion.setVisible(bool(o.completed_at or o.callbacks))
        self._fill_timeline(o, now)
        allowed = o.allowed
        for op, b in self.buttons.items():
            legal = State(o.state) in MACHINE.sources(op)
            b.setVisible(legal)
            b.setEnabled(op.value in allowed)
            if legal and op.value not in allowed:
                need = self.tr("客服主管") if MACHINE.permission(op) == Action.ORDER_CANCEL else self.tr("管家或主管")
                b.setToolTip(self.tr("需要{0}权限").format(need))
            else:
                b.setToolTip("")
        pending = next((cb for cb in o.callbacks if cb.state == "pending"), None)
        self.buttons[Op.CALLBACK].setVisible(pending is not None)
        self.buttons[Op.CALLBACK].setEnabled(pending is not None and self.ctx.user.can(Action.CALLBACK_RECORD))

    def _source_html(self, o: WorkOrderDetail) -> str:
        if o.source_kind not in (None, "call") and o.source_id is not None:
            try:
                titled = self.ctx.services.work_orders.source_title(self.ctx.user, o.source_kind, o.source_id)
            except ServiceError:
                titled = ""
            if titled:
                return _esc(titled)
        if o.source_kind != "call" or o.source_id is None:
            return _esc(self.tr("前台直接开单"))
        try:
            call = self.ctx.services.call_log.get(self.ctx.user, o.source_id)
        except ServiceError:
            text = self.tr("来电来访登记 #{0}").format(o.source_id)
        else:
            text = self.tr("来电来访登记 #{0}：{1} {2} {3}").format(
                call.id,
                to_local(call.at).strftime("%m-%d %H:%M"),
                channel_name(call.channel),
                call.person or call.room_code,
            )
        return f"<a href='call:{o.source_id}'>{_esc(text.strip())}</a>"

    def on_source_linkActivated(self, link: str) -> None:
        kind, _, ident = link.partition(":")
        if ident.isdigit():
            self.ctx.bus.open_requested.emit(kind, int(ident))

    def set_badges(self, badges: list[tuple[str, str, str]]) -> None:
        for lab in self.badge_labels:
            self.badges.removeWidget(lab)
            lab.hide()
            lab.deleteLater()
        self.badge_labels = []
        for text, fg, bg in badges:
            lab = info_label(
                "badge", text=text, style=f"color:{fg}; background:{bg}; border-radius:3px; padding:2px 8px; font-weight:bold;"
            )
            self.badges.addWidget(lab)
            self.badge_labels.append(lab)

    def badge_texts(self) -> list[str]:
        return [lab.text() for lab in self.badge_labels]

    def _completion_html(self, o: WorkOrderDetail) -> str:
        parts: list[str] = []
        if o.completed_at:
            parts.append(self.tr("<b>完工</b> {0}：{1}").format(when(o.completed_at), _esc(o.work_done or "")))
            if o.lines:
                rows = "".join(
                    f"<tr><td>{_esc(ln.name)}</td>"
                    f"<td align='right'>{ln.quantity.normalize():f} {_esc(ln.unit)}</td>"
                    f"<td align='right'>{ln.unit_price:.2f}</td><td align='right'>{ln.amount:.2f}</td></tr>"
                    for ln in o.lines
                )
                parts.append(
                    "<table cellspacing='0' cellpadding='3' border='1' style='border-color:#ccc'>"
                    f"<tr style='background:#f3f4f6'><td>{self.tr('材料 / 项目')}</td>"
                    f"<td>{self.tr('数量')}</td>"
                    f"<td>{self.tr('单价')}</td><td>{self.tr('金额')}</td></tr>{rows}</table>"
                )
            if o.paid:
                parts.append(self.tr("合计 ¥{0}（{1}）").format(f"{o.charge_total:.2f}", rmb_upper(o.charge_total)))
            parts.append(
                self.tr("业主确认：{0}　{1}").format(confirmation_name(o.owner_confirmation), _esc(o.owner_comment or ""))
            )
        for cb in o.callbacks:
            if cb.state == "done":
                parts.append(
                    self.tr("<b>第 {0} 次回访</b> {1} {2}，{3}：{4} {5}").format(
                        cb.round,
                        when(cb.done_at),
                        cb.done_by_name or "",
                        method_name(cb.method),
                        satisfaction_name(cb.satisfaction),
                        _esc(cb.comments or ""),
                    )
                )
            elif cb.state == "pending":
                colour = "#b42318" if cb.overdue else "#8a4b00"
                parts.append(
                    f"<span style='color:{colour}'>" + self.tr("待回访，应于 {0} 前完成").format(when(cb.due_at)) + "</span>"
                )
        return "<br>".join(parts)

    def _fill_timeline(self, o: WorkOrderDetail, now: datetime) -> None:
        self.timeline.clear()
        for e in o.events:
            what = event_name(e.action)
            if e.to_state and e.from_state and e.to_state != e.from_state:
                what = self.tr("{0}（{1} → {2}）").format(what, state_name(e.from_state), state_name(e.to_state))
            detail = self._event_detail(e.action, e.data, e.note)
            item = QTreeWidgetItem([when(e.at), e.actor_name, what, detail])
            item.setToolTip(3, detail)
            if e.action in ("alert_raised", "reopened"):
                for col in range(4):
                    item.setForeground(col, Qt.GlobalColor.darkRed)
            self.timeline.addTopLevelItem(item)
        self.timeline.scrollToBottom()

    def _event_detail(self, action: str, data: dict[str, Any], note: str | None) -> str:
        bits: list[str] = []
        if action in ("dispatched", "reassigned"):
            if action == "reassigned" and data.get("from"):
                frm = data["from"]
                bits.append(
                    self.tr("{0} {1} → {2} {3}").format(
                        data_word(frm.get("department", "")),
                        frm.get("technician", ""),
                        data_word(data.get("department", "")),
                        data.get("technician", ""),
                    )
                )
            else:
                bits.append(f"{data_word(data.get('department', ''))} {data.get('technician', '')}".strip())
        elif action == "edited" and data.get("fields"):
            bits.append(self.tr("修改了：{0}").format("、".join(field_name(f) for f in data["fields"])))
        elif action == "completed":
            if data.get("charge_total") not in (None, "0", "0.00"):
                bits.append(self.tr("费用 ¥{0}").format(data["charge_total"]))
            bits.append(confirmation_name(data.get("owner_confirmation")))
        elif action == "callback":
            bits.append(f"{method_name(data.get('method'))} {satisfaction_name(data.get('satisfaction'))}")
        elif action == "printed":
            bits.append(self.tr("打印") if data.get("target") == "printer" else self.tr("存为 PDF"))
        elif action == "created" and data.get("source_kind") == "call":
            bits.append(self.tr("由来电来访登记 #{0} 转入").format(data.get("source_id", "")))
        elif action == "resumed" and data.get("paused_minutes"):
            bits.append(self.tr("暂停 {0} 分钟").format(data["paused_minutes"]))
        if note:
            bits.append(note)
        return self.tr("；").join(b for b in bits if b)

    def on_reveal_clicked(self) -> None:
        if self.order is None:
            return
        try:
            number = orders(self.ctx).reveal_phone(self.ctx.user, self.order.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("显示号码"), error_message(exc))
            return
        self.values["phone"].setText(number)
        self.reveal_button.setEnabled(False)


def fit_combo(combo: QComboBox) -> None:
    """Wide enough for its longest item (the style's padding defeats AdjustToContents)."""
    fm = combo.fontMetrics()
    widest = max((fm.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=40)
    combo.setMinimumWidth(widest + 42)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
