"""业户档案: find a room by any spelling, name or phone; see and edit who lives there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.registry import RoomRow
from frontdesk.ui.context import UiContext

KIND_NAMES = {"owner": "业主", "tenant": "租户", "family": "家属"}


class RegistryTab(QWidget):
    record_kinds = ("room",)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("业户档案"))
        self.search = QLineEdit()
        self.search.setObjectName("registry_search")
        self.search.setPlaceholderText(self.tr("房号（3-2-1502 / 3栋2单元1502 / 3#2-1502）、业主姓名或电话"))
        self.search.returnPressed.connect(self.on_search_returnPressed)
        self.hint = QLabel()
        self.rooms = QTableWidget(0, 5)
        self.rooms.setObjectName("registry_rooms")
        self.rooms.setHorizontalHeaderLabels(
            [self.tr("项目"), self.tr("房号"), self.tr("状态"), self.tr("业主"), self.tr("电话")]
        )
        self.rooms.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.rooms.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rooms.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rooms.itemSelectionChanged.connect(self.on_rooms_itemSelectionChanged)
        self.occupants = QTableWidget(0, 5)
        self.occupants.setObjectName("registry_occupants")
        self.occupants.setHorizontalHeaderLabels(
            [self.tr("身份"), self.tr("姓名"), self.tr("电话"), self.tr("身份证号"), self.tr("车牌")]
        )
        self.occupants.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.occupants.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("查找")))
        top.addWidget(self.search, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.rooms)
        split.addWidget(self.occupants)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.hint)
        lay.addWidget(split, 1)
        self._rows: list[RoomRow] = []

    def on_search_returnPressed(self) -> None:
        self.show_rooms(self.ctx.services.registry.find(self.ctx.user, self.search.text()))

    def show_rooms(self, rows: list[RoomRow]) -> None:
        self._rows = rows
        self.rooms.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, v in enumerate([r.project, r.code, self.tr(r.status), r.owner_name, r.owner_phone]):
                self.rooms.setItem(i, j, QTableWidgetItem(v))
        self.hint.setText(self.tr("找到 {0} 个房间").format(len(rows)) if rows else self.tr("没有找到"))
        if rows:
            self.rooms.selectRow(0)

    def on_rooms_itemSelectionChanged(self) -> None:
        row = self.rooms.currentRow()
        if not (0 <= row < len(self._rows)):
            self.occupants.setRowCount(0)
            return
        detail = self.ctx.services.registry.room(self.ctx.user, self._rows[row].id)
        self.occupants.setRowCount(len(detail.occupants))
        for i, o in enumerate(detail.occupants):
            vals = [self.tr(KIND_NAMES.get(o.kind, o.kind)), o.name, o.phone, o.id_number, o.plates]
            for j, v in enumerate(vals):
                self.occupants.setItem(i, j, QTableWidgetItem(v))

    def open_record(self, kind: str, record_id: int) -> None:
        detail = self.ctx.services.registry.room(self.ctx.user, record_id)
        self.show_rooms([detail.room])
