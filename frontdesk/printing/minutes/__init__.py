"""会议纪要 as a PDF: A4, the meeting (name, date, place, host, attendees), the decisions, the
actions as a table (序号, 事项, 负责人, 完成期限, 完成情况), and the recorder's and reviewer's
signatures. Long minutes flow on; every further page carries the header."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from frontdesk.printing.layout.blocks import Block, Header, Signatures, Spacer
from frontdesk.printing.layout.grids import Cell, Column, Grid, Table, TextBox
from frontdesk.printing.layout.letter import LETTER, cn_date
from frontdesk.printing.layout.pages import Copy, render_copies
from frontdesk.printing.layout.style import mm


@dataclass(frozen=True)
class MinutesPrint:
    centre: str
    number: str
    meeting: str
    held_on: date
    place: str
    host: str
    attendees: str
    decisions: str
    #: (序号, 事项, 负责人, 完成期限, 完成情况)
    actions: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    recorder: str = ""
    draft: bool = False


def _blocks(p: MinutesPrint) -> list[Block]:
    return [
        Header(p.centre, "会议纪要", serial=p.number, right_note="草稿" if p.draft else ""),
        Spacer(3 * mm),
        Grid(
            [
                [Cell("会议名称", p.meeting)],
                [Cell("会议日期", cn_date(p.held_on)), Cell("地点", p.place)],
                [Cell("主持人", p.host), Cell("记录人", p.recorder)],
                [Cell("参会人员", p.attendees)],
            ],
            style=LETTER,
        ),
        TextBox("会议决定", p.decisions, min_lines=8, style=LETTER),
        Spacer(3 * mm),
        Table(
            [
                Column("序号", 0.7, "center"),
                Column("待办事项", 4),
                Column("负责人", 1.1),
                Column("完成期限", 1.4),
                Column("完成情况", 1.4),
            ],
            [list(a) for a in p.actions],
            min_rows=3,
            style=LETTER,
        ),
        Spacer(4 * mm),
        Signatures([("记录人", p.recorder), ("审阅人", ""), ("日期", "")], style=LETTER),
    ]


def render_minutes(p: MinutesPrint) -> bytes:
    continued = Header(p.centre, "会议纪要（续）", serial=p.number)
    return render_copies(
        [Copy("会议纪要", _blocks(p), continued=continued)],
        title=f"会议纪要 {p.number}",
        subject=p.meeting,
        two_per_page=False,
    )


__all__ = ["MinutesPrint", "render_minutes"]
