"""Rectification notices as a table. A centre issues about a hundred a year, and the lists show
open ones or one room's history, so the rows come in one piece (the service caps at 500)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from frontdesk.services.rectification import NoticeDetail
from frontdesk.ui.itemmodels.rows_model import RowsTableModel

NOTICE_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex

STATUS_COLORS = {
    "pending": "#1f6fb2",
    "due": "#d35400",
    "overdue": "#c0392b",
    "rectified": "#2e7d32",
    "followup_needed": "#c0392b",
    "followed_up": "#888888",
}


def status_name(status: str) -> str:
    t = QCoreApplication.translate
    return {
        "pending": t("notices", "待复查"),
        "due": t("notices", "今日复查"),
        "overdue": t("notices", "复查逾期"),
        "rectified": t("notices", "已整改"),
        "followup_needed": t("notices", "未整改·待再次通知"),
        "followed_up": t("notices", "未整改·已再次通知"),
    }.get(status, status)


def addressee_kind_name(kind: str) -> str:
    t = QCoreApplication.translate
    return {"owner": t("notices", "业主"), "contractor": t("notices", "装修负责人")}.get(kind, kind)


class NoticeModel(RowsTableModel[NoticeDetail]):
    COLUMNS = (
        QT_TRANSLATE_NOOP("NoticeModel", "编号"),
        QT_TRANSLATE_NOOP("NoticeModel", "房号"),
        QT_TRANSLATE_NOOP("NoticeModel", "致"),
        QT_TRANSLATE_NOOP("NoticeModel", "发现问题"),
        QT_TRANSLATE_NOOP("NoticeModel", "整改期限"),
        QT_TRANSLATE_NOOP("NoticeModel", "状态"),
    )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return d.number + (f"（{d.round}）" if d.round > 1 else "")
            if col == 1:
                return d.room_code
            if col == 2:
                return f"{addressee_kind_name(d.addressee_kind)} {d.addressee_name}"
            if col == 3:
                return d.findings.replace("\n", " ")[:40]
            if col == 4:
                return d.deadline.isoformat()
            if col == 5:
                return status_name(d.status)
        elif role == Qt.ItemDataRole.ForegroundRole and col == 5:
            return QColor(STATUS_COLORS.get(d.status, "#000"))
        elif role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return d.findings
        elif role == NOTICE_ROLE:
            return d
        return None
