"""业户档案: the estate by project and building, a room found from any spelling, name or phone,
and the people who live there (edit, move out, room status, deliberate unmasking)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.core.changes import ROOM, ChangeSet
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import Action
from frontdesk.services.registry.service import ROOM_STATUSES, OccupantRow, RoomDetail, RoomRow
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import row, stack
from frontdesk.ui.common.labels import building_name, gender_name, kind_name, status_name
from frontdesk.ui.common.messages import echo, error_message
from frontdesk.ui.common.record_list import item_table, row_table
from frontdesk.ui.common.tab_parts import SavedSplit, button, delay_timer, info_label, search_box
from frontdesk.ui.registry.history import RoomHistory
from frontdesk.ui.registry.room_actions import WARN_STYLE, RoomActions
from frontdesk.ui.registry.rooms_model import COL_AREA, COL_CODE, COL_PEOPLE, COL_STATUS, ROW_ROLE, RoomListModel

TREE_ROLE = Qt.ItemDataRole.UserRole + 1  # Place: a project, or one of its buildings
OCC_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Place:
    """What a line of the project/building tree stands for."""

    project_id: int
    building_id: int | None  # None: the whole project
    rooms: int


SEARCH_DELAY_MS = 250
HINT_STYLE = "color:#555;"


class RegistryTab(SavedSplit, RoomActions, QWidget):
    record_kinds = ("room",)
    layout_key = "registry/splitter"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("业户档案"))
        self.current: RoomDetail | None = None
        self._revealed: dict[int, dict[str, str]] = {}
        self.dialog: QWidget | None = None
        self.confirm_box: QMessageBox | None = None
        can = ctx.user.can

        # --- left: projects and buildings ---------------------------------------------------------
        self.tree = QTreeWidget()
        self.tree.setObjectName("registry_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setMinimumWidth(170)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self.on_tree_currentItemChanged)

        # --- middle: search and the room list -----------------------------------------------------
        self.search = search_box("registry_search", self.tr("房号（3-2-1502、3栋2单元1502、3#2-1502）、姓名或电话"), clear=True)
        self.search.textEdited.connect(self.on_search_textEdited)
        self.search.returnPressed.connect(self.on_search_returnPressed)
        self._search_timer = delay_timer(self, SEARCH_DELAY_MS, self.run_search)
        self.import_button = button(
            self.tr("导入…"),
            "registry_import",
            self.on_import_clicked,
            tip=self.tr("从 Excel（.xlsx）或 CSV 文件导入房间和业户"),
            shown=can(Action.REGISTRY_IMPORT),
        )
        self.export_button = button(
            self.tr("导出…"),
            "registry_export",
            self.on_export_clicked,
            tip=self.tr("把所选项目的房间和业户导出为 Excel（.xlsx）或 CSV 文件"),
            shown=can(Action.REGISTRY_EXPORT),
        )
        self.hint = info_label("registry_hint", style=HINT_STYLE)
        self.model = RoomListModel(self)
        # the room follows the selection (a cleared selection clears the room), not the current row
        self.rooms = row_table(self.model, "registry_rooms", stretch=COL_AREA, on_current_row=lambda _row: None)
        self.rooms.verticalHeader().setDefaultSectionSize(26)
        header = self.rooms.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._room_widths()
        self.rooms.selectionModel().selectionChanged.connect(self.on_rooms_selectionChanged)

        # --- right: the room and its people ---------------------------------------------------
        self.room_title = info_label("room_title", text=self.tr("未选择房间"), style="font-size: 16pt; font-weight: bold;")
        self.room_info = info_label(
            "room_info", text=self.tr("在左侧选择楼栋，或在上方输入房号、姓名、电话查找。"), style=HINT_STYLE, wrap=True
        )
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("room_status")
        for st in ROOM_STATUSES:
            self.status_combo.addItem(status_name(st), st)
        self.status_combo.currentIndexChanged.connect(self.on_status_combo_currentIndexChanged)
        self.status_button = button(self.tr("更改状态"), "room_status_save", self.on_status_button_clicked)
        self.room_status_text = QLabel()
        self.room_status_text.setObjectName("room_status_label")
        editable = can(Action.REGISTRY_EDIT)
        self.status_combo.setVisible(editable)
        self.status_button.setVisible(editable)
        self.room_status_text.setVisible(not editable)

        self.occupants = item_table(
            "registry_occupants",
            [
                self.tr("身份"),
                self.tr("姓名"),
                self.tr("性别"),
                self.tr("电话"),
                self.tr("备用电话"),
                self.tr("身份证号"),
                self.tr("车牌"),
                self.tr("备注"),
            ],
        )
        self.occupants.setWordWrap(False)
        occ_header = self.occupants.horizontalHeader()
        occ_header.setStretchLastSection(True)
        longest_kind = max((kind_name(k) for k in ("owner", "tenant", "family")), key=len)
        longest_gender = max((gender_name(g) for g in ("M", "F")), key=len)
        for col, width in enumerate(
            (
                self._fit(longest_kind, 0, 48, occ_header),
                70,
                self._fit(longest_gender, 2, 40, occ_header),
                105,
                105,
                160,
                90,
            )
        ):
            self.occupants.setColumnWidth(col, width)
        self.occupants.itemSelectionChanged.connect(self._update_buttons)
        self.occupants.itemDoubleClicked.connect(lambda _item: self.on_edit_clicked())

        self.add_button = button(self.tr("新增业户…"), "occupant_add", self.on_add_clicked)
        self.edit_button = button(self.tr("编辑…"), "occupant_edit", self.on_edit_clicked)
        self.remove_button = button(
            self.tr("迁出"), "occupant_remove", self.on_remove_clicked, tip=self.tr("此人不再住在这里；档案保留在历史记录中")
        )
        for b in (self.add_button, self.edit_button, self.remove_button):
            b.setVisible(editable)
        self.unmask_button = button(
            self.tr("显示完整号码"),
            "occupant_unmask",
            self.on_unmask_clicked,
            tip=self.tr("查看所选业户完整的电话和身份证号；此操作会记入操作日志"),
            shown=can(Action.PII_UNMASK),
        )
        self.detail_message = info_label("detail_message", wrap=True)
        # the room's whole history under its occupants, newest first, each opening its record
        self.history = RoomHistory(ctx)
        self.history_title = QLabel(self.history.title())
        self.history_title.setObjectName("room_history_title")

        # --- layout ----------------------------------------------------------------------------------
        middle = QWidget()
        stack(
            middle,
            row((self.search, 1), self.import_button, self.export_button),
            self.hint,
            (self.rooms, 1),
            margins=(0, 0, 0, 0),
        )
        status_row = row(QLabel(self.tr("房屋状态：")), self.status_combo, self.status_button, self.room_status_text, None)
        buttons = row(self.add_button, self.edit_button, self.remove_button, None, self.unmask_button)
        right = QWidget()
        stack(
            right,
            self.room_title,
            self.room_info,
            status_row,
            QLabel(self.tr("住户")),
            (self.occupants, 1),
            buttons,
            self.detail_message,
            self.history_title,
            (self.history.table, 1),
            margins=(6, 0, 0, 0),
        )

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("registry_splitter")
        self.split.addWidget(self.tree)
        self.split.addWidget(middle)
        self.split.addWidget(right)
        self.split.setStretchFactor(1, 2)
        self.split.setStretchFactor(2, 3)
        self.split.setSizes([190, 560, 700])
        lay = QVBoxLayout(self)
        lay.addWidget(self.split)

        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.focus_search)
        ctx.bus.changes.connect(self.on_changes)  # a bound slot: dropped with the tab
        self.reload_tree()
        self._show_room(None)

    # --- navigation ----------------------------------------------------------------------------

    def reload_tree(self) -> None:
        """Projects with their buildings and room counts; keeps the current selection if it can."""
        current = self.tree.currentItem()
        keep: Place | None = current.data(0, TREE_ROLE) if current else None
        keep_key = (keep.project_id, keep.building_id) if keep else None
        self.tree.blockSignals(True)
        self.tree.clear()
        reg, user = self.ctx.services.registry, self.ctx.user
        select_item: QTreeWidgetItem | None = None
        for pid, name in reg.projects():
            buildings = reg.building_rows(user, pid)
            total = sum(b.rooms for b in buildings)
            top = QTreeWidgetItem([name, self.tr("{0} 间").format(total)])
            top.setForeground(1, Qt.GlobalColor.darkGray)
            top.setData(0, TREE_ROLE, Place(pid, None, total))
            self.tree.addTopLevelItem(top)
            for b in buildings:
                child = QTreeWidgetItem([building_name(b.number), self.tr("{0} 间").format(b.rooms)])
                child.setForeground(1, Qt.GlobalColor.darkGray)
                child.setData(0, TREE_ROLE, Place(pid, b.id, b.rooms))
                top.addChild(child)
                if keep_key == (pid, b.id):
                    select_item = child
            if keep_key == (pid, None):
                select_item = top
        self.tree.blockSignals(False)
        if self.tree.topLevelItemCount() == 0:
            self.model.show_rows([])
            self.hint.setText(self.tr("还没有房间。主管可以从 Excel / CSV 导入，或在首次启动时载入演示数据。"))
            return
        if select_item is None:
            select_item = self.tree.topLevelItem(0)
        assert select_item is not None  # there is at least one project (checked above)
        (select_item.parent() or select_item).setExpanded(True)
        self.tree.setCurrentItem(select_item)
        self.browse(select_item.data(0, TREE_ROLE))

    def on_tree_currentItemChanged(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        self.search.clear()
        self.browse(current.data(0, TREE_ROLE))

    def browse(self, place: Place) -> None:
        """List the rooms of a project or building, page by page."""
        reg, user = self.ctx.services.registry, self.ctx.user
        pid, bid = place.project_id, place.building_id
        self.model.browse(lambda cursor, limit: reg.room_page(user, project_id=pid, building_id=bid, cursor=cursor, limit=limit))
        self._room_widths()
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setText(self.tr("共 {0} 间").format(place.rooms))

    def _fit(self, text: str, column: int, minimum: int, header: QHeaderView) -> int:
        """A column wide enough for its header and for ``text`` in this language."""
        return max(minimum, self.fontMetrics().horizontalAdvance(text) + 16, header.sectionSizeHint(column))

    def _room_widths(self) -> None:
        code = 170 if self.model.show_project else 90
        header = self.rooms.horizontalHeader()
        status = self._fit(max((status_name(s) for s in ROOM_STATUSES), key=len), COL_STATUS, 60, header)
        for col, width in (
            (COL_CODE, code),
            (COL_STATUS, status),
            (2, 80),
            (3, 110),
            (COL_PEOPLE, self._fit("", COL_PEOPLE, 44, header)),
            (COL_AREA, 64),
        ):
            self.rooms.setColumnWidth(col, width)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- search --------------------------------------------------------------------------------

    def on_search_textEdited(self, _text: str) -> None:
        self._search_timer.start()

    def on_search_returnPressed(self) -> None:
        self.run_search()
        if self.model.rowCount() > 0:
            self.rooms.setFocus()

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        if not text:
            item = self.tree.currentItem()
            if item is not None:
                self.browse(item.data(0, TREE_ROLE))
            return
        try:
            rows = self.ctx.services.registry.find(self.ctx.user, text, limit=200)
        except ServiceError as exc:
            self._hint(error_message(exc), warn=True)
            return
        self.model.show_rows(rows, show_project=len({r.project_id for r in rows}) > 1)
        self._room_widths()
        if not rows:
            self._hint(
                self.tr("没有找到“{0}”。请输入房号（如 3-2-1502），或业主姓名、电话。").format(echo(text)),
                warn=True,
            )
            self._show_room(None)
            return
        self._hint(self.tr("找到 {0} 个房间").format(len(rows)))
        self.select_room(rows[0].id)

    def _hint(self, text: str, *, warn: bool = False) -> None:
        self.hint.setStyleSheet(WARN_STYLE if warn else HINT_STYLE)
        self.hint.setText(text)

    # --- the selected room ------------------------------------------------------------------------

    def select_room(self, room_id: int) -> None:
        row = self.model.row_of(room_id)
        if row < 0:
            return
        self.rooms.selectRow(row)
        self.rooms.scrollTo(self.model.index(row, 0))

    def selected_room(self) -> RoomRow | None:
        rows = self.rooms.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def on_rooms_selectionChanged(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_room()
        self._revealed.clear()
        self.detail_message.clear()
        if row is None:
            self._show_room(None)
            return
        self.load_room(row.id)

    def load_room(self, room_id: int) -> None:
        try:
            detail = self.ctx.services.registry.room(self.ctx.user, room_id)
        except ServiceError as exc:
            self.detail_message.setStyleSheet(WARN_STYLE)
            self.detail_message.setText(error_message(exc))
            self._show_room(None)
            return
        self.model.replace_row(detail.room)
        self._show_room(detail)

    def _show_room(self, detail: RoomDetail | None) -> None:
        self.current = detail
        self.show_history()
        if detail is None:
            self.room_title.setText(self.tr("未选择房间"))
            self.room_info.setText(self.tr("在左侧选择楼栋，或在上方输入房号、姓名、电话查找。"))
            self.occupants.setRowCount(0)
            self.room_status_text.clear()
            self._update_buttons()
            return
        r = detail.room
        b, u, n = (r.code.split("-") + ["", "", ""])[:3]
        self.room_title.setText(f"{r.project}  {r.code}")
        parts = [self.tr("{0}{1}单元{2}室").format(building_name(b), u, n)]
        if r.floor is not None:
            parts.append(self.tr("{0} 层").format(r.floor))
        if r.area:
            parts.append(self.tr("{0} ㎡").format(f"{r.area:g}"))
        self.room_info.setText(" · ".join(parts))
        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(r.status)))
        self.status_combo.blockSignals(False)
        self.room_status_text.setText(status_name(r.status))
        self._fill_occupants(detail.occupants)
        self._update_buttons()

    def _fill_occupants(self, occupants: list[OccupantRow]) -> None:
        keep = self.selected_occupant()
        self.occupants.setRowCount(len(occupants))
        for i, o in enumerate(occupants):
            full = self._revealed.get(o.id, {})
            values = [
                kind_name(o.kind),
                o.name,
                gender_name(o.gender),
                full.get("phone") or o.phone,
                full.get("phone2") or o.phone2,
                full.get("id_number") or o.id_number,
                o.plates,
                " ".join(o.notes.split())[:80],
            ]
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                if j == 0:
                    item.setData(OCC_ROLE, o)
                if j == 7 and o.notes:
                    item.setToolTip(o.notes[:1000])
                self.occupants.setItem(i, j, item)
        if occupants:
            idx = next((i for i, o in enumerate(occupants) if keep and o.id == keep.id), 0)
            self.occupants.selectRow(idx)

    def selected_occupant(self) -> OccupantRow | None:
        row = self.occupants.currentRow()
        item = self.occupants.item(row, 0) if row >= 0 else None
        return item.data(OCC_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        has_room = self.current is not None
        occ = self.selected_occupant() if has_room else None
        self.add_button.setEnabled(has_room)
        self.edit_button.setEnabled(occ is not None)
        self.remove_button.setEnabled(occ is not None)
        self.unmask_button.setEnabled(
            occ is not None and occ.id not in self._revealed and (occ.phone_masked or bool(occ.id_number))
        )
        self.status_combo.setEnabled(has_room)
        self.status_button.setEnabled(
            has_room and self.current is not None and self.status_combo.currentData() != self.current.room.status
        )

    def selected_project(self) -> tuple[int, str] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        top: QTreeWidgetItem = item
        while (up := top.parent()) is not None:
            top = up
        pid = top.data(0, TREE_ROLE).project_id
        return pid, dict(self.ctx.services.registry.projects()).get(pid, "")

    # --- the rest of the app ------------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet) -> None:
        if ROOM in changes:
            self.refresh()
        elif changes and self.current is not None:  # a record of some kind: the room's history
            self.show_history()

    def show_history(self) -> None:
        """The open room's history (none when no room is open)."""
        message = self.history.show_room(self.current.room.id if self.current is not None else None)
        self.history_title.setText(self.history.title())
        if message:
            self.detail_message.setStyleSheet(WARN_STYLE)
            self.detail_message.setText(message)

    def refresh(self) -> None:
        """Rooms changed (an edit, a status, an import): the tree with its counts, the list as
        browsed or searched, and the open room read again; what was selected stays selected."""
        text = self.search.text()
        current = self.current.room.id if self.current is not None else None
        self.reload_tree()
        if text.strip():
            self.search.setText(text)
            self.run_search()
        if current is None:
            return
        self.select_room(current)  # when it is listed
        self.load_room(current)

    def open_record(self, kind: str, record_id: int) -> None:
        if kind != "room":
            return
        row = self.model.row_of(record_id)
        if row < 0:
            try:
                detail = self.ctx.services.registry.room(self.ctx.user, record_id)
            except ServiceError as exc:
                self._hint(error_message(exc), warn=True)
                return
            self.model.show_rows([detail.room])
            self._hint(self.tr("{0} {1}（来自全局搜索；清空查找框回到楼栋列表）").format(detail.room.project, detail.room.code))
        self.select_room(record_id)
