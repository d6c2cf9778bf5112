"""工作联系单 as a PDF: A4, the letter (from the centre, to the unit, subject, content, what is
asked, the reply date, attachments, the centre's seal) and, below a tear-off line, the 回复联 the
receiving unit fills in and returns. A long letter flows on; every page carries the header."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontdesk.printing.layout.blocks import Block, Header, Note, Signatures, Spacer
from frontdesk.printing.layout.grids import Cell, Grid, TextBox
from frontdesk.printing.layout.letter import LETTER, KeepTogether, Paragraph, Seal, TearOff, cn_date
from frontdesk.printing.layout.pages import Copy, render_copies
from frontdesk.printing.layout.style import mm


@dataclass(frozen=True)
class LetterPrint:
    centre: str
    number: str
    recipient: str
    subject: str
    content: str
    request: str
    reply_due: date
    attachments: str
    drafted_by: str
    sent_on: date | None
    printed_on: date
    draft: bool = False


def _letter(p: LetterPrint) -> list[Block]:
    return [
        Header(p.centre, "工作联系单", serial=p.number, right_note="草稿" if p.draft else ""),
        Spacer(3 * mm),
        Grid(
            [
                [Cell("发文单位", p.centre), Cell("收文单位", p.recipient)],
                [Cell("主题", p.subject)],
            ],
            style=LETTER,
        ),
        TextBox("联系内容", p.content, min_lines=7, style=LETTER),
        TextBox("需协助事项", p.request, min_lines=3, style=LETTER),
        Grid(
            [
                [Cell("回复期限", f"请于 {cn_date(p.reply_due)} 前回复"), Cell("附件", p.attachments or "无")],
            ],
            style=LETTER,
        ),
        Spacer(3 * mm),
        Paragraph("请贵部门（单位）予以支持配合，并将处理结果填写于下方回复联，于回复期限前交回客服中心。"),
        Seal(p.centre, p.sent_on or p.printed_on),
        Signatures(
            [("经办人", p.drafted_by), ("发出日期", cn_date(p.sent_on) if p.sent_on else ""), ("签收人", "")], style=LETTER
        ),
    ]


def _reply_slip(p: LetterPrint) -> list[Block]:
    return [
        KeepTogether(_slip(p)),
    ]


def _slip(p: LetterPrint) -> list[Block]:
    return [
        TearOff("沿虚线撕下　回复联交回客服中心"),
        Header(p.centre, "工作联系单回复联", serial=p.number),
        Grid(
            [
                [Cell("收文单位", p.recipient), Cell("回复期限", cn_date(p.reply_due))],
                [Cell("主题", p.subject)],
            ],
            style=LETTER,
        ),
        TextBox("处理结果", "", min_lines=5, style=LETTER),
        Signatures([("回复人", ""), ("联系电话", ""), ("回复日期", "")], style=LETTER),
        Note("回复联填写后交回客服中心，由客服中心登记回复并归档。", size=8.5),
    ]


def render_letter(p: LetterPrint) -> bytes:
    """The letter and its reply slip: one copy that flows over as many pages as it needs."""
    continued = Header(p.centre, "工作联系单（续）", serial=p.number)
    return render_copies(
        [Copy("联系单", [*_letter(p), *_reply_slip(p)], continued=continued)],
        title=f"工作联系单 {p.number}",
        subject=f"{p.recipient} {p.subject}",
        two_per_page=False,
    )


__all__ = ["LetterPrint", "render_letter"]
