"""交接班设置 (管理 menu): this PC's counter name, the shifts, and the handover time limits.

The counter name belongs to the machine (QSettings); shifts and limits are shared by every counter
(database settings, changed only with the SETTINGS_MANAGE right, checked by the service).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from frontdesk.services.permissions import Action
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import ContextDialog, dialog_buttons, error_banner, row, stack, submit
from frontdesk.ui.common.form_parts import add_rows, button, line_edit, note, spin
from frontdesk.ui.common.forms import FieldErrors
from frontdesk.ui.shell.counter import default_counter_name, set_counter_name


class HandoverSettingsDialog(ContextDialog):
    def __init__(self, ctx: UiContext, settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("交接班设置"), (520, 520))
        self._settings = settings if settings is not None else QSettings()
        self._svc = ctx.services.handover
        self.setObjectName("handover_settings")
        self.errors = FieldErrors()

        self.counter = line_edit("settings_counter", self.tr("留空则用本机名称：{0}").format(default_counter_name()))
        self.counter.setMaxLength(60)
        stored = str(self._settings.value("counter/name", "") or "")
        self.counter.setText(stored)
        counter_box = QGroupBox(self.tr("本机柜台"))
        cf = QFormLayout(counter_box)
        cf.addRow(self.tr("柜台名称"), self.counter)
        cf.addRow(note(self.tr("交接班按柜台记录：在这台电脑登录的人，会先看到本柜台待确认的交接班。")))

        self.shifts = QTableWidget(0, 3)
        self.shifts.setObjectName("settings_shifts")
        self.shifts.setHorizontalHeaderLabels([self.tr("班次名称"), self.tr("开始"), self.tr("结束")])
        self.shifts.verticalHeader().hide()
        self.shifts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for s in self._svc.shifts():
            self._add_shift_row(s.name, s.start, s.end)
        add = button(self.tr("添加班次"), "", lambda: self._add_shift_row("", "", ""))
        remove = button(self.tr("删除所选班次"), "", self.on_remove_clicked)
        grace, due = self._svc.timing()
        self.grace = spin("settings_grace", 0, 240, grace, self.tr(" 分钟"))
        self.ack_due = spin("settings_ack_due", 10, 24 * 60, due, self.tr(" 分钟"))
        shift_box = QGroupBox(self.tr("班次（所有柜台共用）"))
        timing = add_rows(
            self.errors,
            QFormLayout(),
            [
                (self.tr("交班宽限"), "grace_minutes", self.grace),
                (self.tr("接班超时提醒"), "ack_due_minutes", self.ack_due),
            ],
        )
        stack(
            shift_box,
            note(self.tr("时间写成 08:00；结束可写 24:00；结束早于开始表示跨夜（如 22:00–06:00）。")),
            (self.errors.wrap("shifts", self.shifts), 1),
            row(add, remove, None),
            timing,
            note(
                self.tr(
                    "宽限：新班次开始后这段时间内写的交接班，算作刚结束的班次。超时：交班后这么久仍无人确认接班，在主管的状态栏提醒。"
                )
            ),
        )
        can_manage = ctx.user.can(Action.SETTINGS_MANAGE)
        shift_box.setEnabled(can_manage)
        self.counter.setEnabled(can_manage)

        self.error = error_banner()
        buttons, _save = dialog_buttons(self, None, None, self.on_save_clicked, save=True)
        stack(self, counter_box, (shift_box, 1), self.error, buttons)

    def _add_shift_row(self, name: str, start: str, end: str) -> None:
        r = self.shifts.rowCount()
        self.shifts.insertRow(r)
        for c, v in enumerate((name, start, end)):
            self.shifts.setItem(r, c, QTableWidgetItem(v))

    def on_remove_clicked(self) -> None:
        for r in sorted({i.row() for i in self.shifts.selectedIndexes()}, reverse=True):
            self.shifts.removeRow(r)

    def shift_rows(self) -> list[dict[str, str]]:
        rows = []
        for r in range(self.shifts.rowCount()):
            cells = [self.shifts.item(r, c) for c in range(3)]
            values = [c.text().strip() if c else "" for c in cells]
            if any(values):
                rows.append({"name": values[0], "start": values[1], "end": values[2]})
        return rows

    def on_save_clicked(self) -> None:
        self.errors.clear()
        self.error.clear()
        ok, _none = submit(
            self.ctx,
            self.errors,
            self.error,
            self._svc.configure,
            self.ctx.user,
            self.shift_rows(),
            self.grace.value(),
            self.ack_due.value(),
        )
        if not ok:
            return
        self.ctx.counter = set_counter_name(self._settings, self.counter.text())
        self.accept()


def add_handover_settings_action(window: QMainWindow, menu: QMenu) -> None:
    ctx = getattr(window, "ctx", None)
    if ctx is None or not ctx.user.can(Action.SETTINGS_MANAGE):
        return
    act = QAction(window.tr("交接班设置…"), window)
    act.setObjectName("handover_settings_action")
    act.triggered.connect(lambda: HandoverSettingsDialog(ctx, getattr(window, "_settings", None), window).exec())
    menu.addAction(act)
