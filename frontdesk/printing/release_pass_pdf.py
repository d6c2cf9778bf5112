"""大件物品放行条 as a PDF: one A4 sheet cut into two A5-landscape copies —
第一联 存根联 (the counter keeps it) and 第二联 门岗联 (the carrier hands it to the guard; it carries
the signed QR code the gate scans). A reprint says 副本 on both copies, with the same serial.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.layout.blocks import Block, Header, Note, Signatures, Spacer
from frontdesk.printing.layout.grids import Cell, Column, Grid, Table
from frontdesk.printing.layout.pages import Copy, render_copies
from frontdesk.printing.layout.qr import QrBeside
from frontdesk.printing.layout.style import mm
from frontdesk.printing.phones import phone_text
from frontdesk.services.clock import to_local
from frontdesk.services.release_passes.export import VOCABULARY
from frontdesk.services.release_passes.rows import PassPrint
from frontdesk.services.validation import mask_phone

STUB_LABEL = "第一联 存根联"
GATE_LABEL = "第二联 门岗联"
WATERMARK = Color(0.85, 0.1, 0.1)


@dataclass
class Watermark:
    """A large faint word (副 本) across a copy. Drawn as a copy's tail, on the page itself after
    the copy's blocks, centred on them; it takes no room."""

    text: str
    over: list[Block]

    def height(self, width: float) -> float:
        return 0.0

    def draw(self, c: Canvas, x: float, top: float, width: float) -> None:
        from frontdesk.printing.layout import blocks_height, font

        size = 60
        c.saveState()
        c.translate(x + width / 2, top + blocks_height(self.over, width) * 0.45)
        c.rotate(15)
        c.setFillColor(WATERMARK)
        c.setFillAlpha(0.14)
        c.setFont(font(), size)
        c.drawCentredString(0, -size / 3, self.text)
        c.restoreState()


def _window(p: PassPrint) -> str:
    a, b = to_local(p.detail.valid_from), to_local(p.detail.valid_until)
    if a.date() == b.date():
        return f"{a:%Y-%m-%d} {a:%H:%M}–{b:%H:%M}"
    return f"{a:%Y-%m-%d %H:%M} 至 {b:%Y-%m-%d %H:%M}"


def _confirm(p: PassPrint) -> str:
    d = p.detail
    text = VOCABULARY.label("confirm_printed", d.confirm_method)
    if d.confirm_method == "phone" and d.confirm_at:
        text += f"（确认人：{d.confirm_by}，{to_local(d.confirm_at):%m月%d日 %H:%M}）"
    elif d.confirm_method in ("signed", "written") and d.confirm_by:
        text += f"（经办：{d.confirm_by}）"
    if d.confirm_note:
        text += f"  {d.confirm_note}"
    return text


def _blocks(p: PassPrint, centre: str, *, gate: bool) -> list[Block]:
    d = p.detail
    copy_note = f"副本（第 {p.reprint_no} 次补打，{to_local(p.printed_at):%m-%d %H:%M}）" if p.reprint_no else ""
    phone = mask_phone(p.carrier_phone) if gate else phone_text(p.carrier_phone)
    reason = d.reason + (f"（{d.reason_note}）" if d.reason_note else "")
    grid = Grid(
        [
            [
                Cell("房号", f"{d.room_code}（{d.project}）" if d.project else d.room_code, 2.0),
                Cell("业主/住户", d.owner_name, 1.45),
            ],
            [
                Cell("携物人", d.carrier_name, 1.0),
                Cell("联系电话", phone, 1.0),
                Cell("证件号码", d.carrier_id_masked or "—", 1.45),
            ],
            [
                Cell("搬出原因", reason, 1.0),
                Cell("车牌号", d.plate or "—", 1.0),
                Cell("有效时间", _window(p), 1.45),
            ],
            [Cell("业主确认", _confirm(p))],
        ]
    )
    items = Table(
        [
            Column("序号", 0.45, "center"),
            Column("物品名称", 2.6),
            Column("数量", 0.7, "center"),
            Column("备注", 2.2),
        ],
        rows=[[str(n), i.name, str(i.quantity), i.note] for n, i in enumerate(d.items, start=1)],
        label="物品清单",
        min_rows=max(3, len(d.items)),
        footer=[f"共 {len(d.items)} 项，合计 {sum(i.quantity for i in d.items)} 件"],
    )
    issued = f"{d.issued_by}  {to_local(d.issued_at):%Y-%m-%d %H:%M}"
    blocks: list[Block] = [
        Header(
            centre,
            "大件物品放行条",
            serial=d.number,
            right_note="副本" if p.reprint_no else "",
            left=f"开具：{issued}" + (f"　{copy_note}" if copy_note else ""),
        ),
        Spacer(1.5 * mm),
        QrBeside(grid, p.payload) if gate else grid,
        Spacer(1.5 * mm),
        items,
    ]
    if gate:
        blocks += [
            Signatures([("门岗核验人", ""), ("放行时间", "")]),
            Note(
                "携物人出门时将本联交门岗：扫码核验后放行并收回本联。仅限有效时间内使用一次；涂改、复印无效；"
                "物品与清单不符不予放行。"
            ),
        ]
    else:
        blocks += [
            Signatures([("经办人", d.issued_by), ("携物人签字", ""), ("业主签字", "")]),
            Note("本联由服务中心留存备查；第二联交携物人，出门时交门岗核验。"),
        ]
    return blocks


def render_release_pass(p: PassPrint, centre: str) -> bytes:
    """The two copies of one pass on an A4 sheet (cut along the dashed line)."""
    d = p.detail
    copies = []
    for label, gate in ((STUB_LABEL, False), (GATE_LABEL, True)):
        blocks = _blocks(p, centre, gate=gate)
        copies.append(Copy(label, blocks, tail=[Watermark("副 本", blocks)] if p.reprint_no else []))
    title = f"大件物品放行条 {d.number}" + ("（副本）" if p.reprint_no else "")
    return render_copies(copies, title=title, subject=f"{d.room_code} {d.carrier_name}")


__all__ = ["render_release_pass"]
