"""The work-order dialogs: opening and editing an order, dispatch and reassignment."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from frontdesk.services.clock import LOCAL_TZ, to_local
from frontdesk.services.errors import ConflictError, ServiceError, ValidationError
from frontdesk.services.work_orders import (
    ChoiceGuess,
    WorkOrderDetail,
    WorkOrderInput,
    WorkOrderService,
)
from frontdesk.ui.common.conflict import AsksOnConflict, FieldDiff, field_diffs
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import dialog_buttons, error_banner, row, stack
from frontdesk.ui.common.form_parts import across, add_rows, combo, date_time_edit, label, line_edit, text_box
from frontdesk.ui.common.forms import ERROR_STYLE, GUESS_STYLE, FieldErrors
from frontdesk.ui.common.labels import data_word
from frontdesk.ui.common.messages import error_message, field_message
from frontdesk.ui.common.ops import call_and_publish
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


class _ServiceDialog(AsksOnConflict, QDialog):
    """A form that calls one service method: errors next to the fields; a conflict shows theirs
    beside mine (ui.common.conflict), then keeps theirs or saves mine again on top of theirs."""

    def __init__(self, ctx: UiContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.banner = error_banner("banner")
        self.result_detail: WorkOrderDetail | None = None
        self.buttons, self.ok_button = dialog_buttons(self, self.tr("保存"), self.tr("取消"), self.on_save_clicked)

    def lay_out(self, form: QFormLayout) -> None:
        """The dialog: its form above, the banner and OK/Cancel below."""
        stack(self, form, row((self.banner, 1), self.buttons))

    def save(self) -> WorkOrderDetail:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def field_words(self, exc: ValidationError) -> None:
        """A dialog's own words for some field errors (after the shared ones are shown)."""

    def stale_id(self) -> int | None:
        """The order whose save was refused as stale (None: a new order, never stale)."""
        return None

    def adopt(self, theirs: WorkOrderDetail) -> None:
        """Take their order as the one this dialog saves against."""

    def describe(self, theirs: WorkOrderDetail) -> list[FieldDiff]:
        """Mine beside theirs, field by field (each dialog says which fields)."""
        return []

    def keep_theirs(self, theirs: WorkOrderDetail) -> None:
        """保留对方的 (each dialog says what that shows)."""

    def apply_mine(self, theirs: WorkOrderDetail) -> bool:
        """重新应用我的修改: the same save against their version."""
        self.adopt(theirs)
        self.on_save_clicked()
        return self.result_detail is not None

    def on_conflict(self) -> None:
        """The save was refused as stale: theirs beside mine, then keep theirs or apply mine."""
        order_id = self.stale_id()
        if order_id is None:  # pragma: no cover - a new order cannot be stale
            return
        self.on_stale(
            self.windowTitle(),
            lambda: orders(self.ctx).get(self.ctx.user, order_id),
            self.describe,
            self.keep_theirs,
            self.apply_mine,
        )

    def on_save_clicked(self) -> None:
        self.errors.clear()
        self.banner.clear()
        self.banner.setStyleSheet(ERROR_STYLE)
        try:
            # the save runs as an operation: what it changed is published for every view
            detail = call_and_publish(self.ctx, self.save)
        except ValidationError as exc:
            unknown = self.errors.show(exc)
            self.field_words(exc)
            self.banner.setText(error_message(exc) if not unknown else self._unknown(exc, unknown))
            return
        except ConflictError as exc:
            self.banner.setText(error_message(exc))
            self.on_conflict()
            return
        except ServiceError as exc:
            self.banner.setText(error_message(exc))
            return
        self.result_detail = detail
        self.accept()

    def _unknown(self, exc: ValidationError, names: list[str]) -> str:
        params = exc.params.get("field_params", {}) or {}
        return self.tr("；").join(field_message(exc.errors[n], params.get(n, {})) for n in names)


