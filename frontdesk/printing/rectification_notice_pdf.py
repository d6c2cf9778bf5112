"""整改通知单 as a PDF: A4 portrait, two copies — 第一联 通知联 (handed to the owner or the
renovation contractor) and 第二联 存根联 (signed for by the receiver, kept at the counter).
A second notice says so in its title line and quotes the first one."""

from __future__ import annotations

from frontdesk.printing.layout.blocks import Block, Header, Note, Signatures, Spacer
from frontdesk.printing.layout.grids import Cell, Grid, TextBox
from frontdesk.printing.layout.letter import LETTER, Paragraph, Seal, cn_date
from frontdesk.printing.layout.pages import Copy, render_copies
from frontdesk.printing.layout.style import mm
from frontdesk.printing.phones import phone_text
from frontdesk.services.clock import to_local
from frontdesk.services.notices.export import VOCABULARY
from frontdesk.services.notices.rows import NoticePrint

NOTICE_LABEL = "第一联 通知联"
STUB_LABEL = "第二联 存根联"


_NUMERALS = {2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九"}


def _addressee(p: NoticePrint) -> str:
    d = p.detail
    return f"{d.room_code} {VOCABULARY.optional('addressee', d.addressee_kind)} {d.addressee_name}".strip()


def _blocks(p: NoticePrint, *, stub: bool) -> list[Block]:
    d = p.detail
    issued = to_local(d.issued_at).date()
    left = f"第 {d.round} 次通知（前次：{d.previous_number}）" if d.round > 1 and d.previous_number else ""
    who = "贵户" if d.addressee_kind == "owner" else "贵单位"
    blocks: list[Block] = [
        Header(
            p.centre,
            (f"第{_NUMERALS.get(d.round, d.round)}次" if d.round > 1 else "") + "整改通知单",
            serial=d.number,
            left=left,
        ),
        Spacer(4 * mm),
        Paragraph(f"致：{_addressee(p)}", indent=False, size=11.5),
        Spacer(1 * mm),
    ]
    if d.round > 1 and d.previous_number:
        prev = f"本中心已于 {cn_date(p.previous_found_on)} " if p.previous_found_on else "本中心已"
        prev += f"向{who}发出 {d.previous_number} 号整改通知单"
        if p.previous_deadline:
            prev += f"，要求于 {cn_date(p.previous_deadline)} 前整改完毕"
        note = p.previous_reinspect_note.rstrip("。；;. ")
        prev += "。经复查，上述问题至今仍未整改" + (f"（{note}）" if note else "")
        prev += "。现再次通知如下："
        blocks.append(Paragraph(prev))
    blocks.append(
        Paragraph(
            f"经 {cn_date(d.found_on)} 检查发现，{who}（{d.room_code}）在装修过程中存在以下问题，"
            f"违反了《{p.regulation}》的相关规定，请按要求限期整改。"
        )
    )
    blocks += [
        Spacer(1.5 * mm),
        TextBox("存在问题", d.findings, min_lines=4, style=LETTER),
        TextBox(
            "违反条款",
            "\n".join(f"《{p.regulation}》{c.no}：{c.text}" for c in d.clauses),
            min_lines=3,
            style=LETTER,
        ),
        TextBox("整改要求", d.requirement, min_lines=3, style=LETTER),
        Grid([[Cell("整改期限", f"请于 {cn_date(d.deadline)} 前整改完毕，届时本中心将上门复查。")]], style=LETTER),
        Spacer(2 * mm),
    ]
    if p.consequence:
        blocks.append(Paragraph(p.consequence))
    blocks.append(Paragraph("特此通知。", size=10.5))
    blocks.append(Seal(p.centre, issued))
    phone = phone_text(p.addressee_phone) if stub else ""
    blocks += [
        Signatures([("签收人", ""), ("签收日期", ""), ("联系电话", phone)], style=LETTER),
        Signatures([("经办人", d.issued_by), ("开具日期", cn_date(issued)), ("复查日期", "")], style=LETTER),
    ]
    if stub:
        blocks.append(Note("本联由服务中心留存：请签收人在上方签名并注明日期。", size=8.5))
    else:
        blocks.append(
            Note(
                f"本联交{VOCABULARY.optional('addressee', d.addressee_kind)}留存。整改完成后请联系物业服务中心安排复查。",
                size=8.5,
            )
        )
    return blocks


def render_notice(p: NoticePrint) -> bytes:
    """Both copies of the notice, each on its own A4 page."""
    d = p.detail
    copies = [Copy(NOTICE_LABEL, _blocks(p, stub=False)), Copy(STUB_LABEL, _blocks(p, stub=True))]
    return render_copies(
        copies,
        title=f"整改通知单 {d.number}",
        subject=f"{d.room_code} {d.addressee_name}",
        two_per_page=False,
    )


__all__ = ["render_notice"]
