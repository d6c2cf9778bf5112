"""工作联系单 (LX + date + sequence): drafted at the counter (from a template or blank), sent, replied
to, archived. A sent letter past its reply date is 逾期未回复: counted, listed and handed over."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_
from sqlalchemy.orm import Session

from frontdesk.models.letters import WorkLetter
from frontdesk.printing.printable import PdfDocument
from frontdesk.services.clock import to_local
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.options import Option
from frontdesk.services.core.records import Flag, KindAction, RecordForm, RecordService, View
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.permissions import CurrentUser, Role, require

LETTER = Kind("letter")
PREFIX = "LX"
VIEW, EDIT = "letter.view", "letter.edit"
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    EDIT: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
}

VOCABULARY = Vocabulary(
    "Letter",
    "工作联系单",
    states={"draft": "草稿", "sent": "已发出", "replied": "已回复", "archived": "已归档", "cancelled": "已作废"},
    counts={"letter.overdue": "联系单逾期未回复 {0}"},
)

OPTIONS = (
    Option(
        "letter.recipients",
        list[str],
        ["工程部", "秩序维护部", "环境部", "财务部", "开发商", "施工单位", "公司总部"],
        doc="工作联系单的收文单位",
    ),
    Option(
        "letter.templates",
        list[dict[str, str]],
        [
            {
                "name": "公共设施报修",
                "recipient": "工程部",
                "subject": "关于公共设施维修的联系单",
                "content": "经客服中心巡查及业主反映，以下公共设施存在损坏，影响业主正常使用：",
                "request": "请安排人员现场查看并维修，完成后回复处理结果。",
            },
            {
                "name": "开发商遗留问题",
                "recipient": "开发商",
                "subject": "关于房屋质量遗留问题的联系单",
                "content": "业主反映其房屋存在以下质量问题，属保修期内开发商保修范围：",
                "request": "请贵司安排施工单位于回复期限前上门维修，并将处理结果书面回复我中心。",
            },
            {
                "name": "秩序协助",
                "recipient": "秩序维护部",
                "subject": "关于协助维护秩序的联系单",
                "content": "因以下事项，需秩序维护部予以协助：",
                "request": "请按时安排人员到场，并回复安排情况。",
            },
            {
                "name": "保洁安排",
                "recipient": "环境部",
                "subject": "关于环境卫生整改的联系单",
                "content": "经巡查发现以下区域环境卫生不达标：",
                "request": "请于回复期限前完成清理，并回复完成情况。",
            },
        ],
        doc="工作联系单模板",
    ),
)

MACHINE: StateMachine[str, str] = StateMachine(
    [
        Transition(frozenset({"draft"}), "edit", None, EDIT),
        Transition(frozenset({"draft"}), "send", "sent", EDIT),
        Transition(frozenset({"sent"}), "reply", "replied", EDIT),
        Transition(frozenset({"replied"}), "archive", "archived", EDIT),
        Transition(frozenset({"draft", "sent"}), "cancel", "cancelled", EDIT),
    ]
)


@dataclass(frozen=True)
class LetterRow:
    id: int
    number: str
    state: str
    recipient: str
    subject: str
    reply_due: date
    sent_at: datetime | None
    replied_at: datetime | None
    overdue: bool
    version: int
    allowed: frozenset[str]


COLUMNS: list[Column[LetterRow]] = [
    Column("number", QT_TRANSLATE_NOOP("Letter", "编号"), lambda r: r.number, width=16),
    Column("recipient", QT_TRANSLATE_NOOP("Letter", "收文单位"), lambda r: r.recipient, width=10),
    Column("subject", QT_TRANSLATE_NOOP("Letter", "主题"), lambda r: r.subject, width=30),
    Column("reply_due", QT_TRANSLATE_NOOP("Letter", "回复期限"), lambda r: r.reply_due, width=11),
    Column(
        "state",
        QT_TRANSLATE_NOOP("Letter", "状态"),
        lambda r: r.state,
        text=lambda r: VOCABULARY.state(r.state) + ("（逾期）" if r.overdue else ""),
        width=10,
    ),
    Column("sent_at", QT_TRANSLATE_NOOP("Letter", "发出时间"), lambda r: r.sent_at, width=16),
    Column("replied_at", QT_TRANSLATE_NOOP("Letter", "回复时间"), lambda r: r.replied_at, width=16),
]

FIELDS = (
    FormField("recipient", "收文单位", "choice", required=True, choices_from="letter.recipients"),
    FormField("subject", "主题", required=True, max_len=100),
    FormField("content", "联系内容", "multiline", required=True, max_len=2000),
    FormField("request", "需协助事项", "multiline", max_len=1000),
    FormField("reply_due", "回复期限", "date", required=True),
    FormField("attachments", "附件", max_len=500, placeholder="附件名称，多个用顿号分隔；没有则留空"),
)

FORM = RecordForm(
    title="新建工作联系单",
    fields=FIELDS,
    columns=COLUMNS,
    views=(
        View("open", "未归档"),
        View("overdue", "逾期未回复"),
        View("state:draft", "草稿"),
        View("state:sent", "已发出待回复"),
        View("all", "全部"),
    ),
    actions=(
        KindAction("edit", "修改草稿", edits=True),
        KindAction("send", "发出并打印", confirm="发出联系单 {0}？发出后内容不能再修改。", prints=True),
        KindAction(
            "reply",
            "登记回复",
            fields=(
                FormField("reply_text", "回复内容", "multiline", required=True, max_len=2000),
                FormField("replied_by", "回复人", "name", required=True),
                FormField("replied_at", "回复时间", "datetime", required=True),
            ),
        ),
        KindAction("archive", "归档", confirm="将联系单 {0} 归档？"),
        KindAction("cancel", "作废", confirm="作废联系单 {0}？作废后不能恢复。"),
    ),
    create_permission=EDIT,
    view_permission=VIEW,
    templates="letter.templates",
    printable=True,
    summary="中心发给各部门、开发商、施工单位的工作联系单：从模板起草，发出打印带回复联，登记回复，逾期未回复提醒。",
)


def _overdue(svc: LetterService) -> ColumnElement[bool]:
    return and_(WorkLetter.state == "sent", WorkLetter.reply_due < svc.today())


class LetterService(RecordService[WorkLetter, LetterRow]):
    _entity = "work_letter"
    model = WorkLetter
    kind = LETTER
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = MACHINE
    form = FORM
    initial_state = "draft"
    text_columns = ("recipient", "subject", "content", "request", "reply_text")
    flags = (Flag("overdue", _overdue, severity="danger"),)
    final_states = frozenset({"archived", "cancelled"})

    def to_row(self, user: CurrentUser, m: WorkLetter) -> LetterRow:
        overdue = m.state == "sent" and m.reply_due < self.today()
        return LetterRow(
            m.id,
            m.number,
            m.state,
            m.recipient,
            m.subject,
            m.reply_due,
            m.sent_at,
            m.replied_at,
            overdue,
            m.version,
            MACHINE.allowed(user, m.state),
        )

    def fill(self, s: Session, user: CurrentUser, m: WorkLetter, values: dict[str, Any], *, new: bool) -> None:
        super().fill(s, user, m, values, new=new)
        if new:
            m.created_by_id, m.created_by_name = user.id, user.name

    def on_action(self, s: Session, user: CurrentUser, m: WorkLetter, action: str, values: dict[str, Any]) -> None:
        if action == "send":
            m.sent_at, m.sent_by_name = self.now(), user.name
        elif action == "reply":
            m.reply_text, m.replied_by, m.replied_at = values["reply_text"], values["replied_by"], values["replied_at"]
        elif action == "archive":
            m.archived_at = self.now()

    def title_of(self, m: WorkLetter) -> str:
        return f"{m.recipient} · {m.subject}（回复期限 {m.reply_due:%m-%d}）"

    def detail_lines(self, user: CurrentUser, m: WorkLetter) -> list[tuple[str, str]]:
        lines = [
            ("收文单位", m.recipient),
            ("主题", m.subject),
            ("联系内容", m.content),
            ("需协助事项", m.request or ""),
            ("回复期限", m.reply_due.isoformat() + ("（已逾期）" if m.state == "sent" and m.reply_due < self.today() else "")),
            ("附件", m.attachments or "无"),
        ]
        if m.reply_text:
            lines += [("回复内容", m.reply_text), ("回复人", f"{m.replied_by or ''}  {self.local(m.replied_at)}")]
        return lines

    def history(self, user: CurrentUser, m: WorkLetter) -> list[str]:
        out = [f"{self.local(m.created_at)} {m.created_by_name} 起草"]
        if m.sent_at:
            out.append(f"{self.local(m.sent_at)} {m.sent_by_name or ''} 发出")
        if m.replied_at:
            out.append(f"{self.local(m.replied_at)} {m.replied_by or ''} 回复")
        if m.archived_at:
            out.append(f"{self.local(m.archived_at)} 归档")
        return out

    def printable(self, user: CurrentUser, record_id: int) -> PdfDocument:
        """The letter with its tear-off reply slip (回复联), on one A4 sheet."""
        from frontdesk.printing.letters import LetterPrint, render_letter

        require(user, VIEW)
        with self._db.read() as s:
            m = self._get(s, record_id)
            data = LetterPrint(
                centre=str(self._setting("centre.name") or ""),
                number=m.number,
                recipient=m.recipient,
                subject=m.subject,
                content=m.content,
                request=m.request or "",
                reply_due=m.reply_due,
                attachments=m.attachments or "",
                drafted_by=m.created_by_name,
                sent_on=to_local(m.sent_at).date() if m.sent_at else None,
                printed_on=self.today(),
                draft=m.state == "draft",
            )
        return PdfDocument(f"工作联系单 {data.number}", f"工作联系单_{data.number}.pdf", lambda: render_letter(data))
