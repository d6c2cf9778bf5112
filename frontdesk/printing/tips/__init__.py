"""温馨提示 as an A4 poster for the notice boards: 温馨提示 in large type, the notice's title, the
text in type readable from a step away, where and when it applies, the centre's name with room
for the seal, and the date. A long text flows on to a second sheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontdesk.printing.layout.blocks import Block, Note, Spacer
from frontdesk.printing.layout.letter import Heading, KeepTogether, Paragraph, Seal, cn_date
from frontdesk.printing.layout.pages import Copy, render_copies
from frontdesk.printing.layout.style import mm

BODY = 15.0


@dataclass(frozen=True)
class TipPrint:
    centre: str
    number: str
    title: str
    body: str
    scope: str
    valid_from: date
    valid_to: date
    day: date
    draft: bool = False


def _when(p: TipPrint) -> str:
    if p.valid_from == p.valid_to:
        return cn_date(p.valid_from)
    return f"{cn_date(p.valid_from)} 至 {cn_date(p.valid_to)}"


def _poster(p: TipPrint) -> list[Block]:
    blocks: list[Block] = [
        # small, at the top: whose notice it is and its number, so a loose page is traced
        Note(f"{p.centre}　　No.{p.number}", size=9, align="right"),
        Spacer(6 * mm),
        Heading("温馨提示", 40, char_space=14, space=6 * mm),
        Heading(p.title, 22, space=10 * mm),
        Paragraph("尊敬的各位业主、住户：", size=BODY, indent=False),
        Spacer(2 * mm),
    ]
    blocks += [Paragraph(part, size=BODY) for part in p.body.splitlines() if part.strip()]
    blocks += [
        Spacer(3 * mm),
        Paragraph(f"范围：{p.scope}", size=BODY),
        Paragraph(f"时间：{_when(p)}", size=BODY),
        Spacer(3 * mm),
        # the closing words stay with the seal and the date
        KeepTogether(
            [
                Paragraph("感谢您的理解与支持！", size=BODY),
                Spacer(8 * mm),
                Seal(p.centre, p.day, size=BODY),
                Spacer(6 * mm),
                Note(f"编号 {p.number}" + ("（草稿，未审核）" if p.draft else ""), size=8, align="right"),
            ]
        ),
    ]
    return blocks


def render_tip(p: TipPrint) -> bytes:
    """The poster: one copy, no copy label, as many pages as the text takes."""
    return render_copies(
        [Copy("", _poster(p), continued=Heading(f"{p.centre}　温馨提示（续）　{p.number}", 12, space=4 * mm))],
        title=f"温馨提示 {p.number}",
        subject=p.title,
        margin=18 * mm,
        label_strip=0,
        two_per_page=False,
    )


__all__ = ["TipPrint", "render_tip"]
