"""收据 as a PDF: two copies on one A4 sheet, cut apart — 第一联 收据联 (the payer's) and 第二联
存根联 (kept at the counter) — each with the fee lines, the total in figures and in capitals
(大写), the method and its reference, who took the money and room for the centre's seal. A
reprint is marked 补打, a void receipt 作废 with its reason. And the day's cash report for
finance (收款日报表): totals per method, every receipt, the voids."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from frontdesk.printing.layout.blocks import Block, Header, Note, Signatures, Spacer
from frontdesk.printing.layout.grids import Cell, Column, Grid, Table
from frontdesk.printing.layout.pages import Copy, render_copies
from frontdesk.printing.layout.style import SERIAL_RED, mm
from frontdesk.printing.money import rmb_upper
from frontdesk.services.clock import to_local

if TYPE_CHECKING:
    from frontdesk.services.receipts import CashReport


@dataclass(frozen=True)
class ReceiptPrint:
    centre: str
    number: str
    taken_at: datetime
    payer: str
    room: str
    lines: list[tuple[str, str, Decimal]]
    total: Decimal
    method: str
    reference: str
    book_number: str
    taken_by: str
    note: str = ""
    reprint: bool = False
    void: bool = False
    void_reason: str = ""


def _amount(value: Decimal) -> str:
    return f"{value:,.2f}"


def _receipt(p: ReceiptPrint) -> list[Block]:
    mark = "作废" if p.void else ("补打" if p.reprint else "")
    left = f"收款日期：{p.taken_at:%Y-%m-%d %H:%M}" + (f"　收据本号：{p.book_number}" if p.book_number else "")
    blocks: list[Block] = [
        Header(p.centre, "收　据", serial=p.number, left=left, right_note=mark),
        Grid([[Cell("交款人", p.payer), Cell("房号", p.room or "—")]]),
        Table(
            [Column("序号", 0.5, "center"), Column("收费项目", 1.6), Column("说明", 3.0), Column("金额（元）", 1.3, "right")],
            [[str(i), item, detail, _amount(amount)] for i, (item, detail, amount) in enumerate(p.lines, start=1)],
            min_rows=3,
            footer=["", "合计", "", _amount(p.total)],
        ),
        Grid(
            [
                [Cell("金额大写", rmb_upper(p.total), weight=2.2), Cell("小写", f"¥{_amount(p.total)}")],
                [Cell("收款方式", p.method), Cell("交易流水号", p.reference or "—", weight=2.2)],
            ]
        ),
    ]
    if p.note:
        blocks.append(Grid([[Cell("备注", p.note)]]))
    if p.void:
        blocks.append(Note(f"本收据已作废，作废原因：{p.void_reason}", size=9, color=SERIAL_RED))
    blocks += [
        Spacer(1.5 * mm),
        Signatures([("收款人", p.taken_by), ("交款人", ""), ("收款单位（盖章）", "")]),
    ]
    return blocks


def render_receipt(p: ReceiptPrint) -> bytes:
    """The two copies; they share one drawing, only the line saying who keeps it differs."""
    body = _receipt(p)
    return render_copies(
        [
            Copy("第一联 收据联", body, tail=[Note("此联交交款人收执，请妥善保管。")]),
            Copy("第二联 存根联", body, tail=[Note("此联客服中心留存，随收款日报表交财务。")]),
        ],
        title=f"收据 {p.number}",
        subject=f"{p.payer} {p.total}",
    )


def render_day_report(report: CashReport, centre: str, day: date) -> bytes:
    """收款日报表: one A4 page (or more) with the totals per method, every valid receipt, the voids
    and the signature lines of the receptionist, the supervisor and finance."""

    def row(r: object) -> list[str]:
        from frontdesk.services.receipts import ReceiptRow

        assert isinstance(r, ReceiptRow)
        return [r.number, f"{to_local(r.created_at):%H:%M}", r.room, r.payer, r.items, r.method, _amount(r.total), r.taken_by]

    cols = [
        Column("编号", 1.9), Column("时间", 0.7, "center"), Column("房号", 1.0), Column("交款人", 0.9),
        Column("收费项目", 2.0), Column("方式", 0.7, "center"), Column("金额（元）", 1.1, "right"), Column("收款人", 0.9),
    ]  # fmt: skip
    blocks: list[Block] = [
        Header(centre, "收款日报表", left=f"日期：{day.isoformat()}"),
        Table(
            [Column("收款方式", 2.0), Column("笔数", 1.0, "center"), Column("金额（元）", 1.5, "right")],
            [[m.method, str(m.count), _amount(m.total)] for m in report.methods],
            label="分类汇总",
            min_rows=1,
            footer=["合计", str(report.count), _amount(report.total)],
        ),
        Grid([[Cell("合计大写", rmb_upper(report.total))]]),
        Spacer(3 * mm),
        Table(cols, [row(r) for r in report.receipts], label="收据明细", min_rows=1),
        Spacer(3 * mm),
        Table(cols, [row(r) for r in report.voids], label="作废收据", min_rows=1),
        Note("作废收据不计入合计，作废联随本表交财务核销。"),
        Spacer(3 * mm),
        Signatures([("制表（前台）", ""), ("审核（主管）", ""), ("财务签收", "")]),
    ]
    return render_copies(
        [Copy("收款日报表", blocks, continued=Header(centre, "收款日报表（续）", left=day.isoformat()))],
        title=f"收款日报表 {day.isoformat()}",
        two_per_page=False,
    )


__all__ = ["ReceiptPrint", "render_day_report", "render_receipt"]
