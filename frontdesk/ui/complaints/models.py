"""The complaint list: the shared paged model (ui.common.paged_model) over the service's keyset
pages, with this list's column specs; overdue rows marked, 重大 in bold, ended ones grey."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.services.clock import to_local
from frontdesk.services.complaints import MAJOR, VOCABULARY, ComplaintRow, State
from frontdesk.services.core.columns import Column
from frontdesk.ui.common.clock_cells import clock_column, with_clock_style
from frontdesk.ui.common.labels import data_word
from frontdesk.ui.common.paged_model import CellStyle, Fetch, PagedTableModel

PAGE = 100
CONTEXT = VOCABULARY.context  # "complaints"

OVERDUE_BG = "#fdecea"
OVERDUE_FG = "#c0392b"
ENDED_FG = "#7f8c8d"

#: the vocabulary's state words, marked for translation under its context (lupdate reads these)
STATE_WORDS = (
    QT_TRANSLATE_NOOP("complaints", "待判断"),
    QT_TRANSLATE_NOOP("complaints", "待调查"),
    QT_TRANSLATE_NOOP("complaints", "待提方案"),
    QT_TRANSLATE_NOOP("complaints", "待审批"),
    QT_TRANSLATE_NOOP("complaints", "待实施"),
    QT_TRANSLATE_NOOP("complaints", "待回访"),
    QT_TRANSLATE_NOOP("complaints", "待总结"),
    QT_TRANSLATE_NOOP("complaints", "已关闭"),
    QT_TRANSLATE_NOOP("complaints", "不成立"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("complaints", text)


def state_names() -> dict[str, str]:
    """The state words of the vocabulary (services.complaints.VOCABULARY), translated."""
    return {State(code).value: _t(word) for code, word in VOCABULARY.states.items()}


def due_text(due: datetime | None, now: datetime) -> str:
    """How long is left, or how late it is, in the words a receptionist uses."""
    if due is None:
        return ""
    delta = (due - now).total_seconds()
    hours = abs(delta) / 3600
    span = (
        _t("{0} 分钟").format(int(hours * 60))
        if hours < 1
        else (_t("{0} 小时").format(int(hours)) if hours < 48 else _t("{0} 天").format(int(hours // 24)))
    )
    return _t("超时 {0}").format(span) if delta < 0 else _t("剩 {0}").format(span)


def list_columns(now: Callable[[], datetime]) -> list[Column[ComplaintRow]]:
    """The on-screen list (headers translated under "complaints")."""
    return [
        Column("number", str(QT_TRANSLATE_NOOP("complaints", "编号")), lambda r: r.number, width=16),
        Column("state", str(QT_TRANSLATE_NOOP("complaints", "状态")), lambda r: r.state.value,
               text=lambda r: _t(VOCABULARY.state(r.state.value)), width=9),
        Column("received_at", str(QT_TRANSLATE_NOOP("complaints", "受理时间")), lambda r: r.received_at,
               text=lambda r: to_local(r.received_at).strftime("%m-%d %H:%M"), width=12),
        Column("complainant", str(QT_TRANSLATE_NOOP("complaints", "投诉人")), lambda r: r.complainant, width=10),
        Column("room", str(QT_TRANSLATE_NOOP("complaints", "房号")), lambda r: r.room, width=11),
        Column("category", str(QT_TRANSLATE_NOOP("complaints", "类别")), lambda r: r.category,
               text=lambda r: data_word(r.category), width=10),
        Column("severity", str(QT_TRANSLATE_NOOP("complaints", "严重程度")), lambda r: r.severity,
               text=lambda r: data_word(r.severity), width=9),
        Column("department", str(QT_TRANSLATE_NOOP("complaints", "责任部门")), lambda r: r.department,
               text=lambda r: data_word(r.department), width=11),
        Column("due", str(QT_TRANSLATE_NOOP("complaints", "时限")), lambda r: r.due_at,
               text=lambda r: due_text(r.due_at, now()) if r.state.is_open else "", width=10),
        clock_column(),
        Column("content", str(QT_TRANSLATE_NOOP("complaints", "投诉内容")), lambda r: r.content, width=40),
    ]  # fmt: skip


def row_style(r: ComplaintRow, key: str) -> CellStyle | None:
    background = OVERDUE_BG if r.overdue else None
    major = key == "severity" and r.severity == MAJOR
    foreground = None
    if (key == "due" and r.overdue) or major:
        foreground = OVERDUE_FG
    elif not r.state.is_open:
        foreground = ENDED_FG
    if background is None and foreground is None:
        return None
    return CellStyle(background, foreground, bold=major)


class ComplaintListModel(PagedTableModel[ComplaintRow]):
    def __init__(
        self,
        fetch: Fetch[ComplaintRow] | None,
        now: Callable[[], datetime],
        parent: Any = None,
        *,
        page_size: int = PAGE,
    ) -> None:
        super().__init__(list_columns(now), CONTEXT, fetch, style=with_clock_style(row_style), page_size=page_size, parent=parent)
