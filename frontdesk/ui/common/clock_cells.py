"""The service clock in a list (services.core.service_clock): one column, "剩余时限", its words
and its colours — green while there is time, amber from 80 %, red when overdue — shared by the
order, complaint and callback lists. Rows carry ``clock: ClockView | None``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.services.core.columns import Column
from frontdesk.services.core.service_clock import ClockView
from frontdesk.ui.common.paged_model import CellStyle

CONTEXT = "ServiceClock"
KEY = "clock"
HEADER = QT_TRANSLATE_NOOP("ServiceClock", "剩余时限")
#: level → (background, foreground)
COLOURS = {"ok": ("#e3f4e5", "#1e7b34"), "warn": ("#fff1cc", "#8a5a00"), "over": ("#fde2e1", "#b42318")}

Row = TypeVar("Row")


def clock_text(view: ClockView | None) -> str:
    """剩 1 小时 20 分 / 超时 15 分钟 / 挂起 · 剩 …, in the reader's language."""
    if view is None or view.level == "done" or view.due_at is None:
        return ""
    m = abs(view.minutes_left)
    if m < 60:
        span = QCoreApplication.translate("ServiceClock", "{0} 分钟").format(m)
    elif m < 48 * 60:
        span = QCoreApplication.translate("ServiceClock", "{0} 小时 {1} 分").format(m // 60, m % 60)
    else:
        span = QCoreApplication.translate("ServiceClock", "{0} 天").format(m // (24 * 60))
    words = (
        QCoreApplication.translate("ServiceClock", "超时 {0}")
        if view.minutes_left < 0
        else QCoreApplication.translate("ServiceClock", "剩 {0}")
    )
    text = words.format(span)
    stage = (
        QCoreApplication.translate("ServiceClock", "响应")
        if view.stage == "response"
        else QCoreApplication.translate("ServiceClock", "完成")
    )
    text = f"{stage} {text}"
    return QCoreApplication.translate("ServiceClock", "挂起 · {0}").format(text) if view.held else text


def clock_style(view: ClockView | None) -> CellStyle | None:
    if view is None or view.level not in COLOURS:
        return None
    bg, fg = COLOURS[view.level]
    return CellStyle(bg, fg, bold=view.level == "over")


def clock_column(clock: Callable[[Row], ClockView | None] = lambda r: getattr(r, "clock", None)) -> Column[Any]:
    """The column; its typed value (for the export) is the minutes left."""

    def minutes(r: Any) -> int | None:
        v = clock(r)
        return v.minutes_left if v is not None and v.level != "done" else None

    return Column(KEY, str(HEADER), minutes, text=lambda r: clock_text(clock(r)), width=14, export=False)


def with_clock_style(style: Callable[[Any, str], CellStyle | None] | None) -> Callable[[Any, str], CellStyle | None]:
    """A list's own ``style`` with the clock column coloured by the clock."""

    def styled(r: Any, key: str) -> CellStyle | None:
        if key == KEY:
            return clock_style(getattr(r, "clock", None))
        return style(r, key) if style is not None else None

    return styled
