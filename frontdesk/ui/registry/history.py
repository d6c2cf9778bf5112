"""The room card's history (业户档案): every record of the room, newest first — calls, orders,
complaints, passes, notices and whatever kinds register ``room_records`` — each opening its record
(Enter or a double click) in its own tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from frontdesk.services.clock import to_local
from frontdesk.services.core.history import HistoryEntry
from frontdesk.services.errors import ServiceError
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.record_list import item_table

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("RoomHistory", text)


class RoomHistory:
    """The history table of one room and what fills it; ``table`` goes into the card's layout."""

    def __init__(self, ctx: UiContext) -> None:
        self.ctx = ctx
        self.entries: list[HistoryEntry] = []
        self.table = item_table("room_history", [_t("时间"), _t("类别"), _t("编号"), _t("状态"), _t("内容")])
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(_t("回车或双击打开这条记录"))
        self.table.activated.connect(lambda _index: self.open_current())  # Enter or a double click

    def title(self) -> str:
        return _t("历史记录（{0}）").format(len(self.entries)) if self.entries else _t("历史记录")

    def show_room(self, room_id: int | None) -> str:
        """Fill the table with the room's history; returns a message when it could not be read."""
        self.entries = []
        message = ""
        if room_id is not None:
            try:
                self.entries = self.ctx.services.room_history(self.ctx.user, room_id)
            except ServiceError as exc:
                message = error_message(exc)
        self.table.setRowCount(len(self.entries))
        for r, e in enumerate(self.entries):
            kind_word, state_word = self.words(e)
            cells = [f"{to_local(e.at):%Y-%m-%d %H:%M}", kind_word, e.number, state_word, e.summary]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ENTRY_ROLE, r)
                if c == 4:
                    item.setToolTip(e.summary)
                self.table.setItem(r, c, item)
        return message

    def words(self, e: HistoryEntry) -> tuple[str, str]:
        """The kind's name and the state's word, from the kind's Vocabulary, translated."""
        feature = next((f for f in self.ctx.services.features if any(k.name == e.kind for k in f.all_kinds)), None)
        if feature is None:
            return e.kind, e.state
        v = feature.vocabulary
        return QCoreApplication.translate(v.context, v.name), QCoreApplication.translate(v.context, v.state(e.state))

    def current(self) -> HistoryEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def open_current(self) -> None:
        """Open the selected record in its tab (the main window listens on the bus)."""
        e = self.current()
        if e is not None:
            self.ctx.bus.open_requested.emit(e.kind, e.id)
