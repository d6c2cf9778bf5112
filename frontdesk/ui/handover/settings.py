"""交接班设置 (管理 menu): this PC's counter name, the shifts, and the handover time limits.

The counter name belongs to the machine (QSettings); shifts and limits are shared by every counter
(database settings, changed only with the SETTINGS_MANAGE right, checked by the service).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.errors import ServiceError, ValidationError
from frontdesk.services.permissions import Action
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.forms import ERROR_STYLE, FieldErrors
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import call_and_publish
from frontdesk.ui.shell.counter import default_counter_name, set_counter_name


class HandoverSettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._settings = settings if settings is not None else QSettings()
        self._svc = ctx.services.handover
        self.setObjectName("handover_settings")
        self.setWindowTitle(self.tr("交接班设置"))
        self.resize(520, 520)
        self.errors = FieldErrors()

        self.counter = QLineEdit()
        self.counter.setObjectName("settings_counter")
        self.counter.setMaxLength(60)
        self.counter.setPlaceholderText(self.tr("留空则用本机名称：{0}").format(default_counter_name()))
        stored = str(self._settings.value("counter/name", "") or "")
        self.counter.setText(stored)
        counter_box = QGroupBox(self.tr("本机柜台"))
        cf = QFormLayout(counter_box)
        cf.addRow(self.tr("柜台名称"), self.counter)
        note = QLabel(self.tr("交接班按柜台记录：在这台电脑登录的人，会先看到本柜台待确认的交接班。"))
        note.setWordWrap(True)
        note.setStyleSheet("color:#666")
        cf.addRow(note)

        self.shifts = QTableWidget(0, 3)
        self.shifts.setObjectName("settings_shifts")
        self.shifts.setHorizontalHeaderLabels([self.tr("班次名称"), self.tr("开始"), self.tr("结束")])
        self.shifts.verticalHeader().hide()
        self.shifts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for s in self._svc.shifts():
            self._add_shift_row(s.name, s.start, s.end)
        add = QPushButton(self.tr("添加班次"))
        add.clicked.connect(lambda: self._add_shift_row("", "", ""))
        remove = QPushButton(self.tr("删除所选班次"))
        remove.clicked.connect(self.on_remove_clicked)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        grace, due = self._svc.timing()
        self.grace = QSpinBox()
        self.grace.setObjectName("settings_grace")
        self.grace.setRange(0, 240)
        self.grace.setSuffix(self.tr(" 分钟"))
        self.grace.setValue(grace)
        self.ack_due = QSpinBox()
        self.ack_due.setObjectName("settings_ack_due")
        self.ack_due.setRange(10, 24 * 60)
        self.ack_due.setSuffix(self.tr(" 分钟"))
        self.ack_due.setValue(due)
        shift_box = QGroupBox(self.tr("班次（所有柜台共用）"))
        sl = QVBoxLayout(shift_box)
        hint = QLabel(self.tr("时间写成 08:00；结束可写 24:00；结束早于开始表示跨夜（如 22:00–06:00）。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#666")
        sl.addWidget(hint)
        sl.addWidget(self.errors.wrap("shifts", self.shifts), 1)
        sl.addLayout(row)
        tf = QFormLayout()
        self.errors.add_row(tf, self.tr("交班宽限"), "grace_minutes", self.grace)
        self.errors.add_row(tf, self.tr("接班超时提醒"), "ack_due_minutes", self.ack_due)
        sl.addLayout(tf)
        grace_note = QLabel(
            self.tr(
                "宽限：新班次开始后这段时间内写的交接班，算作刚结束的班次。超时：交班后这么久仍无人确认接班，在主管的状态栏提醒。"
            )
        )
        grace_note.setWordWrap(True)
        grace_note.setStyleSheet("color:#666")
        sl.addWidget(grace_note)
        can_manage = ctx.user.can(Action.SETTINGS_MANAGE)
        shift_box.setEnabled(can_manage)
        self.counter.setEnabled(can_manage)

        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(counter_box)
        lay.addWidget(shift_box, 1)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

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
        try:
            call_and_publish(
                self.ctx, self._svc.configure, self.ctx.user, self.shift_rows(), self.grace.value(), self.ack_due.value()
            )
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except ServiceError as exc:
            self.error.setText(error_message(exc))
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
