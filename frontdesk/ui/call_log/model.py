"""The call-log list: the shared paged table model (ui.common.paged_model) with the call log's
column specs, colours and tooltips; pages fetched as the view scrolls (keyset, newest first).

The words for codes come from the feature's vocabulary (services.call_log.VOCABULARY); the
``_N`` tables below only mark those words for lupdate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from frontdesk.services.call_log import PAGE_SIZE, VOCABULARY, CallFilter, CallLogService, CallRow
from frontdesk.services.clock import to_local
from frontdesk.services.core.columns import Column
from frontdesk.services.core.paging import Page
from frontdesk.services.permissions import CurrentUser
from frontdesk.ui.common.paged_model import ROW_ROLE, CellStyle, PagedTableModel

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
    return _t(VOCABULARY.label("channel", code))


def kind_name(code: str) -> str:
    return _t(VOCABULARY.label("kind", code))


def outcome_name(code: str) -> str:
    return _t(VOCABULARY.state(code))


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


def _h(marked: object) -> str:
    """A header marked for lupdate (QT_TRANSLATE_NOOP is typed as returning object)."""
    return str(marked)


def _short_date(r: CallRow) -> str:
    return r.due_date.strftime("%m-%d") if r.due_date else ""


#: the list's columns (headers translated under "CallLog" by the shared model)
COLUMNS: tuple[Column[CallRow], ...] = (
    Column("at", _h(_N("CallLog", "时间")), lambda r: r.at, text=lambda r: to_local(r.at).strftime("%m-%d %H:%M")),
    Column("channel", _h(_N("CallLog", "渠道")), lambda r: r.channel, text=lambda r: channel_name(r.channel)),
    Column("kind", _h(_N("CallLog", "类别")), lambda r: r.kind, text=lambda r: kind_name(r.kind)),
    Column("room", _h(_N("CallLog", "房号")), lambda r: r.room_code),
    Column("person", _h(_N("CallLog", "来电人")), lambda r: r.person),
    Column("phone", _h(_N("CallLog", "电话")), lambda r: r.phone),
    Column("content", _h(_N("CallLog", "内容")), lambda r: r.content),
    Column("handling", _h(_N("CallLog", "处理情况")), lambda r: r.handling or r.follow_up_note),
    Column("outcome", _h(_N("CallLog", "结果")), lambda r: r.outcome, text=outcome_text),
    Column("due_date", _h(_N("CallLog", "跟进期限")), lambda r: r.due_date, text=_short_date),
    Column("handled_by", _h(_N("CallLog", "经办人")), lambda r: r.handled_by),
)
_OVERDUE_MARKED = ("outcome", "due_date")


def _style(r: CallRow, key: str) -> CellStyle | None:
    """Open follow-ups coloured by how due they are; the record an entry became, as a link."""
    if key == "outcome" and linked_record(r) is not None:
        return CellStyle(foreground=LINK_FG.name())
    if r.follow_up == "overdue":
        return CellStyle(OVERDUE_BG.name(), OVERDUE_FG.name() if key in _OVERDUE_MARKED else None)
    if r.follow_up == "due_today":
        return CellStyle(DUE_TODAY_BG.name())
    return None


class CallLogModel(PagedTableModel[CallRow]):
    COLUMNS = COLUMNS
    COL_CONTENT = 6
    COL_OUTCOME = 8

    def __init__(self, service: CallLogService, user: CurrentUser, parent: Any = None) -> None:
        super().__init__(COLUMNS, "CallLog", style=_style, page_size=PAGE_SIZE, parent=parent)
        self._service = service
        self._user = user
        self._filter = CallFilter()
        self._underline = QFont()
        self._underline.setUnderline(True)

    @property
    def page_size(self) -> int:
        return self._page_size

    @page_size.setter
    def page_size(self, n: int) -> None:
        self._page_size = n

    def reload(self, flt: CallFilter | None = None) -> None:  # type: ignore[override]  # a filter, not a fetch
        """Start over from the newest entry (ValidationError from the service is passed on,
        and the old rows and filter stay)."""
        flt = flt if flt is not None else self._filter
        service, user = self._service, self._user

        def fetch(cursor: str | None, limit: int) -> Page[CallRow]:
            return service.page(user, flt, cursor, limit)

        first = fetch(None, self._page_size)
        self._filter = flt
        self.set_fetch(fetch)
        self.set_page(first)

    @property
    def filter(self) -> CallFilter:
        return self._filter

    def has_more(self) -> bool:
        return self.canFetchMore()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is not None and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole):
            col = index.column()
            linked = linked_record(r) if col == self.COL_OUTCOME else None
            if role == Qt.ItemDataRole.FontRole:
                return self._underline if linked is not None else None  # double-click (or Ctrl+O) opens it
            if linked is not None:
                text = _t("双击打开工单 {0}") if linked[0] == "order" else _t("双击打开投诉 {0}")
                return text.format(linked[2])
            if col == self.COL_CONTENT:
                return r.content
            if col == self.COL_CONTENT + 1:
                return r.handling
            return None
        return super().data(index, role)


__all__ = [
    "COLUMNS", "DUE_TODAY_BG", "LINK_FG", "OVERDUE_BG", "OVERDUE_FG", "ROW_ROLE", "CallLogModel", "channel_name",
    "kind_name", "linked_record", "outcome_name", "outcome_text",
]  # fmt: skip
