"""Words for a handover: section titles, the features' state codes, tallies, shift labels.

Kept free of Qt so the printed sheet (always Chinese) and the screens (translated through Qt with
the context "handover") say the same thing. Every phrase is marked with ``QT_TRANSLATE_NOOP`` so
lupdate collects it; the screens pass ``tr`` to translate, the printed sheet does not.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from frontdesk.services.clock import to_local
from frontdesk.services.handover.rows import HandoverDetail, ItemRow
from frontdesk.services.handover.shifts import ShiftWindow

Tr = Callable[[str], str]


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def _same(text: str) -> str:
    return text


SECTION_TITLES = {
    "order.urgent": QT_TRANSLATE_NOOP("handover", "本班紧急工单"),
    "complaint.major": QT_TRANSLATE_NOOP("handover", "本班重大投诉"),
    "alert.open": QT_TRANSLATE_NOOP("handover", "未确认的紧急警报"),
    "order.open": QT_TRANSLATE_NOOP("handover", "未关闭工单"),
    "callback.due": QT_TRANSLATE_NOOP("handover", "待回访（到期/逾期）"),
    "complaint.open": QT_TRANSLATE_NOOP("handover", "处理中投诉"),
    "call.followup": QT_TRANSLATE_NOOP("handover", "待跟进来电来访"),
    "pass.issued": QT_TRANSLATE_NOOP("handover", "本班开具放行条"),
    "notice.reinspect": QT_TRANSLATE_NOOP("handover", "待复查整改通知"),
}
OTHER_SECTION = QT_TRANSLATE_NOOP("handover", "其他事项（{0}）")

HANDOVER_STATES = {
    "draft": QT_TRANSLATE_NOOP("handover", "草稿"),
    "submitted": QT_TRANSLATE_NOOP("handover", "待接班"),
    "acknowledged": QT_TRANSLATE_NOOP("handover", "已接班"),
}

CALLBACK_STATES = {
    "pending": QT_TRANSLATE_NOOP("handover", "待回访"),
    "done": QT_TRANSLATE_NOOP("handover", "已回访"),
    "cancelled": QT_TRANSLATE_NOOP("handover", "已取消"),
}
#: the state codes each feature puts on its items (services/work_orders.py, complaints.py, …)
RECORD_STATES: dict[str, dict[str, str]] = {
    "order": {
        "new": QT_TRANSLATE_NOOP("handover", "待派单"),
        "dispatched": QT_TRANSLATE_NOOP("handover", "已派单"),
        "in_progress": QT_TRANSLATE_NOOP("handover", "处理中"),
        "completed": QT_TRANSLATE_NOOP("handover", "已完工"),
        "called_back": QT_TRANSLATE_NOOP("handover", "已回访"),
        "closed": QT_TRANSLATE_NOOP("handover", "已关闭"),
        "on_hold": QT_TRANSLATE_NOOP("handover", "挂起"),
        "cancelled": QT_TRANSLATE_NOOP("handover", "已取消"),
    },
    "complaint": {
        "judge": QT_TRANSLATE_NOOP("handover", "待判断"),
        "investigate": QT_TRANSLATE_NOOP("handover", "待调查"),
        "propose": QT_TRANSLATE_NOOP("handover", "待提方案"),
        "approve": QT_TRANSLATE_NOOP("handover", "待审批"),
        "implement": QT_TRANSLATE_NOOP("handover", "待实施"),
        "callback": QT_TRANSLATE_NOOP("handover", "待回访"),
        "close": QT_TRANSLATE_NOOP("handover", "待总结"),
        "closed": QT_TRANSLATE_NOOP("handover", "已关闭"),
        "invalid": QT_TRANSLATE_NOOP("handover", "不成立"),
    },
    "call": {
        "closed": QT_TRANSLATE_NOOP("handover", "当场办结"),
        "follow_up": QT_TRANSLATE_NOOP("handover", "待跟进"),
        "followed_up": QT_TRANSLATE_NOOP("handover", "已跟进"),
        "work_order": QT_TRANSLATE_NOOP("handover", "已转工单"),
        "complaint": QT_TRANSLATE_NOOP("handover", "已转投诉"),
    },
    "pass": {
        "issued": QT_TRANSLATE_NOOP("handover", "已开具"),
        "used": QT_TRANSLATE_NOOP("handover", "已放行"),
        "void": QT_TRANSLATE_NOOP("handover", "已作废"),
        "expired": QT_TRANSLATE_NOOP("handover", "已过期"),
    },
    "notice": {
        "pending": QT_TRANSLATE_NOOP("handover", "待复查"),
        "due": QT_TRANSLATE_NOOP("handover", "今日复查"),
        "overdue": QT_TRANSLATE_NOOP("handover", "逾期未复查"),
        "followup_needed": QT_TRANSLATE_NOOP("handover", "未整改，待发二次通知"),
        "followed_up": QT_TRANSLATE_NOOP("handover", "已发二次通知"),
        "rectified": QT_TRANSLATE_NOOP("handover", "已整改"),
        "not_rectified": QT_TRANSLATE_NOOP("handover", "未整改"),
    },
}

TALLY_GROUPS = {
    "channel": QT_TRANSLATE_NOOP("handover", "来电来访"),
    "kind": QT_TRANSLATE_NOOP("handover", "类别"),
    "outcome": QT_TRANSLATE_NOOP("handover", "处理结果"),
}
#: the call log's tallies (services/call_log.py: channel.*, kind.*, outcome.*, total)
TALLY_WORDS = {
    "channel.phone": QT_TRANSLATE_NOOP("handover", "来电"),
    "channel.visit": QT_TRANSLATE_NOOP("handover", "来访"),
    "channel.online": QT_TRANSLATE_NOOP("handover", "线上"),
    "channel.other": QT_TRANSLATE_NOOP("handover", "其他"),
    "kind.inquiry": QT_TRANSLATE_NOOP("handover", "咨询"),
    "kind.repair": QT_TRANSLATE_NOOP("handover", "报修"),
    "kind.complaint": QT_TRANSLATE_NOOP("handover", "投诉"),
    "kind.help": QT_TRANSLATE_NOOP("handover", "求助"),
    "kind.suggestion": QT_TRANSLATE_NOOP("handover", "建议"),
    "kind.praise": QT_TRANSLATE_NOOP("handover", "表扬"),
    "kind.other": QT_TRANSLATE_NOOP("handover", "其他"),
    "outcome.closed": QT_TRANSLATE_NOOP("handover", "当场办结"),
    "outcome.follow_up": QT_TRANSLATE_NOOP("handover", "待跟进"),
    "outcome.followed_up": QT_TRANSLATE_NOOP("handover", "已跟进"),
    "outcome.work_order": QT_TRANSLATE_NOOP("handover", "转工单"),
    "outcome.complaint": QT_TRANSLATE_NOOP("handover", "转投诉"),
}
TOTAL = QT_TRANSLATE_NOOP("handover", "合计 {0}")
COUNT = QT_TRANSLATE_NOOP("handover", "{0} {1}")
GROUP = QT_TRANSLATE_NOOP("handover", "{0}：")
NEXT_DAY = QT_TRANSLATE_NOOP("handover", "次日{0}")
SHIFT = QT_TRANSLATE_NOOP("handover", "{0} {1} {2}–{3}")
OVERDUE_AT = QT_TRANSLATE_NOOP("handover", "{0}（已逾期）")
OVERDUE = QT_TRANSLATE_NOOP("handover", "已逾期")


def section_title(code: str, tr: Tr = _same) -> str:
    title = SECTION_TITLES.get(code)
    return tr(title) if title else tr(OTHER_SECTION).format(code)


def handover_state(state: str, tr: Tr = _same) -> str:
    return tr(HANDOVER_STATES[state]) if state in HANDOVER_STATES else state


def state_text(section: str, ref_kind: str, code: str, tr: Tr = _same) -> str:
    """Words for the state code a feature put on its item (unknown codes are shown as they are)."""
    table = CALLBACK_STATES if section == "callback.due" else RECORD_STATES.get(ref_kind, {})
    return tr(table[code]) if code in table else code


def fmt_time(value: datetime | None, with_date: bool = True) -> str:
    if value is None:
        return ""
    return to_local(value).strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


def short_time(value: datetime | None) -> str:
    """``11-27 15:50`` (the year is implied in a handover's table)."""
    return to_local(value).strftime("%m-%d %H:%M") if value is not None else ""


def due_text(item: ItemRow, short: bool = False, tr: Tr = _same) -> str:
    """The deadline; a deadline at local midnight is a day (a follow-up "by the 28th")."""
    due = item.due_at
    if due is not None and (to_local(due).hour, to_local(due).minute) == (0, 0):
        text = to_local(due).strftime("%m-%d" if short else "%Y-%m-%d")
    else:
        text = short_time(due) if short else fmt_time(due)
    if item.overdue:
        text = tr(OVERDUE_AT).format(text) if text else tr(OVERDUE)
    return text


def item_text(item: ItemRow) -> str:
    """What the item is about: its summary, with the room and the person the feature passed in
    ``extra`` when the summary does not already say them."""
    text = item.summary
    room = (item.extra.get("room") or "").strip()
    person = (item.extra.get("person") or item.extra.get("contact") or "").strip()
    if room and room not in text:
        text = f"{room} {text}"
    if person and person not in text:
        text = f"{text}（{person}）"
    return text


def shift_label(w: ShiftWindow, tr: Tr = _same) -> str:
    """``2026-11-27 早班 08:00–16:00``; a shift ending at midnight ends at 24:00."""
    start = to_local(w.start)
    end = to_local(w.end)
    if end.date() > start.date():
        end_text = "24:00" if (end.hour, end.minute) == (0, 0) else tr(NEXT_DAY).format(end.strftime("%H:%M"))
    else:
        end_text = end.strftime("%H:%M")
    return tr(SHIFT).format(start.strftime("%Y-%m-%d"), w.name, start.strftime("%H:%M"), end_text)


def tally_lines(detail: HandoverDetail, tr: Tr = _same) -> list[str]:
    """The shift's tallies as lines: ``来电来访：来电 7 · 来访 3 · 合计 10``, ``类别：报修 2 · 咨询 5``."""
    groups: dict[str, list[str]] = {}
    totals: list[str] = []
    for item in detail.counts:
        for key, n in item.tallies():
            if key == "total":
                totals.append(tr(TOTAL).format(n))
                continue
            prefix = key.split(".", 1)[0] if "." in key else ""
            word = tr(TALLY_WORDS[key]) if key in TALLY_WORDS else key.split(".", 1)[-1]
            groups.setdefault(prefix, []).append(tr(COUNT).format(word, n))
    lines = []
    for i, (prefix, parts) in enumerate(groups.items()):
        if i == 0:
            parts = parts + totals
        title = tr(TALLY_GROUPS[prefix]) if prefix in TALLY_GROUPS else prefix
        lines.append((tr(GROUP).format(title) if title else "") + " · ".join(parts))
    if not groups and totals:
        lines.append(" · ".join(totals))
    return lines