class _OrderStepDialog(_ServiceDialog):
    """A dialog taking one step on an existing order (dispatch, complete, hold…): it says which
    order, and after a conflict reloads that order."""

    def __init__(self, ctx: UiContext, order: WorkOrderDetail, parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self.order = order

    def describe(self, theirs: WorkOrderDetail) -> list[FieldDiff]:
        """The order as this dialog had it beside the order as they saved it."""
        return field_diffs(self.order_labels(), self.order, theirs)

    def order_labels(self) -> list[tuple[str, str]]:
        """The order fields a step's conflict shows, with their labels."""
        return [
            ("state", self.tr("状态")),
            ("department", self.tr("维修部门")),
            ("technician", self.tr("维修人员")),
            ("appointment_at", self.tr("预约时间")),
            ("description", self.tr("故障描述")),
        ]

    def keep_theirs(self, theirs: WorkOrderDetail) -> None:
        """保留对方的: the step is not taken; the dialog closes and the tab shows their order."""
        self.result_detail = theirs
        self.reject()

    def stale_id(self) -> int | None:
        return self.order.id

    def adopt(self, theirs: WorkOrderDetail) -> None:
        self.order = theirs

    def about(self) -> QLabel:
        """The line that says which order: place, category, what is wrong."""
        text = QLabel(f"{self.order.place}　{data_word(self.order.category)}：{self.order.description}")
        text.setWordWrap(True)
        return text


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
        self.room_hint = label("room_hint", "color:#555")
        room_row = QHBoxLayout()
        room_row.setContentsMargins(0, 0, 0, 0)
        room_row.addWidget(self.errors.wrap("room", self.room_field, self.room), 1)
        room_row.addWidget(self.public, 0, Qt.AlignmentFlag.AlignTop)
        room_box = QWidget()
        room_box.setLayout(room_row)
        self.location = line_edit("location")
        self.reporter = line_edit("reporter")
        self.phone = line_edit("phone")
        cats = wo.categories()
        if order is not None and order.category not in cats:
            cats.append(order.category)
        # required choices start empty: the receptionist chooses (a call's words may guess them)
        self.category = combo("category", [(self.tr("请选择"), ""), *((data_word(c), c) for c in cats)])
        self.category_guess = label("category_guess", GUESS_STYLE)
        self.urgent = QCheckBox(self.tr("紧急(&U)（立即通知客服主管）"))
        self.urgent.setObjectName("urgent")
        self.paid = combo(
            "paid",
            [
                (self.tr("请选择"), None),
                (self.tr("有偿（户内维修，收取材料及人工费）"), True),
                (self.tr("无偿（公区或保修范围内）"), False),
            ],
        )
        self.paid_guess = label("paid_guess", GUESS_STYLE)
        #: what the call's words suggested for 有偿/无偿 (None: nothing)
        self._paid_guess: bool | None = None
        self.has_appointment = QCheckBox(self.tr("预约上门"))
        self.has_appointment.setObjectName("has_appointment")
        self.appointment = date_time_edit("appointment")
        self.appointment.setDateTime(_qdt(ctx.services.clock.now() + timedelta(hours=2)))
        self.appointment.setEnabled(False)
        appt_box = across(self.has_appointment, (self.appointment, 1))
        self.description = text_box("description", self.tr("什么坏了、在哪里、从什么时候开始；业主何时在家"))
        self.description.setMinimumHeight(70)
        self.description.setMaximumHeight(110)

        form = QFormLayout()
        form.addRow(self.tr("房号"), room_box)
        form.addRow("", self.room_hint)
        self.room_hint.hide()
        add_rows(
            self.errors,
            form,
            [
                (self.tr("报修人"), "reporter", self.reporter),
                (self.tr("联系电话"), "phone", self.phone),
            ],
        )
        form.addRow(
            self.tr("报修类别"), self.errors.wrap("category", across(self.category, self.category_guess, None), self.category)
        )
        self.errors.add_row(form, self.tr("故障描述"), "description", self.description)
        self.location_label = QLabel(self.tr("具体位置"))
        form.addRow(self.location_label, self.errors.wrap("location", self.location))
        add_rows(
            self.errors,
            form,
            [
                (self.tr("紧急程度"), "urgency", self.urgent),
            ],
        )
        form.addRow(self.tr("收费"), self.errors.wrap("paid", across(self.paid, self.paid_guess, None), self.paid))
        self.errors.add_row(form, self.tr("预约时间"), "appointment_at", appt_box)
        self.lay_out(form)
        self._paid_touched = False
        self.public.toggled.connect(self.on_public_toggled)
        self.has_appointment.toggled.connect(self.appointment.setEnabled)
        self.paid.activated.connect(self.on_paid_activated)
        self.category.activated.connect(self.on_category_activated)
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
        cursor on the category, the category and charging guessed from its words. Saving marks the
        entry 已转工单, linked both ways in one transaction, and opens the new order in the
        work-order tab."""
        draft = orders(ctx).draft_from_call(ctx.user, call_id)
        dlg = cls(ctx, parent, draft=draft, source=("call", call_id))
        dlg.show_guess(orders(ctx).guess_choices(draft))
        dlg.accepted.connect(dlg.on_accepted_from_call)
        if draft.room:
            dlg.on_room_editingFinished()  # whose room it is, in which project
        dlg.category.setFocus(Qt.FocusReason.OtherFocusReason)
        return dlg

    def show_guess(self, guess: ChoiceGuess) -> None:
        """Preselect what the call's words suggest, each marked 按来电内容推测 until the
        receptionist confirms or changes it (choosing in the list, or saving)."""
        if guess.category and not self.category.currentData():
            i = self.category.findData(guess.category)
            if i > 0:
                self.category.setCurrentIndex(i)
                self.category_guess.setText(self.tr("按来电内容推测"))
        if guess.paid is not None and not self._paid_touched:
            self._paid_guess = guess.paid
            self.on_public_toggled(self.public.isChecked())

    def on_category_activated(self, _index: int) -> None:
        self.category_guess.clear()
        self.errors.clear_one("category")

    def on_paid_activated(self, _index: int) -> None:
        self._paid_touched = True
        self.paid_guess.clear()
        self.errors.clear_one("paid")

    def field_words(self, exc: ValidationError) -> None:
        """A required choice left empty says which choice is missing."""
        if exc.errors.get("category") == "required":
            self.errors.set("category", self.tr("请选择报修类别"))
        if exc.errors.get("paid") == "required":
            self.errors.set("paid", self.tr("请选择有偿或无偿"))

    def describe(self, theirs: WorkOrderDetail) -> list[FieldDiff]:
        """What I typed beside what they saved, field by field."""
        return field_diffs(self.form_labels(), self.input(), self.input_of(theirs))

    def form_labels(self) -> list[tuple[str, str]]:
        return [
            ("room", self.tr("房号")),
            ("public", self.tr("公区")),
            ("location", self.tr("具体位置")),
            ("reporter", self.tr("报修人")),
            ("phone", self.tr("联系电话")),
            ("category", self.tr("报修类别")),
            ("description", self.tr("故障描述")),
            ("urgency", self.tr("紧急程度")),
            ("paid", self.tr("收费")),
            ("appointment_at", self.tr("预约时间")),
        ]

    def keep_theirs(self, theirs: WorkOrderDetail) -> None:
        """保留对方的: the form shows their order; nothing of mine is saved."""
        self.order = theirs
        self.load(theirs)
        self.banner.setText(self.tr("已载入对方保存的内容，您的修改未保存。"))

    def stale_id(self) -> int | None:
        return self.order.id if self.order is not None else None

    def adopt(self, theirs: WorkOrderDetail) -> None:
        self.order = theirs

    def on_accepted_from_call(self) -> None:
        if self.result_detail is None:
            return
        self.ctx.bus.open_requested.emit("order", self.result_detail.id)

    def load(self, o: WorkOrderDetail) -> None:
        self.load_input(self.input_of(o))
        self._paid_touched = True

    def input_of(self, o: WorkOrderDetail) -> WorkOrderInput:
        """The order as the form's input (what the form shows for it)."""
        return WorkOrderInput(
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

    def load_input(self, d: WorkOrderInput) -> None:
        self.room_field.set(d.project_id, d.room)
        self.public.setChecked(d.public)
        self.location.setText(d.location)
        self.reporter.setText(d.reporter)
        self.phone.setText(d.phone)
        self.category_guess.clear()
        self.paid_guess.clear()
        i = self.category.findData(d.category) if d.category else 0
        if i < 0:
            self.category.addItem(data_word(d.category), d.category)
            i = self.category.count() - 1
        self.category.setCurrentIndex(i)
        self.description.setPlainText(d.description)
        self.urgent.setChecked(d.urgency == "urgent")
        self.paid.setCurrentIndex({None: 0, True: 1, False: 2}[d.paid])
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
            # a guess, marked as one: public areas are free; else what the call suggested, or empty
            paid = False if public else self._paid_guess
            self.paid.setCurrentIndex({None: 0, True: 1, False: 2}[paid])
            if paid is None:
                self.paid_guess.clear()
            else:
                self.paid_guess.setText(self.tr("公区报修，按无偿推测") if public else self.tr("按来电内容推测"))

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


# --- dispatch, reassign ---------------------------------------------------------------------------


class DispatchDialog(_OrderStepDialog):
    """派单, or 改派 with a reason."""

    def __init__(self, ctx: UiContext, order: WorkOrderDetail, *, reassign: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(ctx, order, parent)
        self.reassign = reassign
        wo = orders(ctx)
        self.setWindowTitle((self.tr("改派 {0}") if reassign else self.tr("派单 {0}")).format(order.number))
        self.setMinimumWidth(440)
        about = self.about()
        about.setStyleSheet("color:#333")
        self.department = combo("department", [(data_word(name), dep_id) for dep_id, name in wo.departments()])
        default = order.department_id or wo.default_department_id(order.category)
        if default is not None and self.department.findData(default) >= 0:
            self.department.setCurrentIndex(self.department.findData(default))
        self.technician = combo("technician")
        self.department.currentIndexChanged.connect(lambda _i: self.fill_technicians())
        self.fill_technicians()
        self.note = line_edit("note")
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
            self.appointment = date_time_edit("appointment")
            start = order.appointment_at or ctx.services.clock.now() + timedelta(hours=1)
            self.appointment.setDateTime(_qdt(start))
            self.has_appointment.setChecked(order.appointment_at is not None)
            self.appointment.setEnabled(order.appointment_at is not None)
            self.has_appointment.toggled.connect(self.appointment.setEnabled)
            self.errors.add_row(form, self.tr("预约时间"), "appointment_at", across(self.has_appointment, (self.appointment, 1)))
            self.note.setPlaceholderText(self.tr("给维修人员的话，可不填"))
            self.errors.add_row(form, self.tr("派单说明"), "note", self.note)
        self.ok_button.setText(self.tr("改派") if reassign else self.tr("派单"))
        self.lay_out(form)
        if self.department.currentIndex() >= 0 and self.department.currentData() == default:
            self.technician.setFocus()  # the department follows from the category: the person is the choice

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
