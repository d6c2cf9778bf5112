"""Words and a read-only rendering of a handover, shared by the tab, the 接班 dialog and the print sheet.

Section codes come from the features (services/contracts.py, HandoverItem.section); the titles
are here so every view and the printed sheet say the same thing.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from frontdesk.services.clock import to_local
from frontdesk.services.handover import HandoverDetail, ItemRow, format_fen
from frontdesk.services.shifts import ShiftWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("handover", text)


def section_title(code: str) -> str:
    titles = {
        "order.urgent": _t("本班紧急工单"),
        "complaint.major": _t("本班重大投诉"),
        "alert.open": _t("未确认的紧急警报"),
        "order.open": _t("未关闭工单"),
        "callback.due": _t("待回访（到期/逾期）"),
        "complaint.open": _t("处理中投诉"),
        "call.followup": _t("待跟进来电来访"),
        "pass.issued": _t("本班开具放行条"),
        "notice.reinspect": _t("待复查整改通知"),
    }
    return titles.get(code) or _t("其他事项（{0}）").format(code)


def state_name(state: str) -> str:
    names = {"draft": _t("草稿"), "submitted": _t("待接班"), "acknowledged": _t("已接班")}
    return names.get(state, state)


def fmt_time(value: datetime | None, with_date: bool = True) -> str:
    if value is None:
        return ""
    local = to_local(value)
    return local.strftime("%Y-%m-%d %H:%M") if with_date else local.strftime("%H:%M")


def shift_label(w: ShiftWindow) -> str:
    """``2026-11-27 早班 08:00–16:00``; a shift ending at midnight ends at 24:00."""
    start = to_local(w.start)
    end = to_local(w.end)
    end_text = "24:00" if end.hour == 0 and end.minute == 0 and end.date() > start.date() else end.strftime("%H:%M")
    if end.date() > start.date() and end_text != "24:00":
        end_text = _t("次日{0}").format(end_text)
    return _t("{0} {1} {2}–{3}").format(start.strftime("%Y-%m-%d"), w.name, start.strftime("%H:%M"), end_text)


def short_time(value: datetime | None) -> str:
    """``11-27 15:50`` (the year is implied in a handover's table)."""
    return to_local(value).strftime("%m-%d %H:%M") if value is not None else ""


def due_text(item: ItemRow, short: bool = False) -> str:
    text = short_time(item.due_at) if short else fmt_time(item.due_at)
    if item.overdue:
        text = _t("{0}（已逾期）").format(text) if text else _t("已逾期")
    return text


def state_text(section: str, ref_kind: str, code: str) -> str:
    """Words for the state code a feature put on its item (unknown codes are shown as they are)."""
    if section == "callback.due":
        table = {"pending": _t("待回访"), "done": _t("已回访"), "cancelled": _t("已取消")}
    else:
        table = {
            "order": {
                "new": _t("待派单"), "dispatched": _t("已派单"), "in_progress": _t("处理中"),
                "completed": _t("已完工"), "called_back": _t("已回访"), "closed": _t("已关闭"),
                "on_hold": _t("挂起"), "cancelled": _t("已取消"),
            },
            "complaint": {
                "judge": _t("待判断"), "investigate": _t("待调查"), "propose": _t("待提方案"),
                "approve": _t("待审批"), "implement": _t("待实施"), "callback": _t("待回访"),
                "close": _t("待总结"), "closed": _t("已关闭"), "invalid": _t("不成立"),
            },
            "call": {
                "closed": _t("当场办结"), "follow_up": _t("待跟进"), "followed_up": _t("已跟进"),
                "work_order": _t("已转工单"), "complaint": _t("已转投诉"),
            },
            "pass": {"issued": _t("已开具"), "used": _t("已放行"), "void": _t("已作废"), "expired": _t("已过期")},
            "notice": {
                "pending": _t("待复查"), "due": _t("今日复查"), "overdue": _t("逾期未复查"),
                "followup_needed": _t("未整改，待发二次通知"), "followed_up": _t("已发二次通知"),
                "rectified": _t("已整改"), "not_rectified": _t("未整改"),
            },
        }.get(ref_kind, {})
    return table.get(code, code)


def _tally_groups() -> dict[str, str]:
    return {"channel": _t("来电来访"), "kind": _t("类别"), "outcome": _t("处理结果")}


def _tally_words() -> dict[str, str]:
    return {
        "channel.phone": _t("来电"), "channel.visit": _t("来访"), "channel.online": _t("线上"),
        "channel.other": _t("其他"), "kind.inquiry": _t("咨询"), "kind.repair": _t("报修"),
        "kind.complaint": _t("投诉"), "kind.help": _t("求助"), "kind.suggestion": _t("建议"),
        "kind.praise": _t("表扬"), "kind.other": _t("其他"), "outcome.closed": _t("当场办结"),
        "outcome.follow_up": _t("待跟进"), "outcome.followed_up": _t("已跟进"),
        "outcome.work_order": _t("转工单"), "outcome.complaint": _t("转投诉"),
    }


def tally_lines(detail: HandoverDetail) -> list[str]:
    """The shift's tallies as lines: ``来电来访：来电 7 · 来访 3 · 合计 10``, ``类别：报修 2 · 咨询 5``."""
    words, titles = _tally_words(), _tally_groups()
    groups: dict[str, list[str]] = {}
    totals: list[str] = []
    for item in detail.counts:
        for key, n in item.tallies():
            if key == "total":
                totals.append(_t("合计 {0}").format(n))
                continue
            prefix = key.split(".", 1)[0] if "." in key else ""
            word = words.get(key) or key.split(".", 1)[-1]
            groups.setdefault(prefix, []).append(_t("{0} {1}").format(word, n))
    lines = []
    for i, (prefix, parts) in enumerate(groups.items()):
        if i == 0:
            parts = parts + totals
        title = titles.get(prefix, prefix)
        lines.append((_t("{0}：").format(title) if title else "") + " · ".join(parts))
    if not groups and totals:
        lines.append(" · ".join(totals))
    return lines


def counts_text(detail: HandoverDetail) -> str:
    return "；".join(tally_lines(detail))


def cash_text(fen: int | None) -> str:
    return _t("{0} 元").format(format_fen(fen)) if fen is not None else ""


def _multiline(text: str) -> str:
    return escape(text).replace("\n", "<br>") if text else f"<span style='color:#999'>{escape(_t('（无）'))}</span>"


NOWRAP = "white-space:nowrap"
CSS = """
body { font-size: 10.5pt; }
h2 { margin: 0 0 6px 0; }
h3 { margin: 14px 0 4px 0; color: #1f3a5f; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #c8ccd2; padding: 3px 6px; }
table.grid th { background: #eef1f5; }
td.section { background: #f6f7f9; color: #1f3a5f; }
.overdue { color: #c0392b; }
.muted { color: #777; }
.warn { color: #b45f06; }
.bad { color: #c0392b; font-weight: bold; }
"""


def detail_html(d: HandoverDetail) -> str:
    """The whole handover as HTML for a QTextBrowser."""
    e = escape
    title = _t("交接班记录 {0}").format(d.number) if d.number else _t("交接班记录（草稿）")
    out = [f"<style>{CSS}</style>", f"<h2>{e(title)}</h2>"]
    head = [
        (_t("柜台"), d.counter),
        (_t("班次"), shift_label(d.shift)),
        (_t("交班人"), d.author_name),
        (_t("交班时间"), fmt_time(d.submitted_at)),
        (_t("接班人"), d.ack_by_name or ""),
        (_t("接班时间"), fmt_time(d.acknowledged_at)),
        (_t("状态"), state_name(d.state)),
        (_t("本班统计"), counts_text(d) or _t("无")),
    ]
    out.append("<table class='grid' width='100%' cellspacing='0'>")
    for i in range(0, len(head), 2):
        cells = "".join(
            f"<th align='left' width='12%' style='{NOWRAP}'>{e(k)}</th><td width='38%'>{e(v)}</td>"
            for k, v in head[i : i + 2]
        )
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    if d.corrects_id is not None:
        text = _t("本记录更正 {0}。更正原因：{1}").format(d.corrects_number or d.corrects_id, d.correction_reason)
        out.append(f"<p class='warn'>{e(text)}</p>")
    if d.corrected_by:
        numbers = "、".join(n or _t("（草稿）") for _, n in d.corrected_by)
        out.append("<p class='warn'>" + e(_t("本记录已被更正，见 {0}。").format(numbers)) + "</p>")
    if d.digest_ok is False:
        text = _t("警告：本记录在接班确认后被改动过（内容校验不符），请报告主管。")
        out.append(f"<p class='bad'>{e(text)}</p>")
    if d.compile_errors:
        text = _t("以下来源未能汇总，请人工核对：{0}").format("、".join(d.compile_errors))
        out.append(f"<p class='warn'>{e(text)}</p>")

    out.append(f"<h3>{e(_t('待交接事项（系统汇总，{0} 项）').format(len(d.open_items)))}</h3>")
    if not d.open_items:
        out.append(f"<p class='muted'>{e(_t('没有未结事项。'))}</p>")
    else:
        heads = (_t("编号"), _t("内容"), _t("状态"), _t("期限"), _t("交班备注"))
        widths = ("18%", "40%", "10%", "17%", "15%")
        out.append("<table class='grid' width='100%' cellspacing='0'><tr>")
        out.append("".join(f"<th align='left' width='{w}'>{e(h)}</th>" for h, w in zip(heads, widths, strict=True)))
        out.append("</tr>")
        for section, items in d.sections():
            title = _t("{0}（{1}）").format(section_title(section), len(items))
            out.append(f"<tr><td colspan='5' class='section'><b>{e(title)}</b></td></tr>")
            for it in items:
                cls = " class='overdue'" if it.overdue else ""
                out.append(
                    f"<tr{cls}><td style='{NOWRAP}'>{e(it.ref_number)}</td><td>{e(it.summary)}</td>"
                    f"<td style='{NOWRAP}'>{e(state_text(it.section, it.ref_kind, it.state))}</td>"
                    f"<td>{e(due_text(it, short=True))}</td><td>{e(it.remark)}</td></tr>"
                )
        out.append("</table>")

    out.append(f"<h3>{e(_t('交班记事'))}</h3>")
    out.append("<table class='grid' width='100%'>")
    for label, value in (
        (_t("借出钥匙"), d.keys_lent),
        (_t("交接现金"), cash_text(d.cash_fen)),
        (_t("票据"), d.receipts),
        (_t("注意事项"), d.watch_notes),
    ):
        out.append(f"<tr><th align='left' width='15%'>{e(label)}</th><td>{_multiline(value)}</td></tr>")
    out.append("</table>")
    out.append(f"<h3>{e(_t('留言'))}</h3>")
    if d.messages:
        out.append("<table class='grid' width='100%'>")
        for m in d.messages:
            out.append(
                f"<tr><th align='left' width='15%'>{e(_t('致 {0}').format(m.recipient_name))}</th>"
                f"<td>{_multiline(m.text)}</td></tr>"
            )
        out.append("</table>")
    else:
        out.append(f"<p class='muted'>{e(_t('（无）'))}</p>")
    if d.acknowledged_at is not None:
        out.append(f"<h3>{e(_t('接班'))}</h3>")
        out.append("<p>" + e(_t("{0} 于 {1} 确认接班。").format(d.ack_by_name, fmt_time(d.acknowledged_at))) + "</p>")
        if d.ack_note:
            out.append(f"<p>{e(_t('接班意见：'))}{_multiline(d.ack_note)}</p>")
    return "".join(out)
