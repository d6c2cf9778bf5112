"""The occupant form: owner, tenant or family member of one room.

Errors appear next to their fields and nothing typed is lost. A stale save (someone else saved
this person meanwhile) shows theirs beside mine (ui.common.conflict): keep theirs (the form
reloads) or save mine again on top of theirs.
Phones and the ID number arrive masked for roles that may not see them; sent back unchanged
they are kept as stored (the service knows the masked form).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QWidget

from frontdesk.services.errors import NotFound, ServiceError
from frontdesk.services.permissions import Action
from frontdesk.services.registry.service import GENDERS, OCCUPANT_KINDS, OccupantInput, OccupantRow, RoomRow
from frontdesk.ui.common.conflict import AsksOnConflict, field_diffs
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import dialog_buttons, error_banner, row, stack, submit
from frontdesk.ui.common.form_parts import add_rows, button, combo, line_edit, text_box
from frontdesk.ui.common.forms import ERROR_STYLE, FieldErrors
from frontdesk.ui.common.labels import gender_name, kind_name
from frontdesk.ui.common.messages import error_message


class OccupantDialog(AsksOnConflict, QDialog):
    def __init__(
        self,
        ctx: UiContext,
        room: RoomRow,
        occupant: OccupantRow | None = None,
        *,
        revealed: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.room = room
        self.occupant_id = occupant.id if occupant else None
        self.version = occupant.version if occupant else None
        self.saved: OccupantRow | None = None
        title = self.tr("编辑业户 — {0} {1}") if occupant else self.tr("新增业户 — {0} {1}")
        self.setWindowTitle(title.format(room.project, room.code))
        self.setMinimumWidth(520)

        self.errors = FieldErrors()
        self.kind = combo("kind", [(kind_name(k), k) for k in OCCUPANT_KINDS])
        self.name = line_edit("name")
        self.gender = combo("gender", [(self.tr("（未填）"), ""), *((gender_name(g), g) for g in GENDERS)])
        self.phone = line_edit("phone", self.tr("手机 11 位，或带区号的座机"))
        self.phone2 = line_edit("phone2")
        self.id_number = line_edit("id_number", self.tr("18 位，或旧版 15 位"))
        self.plates = line_edit("plates", self.tr("多个车牌用逗号分开，如 粤B12345, 粤BD12345"))
        self.notes = text_box("notes")
        self.notes.setFixedHeight(90)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.rows = [
            (self.tr("身份"), "kind", self.kind),
            (self.tr("姓名"), "name", self.name),
            (self.tr("性别"), "gender", self.gender),
            (self.tr("手机"), "phone", self.phone),
            (self.tr("备用电话"), "phone2", self.phone2),
            (self.tr("身份证号"), "id_number", self.id_number),
            (self.tr("车牌"), "plates", self.plates),
            (self.tr("备注"), "notes", self.notes),
        ]
        add_rows(self.errors, form, self.rows)

        self.banner = error_banner("occupant_banner")
        self.banner.hide()
        self.unmask_button = button(self.tr("显示完整号码"), "unmask", self.on_unmask_clicked)
        self.unmask_button.setToolTip(self.tr("查看完整的电话和身份证号；此操作会记入操作日志"))
        masked = occupant is not None and revealed is None and (occupant.phone_masked or bool(occupant.id_number))
        self.unmask_button.setVisible(masked and ctx.user.can(Action.PII_UNMASK))

        self.buttons, _save = dialog_buttons(self, self.tr("保存"), self.tr("取消"), self.on_save_clicked, save=True)
        stack(self, form, self.banner, row(self.unmask_button, None, self.buttons))
        if occupant is not None:
            self.load(occupant, revealed)
        self.name.setFocus()

    # --- load and save --------------------------------------------------------------------------

    def load(self, o: OccupantRow, revealed: dict[str, str] | None = None) -> None:
        """Fill the form from a record (full phones and ID number when they were revealed)."""
        shown = revealed or {}
        self.occupant_id = o.id
        self.version = o.version
        self.kind.setCurrentIndex(max(0, self.kind.findData(o.kind)))
        self.name.setText(o.name)
        self.gender.setCurrentIndex(max(0, self.gender.findData(o.gender or "")))
        self.phone.setText(shown.get("phone") or o.phone)
        self.phone2.setText(shown.get("phone2") or o.phone2)
        self.id_number.setText(shown.get("id_number") or o.id_number)
        self.plates.setText(o.plates)
        self.notes.setPlainText(o.notes)

    def value(self) -> OccupantInput:
        return OccupantInput(
            kind=self.kind.currentData(),
            name=self.name.text(),
            gender=self.gender.currentData() or None,
            phone=self.phone.text(),
            phone2=self.phone2.text(),
            id_number=self.id_number.text(),
            plates=self.plates.text(),
            notes=self.notes.toPlainText(),
        )

    def on_save_clicked(self) -> None:
        self.errors.clear()
        self.banner.hide()
        self.banner.setStyleSheet(ERROR_STYLE)
        ok, saved = submit(
            self.ctx,
            self.errors,
            self.banner,
            self.ctx.services.registry.save_occupant,
            self.ctx.user,
            self.room.id,
            self.value(),
            occupant_id=self.occupant_id,
            expected_version=self.version,
            banner_too=True,
            on_conflict=self.on_conflict,
        )
        if ok:
            self.saved = saved
            self.accept()

    def fetch_current(self) -> OccupantRow:
        """This person as saved now (NotFound once moved out or deleted)."""
        detail = self.ctx.services.registry.room(self.ctx.user, self.room.id)
        latest = next((o for o in detail.occupants if o.id == self.occupant_id), None)
        if latest is None:
            raise NotFound("not_found")
        return latest

    def on_conflict(self) -> None:
        """Someone saved this person meanwhile: theirs beside mine, then keep theirs (the form
        shows their version) or save mine again against their version."""

        def keep_theirs(theirs: OccupantRow) -> None:
            self.errors.clear()
            self.load(theirs)
            self._say(self.tr("已载入对方保存的内容，您的修改未保存。"))

        def apply_mine(theirs: OccupantRow) -> bool:
            self.version = theirs.version
            self.on_save_clicked()
            return self.saved is not None

        labels = [(name, text) for text, name, _field in self.rows]
        self.on_stale(
            self.windowTitle(),
            self.fetch_current,
            lambda theirs: field_diffs(labels, self.value(), theirs),
            keep_theirs,
            apply_mine,
        )

    def on_unmask_clicked(self) -> None:
        if self.occupant_id is None:
            return
        try:
            values = self.ctx.services.registry.reveal_all(self.ctx.user, self.occupant_id)
        except ServiceError as exc:
            self._say(error_message(exc))
            return
        # fill only what the user has not already retyped
        from frontdesk.services.validation import mask_id_number, mask_phone

        for edit, key, masker in (
            (self.phone, "phone", mask_phone),
            (self.phone2, "phone2", mask_phone),
            (self.id_number, "id_number", mask_id_number),
        ):
            full = values.get(key, "")
            if full and edit.text() in ("", masker(full)):
                edit.setText(full)
        self.unmask_button.hide()

    def _say(self, text: str, *, error: bool = True) -> None:
        self.banner.setStyleSheet(ERROR_STYLE if error else "color:#1e6b34;")
        self.banner.setText(text)
        self.banner.show()
