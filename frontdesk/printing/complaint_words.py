"""The words printed on complaint documents (registration form, monthly table, exports).

Printed forms are Chinese documents handed to residents and filed, whatever language the
screen is in; the UI has its own translatable words (ui/complaints_tab.py)."""

from __future__ import annotations

from datetime import datetime

from frontdesk.services.clock import to_local

STATE_NAMES = {
    "judge": "待判断",
    "investigate": "待调查",
    "propose": "待提方案",
    "approve": "待审批",
    "implement": "待实施",
    "callback": "待回访",
    "close": "待总结",
    "closed": "已关闭",
    "invalid": "不成立",
}
SATISFACTION_NAMES = {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意"}
METHOD_NAMES = {"phone": "电话", "visit": "上门", "sms": "短信", "wechat": "微信"}


def yes_no(value: bool | None, yes: str = "是", no: str = "否", unknown: str = "") -> str:
    if value is None:
        return unknown
    return yes if value else no


def local_text(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return to_local(value).strftime(fmt) if value is not None else ""


def days_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"
