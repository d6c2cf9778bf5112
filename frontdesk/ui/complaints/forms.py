"""The 受理 (step 1) form, used to register a complaint and to correct it, and its dialog."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from frontdesk.services.clock import LOCAL_TZ, to_local
from frontdesk.services.complaints import ComplaintDetail, ComplaintInput
from frontdesk.services.errors import ServiceError, ValidationError
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import dialog_buttons, error_banner, stack
from frontdesk.ui.common.form_parts import (
    across,
    add_rows,
    combo,
    date_time_edit,
    form_grid,
    label,
    line_edit,
    one_of,
    radio,
    text_box,
)
from frontdesk.ui.common.forms import GUESS_STYLE, FieldErrors
from frontdesk.ui.common.labels import data_word
from frontdesk.ui.common.messages import error_message, field_message
from frontdesk.ui.common.ops import call_and_publish
from frontdesk.ui.common.room_field import RoomField

HINT_STYLE = "color:#555; font-size:12px;"


def to_qdatetime(value: datetime) -> QDateTime:
    local = to_local(value)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ)


class IntakeForm(QWidget):
    """complainant, room (any spelling), phone, time, channel, category, severity, content."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        opts = ctx.services.complaints.options()
        self.errors = FieldErrors()
        self.complainant = line_edit("complainant")
        self.room_field = RoomField(ctx)
        self.room = self.room_field.edit
        self.room.setPlaceholderText(self.tr("如 3-2-1502、3栋2单元1502；无房号可不填"))
        self.room_hint = label("room_hint", HINT_STYLE)
        self.phone = line_edit("phone")
        self.received_at = date_time_edit("received_at")
        # no channel until one is picked (a call carried over brings its own)
        self.channel = combo("channel", [(self.tr("（请选择）"), ""), *((data_word(ch), ch) for ch in opts["channels"])])
        self.category = combo("category", [(self.tr("（请选择）"), ""), *((data_word(cat), cat) for cat in opts["categories"])])
        # a complaint from a call starts with 投诉类别 guessed from its words, marked until she picks
        self.category_guess = label("category_guess", GUESS_STYLE)
        self.category.activated.connect(lambda _i: self.category_guess.clear())
        self.severity_normal = radio(self.tr("一般"), "severity_normal")
        self.severity_major = radio(self.tr("重大（立即通知主管）"), "severity_major")
        sev_box = one_of(self, [self.severity_normal, self.severity_major], across=True)
        self.severity_normal.setChecked(True)
        self.content = text_box("content", self.tr("投诉人反映的情况、要求（尽量记录原话）"))
        self.content.setMinimumHeight(90)
        form = form_grid(self)
        form.addRow(self.tr("房号"), self.errors.wrap("room", self.room_field, self.room))
        form.addRow("", self.room_hint)
        add_rows(
            self.errors,
            form,
            [
                (self.tr("投诉人"), "complainant", self.complainant),
                (self.tr("联系电话"), "phone", self.phone),
                (self.tr("投诉时间"), "received_at", self.received_at),
                (self.tr("投诉方式"), "channel", self.channel),
            ],
        )
        form.addRow(
            self.tr("投诉类别"), self.errors.wrap("category", across(self.category, self.category_guess, None), self.category)
        )
        add_rows(
            self.errors,
            form,
            [
                (self.tr("严重程度"), "severity", sev_box),
                (self.tr("投诉内容"), "content", self.content),
            ],
        )
        self.room.editingFinished.connect(self.on_room_editingFinished)
        self.room_field.projectChanged.connect(self.on_room_editingFinished)
        self.clear()

    def clear(self) -> None:
        for w in (self.complainant, self.room, self.phone):
            w.clear()
        self.content.clear()
        self.room_hint.clear()
        self.room_hint.hide()
        self.received_at.setDateTime(to_qdatetime(self.ctx.services.clock.now()))
        self.channel.setCurrentIndex(0)
        self.category.setCurrentIndex(0)
        self.category_guess.clear()
        self.severity_normal.setChecked(True)
        self.errors.clear()

    def load(self, d: ComplaintDetail) -> None:
        self.complainant.setText(d.complainant)
        self.room_field.set(self.room_field.project_id_named(d.project) if d.room else None, d.room)
        self.room_hint.clear()
        self.room_hint.hide()
        self.phone.setText(d.phone)
        self.received_at.setDateTime(to_qdatetime(d.received_at))
        self._select(self.channel, d.channel)
        self._select(self.category, d.category)
        (self.severity_major if d.severity == "重大" else self.severity_normal).setChecked(True)
        self.content.setPlainText(d.content)
        self.errors.clear()

    def prefill(
        self,
        *,
        complainant: str = "",
        room: str = "",
        project_id: int | None = None,
        phone: str = "",
        content: str = "",
        channel: str = "",
        received_at: datetime | None = None,
        category: str = "",
    ) -> None:
        """Carry over what a call-log entry already holds; ``category`` is a guess from its words,
        shown as one."""
        self.clear()
        self.complainant.setText(complainant)
        self.room_field.set(project_id, room)
        self.phone.setText(phone)
        self.content.setPlainText(content)
        if channel:
            self._select(self.channel, channel)
        if received_at is not None:
            self.received_at.setDateTime(to_qdatetime(received_at))
        if category and self.category.findData(category) > 0:
            self._select(self.category, category)
            self.category_guess.setText(self.tr("按来电内容推测"))
        if room:
            self.on_room_editingFinished()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        i = combo.findData(value)
        if i < 0:
            combo.addItem(value, value)  # a value since removed from the settings
            i = combo.count() - 1
        combo.setCurrentIndex(i)

    def to_input(self) -> ComplaintInput:
        return ComplaintInput(
            complainant=self.complainant.text(),
            room=self.room.text(),
            project_id=self.room_field.project_id() if self.room.text().strip() else None,
            phone=self.phone.text(),
            received_at=from_qdatetime(self.received_at.dateTime()),
            channel=self.channel.currentData() or "",
            category=self.category.currentData() or "",
            content=self.content.toPlainText(),
            severity="重大" if self.severity_major.isChecked() else "一般",
        )

    def on_room_editingFinished(self) -> None:
        """Who lives there, before saving (masked as the role requires)."""
        text = self.room.text().strip()
        self.room_hint.clear()
        self.room_hint.hide()
        self.errors.clear_one("room")
        if not text:
            return
        try:
            row = self.ctx.services.registry.resolve(self.ctx.user, text, self.room_field.project_id())
        except ValidationError as exc:
            code = exc.errors.get("room", "invalid")
            self.errors.set("room", field_message(code, {**exc.params, "room": text}))
            return
        except ServiceError:
            return
        owner = self.tr("业主 {0} {1}").format(row.owner_name, row.owner_phone) if row.owner_name else ""
        self.room_hint.setText(f"{row.project} {row.code}　{owner}".strip())
        self.room_hint.show()
        if not self.complainant.text().strip() and row.owner_name:
            self.complainant.setText(row.owner_name)
        if not self.phone.text().strip() and row.owner_phone and "*" not in row.owner_phone:
            self.phone.setText(row.owner_phone)

    def show_errors(self, exc: ValidationError) -> list[str]:
        return self.errors.show(exc)


