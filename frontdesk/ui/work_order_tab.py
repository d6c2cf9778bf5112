"""维修工作单: the list with filters and search, the detail with its timeline and actions, and the
dialogs to open, dispatch, complete and print an order."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.printing.money import rmb_upper
from frontdesk.services.clock import LOCAL_TZ, to_local
from frontdesk.services.errors import ConflictError, ServiceError, ValidationError
from frontdesk.services.permissions import Action
from frontdesk.services.work_orders import (
    TRANSITIONS,
    ChargeLine,
    ChargePreview,
    CompletionInput,
    Op,
    OrderFilter,
    State,
    WorkOrderDetail,
    WorkOrderInput,
    preview,
)
from frontdesk.ui.context import UiContext
from frontdesk.ui.files import suggested_path
from frontdesk.ui.forms import ERROR_STYLE, FieldErrors
from frontdesk.ui.itemmodels.call_log_model import channel_name
from frontdesk.ui.itemmodels.work_orders import WorkOrderListModel
from frontdesk.ui.labels import data_word
from frontdesk.ui.messages import error_message, field_message
from frontdesk.ui.order_words import (
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
from frontdesk.ui.room_field import RoomField
from frontdesk.ui.worker import run_in_background


def _qdt(value: datetime) -> QDateTime:
    local = to_local(value)
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)


def _py(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ)


class _Banner(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)


class _ServiceDialog(QDialog):
    """A form that calls one service method: errors next to the fields, a conflict keeps what
    was typed and offers to reload the record."""

    def __init__(self, ctx: UiContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.banner = _Banner()
        self.result_detail: WorkOrderDetail | None = None
        self.reload_button = QPushButton(self.tr("重新载入"))
        self.reload_button.setObjectName("reload_button")
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.on_reload_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.on_save_clicked)

    def footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.banner, 1)
        row.addWidget(self.reload_button)
        row.addWidget(self.buttons)
        return row

    def save(self) -> WorkOrderDetail:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def reload_record(self) -> None:
        """Take the record's latest version (the typed values stay)."""

    def on_reload_clicked(self) -> None:
        try:
            self.reload_record()
        except ServiceError as exc:
            self.banner.setText(error_message(exc))
            return
        self.reload_button.hide()
        self.banner.setStyleSheet("color:#555")
        self.banner.setText(self.tr("已载入最新内容，您填写的内容仍在，请核对后再保存。"))

    def on_save_clicked(self) -> None:
        self.errors.clear()
        self.banner.clear()
        self.banner.setStyleSheet(ERROR_STYLE)
        try:
            self.result_detail = self.save()
        except ValidationError as exc:
            unknown = self.errors.show(exc)
            self.banner.setText(error_message(exc) if not unknown else self._unknown(exc, unknown))
            return
        except ConflictError as exc:
            self.banner.setText(error_message(exc))
            self.reload_button.show()
            return
        except ServiceError as exc:
            self.banner.setText(error_message(exc))
            return
        self.accept()

    def _unknown(self, exc: ValidationError, names: list[str]) -> str:
        params = exc.params.get("field_params", {}) or {}
        return self.tr("；").join(field_message(exc.errors[n], params.get(n, {})) for n in names)


# --- opening and editing an order ---------------------------------------------------------------------


