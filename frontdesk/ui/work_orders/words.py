"""Words for the codes the work-order, callback and alert services return (translatable). An
order's states, urgency, charge, confirmation and satisfaction are its vocabulary's
(services/work_orders/rules.VOCABULARY, translated under its context)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from frontdesk.services.clock import to_local
from frontdesk.services.work_orders.rules import VOCABULARY


def _t(text: str) -> str:
    return QCoreApplication.translate("orders", text)


def _action(text: str) -> str:
    """Button words: a context of their own, as English says "Close" on a button but "Closed" in
    the timeline for the same 关闭."""
    return QCoreApplication.translate("order actions", text)


def _word(text: str) -> str:
    """A word of the order vocabulary (services/work_orders/rules.VOCABULARY), translated."""
    return QCoreApplication.translate(VOCABULARY.context, text)


def _label(group: str, code: str | None) -> str:
    """A coded value in the vocabulary's words; "" for no code or one it does not word."""
    text = VOCABULARY.optional(group, code)
    return _word(text) if text else ""


def state_name(code: str) -> str:
    return _word(VOCABULARY.state(code))


#: state → (text colour, background) of its badge
STATE_COLOURS = {
    "new": ("#8a4b00", "#fff1d6"),
    "dispatched": ("#0b4f8a", "#dcecfb"),
    "in_progress": ("#5b2a86", "#ece1f7"),
    "completed": ("#1d6b35", "#dff3e4"),
    "called_back": ("#1d6b35", "#dff3e4"),
    "closed": ("#555", "#eee"),
    "on_hold": ("#7a5b00", "#fbf3cf"),
    "cancelled": ("#777", "#eee"),
}


def urgency_name(code: str) -> str:
    return _word(VOCABULARY.label("urgency", code))


def paid_name(paid: bool) -> str:
    return _label("paid", "yes" if paid else "no")


def confirmation_name(code: str | None) -> str:
    return _label("confirmation", code)


def method_name(code: str | None) -> str:
    return {"phone": _t("电话"), "visit": _t("上门"), "sms": _t("短信"), "wechat": _t("微信")}.get(code or "", "")


def satisfaction_name(code: str | None) -> str:
    return _label("satisfaction", code)


def ref_kind_name(kind: str) -> str:
    """What a callback or an alert is about."""
    return {"order": _t("维修工单"), "complaint": _t("投诉"), "call": _t("来电来访")}.get(kind, kind)


def alert_kind_name(kind: str) -> str:
    words = {
        "order.urgent": _t("紧急报修"),
        "complaint.major": _t("重大投诉"),
        "clock.warning": _t("时限将到"),  # services.core.service_clock: 80 %, to the handler
        "clock.overdue": _t("服务超时"),  # overdue, to the supervisor
    }
    return words.get(kind, kind)


def op_name(op: str) -> str:
    return {
        "edit": _action("修改"),
        "dispatch": _action("派单"),
        "reassign": _action("改派"),
        "start": _action("开始处理"),
        "hold": _action("挂起"),
        "resume": _action("恢复"),
        "complete": _action("完工登记"),
        "callback": _action("回访"),
        "close": _action("关闭"),
        "cancel": _action("取消工单"),
    }.get(op, op)


def event_name(action: str) -> str:
    return {
        "created": _t("开单"),
        "edited": _t("修改内容"),
        "alert_raised": _t("紧急报警已发出"),
        "alert_acknowledged": _t("主管已确认报警"),
        "dispatched": _t("派单"),
        "reassigned": _t("改派"),
        "started": _t("开始处理"),
        "held": _t("挂起"),
        "resumed": _t("恢复处理"),
        "completed": _t("完工"),
        "callback": _t("回访"),
        "reopened": _t("回访不满意，重新派单"),
        "closed": _t("关闭"),
        "cancelled": _t("取消"),
        "printed": _t("打印"),
    }.get(action, action)


def field_name(name: str) -> str:
    return {
        "room_id": _t("房号"),
        "location": _t("位置"),
        "reporter": _t("报修人"),
        "phone": _t("电话"),
        "category": _t("类别"),
        "description": _t("故障描述"),
        "urgency": _t("紧急程度"),
        "paid": _t("收费"),
        "appointment_at": _t("预约时间"),
    }.get(name, name)


def when(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return to_local(value).strftime(fmt) if value else ""


def short_when(value: datetime | None, now: datetime | None = None) -> str:
    """``11-27 09:30``, or just the time for today."""
    if value is None:
        return ""
    local = to_local(value)
    if now is not None and to_local(now).date() == local.date():
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")
