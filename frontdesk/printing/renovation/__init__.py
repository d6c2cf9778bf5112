"""装修 as paper: the 装修许可证 (A4, posted on the door, with a QR of its number), the workers'
施工人员出入证 (cards, 8 to an A4 sheet with cut lines) and the 装修验收单 (items checked, the
result, signatures)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from frontdesk.printing.layout.blocks import Block, Header, Note, Signatures, Spacer
from frontdesk.printing.layout.cards import Card, render_card_sheet
from frontdesk.printing.layout.grids import Cell, Column, Grid, Table, TextBox
from frontdesk.printing.layout.letter import LETTER, Paragraph, Seal, cn_date
from frontdesk.printing.layout.pages import Copy, render_copies
from frontdesk.printing.layout.qr import QrBeside
from frontdesk.printing.layout.style import mm

PERMIT_RULES = (
    "本户装修已在物业服务中心办理登记手续，准予在上述期限和时间内施工。施工人员凭《施工人员出入证》进出小区，"
    "不得擅自改动承重结构、外立面及公共管线，装修垃圾须袋装并运至指定地点。请将本证张贴于户门外侧，以备检查。"
)


@dataclass(frozen=True)
class PermitPrint:
    centre: str
    number: str
    room_code: str
    owner_name: str
    company: str
    manager: str
    manager_phone: str
    categories: list[str]
    description: str
    structural: bool
    planned_start: date
    planned_end: date
    hours: str
    approved_by: str
    approved_on: date
    #: the workers' cards (services.renovation.WorkerCard: ID numbers masked)
    cards: list[Any] = field(default_factory=list)


@dataclass(frozen=True)
class AcceptancePrint:
    permit: PermitPrint
    all_items: list[str]
    passed: list[str]
    note: str
    result: str  # 合格, or "" while not accepted
    accepted_by: str
    accepted_on: date | None
    #: (day, 正常/违规, findings, notice number)
    inspections: list[tuple[date, str, str, str]] = field(default_factory=list)


def _dates(p: PermitPrint) -> str:
    return f"{cn_date(p.planned_start)} 至 {cn_date(p.planned_end)}"


def _permit(p: PermitPrint) -> list[Block]:
    works = "、".join(p.categories) + ("（涉及结构改动，已审核）" if p.structural else "")
    grid = Grid(
        [
            [Cell("房号", p.room_code), Cell("业主", p.owner_name)],
            [Cell("施工单位", p.company)],
            [Cell("施工负责人", p.manager), Cell("联系电话", p.manager_phone)],
            [Cell("施工期限", _dates(p))],
            [Cell("施工时间", p.hours)],
            [Cell("装修项目", works)],
        ],
        style=LETTER,
    )
    return [
        Header(p.centre, "装修许可证", serial=p.number),
        Spacer(4 * mm),
        QrBeside(grid, p.number, caption="扫码核验许可证", size=34 * mm),
        TextBox("施工内容", p.description, min_lines=4, style=LETTER),
        Spacer(3 * mm),
        Paragraph(PERMIT_RULES),
        Paragraph("投诉及违规举报请联系物业服务中心。本证不得转借、涂改，工期届满或验收后自动失效。"),
        Seal(p.centre, p.approved_on),
        Signatures([("审批人", p.approved_by), ("审批日期", cn_date(p.approved_on))], style=LETTER),
    ]


def render_permit(p: PermitPrint) -> bytes:
    return render_copies(
        [Copy("张贴联", _permit(p), continued=Header(p.centre, "装修许可证（续）", serial=p.number))],
        title=f"装修许可证 {p.number}",
        subject=f"{p.room_code} {p.company}",
        two_per_page=False,
    )


def render_cards(p: PermitPrint) -> bytes:
    """Every worker's card, 8 to a sheet: name, contractor, room, valid until, masked ID, and the
    QR of the card number the guard scans."""
    cards = [
        Card(
            p.centre,
            "施工人员出入证",
            [
                ("姓名", w.name),
                ("身份证", w.id_number),
                ("施工单位", p.company),
                ("施工房号", p.room_code),
                ("有效期至", cn_date(w.valid_until)),
            ],
            qr=w.card_no,
            serial=w.card_no,
            note="请佩戴本证进出小区，在规定时间内施工；本证不得转借",
        )
        for w in p.cards
    ]
    return render_card_sheet(cards, title=f"施工人员出入证 {p.number}", subject=f"{p.room_code} {p.company}")


def _acceptance(a: AcceptancePrint) -> list[Block]:
    p = a.permit
    done = a.result != ""
    rows = [
        [str(n), item, ("合格" if item in a.passed else "不合格") if done or a.passed else "合格 / 不合格", ""]
        for n, item in enumerate(a.all_items, 1)
    ]
    visits = [[f"{d:%Y-%m-%d}", result, findings, notice] for d, result, findings, notice in a.inspections]
    return [
        Header(p.centre, "装修验收单", serial=p.number),
        Spacer(3 * mm),
        Grid(
            [
                [Cell("房号", p.room_code), Cell("业主", p.owner_name)],
                [Cell("施工单位", p.company), Cell("施工负责人", f"{p.manager} {p.manager_phone}")],
                [Cell("施工期限", _dates(p))],
                [Cell("装修项目", "、".join(p.categories))],
            ],
            style=LETTER,
        ),
        Spacer(2 * mm),
        Table(
            [Column("序号", 0.7, "center"), Column("检查项目", 4), Column("结果", 1.2, "center"), Column("备注", 2)],
            rows,
            label="验收项目",
            style=LETTER,
        ),
        Spacer(2 * mm),
        Table(
            [Column("巡查日期", 1.2), Column("结果", 0.8, "center"), Column("发现问题", 4), Column("整改通知单", 1.6)],
            visits,
            label="巡查记录",
            min_rows=1,
            style=LETTER,
        ),
        TextBox("验收意见", a.note, min_lines=3, style=LETTER),
        Grid(
            [
                [
                    Cell("验收结论", a.result or "合格 / 不合格"),
                    Cell("验收日期", cn_date(a.accepted_on) if a.accepted_on else ""),
                ]
            ],
            style=LETTER,
        ),
        Spacer(4 * mm),
        Signatures([("业主签字", ""), ("施工负责人", ""), ("验收人", a.accepted_by)], style=LETTER),
        Note("验收合格后，凭本单及押金收据到客服中心办理装修押金退还手续。", size=8.5),
    ]


def render_acceptance(a: AcceptancePrint) -> bytes:
    p = a.permit
    return render_copies(
        [Copy("存档联", _acceptance(a), continued=Header(p.centre, "装修验收单（续）", serial=p.number))],
        title=f"装修验收单 {p.number}",
        subject=f"{p.room_code} {p.company}",
        two_per_page=False,
    )


__all__ = ["AcceptancePrint", "PermitPrint", "render_acceptance", "render_cards", "render_permit"]