class OrderFormDialog(_ServiceDialog):
    """新建 / 修改工单. Keyboard first: Tab through the fields, Ctrl+Enter saves."""

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        order: WorkOrderDetail | None = None,
        draft: WorkOrderInput | None = None,
        source: tuple[str, int] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.order = order
        self.source = source
        if order is not None:
            title = self.tr("修改工单 {0}").format(order.number)
        elif source is not None and source[0] == "call":
            title = self.tr("来电来访转工单")
        else:
            title = self.tr("新建维修工单")
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        wo = ctx.services.work_orders
        self.room_field = RoomField(ctx)
        self.room = self.room_field.edit
        self.room.setPlaceholderText(self.tr("如 3-2-1502、3栋2单元1502"))
        self.public = QCheckBox(self.tr("公区(&G)"))
        self.public.setObjectName("public")
        self.public.setToolTip(self.tr("公共区域报修（大堂、电梯、路灯等），无需房号"))
        self.room_hint = QLabel()
        self.room_hint.setObjectName("room_hint")
        self.room_hint.setStyleSheet("color:#555")
        room_row = QHBoxLayout()
        room_row.setContentsMargins(0, 0, 0, 0)
        room_row.addWidget(self.errors.wrap("room", self.room_field, self.room), 1)
        room_row.addWidget(self.public, 0, Qt.AlignmentFlag.AlignTop)
        room_box = QWidget()
        room_box.setLayout(room_row)
        self.location = QLineEdit()
        self.location.setObjectName("location")
        self.reporter = QLineEdit()
        self.reporter.setObjectName("reporter")
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.category = QComboBox()
        self.category.setObjectName("category")
        cats = wo.categories()
        if order is not None and order.category not in cats:
            cats.append(order.category)
        for c in cats:
            self.category.addItem(data_word(c), c)
        self.urgent = QCheckBox(self.tr("紧急(&U)（立即通知客服主管）"))
        self.urgent.setObjectName("urgent")
        self.paid = QComboBox()
        self.paid.setObjectName("paid")
        self.paid.addItem(self.tr("有偿（户内维修，收取材料及人工费）"), True)
        self.paid.addItem(self.tr("无偿（公区或保修范围内）"), False)
        self.has_appointment = QCheckBox(self.tr("预约上门"))
        self.has_appointment.setObjectName("has_appointment")
        self.appointment = QDateTimeEdit()
        self.appointment.setObjectName("appointment")
        self.appointment.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.appointment.setCalendarPopup(True)
        self.appointment.setDateTime(_qdt(ctx.services.clock.now() + timedelta(hours=2)))
        self.appointment.setEnabled(False)
        appt_row = QHBoxLayout()
        appt_row.setContentsMargins(0, 0, 0, 0)
        appt_row.addWidget(self.has_appointment)
        appt_row.addWidget(self.appointment, 1)
        appt_box = QWidget()
        appt_box.setLayout(appt_row)
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("什么坏了、在哪里、从什么时候开始；业主何时在家"))
        self.description.setMinimumHeight(70)
        self.description.setMaximumHeight(110)

        form = QFormLayout()
        form.addRow(self.tr("房号"), room_box)
        form.addRow("", self.room_hint)
        self.room_hint.hide()
        self.errors.add_row(form, self.tr("报修人"), "reporter", self.reporter)
        self.errors.add_row(form, self.tr("联系电话"), "phone", self.phone)
        self.errors.add_row(form, self.tr("报修类别"), "category", self.category)
        self.errors.add_row(form, self.tr("故障描述"), "description", self.description)
        self.location_label = QLabel(self.tr("具体位置"))
        form.addRow(self.location_label, self.errors.wrap("location", self.location))
        self.errors.add_row(form, self.tr("紧急程度"), "urgency", self.urgent)
        self.errors.add_row(form, self.tr("收费"), "paid", self.paid)
        self.errors.add_row(form, self.tr("预约时间"), "appointment_at", appt_box)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(self.footer())
        self._paid_touched = False
        self.public.toggled.connect(self.on_public_toggled)
        self.has_appointment.toggled.connect(self.appointment.setEnabled)
        self.paid.activated.connect(lambda _i: setattr(self, "_paid_touched", True))
        self.room.editingFinished.connect(self.on_room_editingFinished)
        self.room_field.projectChanged.connect(self.on_room_editingFinished)
        # the usual order at the counter: (project,) room, who, phone, what; the rest only when it applies
        chain = [
            *self.room_field.tab_chain(),
            self.reporter,
            self.phone,
            self.category,
            self.description,
            self.location,
            self.public,
            self.urgent,
            self.paid,
            self.has_appointment,
            self.appointment,
        ]
        for a, b in zip(chain, chain[1:], strict=False):
            self.setTabOrder(a, b)
        if order is not None:
            self.load(order)
        elif draft is not None:
            self.load_input(draft)
        self.on_public_toggled(self.public.isChecked())

    @classmethod
    def from_call(cls, ctx: UiContext, call_id: int, parent: QWidget | None = None) -> OrderFormDialog:
        """转工单: the form filled from a call-log entry (room, caller, phone, what they said), the
        cursor on the category. Saving marks the entry 已转工单, linked both ways in one
        transaction, and opens the new order in the work-order tab."""
        draft = ctx.services.work_orders.draft_from_call(ctx.user, call_id)
        dlg = cls(ctx, parent, draft=draft, source=("call", call_id))
        dlg.accepted.connect(dlg.on_accepted_from_call)
        if draft.room:
            dlg.on_room_editingFinished()  # whose room it is, in which project
        dlg.category.setFocus(Qt.FocusReason.OtherFocusReason)
        return dlg

    def on_accepted_from_call(self) -> None:
        if self.result_detail is None:
            return
        self.ctx.bus.changed.emit("order", self.result_detail.id)
        self.ctx.bus.open_requested.emit("order", self.result_detail.id)

    def accept(self) -> None:
        if self.source is not None and self.result_detail is not None:
            self.ctx.bus.changed.emit(self.source[0], self.source[1])  # the entry is now 已转工单
        super().accept()

    def load(self, o: WorkOrderDetail) -> None:
        self.load_input(
            WorkOrderInput(
                room=o.room_code if not o.public else "",
                project_id=self.room_field.project_id_named(o.project) if not o.public else None,
                public=o.public,
                location=o.location,
                reporter=o.reporter,
                phone=o.phone,
                category=o.category,
                description=o.description,
                urgency=o.urgency,
                paid=o.paid,
                appointment_at=o.appointment_at,
            )
        )
        self._paid_touched = True

    def load_input(self, d: WorkOrderInput) -> None:
        self.room_field.set(d.project_id, d.room)
        self.public.setChecked(d.public)
        self.location.setText(d.location)
        self.reporter.setText(d.reporter)
        self.phone.setText(d.phone)
        if d.category:
            i = self.category.findData(d.category)
            if i < 0:
                self.category.addItem(data_word(d.category), d.category)
                i = self.category.count() - 1
            self.category.setCurrentIndex(i)
        self.description.setPlainText(d.description)
        self.urgent.setChecked(d.urgency == "urgent")
        if d.paid is not None:
            self.paid.setCurrentIndex(0 if d.paid else 1)
        self.has_appointment.setChecked(d.appointment_at is not None)
        if d.appointment_at is not None:
            self.appointment.setDateTime(_qdt(d.appointment_at))

    def on_public_toggled(self, public: bool) -> None:
        self.room_field.setEnabled(not public)
        self.location_label.setText(self.tr("公区位置") if public else self.tr("具体位置"))
        self.location.setPlaceholderText(
            self.tr("如 3栋大堂、5栋2单元电梯厅、地下车库B区") if public else self.tr("可不填，如 厨房、主卫")
        )
        if public:
            self.room_hint.clear()
            self.room_hint.hide()
        if not self._paid_touched:
            self.paid.setCurrentIndex(1 if public else 0)

    def on_room_editingFinished(self) -> None:
        """Say whose room it is before saving, and fill in the owner as the reporter."""
        text = self.room.text().strip()
        if not text or self.public.isChecked():
            self.room_hint.clear()
            self.room_hint.hide()
            return
        try:
            room = self.ctx.services.registry.resolve(self.ctx.user, text, self.room_field.project_id())
        except ValidationError as exc:
            code = exc.errors.get("room", "room_unknown")
            self.errors.set("room", field_message(code, {**exc.params, "room": text}))
            self.room_hint.clear()
            self.room_hint.hide()
            return
        except ServiceError:
            return
        self.errors.clear_one("room")
        self.room_hint.show()
        self.room_hint.setText(
            self.tr("{0} {1}　业主：{2} {3}").format(room.project, room.code, room.owner_name or "—", room.owner_phone)
        )
        if not self.reporter.text().strip() and room.owner_name:
            self.reporter.setText(room.owner_name)

    def input(self) -> WorkOrderInput:
        room = "" if self.public.isChecked() else self.room.text()
        return WorkOrderInput(
            room=room,
            project_id=self.room_field.project_id() if room else None,
            public=self.public.isChecked(),
            location=self.location.text(),
            reporter=self.reporter.text(),
            phone=self.phone.text(),
            category=self.category.currentData() or "",
            description=self.description.toPlainText(),
            urgency="urgent" if self.urgent.isChecked() else "normal",
            paid=self.paid.currentData(),
            appointment_at=_py(self.appointment.dateTime()) if self.has_appointment.isChecked() else None,
        )

    def save(self) -> WorkOrderDetail:
        wo = self.ctx.services.work_orders
        if self.order is not None:
            return wo.update(self.ctx.user, self.order.id, self.input(), expected_version=self.order.version)
        if self.source is not None:
            return wo.create_from(self.ctx.user, self.source[0], self.source[1], self.input())
        return wo.create(self.ctx.user, self.input())

    def reload_record(self) -> None:
        if self.order is not None:
            self.order = self.ctx.services.work_orders.get(self.ctx.user, self.order.id)


