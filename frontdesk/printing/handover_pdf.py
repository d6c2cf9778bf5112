"""The printed 交接班记录 (A4 portrait, one copy for the handover book): 班次, 交班人, 接班人,
交接时间, the compiled open items as a table, the writer's notes, the incoming person's remarks,
and signature lines for both. A long handover flows over further pages (the items table repeats
its header)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from frontdesk.printing.handover_words import (
    due_text,
    flag_phrase,
    fmt_time,
    handover_state,
    item_text,
    kind_vocabulary,
    section_title,
    shift_label,
    state_text,
    tally_lines,
)
from frontdesk.printing.layout.blocks import Block, Header, Note, Signatures, Spacer
from frontdesk.printing.layout.grids import Cell, Column, Grid, Table, TextBox
from frontdesk.printing.layout.pages import Copy, render_copies
from frontdesk.printing.layout.style import INK
from frontdesk.printing.money import rmb_upper
from frontdesk.services.core.features import FeatureSet
from frontdesk.services.handover.rows import HandoverDetail, ItemRow
from frontdesk.services.handover.rules import format_fen

TITLE = "交接班记录"
COPY_LABEL = "交接班本 存档"


def _cash(fen: int | None) -> str:
    if fen is None:
        return ""
    return f"¥ {format_fen(fen)}（{rmb_upper(Decimal(fen) / 100)}）"


def _heading(text: str) -> Note:
    return Note(text, size=9.6, color=INK)


def _section(code: str, features: FeatureSet | None) -> str:
    found = flag_phrase(features, code)
    return found[1].replace("{0}", "").strip() if found is not None else section_title(code)


def _state(it: ItemRow, features: FeatureSet | None) -> str:
    vocabulary = kind_vocabulary(features, it.section, it.ref_kind)
    if vocabulary is not None and it.state in vocabulary.states:
        return vocabulary.states[it.state]
    return state_text(it.section, it.ref_kind, it.state)


def form_blocks(d: HandoverDetail, *, centre: str, features: FeatureSet | None = None) -> list[Block]:
    """The sheet's blocks; ``features`` word the sections and states of the kinds registered
    later (their vocabularies)."""
    acked = d.acknowledged_at is not None
    right_note = "更正" if d.corrects_id is not None else ("" if acked else handover_state(d.state))
    rows: list[list[Cell]] = [
        [Cell("班次", shift_label(d.shift), 2.0), Cell("柜台", d.counter)],
        [
            Cell("交班人", d.author_name),
            Cell("接班人", d.ack_by_name or ""),
            Cell("交接时间", fmt_time(d.acknowledged_at) if acked else ""),
        ],
        [
            Cell("交班时间", fmt_time(d.submitted_at)),
            Cell("接班确认", "已在系统中确认" if acked else "待接班人确认"),
            Cell("汇总时间", fmt_time(d.compiled_at)),
        ],
        [Cell("本班统计", "；".join(tally_lines(d)) or "无")],
    ]
    if d.corrects_id is not None:
        rows.append([Cell("更正说明", f"本记录更正 {d.corrects_number or ''}。原因：{d.correction_reason}")])
    blocks: list[Block] = [
        Header(centre, TITLE, serial=d.number or "", right_note=right_note),
        Spacer(1.2),
        Grid(rows),
        Spacer(2.5),
        _heading(f"一、待交接事项（系统汇总，共 {len(d.open_items)} 项）"),
    ]
    items = [
        [
            str(i),
            _section(it.section, features),
            it.ref_number,
            item_text(it),
            _state(it, features),
            due_text(it, short=True),
            it.remark,
        ]
        for i, it in enumerate(d.open_items, start=1)
    ]
    if not items:
        items = [["", "", "", "本班无未结事项", "", "", ""]]
    blocks.append(
        Table(
            [
                Column("序号", 0.62, "center"),
                Column("类别", 1.55),
                Column("编号", 1.6),
                Column("内容", 3.0),
                Column("状态", 0.95, "center"),
                Column("期限", 1.25),
                Column("交班备注", 1.45),
            ],
            items,
        )
    )
    if d.compile_errors:
        blocks.append(Note("以下来源未能汇总，须人工核对：" + "、".join(d.compile_errors)))
    messages = "\n".join(f"致 {m.recipient_name}：{m.text}" for m in d.messages)
    blocks += [
        Spacer(2.5),
        _heading("二、交班记事"),
        TextBox("借出钥匙", d.keys_lent, min_lines=2),
        Grid([[Cell("交接现金", _cash(d.cash_fen))]]),
        TextBox("票据", d.receipts, min_lines=1),
        TextBox("注意事项", d.watch_notes, min_lines=3),
        TextBox("留言", messages, min_lines=2),
        Spacer(2.5),
        _heading("三、接班"),
        TextBox("接班意见", d.ack_note, min_lines=2),
        Spacer(3),
        Signatures([("交班人签字", ""), ("接班人签字", ""), ("日期", "")]),
    ]
    return blocks


def _tail(d: HandoverDetail, printed_at: datetime, printed_by: str) -> list[Block]:
    if d.acknowledged_at is not None:
        seal = f"{d.ack_digest[:12]}…" if d.ack_digest else ""
        text = (
            f"本记录由 {d.ack_by_name} 于 {fmt_time(d.acknowledged_at)} 在系统中以本人密码确认接班"
            f"{f'（内容校验 {seal}）' if seal else ''}，确认后不能修改；如有错漏，须另立更正记录。"
        )
    else:
        text = "本记录尚未确认接班；接班人确认前，交班人可撤回修改。"
    return [Spacer(1.5), Note(f"{text}　打印：{printed_by} {fmt_time(printed_at)}")]


def render_handover(
    d: HandoverDetail, *, centre: str, printed_at: datetime, printed_by: str, features: FeatureSet | None = None
) -> bytes:
    """The 交接班记录 PDF; ``d`` is the handover as stored (HandoverService.get)."""
    more = Header(centre, TITLE + "（续）", serial=d.number or "")
    copy = Copy(COPY_LABEL, form_blocks(d, centre=centre, features=features), _tail(d, printed_at, printed_by), more)
    return render_copies(
        [copy],
        title=f"{TITLE} {d.number or ''}".strip(),
        subject=f"{d.counter} {shift_label(d.shift)}",
        two_per_page=False,
    )


def suggested_file_name(d: HandoverDetail) -> str:
    return f"{TITLE}_{d.number or d.id}.pdf"
