"""押金单 as a PDF: the deposit as taken (room, payer, amount in figures and capitals, the receipt)
and its refund — the deductions with their reasons, the amount refunded in capitals, the payee's
signature. Two copies on one A4 sheet: 第一联 交款人联, 第二联 存根联. A deposit still held prints
with the refund part blank."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from frontdesk.printing.layout.blocks import Block, Header, Note, Signatures
from frontdesk.printing.layout.grids import Cell, Column, Grid, Table
from frontdesk.printing.layout.pages import Copy, render_copies
from frontdesk.printing.money import rmb_upper


@dataclass(frozen=True)
class DepositPrint:
    centre: str
    number: str
    purpose: str
    room: str
    payer: str
    amount: Decimal
    taken_at: datetime
    method: str
    receipt_number: str
    source_number: str
    deductions: list[tuple[str, Decimal]]
    refund_amount: Decimal | None
    refund_method: str
    refund_to: str
    refunded_at: datetime | None
    handled_by: str
    note: str = ""


def _yuan(value: Decimal) -> str:
    return f"{value:,.2f}"


def _blocks(p: DepositPrint) -> list[Block]:
    refunded = p.refund_amount is not None
    title = "押金退还单" if refunded else "押金收取单"
    deducted = sum((a for _r, a in p.deductions), Decimal("0.00"))
    return [
        Header(p.centre, title, serial=p.number, left=f"收取日期：{p.taken_at:%Y-%m-%d}　收据：{p.receipt_number or '—'}"),
        Grid(
            [
                [Cell("种类", p.purpose), Cell("房号", p.room), Cell("交款人", p.payer)],
                [Cell("押金金额", f"¥{_yuan(p.amount)}　{rmb_upper(p.amount)}", weight=2), Cell("关联", p.source_number or "—")],
            ]
        ),
        Table(
            [Column("序号", 0.5, "center"), Column("扣除原因", 4.0), Column("扣除金额（元）", 1.4, "right")],
            [[str(i), reason, _yuan(amount)] for i, (reason, amount) in enumerate(p.deductions, start=1)],
            min_rows=2,
            footer=["", "扣除合计", _yuan(deducted) if refunded else ""],
        ),
        Grid(
            [
                [
                    Cell(
                        "实退金额",
                        f"¥{_yuan(p.refund_amount)}　{rmb_upper(p.refund_amount)}" if p.refund_amount is not None else "",
                        weight=2,
                    ),
                    Cell("退款方式", p.refund_method),
                ],
                [Cell("说明", p.note)],
            ]
        ),
        Signatures(
            [
                ("经办人", p.handled_by if refunded else ""),
                ("领款人签字", ""),
                ("日期", f"{p.refunded_at:%Y-%m-%d}" if p.refunded_at else ""),
            ]
        ),
    ]


def render_deposit(p: DepositPrint) -> bytes:
    body = _blocks(p)
    return render_copies(
        [
            Copy("第一联 交款人联", body, tail=[Note("押金退还时请携带本单及收据。")]),
            Copy("第二联 存根联", body, tail=[Note("此联客服中心留存，退还后随日报表交财务。")]),
        ],
        title=f"押金单 {p.number}",
        subject=f"{p.room} {p.purpose}",
    )


__all__ = ["DepositPrint", "render_deposit"]
