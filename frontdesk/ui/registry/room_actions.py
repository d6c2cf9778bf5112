"""What the registry tab does to the open room (status, occupants: add, edit, move out, show in
full) and to the estate (import, export). A part of :class:`~frontdesk.ui.registry.tab.RegistryTab`,
kept apart so neither file grows too long; its words stay in the ``RegistryTab`` context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QMessageBox, QPushButton, QTreeWidget, QWidget

from frontdesk.services.core.changes import call_op
from frontdesk.services.errors import ConflictError, NotFound, ServiceError
from frontdesk.services.permissions import Action
from frontdesk.services.registry.service import OccupantRow, RoomDetail, RoomRow
from frontdesk.ui.common.conflict import AsksOnConflict, FieldDiff, field_diffs
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.files import suggested_path
from frontdesk.ui.common.labels import status_name
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import ask, publish

WARN_STYLE = "color:#c0392b;"
OK_STYLE = "color:#1e6b34;"


def _t(text: str) -> str:
    return QCoreApplication.translate("RegistryTab", text)


def occupant_labels() -> list[tuple[str, str]]:
    """An occupant's fields the conflict dialog shows, with their labels."""
    return [("name", _t("姓名")), ("kind", _t("身份")), ("phone", _t("手机")), ("plates", _t("车牌")), ("notes", _t("备注"))]