# --- dispatch, reassign ---------------------------------------------------------------------------


class DispatchDialog(_ServiceDialog):
    """派单, or 改派 with a reason."""

    def __init__(self, ctx: UiContext, order: WorkOrderDetail, *, reassign: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.order = order
        self.reassign = reassign
        wo = ctx.services.work_orders
        self.setWindowTitle((self.tr("改派 {0}") if reassign else self.tr("派单 {0}")).format(order.number))
        self.setMinimumWidth(440)
        about = QLabel(f"{order.place}　{data_word(order.category)}：{order.description}")
        about.setWordWrap(True)
        about.setStyleSheet("color:#333")
        self.department = QComboBox()
        self.department.setObjectName("department")
        for dep_id, name in wo.departments():
            self.department.addItem(data_word(name), dep_id)
        default = order.department_id or wo.default_department_id(order.category)
        if default is not None and self.department.findData(default) >= 0:
            self.department.setCurrentIndex(self.department.findData(default))
        self.technician = QComboBox()
        self.technician.setObjectName("technician")
        self.department.currentIndexChanged.connect(lambda _i: self.fill_technicians())
        self.fill_technicians()
        self.note = QLineEdit()
        self.note.setObjectName("note")
        form = QFormLayout()
        form.addRow(about)
        if reassign:
            form.addRow(self.tr("当前"), QLabel(f"{data_word(order.department)} {order.technician}"))
        self.errors.add_row(form, self.tr("维修部门"), "department", self.department)
        self.errors.add_row(form, self.tr("维修人员"), "technician", self.technician)
        if reassign:
            self.note.setPlaceholderText(self.tr("如：原维修人员请假、需要专业人员"))
            self.errors.add_row(form, self.tr("改派原因"), "reason", self.note)
        else:
            self.has_appointment = QCheckBox(self.tr("预约上门"))
            self.appointment = QDateTimeEdit()
            self.appointment.setObjectName("appointment")
            self.appointment.setDisplayFormat("yyyy-MM-dd HH:mm")
            self.appointment.setCalendarPopup(True)
            start = order.appointment_at or ctx.services.clock.now() + timedelta(hours=1)
            self.appointment.setDateTime(_qdt(start))
            self.has_appointment.setChecked(order.appointment_at is not None)
            self.appointment.setEnabled(order.appointment_at is not None)
            self.has_appointment.toggled.connect(self.appointment.setEnabled)
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.has_appointment)
            row.addWidget(self.appointment, 1)
            box = QWidget()
            box.setLayout(row)
            self.errors.add_row(form, self.tr("预约时间"), "appointment_at", box)
            self.note.setPlaceholderText(self.tr("给维修人员的话，可不填"))
            self.errors.add_row(form, self.tr("派单说明"), "note", self.note)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("改派") if reassign else self.tr("派单"))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(self.footer())

    def fill_technicians(self) -> None:
        self.technician.clear()
        techs = self.ctx.services.work_orders.technicians(self.department.currentData())
        if not techs:
            self.technician.addItem(self.tr("（由部门安排）"), None)
        for t in techs:
            self.technician.addItem(t.name, t.id)
        if self.order.technician_id is not None and not self.reassign:
            i = self.technician.findData(self.order.technician_id)
            if i >= 0:
                self.technician.setCurrentIndex(i)

    def save(self) -> WorkOrderDetail:
        wo = self.ctx.services.work_orders
        if self.reassign:
            return wo.reassign(
                self.ctx.user,
                self.order.id,
                department_id=self.department.currentData(),
                technician_id=self.technician.currentData(),
                reason=self.note.text(),
                expected_version=self.order.version,
            )
        appt = _py(self.appointment.dateTime()) if self.has_appointment.isChecked() else None
        return wo.dispatch(
            self.ctx.user,
            self.order.id,
            department_id=self.department.currentData(),
            technician_id=self.technician.currentData(),
            expected_version=self.order.version,
            appointment_at=appt,
            note=self.note.text(),
        )

    def reload_record(self) -> None:
        self.order = self.ctx.services.work_orders.get(self.ctx.user, self.order.id)


