"""Rectification notices as a table: the shared paged model over ``NoticeDetail`` rows with this
list's column specs; statuses worded and coloured as in the detail and the room history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.services.core.columns import Column
from frontdesk.services.notices import NoticeDetail
from frontdesk.ui.common.paged_model import CellStyle, Fetch, PagedTableModel

CONTEXT = "NoticeModel"

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


COLUMNS: tuple[Column[NoticeDetail], ...] = (
    Column(
        "number",
        str(QT_TRANSLATE_NOOP("NoticeModel", "编号")),
        lambda d: d.number,
        text=lambda d: d.number + (f"（{d.round}）" if d.round > 1 else ""),
    ),
    Column("room", str(QT_TRANSLATE_NOOP("NoticeModel", "房号")), lambda d: d.room_code),
    Column(
        "addressee",
        str(QT_TRANSLATE_NOOP("NoticeModel", "致")),
        lambda d: d.addressee_name,
        text=lambda d: f"{addressee_kind_name(d.addressee_kind)} {d.addressee_name}",
    ),
    Column("findings", str(QT_TRANSLATE_NOOP("NoticeModel", "发现问题")), lambda d: d.findings, width=40),
    Column("deadline", str(QT_TRANSLATE_NOOP("NoticeModel", "整改期限")), lambda d: d.deadline),
    Column("status", str(QT_TRANSLATE_NOOP("NoticeModel", "状态")), lambda d: d.status, text=lambda d: status_name(d.status)),
)


def _style(d: NoticeDetail, key: str) -> CellStyle | None:
    return CellStyle(foreground=STATUS_COLORS.get(d.status, "#000")) if key == "status" else None


class NoticeModel(PagedTableModel[NoticeDetail]):
    def __init__(self, parent: Any = None, fetch: Fetch[NoticeDetail] | None = None) -> None:
        super().__init__(COLUMNS, CONTEXT, fetch, style=_style, parent=parent)