class RoomActions(AsksOnConflict):
    """The tab's actions; the tab provides the widgets and the reading below."""

    ctx: UiContext
    current: RoomDetail | None
    _revealed: dict[int, dict[str, str]]
    dialog: QWidget | None
    confirm_box: QMessageBox | None
    tree: QTreeWidget
    status_combo: QComboBox
    detail_message: QLabel
    export_button: QPushButton
    last_export: object

    def load_room(self, room_id: int) -> None: ...
    def selected_occupant(self) -> OccupantRow | None: ...
    def _fill_occupants(self, occupants: list[OccupantRow]) -> None: ...
    def _update_buttons(self) -> None: ...
    def _hint(self, text: str, *, warn: bool = False) -> None: ...
    def selected_project(self) -> tuple[int, str] | None: ...

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    # --- actions on the room ------------------------------------------------------------------------

    def on_status_combo_currentIndexChanged(self, _index: int) -> None:
        self._update_buttons()

    def on_status_button_clicked(self) -> None:
        if self.current is not None:
            self._set_status(self.current.room, self.status_combo.currentData())

    def _set_status(self, room: RoomRow, status: str) -> bool:
        try:
            updated, changes = call_op(
                self.ctx.services.registry.set_room_status, self.ctx.user, room.id, status, expected_version=room.version
            )
        except ConflictError:
            return self.on_stale(
                _t("房屋状态"),
                lambda: self.ctx.services.registry.room(self.ctx.user, room.id),
                lambda theirs: [FieldDiff(_t("房屋状态"), status_name(status), status_name(theirs.room.status))],
                self._keep_their_room,
                lambda theirs: self._set_status(theirs.room, status),
            )
        except ServiceError as exc:
            self._message(error_message(exc), warn=True)
            return False
        publish(self.ctx, changes)  # the list, the tree and this room read again
        self.load_room(updated.id)
        self._message(_t("房屋状态已改为“{0}”。").format(status_name(updated.status)))
        return True

    def _keep_their_room(self, theirs: RoomDetail) -> None:
        """保留对方的: the room as they saved it; nothing of mine was saved."""
        self.load_room(theirs.room.id)
        self._message(_t("此房间刚被其他人修改过，已载入对方保存的内容，您的更改未保存。"), warn=True)

    def on_add_clicked(self) -> None:
        if self.current is not None:
            self._open_occupant_dialog(None)

    def on_edit_clicked(self) -> None:
        occ = self.selected_occupant()
        if occ is not None and self.ctx.user.can(Action.REGISTRY_EDIT):
            self._open_occupant_dialog(occ)

    def _open_occupant_dialog(self, occ: OccupantRow | None) -> None:
        from frontdesk.ui.registry.occupant_dialog import OccupantDialog

        assert self.current is not None
        dlg = OccupantDialog(
            self.ctx,
            self.current.room,
            occ,
            revealed=self._revealed.get(occ.id) if occ else None,
            parent=self._widget(),
        )
        dlg.accepted.connect(lambda: self._after_occupant_saved(dlg))
        self.dialog = dlg
        dlg.open()

    def _after_occupant_saved(self, dlg: QWidget) -> None:
        saved = getattr(dlg, "saved", None)
        if saved is not None:
            self._revealed.pop(saved.id, None)
            self._message(_t("已保存 {0}。").format(saved.name))
        if self.current is not None:
            self.load_room(self.current.room.id)

    def on_remove_clicked(self) -> None:
        occ = self.selected_occupant()
        if occ is None or self.current is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _t("迁出"),
            _t("确认 {0} 已不再住在 {1}？档案会保留在历史记录中。").format(occ.name, self.current.room.code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._widget(),
        )
        box.button(QMessageBox.StandardButton.Yes).setText(_t("确认迁出"))
        box.button(QMessageBox.StandardButton.Cancel).setText(_t("取消"))
        box.accepted.connect(lambda: self._remove(occ))
        self.confirm_box = box
        box.open()

    def _remove(self, occ: OccupantRow) -> bool:
        try:
            _none, changes = call_op(
                self.ctx.services.registry.remove_occupant, self.ctx.user, occ.id, expected_version=occ.version
            )
        except ConflictError:
            return self.on_stale(
                _t("迁出"),
                lambda: self._occupant_now(occ),
                lambda theirs: field_diffs(occupant_labels(), occ, theirs),
                lambda theirs: self._keep_their_room(self.ctx.services.registry.room(self.ctx.user, theirs.room_id)),
                self._remove,
            )
        except ServiceError as exc:
            message, warn, done = error_message(exc), True, False
        else:
            publish(self.ctx, changes)
            message, warn, done = _t("{0} 已迁出。").format(occ.name), False, True
        if self.current is not None:
            self.load_room(self.current.room.id)
        self._message(message, warn=warn)
        return done

    def _occupant_now(self, occ: OccupantRow) -> OccupantRow:
        """The occupant as saved now (NotFound once moved out or deleted)."""
        room = self.ctx.services.registry.room(self.ctx.user, occ.room_id)
        latest = next((o for o in room.occupants if o.id == occ.id), None)
        if latest is None:
            raise NotFound("not_found")
        return latest

    def on_unmask_clicked(self) -> None:
        occ = self.selected_occupant()
        if occ is None:
            return
        _ok, values = ask(self._warn, self.ctx.services.registry.reveal_all, self.ctx.user, occ.id)
        if values is None:
            return
        self._revealed[occ.id] = values
        if self.current is not None:
            self._fill_occupants(self.current.occupants)
        self._update_buttons()
        self._message(_t("已显示 {0} 的完整号码（已记入操作日志）。").format(occ.name))

    def _warn(self, text: str) -> None:
        self._message(text, warn=True)

    def _message(self, text: str, *, warn: bool = False) -> None:
        self.detail_message.setStyleSheet(WARN_STYLE if warn else OK_STYLE)
        self.detail_message.setText(text)

    # --- import and export ------------------------------------------------------------------------

    def on_import_clicked(self) -> None:
        from frontdesk.ui.registry.import_dialog import RegistryImportDialog

        dlg = RegistryImportDialog(self.ctx, parent=self._widget())
        self.dialog = dlg
        dlg.open()

    def on_export_clicked(self) -> None:
        project = self.selected_project()
        name = project[1] if project else _t("全部")
        day = self.ctx.services.clock.local_now().strftime("%Y%m%d")
        suggested = _t("业户档案-{0}-{1}.xlsx").format(name, day)
        path, _filter = QFileDialog.getSaveFileName(
            self._widget(), _t("导出业户档案"), suggested_path(suggested), _t("Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)")
        )
        if path:
            self.export_to(path, project[0] if project else None)

    def export_to(self, path: str, project_id: int | None) -> None:
        from frontdesk.ui.common.worker import run_in_background

        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".xlsx"
        io, user = self.ctx.services.registry_io, self.ctx.user
        self.export_button.setEnabled(False)
        self._hint(_t("正在导出 …"))
        run_in_background(lambda: io.export(user, path, project_id=project_id), self.on_export_done, self.on_export_failed)

    def on_export_done(self, result: object) -> None:
        self.export_button.setEnabled(True)
        rows = getattr(result, "rows", 0)
        text = _t("已导出 {0} 行到 {1}").format(rows, getattr(result, "path", ""))
        if getattr(result, "masked", False):
            text += _t("（电话和身份证号已隐藏部分数字）")
        self._hint(text)
        self.last_export = result

    def on_export_failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        text = error_message(exc) if isinstance(exc, ServiceError) else _t("导出失败：{0}").format(exc)
        self._hint(text, warn=True)