class NewComplaintDialog(QDialog):
    """Step 1 受理: register a complaint (directly, or carried over from a call-log entry)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, call_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.call_id = call_id
        self.created: ComplaintDetail | None = None
        self.setWindowTitle(self.tr("投诉受理") if call_id is None else self.tr("来电来访转投诉"))
        self.setMinimumWidth(560)
        self.form = IntakeForm(ctx)
        self.banner = error_banner("banner")
        self.banner.hide()
        buttons, self.save_button = dialog_buttons(self, self.tr("受理登记"), self.tr("取消"), self.on_save_clicked, save=True)
        self.save_button.setObjectName("save")
        stack(self, self.form, self.banner, buttons)
        self.form.room.setFocus(Qt.FocusReason.OtherFocusReason)

    @classmethod
    def from_call(cls, ctx: UiContext, call_id: int, parent: QWidget | None = None) -> NewComplaintDialog:
        """The dialog filled from a call-log entry; saving links both ways and opens the complaint."""
        draft = ctx.services.complaints.draft_from_call(ctx.user, call_id)
        dlg = cls(ctx, parent, call_id=call_id)
        dlg.form.prefill(
            complainant=draft.complainant, room=draft.room, project_id=draft.project_id, phone=draft.phone,
            content=draft.content,
            channel=draft.channel, received_at=draft.received_at, category=draft.category,
        )  # fmt: skip
        dlg.form.category.setFocus(Qt.FocusReason.OtherFocusReason)
        return dlg

    def on_save_clicked(self) -> None:
        self.banner.hide()
        self.form.errors.clear()
        svc = self.ctx.services.complaints
        source = () if self.call_id is None else (self.call_id,)
        try:
            create = svc.create if self.call_id is None else svc.create_from_call
            created = call_and_publish(self.ctx, create, self.ctx.user, *source, self.form.to_input())
        except ValidationError as exc:
            unknown = self.form.show_errors(exc)
            if unknown:
                self.banner.setText(error_message(exc))
                self.banner.show()
            return
        except ServiceError as exc:
            self.banner.setText(error_message(exc))
            self.banner.show()
            return
        self.created = created
        if self.call_id is not None:
            self.ctx.bus.open_requested.emit("complaint", created.id)
        self.accept()
