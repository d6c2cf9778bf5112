"""会议纪要 (JY + date + sequence): the meeting, who attended, what was decided, and its actions,
each with an owner (a member of staff) and a due date. Issued minutes are printed; an open action
that falls due puts its minutes in the handover (待办到期) and every open action is in its
owner's list (the view 我负责的待办) until it is marked done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, select
from sqlalchemy.orm import Session

from frontdesk.models.minutes import MeetingMinutes, MinutesAction
from frontdesk.models.staff import Staff
from frontdesk.printing.printable import PdfDocument
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.records import Flag, KindAction, RecordForm, RecordService, View
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import CurrentUser, Role, require
from frontdesk.services.validation import Collector

MINUTES = Kind("minutes")
PREFIX = "JY"
VIEW, EDIT = "minutes.view", "minutes.edit"
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    EDIT: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
}

VOCABULARY = Vocabulary(
    "Minutes",
    "会议纪要",
    states={"draft": "草稿", "issued": "已印发", "closed": "已办结", "cancelled": "已作废"},
    counts={"minutes.due": "纪要待办到期 {0}"},
)

MACHINE: StateMachine[str, str] = StateMachine(
    [
        Transition(frozenset({"draft"}), "edit", None, EDIT),
        Transition(frozenset({"draft"}), "issue", "issued", EDIT),
        Transition(frozenset({"issued"}), "done", None, EDIT),
        Transition(frozenset({"issued"}), "close", "closed", EDIT),
        Transition(frozenset({"draft"}), "cancel", "cancelled", EDIT),
    ]
)


@dataclass(frozen=True)
class ActionRow:
    seq: int
    what: str
    owner_id: int | None
    owner: str
    due: date
    done_at: datetime | None
    done_note: str
    overdue: bool


@dataclass(frozen=True)
class MinutesRow:
    id: int
    number: str
    state: str
    meeting: str
    held_on: date
    attendees: str
    actions: tuple[ActionRow, ...]
    #: open actions, and of them those due today or earlier
    open_actions: int
    due_actions: int
    version: int
    allowed: frozenset[str]


def _actions_text(r: MinutesRow) -> str:
    if not r.actions:
        return "无"
    text = f"{len(r.actions) - r.open_actions}/{len(r.actions)} 完成"
    return text + (f"，{r.due_actions} 项到期" if r.due_actions else "")


COLUMNS: list[Column[MinutesRow]] = [
    Column("number", QT_TRANSLATE_NOOP("Minutes", "编号"), lambda r: r.number, width=16),
    Column("held_on", QT_TRANSLATE_NOOP("Minutes", "会议日期"), lambda r: r.held_on, width=11),
    Column("meeting", QT_TRANSLATE_NOOP("Minutes", "会议"), lambda r: r.meeting, width=26),
    Column("attendees", QT_TRANSLATE_NOOP("Minutes", "参会人员"), lambda r: r.attendees, width=20),
    Column("actions", QT_TRANSLATE_NOOP("Minutes", "待办事项"), _actions_text, width=14),
    Column("state", QT_TRANSLATE_NOOP("Minutes", "状态"), lambda r: r.state, text=lambda r: VOCABULARY.state(r.state), width=8),
]

ACTION_COLUMNS = (
    FormField("what", "事项", required=True, max_len=200),
    FormField("owner", "负责人", "staff", required=True),
    FormField("due", "完成期限", "date", required=True),
)

FIELDS = (
    FormField("meeting", "会议名称", required=True, max_len=100, placeholder="如 客服部周例会"),
    FormField("held_on", "会议日期", "date", required=True),
    FormField("place", "地点", max_len=100),
    FormField("host", "主持人", "name"),
    FormField("attendees", "参会人员", "staffs", required=True),
    FormField("decisions", "会议决定", "multiline", required=True, max_len=3000),
    FormField("actions", "待办事项", "rows", columns=ACTION_COLUMNS, high=20),
)

FORM = RecordForm(
    title="新建会议纪要",
    fields=FIELDS,
    columns=COLUMNS,
    views=(
        View("open", "未办结"),
        View("mine", "我负责的待办"),
        View("due", "待办到期"),
        View("state:draft", "草稿"),
        View("all", "全部"),
    ),
    actions=(
        KindAction("edit", "修改草稿", edits=True),
        KindAction("issue", "印发并打印", confirm="印发会议纪要 {0}？印发后内容不能再修改。", prints=True),
        KindAction(
            "done",
            "待办完成",
            fields=(
                FormField("seq", "待办序号", "int", required=True, low=1, high=20, default=1),
                FormField("note", "完成情况", "multiline", required=True, max_len=500),
            ),
        ),
        KindAction("close", "办结", confirm="将会议纪要 {0} 办结？"),
        KindAction("cancel", "作废", confirm="作废会议纪要 {0}？"),
    ),
    create_permission=EDIT,
    view_permission=VIEW,
    printable=True,
)


def _open_action(svc: MinutesService, *extra: ColumnElement[bool]) -> ColumnElement[bool]:
    return exists().where(MinutesAction.minutes_id == MeetingMinutes.id, MinutesAction.done_at.is_(None), *extra)


def _due(svc: MinutesService) -> ColumnElement[bool]:
    return and_(MeetingMinutes.state == "issued", _open_action(svc, MinutesAction.due <= svc.today()))


class MinutesService(RecordService[MeetingMinutes, MinutesRow]):
    _entity = "meeting_minutes"
    model = MeetingMinutes
    kind = MINUTES
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = MACHINE
    form = FORM
    initial_state = "draft"
    text_columns = ("meeting", "attendees", "decisions", "place", "host")
    flags = (Flag("due", _due, severity="danger"),)
    final_states = frozenset({"closed", "cancelled"})

    def user_view_conditions(self, user: CurrentUser, view: str) -> list[ColumnElement[bool]]:
        if view == "mine":
            return [MeetingMinutes.state == "issued", _open_action(self, MinutesAction.owner_id == user.id)]
        return super().user_view_conditions(user, view)

    def to_row(self, user: CurrentUser, m: MeetingMinutes) -> MinutesRow:
        today = self.today()
        actions = tuple(
            ActionRow(
                a.seq, a.what, a.owner_id, a.owner_name, a.due, a.done_at, a.done_note or "", a.done_at is None and a.due <= today
            )
            for a in m.actions
        )
        open_ = [a for a in actions if a.done_at is None]
        due = [a for a in open_ if a.due <= today] if m.state == "issued" else []
        return MinutesRow(
            m.id,
            m.number,
            m.state,
            m.meeting,
            m.held_on,
            m.attendees,
            actions,
            len(open_),
            len(due),
            m.version,
            MACHINE.allowed(user, m.state) - ({"close"} if open_ else set()) - ({"done"} if not open_ else set()),
        )

    def fill(self, s: Session, user: CurrentUser, m: MeetingMinutes, values: dict[str, Any], *, new: bool) -> None:
        """The form's values; the attendees and owners must be active staff (every error at once)."""
        c = Collector()
        ids = set(values["attendees"]) | {a["owner"] for a in values["actions"] if a["owner"] is not None}
        staff = {
            sid: name for sid, name in s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids), Staff.active.is_(True)))
        }
        if any(i not in staff for i in values["attendees"]):
            c.add("attendees", "unknown_staff")
        for i, a in enumerate(values["actions"]):
            if a["owner"] not in staff:
                c.add(f"actions.{i}.owner", "unknown_staff")
        c.raise_if_any()
        for name in ("meeting", "held_on", "place", "host", "decisions"):
            setattr(m, name, values[name])
        m.attendee_ids = ",".join(str(i) for i in values["attendees"])
        m.attendees = "、".join(staff[i] for i in values["attendees"])
        m.actions = [
            MinutesAction(seq=n, what=a["what"], owner_id=a["owner"], owner_name=staff[a["owner"]], due=a["due"])
            for n, a in enumerate(values["actions"], start=1)
        ]
        if new:
            m.created_by_id, m.created_by_name = user.id, user.name

    def form_values(self, user: CurrentUser, record_id: int) -> dict[str, Any]:
        require(user, VIEW)
        with self._db.read() as s:
            m = self._get(s, record_id)
            return {
                "meeting": m.meeting,
                "held_on": m.held_on,
                "place": m.place,
                "host": m.host,
                "attendees": [int(i) for i in m.attendee_ids.split(",") if i],
                "decisions": m.decisions,
                "actions": [{"what": a.what, "owner": a.owner_id, "due": a.due} for a in m.actions],
            }

    def on_action(self, s: Session, user: CurrentUser, m: MeetingMinutes, action: str, values: dict[str, Any]) -> None:
        now = self.now()
        if action == "issue":
            m.issued_at, m.issued_by_name = now, user.name
        elif action == "done":
            item = next((a for a in m.actions if a.seq == values["seq"]), None)
            if item is None or item.done_at is not None:
                raise ServiceError("minutes_no_open_action", seq=values["seq"])
            item.done_at, item.done_note, item.done_by_name = now, values["note"], user.name
            m.updated_at = now
        elif action == "close":
            if any(a.done_at is None for a in m.actions):
                raise ServiceError("minutes_actions_open")
            m.closed_at = now

    def title_of(self, m: MeetingMinutes) -> str:
        today = self.today()
        due = [a for a in m.actions if a.done_at is None and a.due <= today]
        head = f"{m.meeting}（{m.held_on:%m-%d}）"
        if not due:
            return head
        return head + "：" + "；".join(f"{a.what}（{a.owner_name}，{a.due:%m-%d} 到期）" for a in due[:3])

    def detail_lines(self, user: CurrentUser, m: MeetingMinutes) -> list[tuple[str, str]]:
        today = self.today()
        lines = [
            ("会议名称", m.meeting),
            ("会议日期", m.held_on.isoformat()),
            ("地点", m.place or ""),
            ("主持人", m.host or ""),
            ("参会人员", m.attendees),
            ("会议决定", m.decisions),
        ]
        for a in m.actions:
            if a.done_at:
                state = f"已完成 {self.local(a.done_at)} {a.done_note or ''}"
            else:
                state = "已到期" if a.due <= today else "未完成"
            lines.append((f"待办 {a.seq}", f"{a.what}\n负责人 {a.owner_name}，期限 {a.due.isoformat()}，{state}"))
        return lines

    def history(self, user: CurrentUser, m: MeetingMinutes) -> list[str]:
        out = [f"{self.local(m.created_at)} {m.created_by_name} 起草"]
        if m.issued_at:
            out.append(f"{self.local(m.issued_at)} {m.issued_by_name or ''} 印发")
        out += [f"{self.local(a.done_at)} {a.done_by_name or ''} 完成待办 {a.seq}" for a in m.actions if a.done_at]
        if m.closed_at:
            out.append(f"{self.local(m.closed_at)} 办结")
        return out

    def printable(self, user: CurrentUser, record_id: int) -> PdfDocument:
        from frontdesk.printing.minutes import MinutesPrint, render_minutes

        require(user, VIEW)
        with self._db.read() as s:
            m = self._get(s, record_id)
            data = MinutesPrint(
                centre=str(self._setting("centre.name") or ""),
                number=m.number,
                meeting=m.meeting,
                held_on=m.held_on,
                place=m.place or "",
                host=m.host or "",
                attendees=m.attendees,
                decisions=m.decisions,
                actions=[(str(a.seq), a.what, a.owner_name, a.due.isoformat(), "已完成" if a.done_at else "") for a in m.actions],
                recorder=m.created_by_name,
                draft=m.state == "draft",
            )
        return PdfDocument(f"会议纪要 {data.number}", f"会议纪要_{data.number}.pdf", lambda: render_minutes(data))
