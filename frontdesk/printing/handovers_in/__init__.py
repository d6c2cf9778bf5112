"""The forms of 交房 and 入住, A4 portrait from the shared layout:

* 交房验收单: the room and its owner, the checklist (证件, 费用 with receipt numbers, 文件), the
  meter readings, the keys, the defects found with their repair orders and the re-inspection,
  the owner's and the staff's signatures; two copies (业主联, 存根联).
* 钥匙移交清单: the keys by kind and count, handed to the owner and kept by the centre.
* 入住登记表: the people moving in with their plates, the 门禁卡 numbers, signatures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from frontdesk.printing.layout.blocks import Block, Header, Note, Signatures, Spacer
from frontdesk.printing.layout.grids import Cell, Column, Grid, Table, TextBox
from frontdesk.printing.layout.letter import cn_date
from frontdesk.printing.layout.pages import Copy, render_copies
from frontdesk.printing.layout.style import mm


@dataclass(frozen=True)
class HandoverPrint:
    centre: str
    number: str
    room: str
    buyer: str
    phone: str
    id_number: str
    batch: str
    appointment: str
    papers: list[tuple[str, bool]]
    documents: list[tuple[str, bool]]
    fees: list[tuple[str, str, str]]
    meters: list[tuple[str, str]]
    keys: list[tuple[str, str, str, str]]
    defects: list[tuple[str, str, str, str]]
    reinspection: str
    occupants: list[tuple[str, str, str]]
    handled_by: str
    handed_on: date | None
    moved_in_on: date | None = None
    cards: str = ""
    people_in: list[tuple[str, str, str, str]] = field(default_factory=list)


def _ticks(items: list[tuple[str, bool]]) -> str:
    return "　".join(f"{'☑' if on else '☐'}{name}" for name, on in items) or "—"


def _room_grid(p: HandoverPrint) -> Grid:
    return Grid(
        [
            [Cell("房号", p.room), Cell("业主", p.buyer), Cell("联系电话", p.phone)],
            [Cell("身份证号", p.id_number), Cell("交付批次", p.batch, weight=2)],
        ]
    )


def _acceptance(p: HandoverPrint) -> list[Block]:
    defects = [[str(i), part, cat, desc, order] for i, (part, cat, desc, order) in enumerate(p.defects, start=1)]
    return [
        Header(p.centre, "交房验收单", serial=p.number, left=f"预约：{p.appointment}"),
        Spacer(2 * mm),
        _room_grid(p),
        Grid(
            [
                [Cell("证件核验", _ticks(p.papers))],
                [Cell("签署文件", _ticks(p.documents))],
            ]
        ),
        Table(
            [Column("费用项目", 2), Column("收据号", 2), Column("金额（元）", 1, "right")],
            [list(f) for f in p.fees],
            label="已缴费用",
            min_rows=2,
        ),
        Grid([[Cell(name, value) for name, value in p.meters]]),
        Table(
            [Column("钥匙种类", 2), Column("交业主", 1, "center"), Column("中心留存", 1, "center"), Column("编号", 3)],
            [list(k) for k in p.keys],
            label="钥匙移交",
            min_rows=3,
        ),
        Table(
            [Column("序", 0.4, "center"), Column("部位", 1), Column("类别", 1), Column("问题描述", 4), Column("维修工单", 2)],
            defects,
            label="验房缺陷",
            min_rows=3,
        ),
        Grid([[Cell("缺陷复验", p.reinspection or ("无缺陷" if not p.defects else ""))]]),
        TextBox("业主意见", "", min_lines=2),
        Note(
            "本人已核对以上内容，房屋已验收，钥匙已如数领取；所列缺陷由物业服务中心转工程部维修，业主另有约定的从其约定。",
            size=8.5,
        ),
        Signatures([("业主签字", ""), ("经办人", p.handled_by), ("交房日期", cn_date(p.handed_on) if p.handed_on else "")]),
    ]


def render_acceptance(p: HandoverPrint) -> bytes:
    """The 交房验收单 in two copies: 第一联 业主联 (the owner keeps it), 第二联 存根联 (the centre)."""
    blocks = _acceptance(p)
    return render_copies(
        [Copy("第一联 业主联", blocks), Copy("第二联 存根联", blocks)],
        title=f"交房验收单 {p.number}",
        subject=f"{p.room} {p.buyer}",
    )


def render_keys(p: HandoverPrint) -> bytes:
    """The 钥匙移交清单: the keys by kind, handed over and kept, in two copies."""
    handed = sum(int(k[1] or 0) for k in p.keys)
    held = sum(int(k[2] or 0) for k in p.keys)
    blocks: list[Block] = [
        Header(p.centre, "钥匙移交清单", serial=p.number),
        Spacer(2 * mm),
        _room_grid(p),
        Table(
            [
                Column("钥匙种类", 2),
                Column("交业主（把/张）", 1, "center"),
                Column("中心留存", 1, "center"),
                Column("编号 / 门禁卡号", 3),
            ],
            [list(k) for k in p.keys],
            min_rows=4,
            footer=["合计", str(handed), str(held), ""],
        ),
        Note("中心留存的钥匙仅用于空置房巡查及紧急情况，凭业主书面授权借用，借还登记在册。", size=8.5),
        Signatures([("业主签收", ""), ("移交人", p.handled_by), ("日期", cn_date(p.handed_on) if p.handed_on else "")]),
    ]
    return render_copies(
        [Copy("第一联 业主联", blocks), Copy("第二联 存根联", blocks)],
        title=f"钥匙移交清单 {p.number}",
        subject=f"{p.room} {p.buyer}",
    )


def render_move_in(p: HandoverPrint) -> bytes:
    """The 入住登记表: who lives in the room, their plates, the 门禁卡 numbers; one copy."""
    blocks: list[Block] = [
        Header(p.centre, "入住登记表", serial=p.number),
        Spacer(2 * mm),
        _room_grid(p),
        Grid([[Cell("入住日期", cn_date(p.moved_in_on) if p.moved_in_on else ""), Cell("门禁卡号", p.cards or "无", weight=2)]]),
        Table(
            [Column("姓名", 1.2), Column("与业主关系", 1), Column("联系电话", 1.5), Column("车牌", 1.5)],
            [list(r) for r in p.people_in],
            label="入住人员",
            min_rows=5,
        ),
        TextBox("备注", "", min_lines=3),
        Note("以上信息仅用于物业服务与安全管理，本中心依法保密。", size=8.5),
        Signatures([("业主签字", ""), ("登记人", p.handled_by), ("日期", "")]),
    ]
    return render_copies([Copy("存根联", blocks)], title=f"入住登记表 {p.number}", subject=p.room, two_per_page=False)


__all__ = ["HandoverPrint", "render_acceptance", "render_keys", "render_move_in"]
