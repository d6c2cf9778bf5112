"""整改通知单 as a PDF: A4 portrait, two copies — 第一联 通知联 (handed to the owner or the
renovation contractor) and 第二联 存根联 (signed for by the receiver, kept at the counter).
A second notice says so in its title line and quotes the first one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.layout.blocks import Block, Header, Note, Signatures, Spacer
from frontdesk.printing.layout.grids import Cell, Grid, TextBox
from frontdesk.printing.layout.pages import Copy, render_copies
from frontdesk.printing.layout.style import Style, mm
from frontdesk.printing.layout.text import draw_text, text_width, wrap
from frontdesk.printing.phones import phone_text
from frontdesk.services.clock import to_local
from frontdesk.services.notices.export import VOCABULARY
from frontdesk.services.notices.rows import NoticePrint

NOTICE_LABEL = "第一联 通知联"
STUB_LABEL = "第二联 存根联"
#: a letter on a full A4 page: larger type than the half-page forms
LETTER = Style(size=10.5, label_size=10.5, row_min=9 * mm, label_width=24 * mm, pad=2.2 * mm)


_NUMERALS = {2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九"}


def _cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


@dataclass
class Paragraph:
    """Body text of the letter, wrapped, with an optional first-line indent of two characters."""

    text: str
    size: float = 10.5
    indent: bool = True
    leading: float = 1.55
    #: lines already broken (the rest of a paragraph split at a page's foot: no indent)
    fixed: tuple[str, ...] | None = None

    def _lines(self, width: float) -> list[str]:
        if self.fixed is not None:
            return list(self.fixed)
        if not self.indent:
            return wrap(self.text, width, self.size)
        # two ideographs stand in for the two-character indent (wrap() drops leading spaces)
        lines = wrap("国国" + self.text, width, self.size)
        lines[0] = lines[0][2:]
        return lines

    def height(self, width: float) -> float:
        return len(self._lines(width)) * self.size * self.leading + 1 * mm

    def split(self, avail: float, width: float, page: float) -> tuple[Paragraph, Paragraph] | None:
        """The lines that fit ``avail`` and the rest (a paragraph longer than what is left of a page)."""
        lines = self._lines(width)
        n = int((avail - 1 * mm) // (self.size * self.leading))
        if n < 2 or n >= len(lines):
            return None
        head = Paragraph(self.text, self.size, self.indent, self.leading, tuple(lines[:n]))
        return head, Paragraph("", self.size, False, self.leading, tuple(lines[n:]))

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        y = top - self.size * 0.95
        for n, ln in enumerate(self._lines(width)):
            indent = 2 * self.size if n == 0 and self.indent else 0.0
            draw_text(c, x + indent, y, ln, self.size)
            y -= self.size * self.leading


@dataclass
class Seal:
    """The centre's name and the date on the right, with room above for the seal (盖章)."""

    centre: str
    day: date
    size: float = 10.5

    def height(self, width: float) -> float:
        return 24 * mm

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        right = x + width - 4 * mm
        name = f"{self.centre}（盖章）"
        draw_text(c, right, top - 13 * mm, name, self.size, align="right")
        draw_text(
            c,
            right - (text_width(name, self.size) - text_width(_cn(self.day), self.size)) / 2,
            top - 20 * mm,
            _cn(self.day),
            self.size,
            align="right",
        )


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
        prev = f"本中心已于 {_cn(p.previous_found_on)} " if p.previous_found_on else "本中心已"
        prev += f"向{who}发出 {d.previous_number} 号整改通知单"
        if p.previous_deadline:
            prev += f"，要求于 {_cn(p.previous_deadline)} 前整改完毕"
        note = p.previous_reinspect_note.rstrip("。；;. ")
        prev += "。经复查，上述问题至今仍未整改" + (f"（{note}）" if note else "")
        prev += "。现再次通知如下："
        blocks.append(Paragraph(prev))
    blocks.append(
        Paragraph(
            f"经 {_cn(d.found_on)} 检查发现，{who}（{d.room_code}）在装修过程中存在以下问题，"
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
        Grid([[Cell("整改期限", f"请于 {_cn(d.deadline)} 前整改完毕，届时本中心将上门复查。")]], style=LETTER),
        Spacer(2 * mm),
    ]
    if p.consequence:
        blocks.append(Paragraph(p.consequence))
    blocks.append(Paragraph("特此通知。", size=10.5))
    blocks.append(Seal(p.centre, issued))
    phone = phone_text(p.addressee_phone) if stub else ""
    blocks += [
        Signatures([("签收人", ""), ("签收日期", ""), ("联系电话", phone)], style=LETTER),
        Signatures([("经办人", d.issued_by), ("开具日期", _cn(issued)), ("复查日期", "")], style=LETTER),
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
