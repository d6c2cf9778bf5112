"""A read-only rendering of a handover (the tab's detail pane and the 接班 dialog), and the words
of printing/handover_words.py translated for the screen (Qt context "handover")."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QCoreApplication

from frontdesk.printing import handover_words as words
from frontdesk.services.core.features import FeatureSet, Vocabulary
from frontdesk.services.handover import VOCABULARY, HandoverDetail, ItemRow, format_fen
from frontdesk.services.handover.shifts import ShiftWindow
from frontdesk.ui.common.labels import data_word

fmt_time = words.fmt_time
short_time = words.short_time


def _t(text: str) -> str:
    return QCoreApplication.translate("handover", text)


def section_title(code: str, features: FeatureSet | None = None) -> str:
    """A section's title: the handover's own words; for a section a record kind's flag makes
    (``key.overdue``), the words its vocabulary gives that flag (``counts``, without the number)."""
    found = words.flag_phrase(features, code)
    if found is not None:
        return QCoreApplication.translate(*found).replace("{0}", "").strip()
    return words.section_title(code, _t)


def state_name(state: str) -> str:
    """A handover's state in the feature's one vocabulary (services/handover/feature.py)."""
    return QCoreApplication.translate(VOCABULARY.context, VOCABULARY.state(state)) if state in VOCABULARY.states else state


def shift_label(w: ShiftWindow) -> str:
    """``2026-11-27 早班 08:00–16:00``; a shift ending at midnight ends at 24:00."""
    return words.shift_label(replace(w, name=data_word(w.name)), _t)


def due_text(item: ItemRow, short: bool = False) -> str:
    return words.due_text(item, short, _t)


def item_text(item: ItemRow) -> str:
    return words.item_text(item)


def item_vocabulary(features: FeatureSet | None, section: str, ref_kind: str) -> Vocabulary | None:
    """The vocabulary of the kind whose state an item carries: the kind its section names
    (``callback.due`` → callback), else the kind it refers to."""
    return words.kind_vocabulary(features, section, ref_kind)


def state_text(section: str, ref_kind: str, code: str, features: FeatureSet | None = None) -> str:
    """Words for the state code a feature put on its item: that kind's own vocabulary when it
    words the code, else the handover's table (printing/handover_words); unknown codes as they are."""
    vocabulary = item_vocabulary(features, section, ref_kind)
    if vocabulary is not None and code in vocabulary.states:
        return QCoreApplication.translate(vocabulary.context, vocabulary.states[code])
    return words.state_text(section, ref_kind, code, _t)


def tally_lines(detail: HandoverDetail) -> list[str]:
    return words.tally_lines(detail, _t)


def counts_text(detail: HandoverDetail) -> str:
    return _t("；").join(tally_lines(detail))


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


def detail_html(d: HandoverDetail, features: FeatureSet | None = None) -> str:
    """The whole handover as HTML for a QTextBrowser (``features``: the kinds' vocabularies)."""
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
            f"<th align='left' width='12%' style='{NOWRAP}'>{e(k)}</th><td width='38%'>{e(v)}</td>" for k, v in head[i : i + 2]
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
            title = _t("{0}（{1}）").format(section_title(section, features), len(items))
            out.append(f"<tr><td colspan='5' class='section'><b>{e(title)}</b></td></tr>")
            for it in items:
                cls = " class='overdue'" if it.overdue else ""
                out.append(
                    f"<tr{cls}><td style='{NOWRAP}'>{e(it.ref_number)}</td><td>{e(item_text(it))}</td>"
                    f"<td style='{NOWRAP}'>{e(state_text(it.section, it.ref_kind, it.state, features))}</td>"
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
