"""催缴通知单 as a PDF: A4, one page per room — addressed to the room's owner, the debts (fee item,
period, amount) with the total in figures and capitals, polite wording, how and by when to pay,
the centre's name and date with room for its seal, and a tear-off 回执 the owner may return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from frontdesk.printing.layout.blocks import Block, Header, Note, Signatures, Spacer
from frontdesk.printing.layout.grids import Cell, Column, Grid, Table
from frontdesk.printing.layout.letter import KeepTogether, Paragraph, Seal, TearOff, cn_date
from frontdesk.printing.layout.pages import Copy, render_copies
from frontdesk.printing.layout.style import mm
from frontdesk.printing.money import rmb_upper


@dataclass(frozen=True)
class NoticePrint:
    centre: str
    number: str
    room: str
    owner: str
    debts: list[tuple[str, str, Decimal]]
    total: Decimal
    day: date
    pay_by: date
    how_to_pay: str


def _notice(p: NoticePrint) -> list[Block]:
    return [
        Header(p.centre, "催缴通知单", serial=p.number),
        Spacer(4 * mm),
        Paragraph(f"尊敬的 {p.room} 业主 {p.owner}：", indent=False, size=11),
        Paragraph(
            "您好！感谢您一直以来对我们工作的理解与支持。经核对，截至"
            f"{cn_date(p.day)}，您的房屋尚有以下费用未缴纳，合计人民币 {rmb_upper(p.total)}（¥{p.total:,.2f}）：",
            size=11,
        ),
        Spacer(2 * mm),
        Table(
            [Column("序号", 0.5, "center"), Column("收费项目", 1.6), Column("所属期间", 2.2), Column("金额（元）", 1.2, "right")],
            [[str(i), item, period, f"{amount:,.2f}"] for i, (item, period, amount) in enumerate(p.debts, start=1)],
            min_rows=2,
            footer=["", "合计", rmb_upper(p.total), f"{p.total:,.2f}"],
        ),
        Spacer(3 * mm),
        Paragraph(f"为保障小区公共服务的正常运转，烦请您于 {cn_date(p.pay_by)} 前缴清上述费用。{p.how_to_pay}", size=11),
        Paragraph(
            "如您已缴纳，请忽略本通知；如对费用有疑问或有其他困难，欢迎到客服中心或来电与我们沟通，我们将竭诚为您服务。", size=11
        ),
        Paragraph("特此通知，谢谢您的配合！", size=11),
        Seal(p.centre, p.day),
        KeepTogether(
            [
                TearOff("沿虚线撕下　回执交回客服中心"),
                Header(p.centre, "催缴通知单回执", serial=p.number),
                Grid([[Cell("房号", p.room), Cell("业主", p.owner), Cell("欠费合计", f"¥{p.total:,.2f}")]]),
                Grid([[Cell("业主意见", "", min_lines=3)]]),
                Signatures([("业主签字", ""), ("联系电话", ""), ("日期", "")]),
                Note("本回执仅作已收到通知的凭证，缴费以客服中心开具的收据为准。"),
            ]
        ),
    ]


def render_notices(notices: list[NoticePrint]) -> bytes:
    """Each room's notice from the top of a page (a long list of debts flows on)."""
    return render_copies(
        [Copy("通知联", _notice(p), continued=Header(p.centre, "催缴通知单（续）", serial=p.number)) for p in notices],
        title="催缴通知单",
        subject="、".join(p.room for p in notices[:20]),
        two_per_page=False,
    )


__all__ = ["NoticePrint", "render_notices"]
