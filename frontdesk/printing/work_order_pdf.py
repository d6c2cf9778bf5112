"""The printed 维修工作单: two copies on one A4 sheet — 第一联 维修联 (the technician takes it and
brings it back signed) and 第二联 存根联 (the counter keeps it) — cut apart along the dashed line.
A typical order (up to three material lines, whatever the owner's confirmation) fits; a long one
(many material lines, long texts) prints each copy on its own page(s) instead, every page headed."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from frontdesk.printing.layout.blocks import Block, Header, Note, Signatures, Spacer
from frontdesk.printing.layout.grids import Cell, Column, Grid, Table, TextBox
from frontdesk.printing.layout.pages import Copy, render_copies
from frontdesk.printing.money import rmb_upper
from frontdesk.printing.phones import phone_text
from frontdesk.services.callbacks.rows import VOCABULARY as CALLBACK_WORDS
from frontdesk.services.clock import to_local
from frontdesk.services.work_orders.rows import WorkOrderDetail
from frontdesk.services.work_orders.rules import VOCABULARY as ORDER_WORDS

TITLE = "维修工作单"
MIN_LINES = 3


def _t(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return to_local(value).strftime(fmt) if value else ""


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def _qty(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def form_blocks(o: WorkOrderDetail, *, centre: str) -> list[Block]:
    """The form itself, the same on every copy."""
    place = o.place if not o.public else f"公区：{o.place}"
    left = f"项目：{o.project}" if o.project else "公共区域"
    if o.reopen_count:
        left += f"　返修第 {o.reopen_count} 次"
    right_note = ""
    if o.state == "cancelled":
        right_note = "已取消"
    elif o.print_count:
        right_note = "补打"
    lines = [
        [str(i), ln.name, _qty(ln.quantity), ln.unit, _money(ln.unit_price), _money(ln.amount)]
        for i, ln in enumerate(o.lines, start=1)
    ]
    total = o.charge_total if o.lines else Decimal("0")
    if o.paid:
        footer = [f"合计（大写）：{rmb_upper(total)}　　¥ {_money(total)}" if o.lines else "合计（大写）：　　　　　　　　¥"]
    else:
        footer = ["无偿维修（公区 / 保修范围内），不收取费用" + (f"　材料 {len(o.lines)} 项" if o.lines else "")]
    callback = next((cb for cb in reversed(o.callbacks) if cb.state == "done"), None)
    confirm = ORDER_WORDS.optional("confirmation", o.owner_confirmation)
    return [
        Header(centre, TITLE, serial=o.number, left=left, right_note=right_note),
        Spacer(1.2),
        Grid(
            [
                [
                    Cell("报修时间", _t(o.reported_at)),
                    Cell("预约时间", _t(o.appointment_at)),
                    Cell("紧急程度", ORDER_WORDS.label("urgency", o.urgency)),
                ],
                [Cell("房号/位置", place), Cell("报修人", o.reporter), Cell("联系电话", phone_text(o.phone))],
                [
                    Cell("报修类别", o.category),
                    Cell("收费类型", ORDER_WORDS.label("paid", "yes" if o.paid else "no")),
                    Cell("完成时限", _t(o.due_at)),
                ],
            ]
        ),
        TextBox("故障描述", o.description, min_lines=2),
        Grid(
            [
                [
                    Cell("派单部门", o.department, 0.85),
                    Cell("维修人员", o.technician, 0.85),
                    Cell("派单时间", _t(o.dispatched_at), 1.15),
                    Cell("开工时间", _t(o.started_at), 1.15),
                ]
            ]
        ),
        TextBox("处理结果", o.work_done or "", min_lines=2),
        Table(
            [
                Column("序号", 0.55, "center"),
                Column("材料 / 项目", 3.2),
                Column("数量", 0.8, "right"),
                Column("单位", 0.7, "center"),
                Column("单价（元）", 1.2, "right"),
                Column("金额（元）", 1.3, "right"),
            ],
            lines,
            label="材料及费用",
            min_rows=MIN_LINES,
            footer=footer,
        ),
        Grid(
            [
                [
                    Cell("完工时间", _t(o.completed_at), 1.15),
                    Cell("业主确认", confirm, 0.95),  # 业主签字确认 on one line at full size
                    Cell("业主意见", o.owner_comment or "", 1.9),
                ],
            ]
        ),
        Signatures([("维修人员签字", ""), ("业主签字", ""), ("日期", "")]),
        Grid(
            [
                [
                    Cell("回访时间", _t(callback.done_at) if callback else "", 1.15),
                    Cell("回访方式", CALLBACK_WORDS.optional("method", callback.method) if callback else "", 0.85),
                    Cell(
                        "满意度",
                        ORDER_WORDS.optional("satisfaction", callback.satisfaction) if callback else "",
                        0.85,
                    ),
                    Cell("回访人", callback.done_by_name or "" if callback else "", 0.85),
                ],
                [Cell("回访意见", (callback.comments or "") if callback else "")],
            ]
        ),
    ]


def _tail(o: WorkOrderDetail, note: str, printed_at: datetime, printed_by: str) -> list[Block]:
    copy = f"（第 {o.print_count + 1} 次打印）" if o.print_count else ""
    return [Note(f"{note}　开单：{o.created_by}　打印：{printed_by} {_t(printed_at)}{copy}")]


def render_work_order(o: WorkOrderDetail, *, centre: str, printed_at: datetime, printed_by: str) -> bytes:
    """The 维修工作单 PDF (A4, two copies). ``o`` is the order with its full phone number
    (WorkOrderService.print_data); this function only lays it out."""
    blocks = form_blocks(o, centre=centre)
    more = Header(centre, TITLE + "（续）", serial=o.number)
    copies = [
        Copy(
            "第一联 维修联",
            blocks,
            _tail(o, "维修联：完工后请业主签字确认，交回客服中心。", printed_at, printed_by),
            more,
        ),
        Copy(
            "第二联 存根联",
            blocks,
            _tail(o, "存根联：客服中心留存，完工后三天内回访。", printed_at, printed_by),
            more,
        ),
    ]
    return render_copies(copies, title=f"{TITLE} {o.number}", subject=f"{o.place} {o.category}")


def suggested_file_name(o: WorkOrderDetail) -> str:
    return f"{TITLE}_{o.number}.pdf"