# --- completion ------------------------------------------------------------------------------------------


class CompleteDialog(_ServiceDialog):
    """完工登记: what was done, materials and charges, when, and how the owner confirmed."""

    COLS = (
        QT_TRANSLATE_NOOP("CompleteDialog", "材料 / 项目"),
        QT_TRANSLATE_NOOP("CompleteDialog", "数量"),
        QT_TRANSLATE_NOOP("CompleteDialog", "单位"),
        QT_TRANSLATE_NOOP("CompleteDialog", "单价（元）"),
        QT_TRANSLATE_NOOP("CompleteDialog", "金额（元）"),
    )

    def __init__(self, ctx: UiContext, order: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.order = order
        self.setWindowTitle(self.tr("完工登记 {0}").format(order.number))
        self.setMinimumWidth(640)
        about = QLabel(
            self.tr("{0}　{1}：{2}　维修人员：{3}　{4}").format(
                order.place,
                data_word(order.category),
                order.description,
                order.technician or data_word(order.department),
                paid_name(order.paid),
            )
        )
        about.setWordWrap(True)
        self.work_done = QPlainTextEdit()
        self.work_done.setObjectName("work_done")
        self.work_done.setTabChangesFocus(True)
        self.work_done.setPlaceholderText(self.tr("维修人员做了什么，问题是否解决"))
        self.work_done.setMaximumHeight(80)
        if order.work_done:
            self.work_done.setPlainText(order.work_done)
        self.completed_at = QDateTimeEdit()
        self.completed_at.setObjectName("completed_at")
        self.completed_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.completed_at.setCalendarPopup(True)
        self.completed_at.setDateTime(_qdt(ctx.services.clock.now()))
        # Untouched, the time is "now" to the second (the field shows minutes only).
        self._completed_at_touched = False
        self.completed_at.dateTimeChanged.connect(self._on_completed_at_changed)
        self.lines = QTableWidget(0, len(self.COLS))
        self.lines.setObjectName("lines")
        self.lines.setHorizontalHeaderLabels([self.tr(c) for c in self.COLS])
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.verticalHeader().setDefaultSectionSize(26)
        self.lines.setMinimumHeight(150)
        self.lines.itemChanged.connect(self.on_lines_itemChanged)
        add = QPushButton(self.tr("添加一行"))
        add.setObjectName("add_line")
        add.clicked.connect(lambda: self.add_line())
        remove = QPushButton(self.tr("删除所选行"))
        remove.clicked.connect(self.on_remove_clicked)
        self.total = QLabel()
        self.total.setObjectName("total")
        self.total.setStyleSheet("font-weight:bold;")
        line_bar = QHBoxLayout()
        line_bar.addWidget(add)
        line_bar.addWidget(remove)
        line_bar.addStretch(1)
        line_bar.addWidget(self.total)
        lines_box = QWidget()
        lines_lay = QVBoxLayout(lines_box)
        lines_lay.setContentsMargins(0, 0, 0, 0)
        lines_lay.addWidget(self.lines)
        lines_lay.addLayout(line_bar)
        if not order.paid:
            hint = QLabel(self.tr("无偿工单：可登记所用材料，单价请填 0。"))
            hint.setStyleSheet("color:#777")
            lines_lay.addWidget(hint)
        self.confirmation = QComboBox()
        self.confirmation.setObjectName("owner_confirmation")
        self.confirmation.addItem(self.tr("请选择"), "")
        for code in ("signed", "phone", "absent"):
            self.confirmation.addItem(confirmation_name(code), code)
        self.owner_comment = QLineEdit()
        self.owner_comment.setObjectName("owner_comment")
        self.owner_comment.setPlaceholderText(self.tr("业主对维修的意见，可不填"))
        form = QFormLayout()
        form.addRow(about)
        self.errors.add_row(form, self.tr("处理结果"), "work_done", self.work_done)
        self.errors.add_row(form, self.tr("完工时间"), "completed_at", self.completed_at)
        self.errors.add_row(form, self.tr("材料及费用"), "lines", lines_box)
        self.errors.add_row(form, self.tr("业主确认"), "owner_confirmation", self.confirmation)
        self.errors.add_row(form, self.tr("业主意见"), "owner_comment", self.owner_comment)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("完工"))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(self.footer())
        for ln in order.lines:
            self.add_line(ln.name, f"{ln.quantity.normalize():f}", ln.unit, f"{ln.unit_price:.2f}")
        if not order.lines:
            self.add_line()
        self.update_total()

    def add_line(self, name: str = "", qty: str = "1", unit: str = "", price: str = "") -> None:
        self.lines.blockSignals(True)
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        for col, value in enumerate((name, qty, unit, price or ("0" if not self.order.paid else ""), "")):
            item = QTableWidgetItem(value)
            if col in (1, 3, 4):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == 4:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.lines.setItem(row, col, item)
        self.lines.blockSignals(False)
        self.update_total()

    def on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.lines.selectedIndexes()}, reverse=True)
        for r in rows:
            self.lines.removeRow(r)
        self.update_total()

    def on_lines_itemChanged(self, _item: QTableWidgetItem) -> None:
        self.update_total()

    def _text(self, row: int, col: int) -> str:
        item = self.lines.item(row, col)
        return item.text().strip() if item is not None else ""

    def charge_lines(self) -> list[ChargeLine]:
        return [
            ChargeLine(self._text(r, 0), self._text(r, 1), self._text(r, 2), self._text(r, 3))
            for r in range(self.lines.rowCount())
        ]

    def charge_preview(self) -> ChargePreview:
        """Amounts and total exactly as the service will save them (services.work_orders.charges)."""
        return preview(self.charge_lines())

    def update_total(self) -> None:
        """Show each line's amount (blank when the line is empty or cannot be saved) and the total."""
        shown = self.charge_preview()
        self.lines.blockSignals(True)
        for r, amount in enumerate(shown.amounts):
            item = self.lines.item(r, 4)
            if item is not None:
                item.setText(f"{amount:.2f}" if amount is not None else "")
        self.lines.blockSignals(False)
        total = shown.total
        self.total.setText(self.tr("合计 ¥{0}（{1}）").format(f"{total:.2f}", rmb_upper(total)))

    def _on_completed_at_changed(self, _value: QDateTime) -> None:
        self._completed_at_touched = True

    def save(self) -> WorkOrderDetail:
        data = CompletionInput(
            work_done=self.work_done.toPlainText(),
            completed_at=_py(self.completed_at.dateTime()) if self._completed_at_touched else None,
            lines=self.charge_lines(),
            owner_confirmation=self.confirmation.currentData(),
            owner_comment=self.owner_comment.text(),
        )
        return self.ctx.services.work_orders.complete(self.ctx.user, self.order.id, data, expected_version=self.order.version)

    def reload_record(self) -> None:
        self.order = self.ctx.services.work_orders.get(self.ctx.user, self.order.id)


