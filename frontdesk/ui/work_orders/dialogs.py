"""The work-order dialogs: opening and editing an order, dispatch and reassignment."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.clock import LOCAL_TZ, to_local
from frontdesk.services.core.changes import call_op
from frontdesk.services.errors import ConflictError, ServiceError, ValidationError
from frontdesk.services.work_orders import (
    WorkOrderDetail,
    WorkOrderInput,
    WorkOrderService,
)
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.forms import ERROR_STYLE, FieldErrors
from frontdesk.ui.common.labels import data_word
from frontdesk.ui.common.messages import error_message, field_message
from frontdesk.ui.common.ops import publish
from frontdesk.ui.common.room_field import RoomField


def orders(ctx: UiContext) -> WorkOrderService:
    """The work-order service, typed (``Services`` builds it from the registration)."""
    service: WorkOrderService = ctx.services.work_orders
    return service


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
            # the save runs as an operation: what it changed is published for every view
            detail, changed = call_op(self.save)
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
        self.result_detail = detail
        publish(self.ctx, changed, detail.id)
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
        wo = orders(ctx)
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
        draft = orders(ctx).draft_from_call(ctx.user, call_id)
        dlg = cls(ctx, parent, draft=draft, source=("call", call_id))
        dlg.accepted.connect(dlg.on_accepted_from_call)
        if draft.room:
            dlg.on_room_editingFinished()  # whose room it is, in which project
        dlg.category.setFocus(Qt.FocusReason.OtherFocusReason)
        return dlg

    def on_accepted_from_call(self) -> None:
        if self.result_detail is None:
            return
        self.ctx.bus.open_requested.emit("order", self.result_detail.id)

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
        wo = orders(self.ctx)
        if self.order is not None:
            return wo.update(self.ctx.user, self.order.id, self.input(), expected_version=self.order.version)
        if self.source is not None:
            return wo.create_from(self.ctx.user, self.source[0], self.source[1], self.input())
        return wo.create(self.ctx.user, self.input())

    def reload_record(self) -> None:
        if self.order is not None:
            self.order = orders(self.ctx).get(self.ctx.user, self.order.id)


# --- dispatch, reassign ---------------------------------------------------------------------------


class DispatchDialog(_ServiceDialog):
    """派单, or 改派 with a reason."""

    def __init__(self, ctx: UiContext, order: WorkOrderDetail, *, reassign: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.order = order
        self.reassign = reassign
        wo = orders(ctx)
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
        techs = orders(self.ctx).technicians(self.department.currentData())
        if not techs:
            self.technician.addItem(self.tr("（由部门安排）"), None)
        for t in techs:
            self.technician.addItem(t.name, t.id)
        if self.order.technician_id is not None and not self.reassign:
            i = self.technician.findData(self.order.technician_id)
            if i >= 0:
                self.technician.setCurrentIndex(i)

    def save(self) -> WorkOrderDetail:
        wo = orders(self.ctx)
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
        self.order = orders(self.ctx).get(self.ctx.user, self.order.id)
