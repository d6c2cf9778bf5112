"""The call-log list as a Qt table model: pages fetched as the view scrolls (keyset, newest first)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from frontdesk.services.call_log import PAGE_SIZE, CallFilter, CallLogService, CallRow
from frontdesk.services.clock import to_local
from frontdesk.services.permissions import CurrentUser

ROW_ROLE = Qt.ItemDataRole.UserRole + 1

OVERDUE_BG = QColor("#fde2e1")
DUE_TODAY_BG = QColor("#fff1c2")
OVERDUE_FG = QColor("#b42318")
LINK_FG = QColor("#1d4ed8")


def _t(text: str) -> str:
    return QCoreApplication.translate("CallLog", text)


# Words for the service's codes (marked for lupdate; translated when shown).
_N = QT_TRANSLATE_NOOP
CHANNEL_NAMES = {
    "phone": _N("CallLog", "来电"), "visit": _N("CallLog", "来访"), "online": _N("CallLog", "线上"),
    "other": _N("CallLog", "其他"),
}  # fmt: skip
KIND_NAMES = {
    "inquiry": _N("CallLog", "咨询"), "repair": _N("CallLog", "报修"), "complaint": _N("CallLog", "投诉"),
    "help": _N("CallLog", "求助"), "suggestion": _N("CallLog", "建议"), "praise": _N("CallLog", "表扬"),
    "other": _N("CallLog", "其他"),
}  # fmt: skip
OUTCOME_NAMES = {
    "closed": _N("CallLog", "当场办结"), "follow_up": _N("CallLog", "待跟进"),
    "followed_up": _N("CallLog", "跟进办结"), "work_order": _N("CallLog", "已转工单"),
    "complaint": _N("CallLog", "已转投诉"),
}  # fmt: skip


# texts shown through _t() below (listed so that lupdate finds them)
_N("CallLog", "已转工单 {0}")
_N("CallLog", "已转投诉 {0}")
_N("CallLog", "双击打开工单 {0}")
_N("CallLog", "双击打开投诉 {0}")


def channel_name(code: str) -> str:
    return _t(CHANNEL_NAMES.get(code, code))


def kind_name(code: str) -> str:
    return _t(KIND_NAMES.get(code, code))


def outcome_name(code: str) -> str:
    return _t(OUTCOME_NAMES.get(code, code))


def outcome_text(row: CallRow) -> str:
    """The outcome as the list shows it, with the linked record or the follow-up state."""
    if row.outcome == "work_order" and row.work_order_id:
        return _t("已转工单 {0}").format(row.work_order_number or f"#{row.work_order_id}")
    if row.outcome == "complaint" and row.complaint_id:
        return _t("已转投诉 {0}").format(row.complaint_number or f"#{row.complaint_id}")
    if row.follow_up == "overdue":
        return _t("待跟进（已逾期）")
    if row.follow_up == "due_today":
        return _t("待跟进（今日到期）")
    return outcome_name(row.outcome)


def linked_record(row: CallRow) -> tuple[str, int, str] | None:
    """The work order or complaint the entry became: (record kind, id, number) for opening it."""
    if row.outcome == "work_order" and row.work_order_id:
        return "order", row.work_order_id, row.work_order_number or f"#{row.work_order_id}"
    if row.outcome == "complaint" and row.complaint_id:
        return "complaint", row.complaint_id, row.complaint_number or f"#{row.complaint_id}"
    return None


class CallLogModel(QAbstractTableModel):
    COLUMNS = (
        _N("CallLog", "时间"), _N("CallLog", "渠道"), _N("CallLog", "类别"), _N("CallLog", "房号"),
        _N("CallLog", "来电人"), _N("CallLog", "电话"), _N("CallLog", "内容"), _N("CallLog", "处理情况"),
        _N("CallLog", "结果"), _N("CallLog", "跟进期限"), _N("CallLog", "经办人"),
    )  # fmt: skip
    COL_CONTENT = 6
    COL_OUTCOME = 8

    def __init__(self, service: CallLogService, user: CurrentUser, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._user = user
        self._rows: list[CallRow] = []
        self._filter = CallFilter()
        self._next: int | None = None
        self._more = False
        self.page_size = PAGE_SIZE

    # --- loading ---------------------------------------------------------------------------

    def reload(self, flt: CallFilter | None = None) -> None:
        """Start over from the newest entry (ValidationError from the service is passed on,
        and the old rows stay)."""
        flt = flt if flt is not None else self._filter
        page = self._service.list_entries(self._user, flt, limit=self.page_size)
        self.beginResetModel()
        self._filter = flt
        self._rows = list(page.rows)
        self._next = page.next_before
        self._more = page.next_before is not None
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._service.list_entries(self._user, self._filter, before=self._next, limit=self.page_size)
        self._more = page.next_before is not None
        self._next = page.next_before
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()

    # --- access ------------------------------------------------------------------------------

    @property
    def filter(self) -> CallFilter:
        return self._filter

    def row_at(self, row: int) -> CallRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == entry_id:
                return i
        return -1

    def has_more(self) -> bool:
        return self._more

    # --- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.COLUMNS):
                return _t(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.COL_CONTENT, self.COL_CONTENT + 1):
            return r.content if col == self.COL_CONTENT else r.handling
        if col == self.COL_OUTCOME and linked_record(r) is not None:
            # the outcome names the record the entry became; double-click (or Ctrl+O) opens it
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(LINK_FG)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setUnderline(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                kind, _id, number = linked_record(r)  # type: ignore[misc]
                text = _t("双击打开工单 {0}") if kind == "order" else _t("双击打开投诉 {0}")
                return text.format(number)
        if role == Qt.ItemDataRole.BackgroundRole:
            if r.follow_up == "overdue":
                return QBrush(OVERDUE_BG)
            if r.follow_up == "due_today":
                return QBrush(DUE_TODAY_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and r.follow_up == "overdue" and col in (self.COL_OUTCOME, 9):
            return QBrush(OVERDUE_FG)
        if role == ROW_ROLE:
            return r
        return None

    def _display(self, r: CallRow, col: int) -> str:
        if col == 0:
            return to_local(r.at).strftime("%m-%d %H:%M")
        if col == 1:
            return channel_name(r.channel)
        if col == 2:
            return kind_name(r.kind)
        if col == 3:
            return r.room_code
        if col == 4:
            return r.person
        if col == 5:
            return r.phone
        if col == 6:
            return " ".join(r.content.split())
        if col == 7:
            return " ".join((r.handling or r.follow_up_note).split())
        if col == 8:
            return outcome_text(r)
        if col == 9:
            return r.due_date.strftime("%m-%d") if r.due_date else ""
        if col == 10:
            return r.handled_by
        return ""