# --- a reason ----------------------------------------------------------------------------------------------


class ReasonDialog(_ServiceDialog):
    """挂起 / 取消 (a reason is required) / 关闭 (a note may be given)."""

    def __init__(self, ctx: UiContext, order: WorkOrderDetail, op: Op, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.order = order
        self.op = op
        titles = {
            Op.HOLD: self.tr("挂起 {0}"),
            Op.CANCEL: self.tr("取消工单 {0}"),
            Op.CLOSE: self.tr("关闭 {0}"),
        }
        labels = {Op.HOLD: self.tr("挂起原因"), Op.CANCEL: self.tr("取消原因"), Op.CLOSE: self.tr("备注")}
        hints = {
            Op.HOLD: self.tr("如：等配件到货、业主出差，约定下周再修"),
            Op.CANCEL: self.tr("如：重复报修、业主已自行修好"),
            Op.CLOSE: self.tr("可不填"),
        }
        self.setWindowTitle(titles[op].format(order.number))
        self.setMinimumWidth(420)
        self.text = QLineEdit()
        self.text.setObjectName("reason")
        self.text.setPlaceholderText(hints[op])
        form = QFormLayout()
        about = QLabel(f"{order.place}　{data_word(order.category)}：{order.description}")
        about.setWordWrap(True)
        form.addRow(about)
        self.errors.add_row(form, labels[op], "note" if op == Op.CLOSE else "reason", self.text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(op_name(op.value))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(self.footer())

    def save(self) -> WorkOrderDetail:
        wo = self.ctx.services.work_orders
        v = self.order.version
        if self.op == Op.HOLD:
            return wo.hold(self.ctx.user, self.order.id, reason=self.text.text(), expected_version=v)
        if self.op == Op.CANCEL:
            return wo.cancel(self.ctx.user, self.order.id, reason=self.text.text(), expected_version=v)
        return wo.close(self.ctx.user, self.order.id, note=self.text.text(), expected_version=v)

    def reload_record(self) -> None:
        self.order = self.ctx.services.work_orders.get(self.ctx.user, self.order.id)


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
        self.number = QLabel()
        self.number.setObjectName("detail_number")
        self.number.setStyleSheet("font-size:18px; font-weight:bold;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badges = QHBoxLayout()
        self.badges.setSpacing(6)
        self.badge_labels: list[QLabel] = []
        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addLayout(self.badges)
        head.addStretch(1)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setObjectName("print_order")
        self.print_button.setToolTip(self.tr("预览并打印维修工作单（Ctrl+P）"))
        self.print_button.clicked.connect(lambda: self.tab.print_order())
        head.addWidget(self.print_button)

        self.buttons: dict[Op, QPushButton] = {}
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for op in ACTION_OPS:
            b = QPushButton(op_name(op.value))
            b.setObjectName(f"op_{op.value}")
            b.clicked.connect(lambda _c=False, o=op: self.tab.run_op(o))
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
        self.reveal_button = QPushButton(self.tr("显示"))
        self.reveal_button.setObjectName("reveal_order_phone")
        self.reveal_button.setToolTip(self.tr("显示完整号码（会记录在操作日志中）"))
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

        self.description = QLabel()
        self.description.setObjectName("value_description")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setStyleSheet("font-size:14px; padding:6px; background:#f7f7f8; border-radius:4px;")
        self.note = QLabel()
        self.note.setObjectName("value_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#7a5b00; background:#fbf3cf; padding:4px; border-radius:4px;")
        self.completion = QLabel()
        self.completion.setObjectName("value_completion")
        self.completion.setWordWrap(True)
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
            legal = State(o.state) in TRANSITIONS[op][0]
            b.setVisible(legal)
            b.setEnabled(op.value in allowed)
            if legal and op.value not in allowed:
                need = self.tr("客服主管") if TRANSITIONS[op][1] == Action.ORDER_CANCEL else self.tr("管家或主管")
                b.setToolTip(self.tr("需要{0}权限").format(need))
            else:
                b.setToolTip("")
        pending = next((cb for cb in o.callbacks if cb.state == "pending"), None)
        self.buttons[Op.CALLBACK].setVisible(pending is not None)
        self.buttons[Op.CALLBACK].setEnabled(pending is not None and self.ctx.user.can(Action.CALLBACK_RECORD))

    def _source_html(self, o: WorkOrderDetail) -> str:
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
            lab = QLabel(text)
            lab.setObjectName("badge")
            lab.setStyleSheet(f"color:{fg}; background:{bg}; border-radius:3px; padding:2px 8px; font-weight:bold;")
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
            number = self.ctx.services.work_orders.reveal_phone(self.ctx.user, self.order.id)
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


# --- the tab --------------------------------------------------------------------------------------------


#: how often an open order list re-reads the database (changes made at other counters)
REFRESH_MS = 60_000

EXPORT_HEADERS = (
    QT_TRANSLATE_NOOP("WorkOrderTab", "单号"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "报修时间"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "项目"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "房号/位置"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "报修人"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "联系电话"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "类别"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "故障描述"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "紧急程度"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "收费"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "预约时间"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "状态"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "完成时限"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "是否超时"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "维修部门"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "维修人员"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "派单时间"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "完工时间"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "处理结果"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "费用合计"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "业主确认"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "回访满意度"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "返修次数"),
    QT_TRANSLATE_NOOP("WorkOrderTab", "开单人"),
)


class WorkOrderTab(QWidget):
    record_kinds = ("order",)

    PERIODS = (
        ("all", QT_TRANSLATE_NOOP("WorkOrderTab", "全部时间")),
        ("today", QT_TRANSLATE_NOOP("WorkOrderTab", "今天")),
        ("7", QT_TRANSLATE_NOOP("WorkOrderTab", "近 7 天")),
        ("30", QT_TRANSLATE_NOOP("WorkOrderTab", "近 30 天")),
    )

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("维修工单"))
        self.dialog: QDialog | None = None
        wo = ctx.services.work_orders

        self.new_button = QPushButton(self.tr("新建工单"))
        self.new_button.setObjectName("new_order")
        self.new_button.setToolTip(self.tr("新建维修工单（Ctrl+N）"))
        self.new_button.setEnabled(ctx.user.can(Action.ORDER_CREATE))
        self.new_button.clicked.connect(lambda: self.open_new_order())
        self.search = QLineEdit()
        self.search.setObjectName("order_search")
        self.search.setPlaceholderText(self.tr("单号、房号（3-2-1502）、报修人或内容，回车搜索"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.reload)
        self.scope = QComboBox()
        self.scope.setObjectName("order_scope")
        self.scope.addItem(self.tr("未关闭"), ("open", ""))
        self.scope.addItem(self.tr("已超时"), ("overdue", ""))
        self.scope.addItem(self.tr("全部"), ("all", ""))
        for st in State:
            self.scope.addItem(state_name(st.value), ("all", st.value))
        self.category = QComboBox()
        self.category.setObjectName("order_category")
        self.category.addItem(self.tr("全部类别"), "")
        for c in wo.categories():
            self.category.addItem(data_word(c), c)
        self.urgency = QComboBox()
        self.urgency.setObjectName("order_urgency")
        self.urgency.addItem(self.tr("全部"), "")
        self.urgency.addItem(self.tr("紧急"), "urgent")
        self.urgency.addItem(self.tr("一般"), "normal")
        self.period = QComboBox()
        self.period.setObjectName("order_period")
        for code, text in self.PERIODS:
            self.period.addItem(self.tr(text), code)
        for combo in (self.scope, self.category, self.urgency, self.period):
            fit_combo(combo)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.count_label = QLabel()
        self.count_label.setObjectName("order_count")
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setObjectName("export_orders")
        self.export_button.setEnabled(ctx.user.can(Action.ORDER_EXPORT))
        self.export_button.clicked.connect(self.on_export_clicked)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.search, 2)
        top.addWidget(self.scope)
        top.addWidget(self.category)
        top.addWidget(QLabel(self.tr("紧急程度")))
        top.addWidget(self.urgency)
        top.addWidget(self.period)
        top.addWidget(self.count_label)
        top.addWidget(self.export_button)

        self.model = WorkOrderListModel(self._fetcher(), ctx.services.clock.now, self)
        self.table = QTableView()
        self.table.setObjectName("order_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_currentRowChanged)
        self.detail = OrderDetail(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.table)
        self.split.addWidget(scroll)
        self.split.setStretchFactor(0, 5)
        self.split.setStretchFactor(1, 4)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.split, 1)
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.open_new_order())
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.print_order())
        QShortcut(QKeySequence("Ctrl+F"), self, lambda: (self.search.setFocus(), self.search.selectAll()))
        ctx.bus.changed.connect(self.on_bus_changed)
        # other counters change orders too: refresh now and then while the tab is in view
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.on_refresh_timer_timeout)
        self.refresh_timer.start()
        self.reload()

    def on_refresh_timer_timeout(self) -> None:
        busy = self.dialog is not None and self.dialog.isVisible()
        if not self.isVisible() or busy or QApplication.activeModalWidget() is not None:
            return
        scroll = self.table.verticalScrollBar().value()
        self.reload(keep_detail=True)
        self.table.verticalScrollBar().setValue(scroll)

    # --- the list -------------------------------------------------------------------------------------

    def current_filter(self) -> OrderFilter:
        scope, state = self.scope.currentData()
        today = self.ctx.services.clock.local_now().date()
        period = self.period.currentData()
        date_from = None
        if period == "today":
            date_from = today
        elif period in ("7", "30"):
            date_from = today - timedelta(days=int(period) - 1)
        return OrderFilter(
            text=self.search.text(),
            scope=scope,
            states=(state,) if state else (),
            category=self.category.currentData() or None,
            urgency=self.urgency.currentData() or None,
            date_from=date_from,
        )

    def _fetcher(self) -> Callable[[int | None, int], list[Any]]:
        flt = self.current_filter()
        return lambda before, limit: self.ctx.services.work_orders.list_orders(self.ctx.user, flt, before_id=before, limit=limit)

    def reload(self, select_id: int | None = None, *, keep_detail: bool = False) -> None:
        """Re-run the filter. The order shown stays selected if it is still listed; otherwise the
        first one is shown — unless ``select_id`` asks for an order (just saved) or ``keep_detail``
        keeps the detail as it is (a change made elsewhere)."""
        current = self.detail.order.id if self.detail.order else None
        self.model.reload(self._fetcher())
        total = self.ctx.services.work_orders.count(self.ctx.user, self.current_filter())
        self.count_label.setText(self.tr("共 {0} 张").format(total))
        wanted = select_id if select_id is not None else current
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.show_detail(wanted)  # type: ignore[arg-type]
        elif select_id is not None or (keep_detail and current is not None):
            self.table.clearSelection()
            self.show_detail(wanted)  # type: ignore[arg-type]
        elif self.model.rowCount():
            self.table.selectRow(0)
            self.show_detail(self.model.order_at(0).id)  # type: ignore[union-attr]
        else:
            self.detail.show_order(None)

    def on_table_currentRowChanged(self, current: Any, _previous: Any) -> None:
        r = self.model.order_at(current.row())
        if r is not None and (self.detail.order is None or self.detail.order.id != r.id):
            self.show_detail(r.id)

    def show_detail(self, order_id: int) -> None:
        try:
            self.detail.show_order(self.ctx.services.work_orders.get(self.ctx.user, order_id))
        except ServiceError:
            self.detail.show_order(None)

    def open_record(self, kind: str, record_id: int) -> None:
        if kind != "order":
            return
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
        self.show_detail(record_id)

    def after_change(self, detail: WorkOrderDetail) -> None:
        self.ctx.bus.changed.emit("order", detail.id)
        self.reload(select_id=detail.id)

    def on_bus_changed(self, kind: str, record_id: int) -> None:
        if kind in ("order", "callback", "alert"):
            self.reload(keep_detail=True)

    # --- actions ------------------------------------------------------------------------------------------

    def open_new_order(self, draft: WorkOrderInput | None = None, source: tuple[str, int] | None = None) -> OrderFormDialog:
        """新建工单, optionally pre-filled (e.g. from a call-log entry: ``draft`` from
        ``services.work_orders.draft_from_call``, ``source=("call", call_id)``)."""
        dlg = OrderFormDialog(self.ctx, self, draft=draft, source=source)
        dlg.accepted.connect(lambda: self.after_change(dlg.result_detail) if dlg.result_detail else None)
        self.dialog = dlg
        dlg.open()
        return dlg

    def run_op(self, op: Op) -> QDialog | None:
        o = self.detail.order
        if o is None:
            return None
        if op == Op.CALLBACK:
            pending = next((cb for cb in o.callbacks if cb.state == "pending"), None)
            if pending is not None:
                self.ctx.bus.open_requested.emit("callback", pending.id)
            return None
        if op in (Op.START, Op.RESUME):
            return self._direct(op, o)
        dlg: _ServiceDialog
        if op == Op.EDIT:
            dlg = OrderFormDialog(self.ctx, self, order=o)
        elif op in (Op.DISPATCH, Op.REASSIGN):
            dlg = DispatchDialog(self.ctx, o, reassign=op == Op.REASSIGN, parent=self)
        elif op == Op.COMPLETE:
            dlg = CompleteDialog(self.ctx, o, self)
        else:
            dlg = ReasonDialog(self.ctx, o, op, self)
        dlg.accepted.connect(lambda: self.after_change(dlg.result_detail) if dlg.result_detail else None)
        self.dialog = dlg
        dlg.open()
        return dlg

    def _direct(self, op: Op, o: WorkOrderDetail) -> None:
        wo = self.ctx.services.work_orders
        try:
            if op == Op.START:
                detail = wo.start(self.ctx.user, o.id, expected_version=o.version)
            else:
                detail = wo.resume(self.ctx.user, o.id, expected_version=o.version)
        except ServiceError as exc:
            self.last_error = error_message(exc)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                op_name(op.value),
                self.last_error,
                QMessageBox.StandardButton.Ok,
                self,
            )
            self.dialog = box  # type: ignore[assignment]
            box.open()
            if isinstance(exc, ConflictError):
                self.show_detail(o.id)
            return None
        self.after_change(detail)
        return None

    def print_order(self) -> QDialog | None:
        o = self.detail.order
        if o is None:
            return None
        from frontdesk.ui.print_preview import PrintPreviewDialog

        services, user = self.ctx.services, self.ctx.user
        centre = services.settings.get("centre.name")
        order_id = o.id

        def make_pdf() -> bytes:
            from frontdesk.printing.work_order_pdf import render_work_order

            data = services.work_orders.print_data(user, order_id)
            return render_work_order(data, centre=centre, printed_at=services.clock.now(), printed_by=user.name)

        def on_output(target: str) -> None:
            try:
                services.work_orders.record_print(user, order_id, target=target)
            except ServiceError:
                return
            self.ctx.bus.changed.emit("order", order_id)

        dlg = PrintPreviewDialog(
            make_pdf,
            f"维修工作单_{o.number}.pdf",
            title=self.tr("维修工作单 {0}").format(o.number),
            on_output=on_output,
            parent=self,
        )
        self.dialog = dlg
        dlg.open()
        return dlg

    # --- export ----------------------------------------------------------------------------

    def on_export_clicked(self) -> None:
        name = self.tr("维修工单_{0}.xlsx").format(self.ctx.services.clock.local_now().strftime("%Y%m%d"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), suggested_path(name), self.tr("Excel 文件 (*.xlsx)"))
        if path:
            self.export_to(Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx"))

    def export_headers(self) -> list[str]:
        return [self.tr(h) for h in EXPORT_HEADERS]

    def export_to(self, path: Path, on_done: Callable[[int], None] | None = None) -> None:
        """Write the orders of the current filter to ``path`` in the background."""
        from frontdesk.ui.xlsx import write_table

        services, user, flt = self.ctx.services, self.ctx.user, self.current_filter()
        headers = self.export_headers()
        states = {st.value: state_name(st.value) for st in State}
        words = {
            "urgent": urgency_name("urgent"),
            "normal": urgency_name("normal"),
            "paid": paid_name(True),
            "free": paid_name(False),
            "yes": self.tr("是"),
            "public": self.tr("公区"),
        }
        confirms = {c: confirmation_name(c) for c in ("signed", "phone", "absent")}
        sats = {c: satisfaction_name(c) for c in ("satisfied", "basic", "unsatisfied")}

        def job() -> int:
            rows = []
            for o in services.work_orders.export_rows(user, flt):
                done = [cb for cb in o.callbacks if cb.state == "done"]
                rows.append(
                    [
                        o.number,
                        when(o.reported_at),
                        o.project,
                        o.place if not o.public else f"{words['public']} {o.place}",
                        o.reporter,
                        o.phone,
                        o.category,
                        o.description,
                        words[o.urgency],
                        words["paid" if o.paid else "free"],
                        when(o.appointment_at),
                        states.get(o.state, o.state),
                        when(o.due_at),
                        words["yes"] if o.overdue else "",
                        o.department,
                        o.technician,
                        when(o.dispatched_at),
                        when(o.completed_at),
                        o.work_done or "",
                        float(o.charge_total),
                        confirms.get(o.owner_confirmation or "", ""),
                        sats.get(done[-1].satisfaction or "", "") if done else "",
                        o.reopen_count,
                        o.created_by,
                    ]
                )
            return write_table(
                path,
                "维修工单",
                headers,
                rows,
                widths=[
                    16,
                    17,
                    12,
                    16,
                    10,
                    14,
                    9,
                    40,
                    8,
                    8,
                    17,
                    8,
                    17,
                    8,
                    10,
                    10,
                    17,
                    17,
                    30,
                    10,
                    12,
                    10,
                    8,
                    10,
                ],
            )

        def done(n: object) -> None:
            self.count_label.setText(self.tr("已导出 {0} 张到 {1}").format(n, path.name))
            if on_done is not None:
                on_done(int(n))  # type: ignore[call-overload]

        def failed(exc: Exception) -> None:
            text = error_message(exc) if isinstance(exc, ServiceError) else str(exc)
            QMessageBox.warning(self, self.tr("导出 Excel"), self.tr("导出失败：{0}").format(text))

        self.count_label.setText(self.tr("正在导出…"))
        run_in_background(job, done, failed)

    # --- status bar ----------------------------------------------------------------------------

    def status_label(self, code: str, count: int) -> str | None:
        if code == "order.overdue":
            return self.tr("工单超时 {0}").format(count)
        if code == "order.new":
            return self.tr("待派单 {0}").format(count)
        return None
