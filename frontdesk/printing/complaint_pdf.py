"""The printed complaint documents, through the shared layout helpers (printing/layout.py):

- 顾客投诉登记表 (A4 portrait, one copy): the complaint's record on paper for the complainant's
  signature — every 受理 field, the handling so far, signature and date lines for the
  complainant and the handler, and the 回访记录. A reprint says so in red next to the number.
- 顾客投诉分类统计表 (A4 landscape): the monthly classification table the supervisor files.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape

from frontdesk.printing.complaint_words import STATS_COLUMNS, days_text, local_text, percent_text, stats_values
from frontdesk.printing.layout.blocks import Block, Header, Note, Signatures, Spacer
from frontdesk.printing.layout.grids import Cell, Column, Grid, Table, TextBox
from frontdesk.printing.layout.pages import Copy, render_copies
from frontdesk.printing.layout.style import INK, Style, mm
from frontdesk.printing.phones import phone_text
from frontdesk.services.complaints.rows import ComplaintForm
from frontdesk.services.complaints.rules import VOCABULARY, State
from frontdesk.services.complaints.stats import MonthlyStats, StatsLine

FORM_TITLE = "顾客投诉登记表"
STATS_TITLE = "顾客投诉分类统计表"
_NUMERALS = "一二三"
#: labels up to six characters (主管审批意见) on one line
FORM_STYLE = Style(label_width=23 * mm)


def _validity(form: ComplaintForm) -> str:
    c = form.complaint
    if c.valid is None:
        return ""  # not judged yet: a ruled blank to fill in by hand, not a status word on paper
    text = "有效（投诉成立）" if c.valid else "无效（投诉不成立）"
    if c.judge_note:
        text += f"　{c.judge_note}"
    if c.judged_by:
        text += f"\n判断人：{c.judged_by}　{local_text(c.judged_at)}"
    return text


def _plan(form: ComplaintForm) -> str:
    c = form.complaint
    if not c.proposals:
        return ""
    lines = []
    for i, p in enumerate(c.proposals):
        mark = "（已批准）" if c.approved and c.chosen_proposal == i else ""
        prefix = f"方案{_NUMERALS[i]}{mark}：" if len(c.proposals) > 1 or mark else ""
        lines.append(prefix + p)
    lines.append(f"提出人：{c.proposed_by}　{local_text(c.proposed_at)}")
    return "\n".join(lines)


def _approval(form: ComplaintForm) -> str:
    c = form.complaint
    if c.approved_at is None:
        return "待主管审批" if c.state == State.APPROVE else ""
    verdict = "同意" if c.approved else "退回修改"
    text = verdict + (f"：{c.approval_comment}" if c.approval_comment else "")
    if c.returned_count and c.approved:
        text += f"（此前退回 {c.returned_count} 次）"
    return f"{text}\n审批人：{c.approved_by}　{local_text(c.approved_at)}"


def _result(form: ComplaintForm) -> str:
    c = form.complaint
    if not c.actions_taken:
        return ""
    again = f"（回访不满意后重新实施 {c.reopened_count} 次）" if c.reopened_count else ""
    return f"{c.actions_taken}{again}\n实施人：{c.implemented_by}　{local_text(c.implemented_at)}"


def _opinion(form: ComplaintForm) -> str:
    c = form.complaint
    accepted = {None: "", True: "接受处理结果", False: "不接受处理结果"}.get(c.complainant_accepted, "")
    return "　".join(x for x in (accepted, c.complainant_opinion) if x)


def form_blocks(form: ComplaintForm) -> list[Block]:
    c = form.complaint
    left = f"项目：{c.project}" if c.project else ""
    if c.call_id is not None:
        left = (left + "　" if left else "") + "由来电来访登记转入"
    right_note = f"重印 第{form.copy_no}次" if form.is_reprint else ""
    blocks: list[Block] = [
        Header(form.centre, FORM_TITLE, serial=c.number, left=left, right_note=right_note),
        Spacer(1.5 * mm),
        Grid(
            [
                [Cell("投诉人", c.complainant), Cell("房号", c.room or "—"), Cell("联系电话", phone_text(c.phone))],
                [
                    Cell("投诉时间", local_text(c.received_at)),
                    Cell("投诉方式", c.channel),
                    Cell("投诉类别", c.category),
                ],
                [
                    Cell("严重程度", c.severity),
                    Cell("受理人", c.received_by),
                    Cell("登记时间", local_text(c.created_at)),
                ],
            ],
            style=FORM_STYLE,
        ),
        TextBox("投诉内容", c.content, min_lines=5, style=FORM_STYLE),
        Spacer(1.5 * mm),
        Grid([[Cell("是否有效", _validity(form))]], style=FORM_STYLE),
    ]
    if c.valid is False:
        blocks.append(TextBox("答复投诉人", c.invalid_reply, min_lines=2, style=FORM_STYLE))
    else:
        inv = f"{c.investigated_by}　{local_text(c.investigated_at)}" if c.investigated_by else ""
        blocks += [
            Grid(
                [[Cell("责任部门", c.department), Cell("责任人", c.responsible_person, 0.8), Cell("调查人", inv, 1.3)]],
                style=FORM_STYLE,
            ),
            TextBox("原因分析", c.cause, min_lines=2, style=FORM_STYLE),
            TextBox("处理方案", _plan(form), min_lines=2, style=FORM_STYLE),
            TextBox("主管审批意见", _approval(form), min_lines=2, style=FORM_STYLE),
            TextBox("处理结果", _result(form), min_lines=3, style=FORM_STYLE),
            TextBox("投诉人意见", _opinion(form), min_lines=2, style=FORM_STYLE),
        ]
    blocks += [
        Signatures([("投诉人签字", ""), ("日期", "")], style=FORM_STYLE),
        Signatures([("经办人签字", ""), ("日期", "")], style=FORM_STYLE),
        Spacer(1 * mm),
    ]
    rows = [
        [str(cb.round), local_text(cb.done_at) or f"应于 {local_text(cb.due_at)} 前", VOCABULARY.optional("method", cb.method),
         VOCABULARY.optional("satisfaction", cb.satisfaction), cb.comments, cb.done_by]
        for cb in form.callbacks
    ]  # fmt: skip
    blocks.append(Table(
        [Column("轮次", 0.5, "center"), Column("回访时间", 1.6, "center"), Column("方式", 0.7, "center"),
         Column("满意度", 0.9, "center"), Column("回访意见", 3.2), Column("回访人", 0.9, "center")],
        rows, label="回访记录", min_rows=2, style=FORM_STYLE,
    ))  # fmt: skip
    if c.valid is not False:
        summary = "\n".join(x for x in (c.improvement, c.summary and f"总结：{c.summary}") if x)
        if c.closed_at is not None:
            summary += f"\n关闭人：{c.closed_by}　{local_text(c.closed_at)}"
        blocks.append(TextBox("改进措施", summary, min_lines=2, style=FORM_STYLE))
    note = f"打印：{form.printed_by}　{local_text(form.printed_at)}"
    if form.is_reprint:
        first = local_text(form.first_printed_at) if form.first_printed_at else ""
        note = f"本表为重印件（第 {form.copy_no} 次打印" + (f"，首次打印于 {first}" if first else "") + "）。" + note
    blocks.append(Note(note, align="right"))
    return blocks


def complaint_form_pdf(form: ComplaintForm) -> bytes:
    """The 顾客投诉登记表 as an A4 PDF (one copy: the complainant signs it, the centre files it)."""
    copy = Copy(label="", blocks=form_blocks(form))
    return render_copies(
        [copy],
        title=f"{FORM_TITLE} {form.complaint.number}",
        subject=FORM_TITLE,
        two_per_page=False,
        label_strip=0,
    )


# --- 顾客投诉分类统计表 ------------------------------------------------------------------------------

_TABLE_STYLE = Style(size=8.4, label_size=8.4, label_width=20 * mm)


def _values(line: StatsLine) -> list[str]:
    return [str(v) for v in stats_values(line)]


def _stats_table(first: str, lines: tuple[StatsLine, ...], total: StatsLine, blank: str) -> Table:
    cols = [Column(first, 1.8, "left")] + [Column(name, 1.25 if len(name) > 3 else 0.9, "center")
                                           for name in STATS_COLUMNS]  # fmt: skip
    rows = [[line.label or blank, *_values(line)] for line in lines]
    return Table(cols, rows, footer=["合计", *_values(total)], style=_TABLE_STYLE)


def stats_blocks(stats: MonthlyStats, *, centre: str, made_by: str) -> list[Block]:
    t = stats.total
    summary = (
        f"本月受理投诉 {t.total} 件，其中重大投诉 {t.major} 件；判断有效 {t.valid} 件、无效 {t.invalid} 件"
        f"{f'、待判断 {t.unjudged} 件' if t.unjudged else ''}；已关闭 {t.closed} 件，平均办结 "
        f"{days_text(t.avg_days_to_close)} 天；回访 {t.called_back} 件，满意率 {percent_text(t.satisfaction_rate)}；"
        f"超过时限 {t.overdue} 件。"
    )
    return [
        Header(
            centre,
            STATS_TITLE,
            left=f"统计期间：{stats.title_period}（按受理日期）　统计时间：{local_text(stats.as_of)}",
        ),
        Spacer(2 * mm),
        Note("一、按投诉类别", size=9.5, color=INK),
        _stats_table("投诉类别", stats.by_category, t, "其他"),
        Spacer(3 * mm),
        Note("二、按责任部门", size=9.5, color=INK),
        _stats_table("责任部门", stats.by_department, t, "未定责任部门"),
        Spacer(3 * mm),
        Note(summary, size=9, color=INK),
        Note(
            "说明：有效/无效为第二步“判断”的结论；满意度取最近一次回访；超时指任一步骤超过设定时限（含仍在处理中"
            "已过时限的）；平均办结天数为自受理至关闭的天数，只计已关闭的投诉。",
            size=7.6,
        ),
        Spacer(4 * mm),
        Signatures([("填表人", made_by), ("审核", ""), ("日期", local_text(stats.as_of, "%Y-%m-%d"))]),
    ]


def complaint_stats_pdf(stats: MonthlyStats, *, centre: str, made_by: str) -> bytes:
    """The monthly table as an A4 landscape PDF."""
    copy = Copy(label="", blocks=stats_blocks(stats, centre=centre, made_by=made_by))
    return render_copies(
        [copy],
        title=f"{STATS_TITLE} {stats.title_period}",
        subject=STATS_TITLE,
        pagesize=landscape(A4),
        two_per_page=False,
        label_strip=0,
    )
