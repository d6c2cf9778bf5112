"""事件 (TF + date + sequence): declared by a receptionist or a supervisor when one outage brings
many calls — what happened, the buildings it touches (or the whole project), the words to tell
callers (话术) and the expected end; open until resolved (or cancelled as a false alarm). While
open it is counted in the status bar and handed over."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from frontdesk.models import CallLogEntry, Room
from frontdesk.models.incidents import Incident
from frontdesk.services.callbacks import queue as callbacks
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.options import Option
from frontdesk.services.core.records import Concern, Flag, KindAction, RecordForm, RecordService, RoomPlace, View
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.errors import ValidationError
from frontdesk.services.permissions import CurrentUser, Role, require

INCIDENT = Kind("incident")
PREFIX = "TF"
VIEW, DECLARE = "incident.view", "incident.declare"
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    DECLARE: (Role.RECEPTIONIST, Role.SUPERVISOR),
}
VOCABULARY = Vocabulary(
    "Incident",
    "事件",
    states={"open": "处理中", "resolved": "已解除", "cancelled": "已取消"},
    counts={"incident.open": "事件处理中 {0}"},
)
OPTIONS = (
    Option(
        "incident.categories",
        list[str],
        ["停水", "停电", "电梯困人", "电梯停运", "燃气", "网络/有线电视", "管网抢修", "恶劣天气", "其他"],
        doc="事件类别",
    ),
)
MACHINE: StateMachine[str, str] = StateMachine(
    [
        Transition(frozenset({"open"}), "edit", None, DECLARE),
        Transition(frozenset({"open"}), "resolve", "resolved", DECLARE),
        Transition(frozenset({"open"}), "cancel", "cancelled", DECLARE),
    ]
)
#: building numbers as typed: "3、4、5", "3,5栋", "3-5" (a range)
_BUILDINGS = re.compile(
    r"^\s*[0-9A-Za-z]+(\s*[-–~至]\s*[0-9]+)?(\s*[、,，;；/ ]\s*[0-9A-Za-z]+(\s*[-–~至]\s*[0-9]+)?)*\s*[栋#号楼]*\s*$"
)


def building_numbers(text: str | None) -> list[str]:
    """The buildings a scope names ("3-5" → 3, 4, 5); empty for the whole project."""
    out: list[str] = []
    for part in re.split(r"[、,，;；/ ]+", (text or "").replace("栋", "").replace("#", "").replace("号楼", "")):
        part = part.strip()
        if not part:
            continue
        m = re.fullmatch(r"(\d+)\s*[-–~至]\s*(\d+)", part)
        if m and int(m.group(1)) <= int(m.group(2)) <= int(m.group(1)) + 200:
            out += [str(n) for n in range(int(m.group(1)), int(m.group(2)) + 1)]
        else:
            out.append(part)
    return out


def scope_text(buildings: str | None) -> str:
    nums = building_numbers(buildings)
    return "全项目" if not nums else "、".join(nums) + "栋"


@dataclass(frozen=True)
class IncidentRow:
    id: int
    number: str
    state: str
    category: str
    title: str
    scope: str
    expected_end: datetime | None
    created_at: datetime
    created_by: str
    resolved_at: datetime | None
    version: int
    allowed: frozenset[str]


COLUMNS: list[Column[IncidentRow]] = [
    Column("number", QT_TRANSLATE_NOOP("Incident", "编号"), lambda r: r.number, width=16),
    Column("category", QT_TRANSLATE_NOOP("Incident", "类别"), lambda r: r.category, width=10),
    Column("title", QT_TRANSLATE_NOOP("Incident", "事件"), lambda r: r.title, width=30),
    Column("scope", QT_TRANSLATE_NOOP("Incident", "范围"), lambda r: r.scope, width=14),
    Column("state", QT_TRANSLATE_NOOP("Incident", "状态"), lambda r: r.state, text=lambda r: VOCABULARY.state(r.state), width=8),
    Column("created_at", QT_TRANSLATE_NOOP("Incident", "发生时间"), lambda r: r.created_at, width=16),
    Column("expected_end", QT_TRANSLATE_NOOP("Incident", "预计恢复"), lambda r: r.expected_end, width=16),
    Column("resolved_at", QT_TRANSLATE_NOOP("Incident", "解除时间"), lambda r: r.resolved_at, width=16),
]

FIELDS = (
    FormField("category", "类别", "choice", required=True, choices_from="incident.categories"),
    FormField("title", "发生了什么", required=True, max_len=100, placeholder="如：3-5栋停水（市政管网抢修）"),
    FormField("buildings", "影响楼栋", max_len=100, placeholder="如 3、4、5 或 3-5；留空为全项目", sample="3-5"),
    FormField("script", "来电话术", "multiline", required=True, max_len=1000),
    FormField("expected_end", "预计恢复时间", "datetime"),
)

FORM = RecordForm(
    title="登记事件",
    fields=FIELDS,
    columns=COLUMNS,
    views=(View("open", "处理中"), View("state:resolved", "已解除"), View("all", "全部")),
    actions=(
        KindAction("edit", "修改", edits=True),
        KindAction(
            "resolve",
            "解除事件",
            fields=(FormField("resolution", "处理结果", "multiline", required=True, max_len=1000),),
        ),
        KindAction("cancel", "取消（误报）", confirm="取消事件 {0}？"),
    ),
    create_permission=DECLARE,
    view_permission=VIEW,
    summary="停水、停电、电梯困人等一次事件对应众多来电：登记范围和来电话术，来电时按 F6 关联，解除后逐一回访。",
)


def _open(svc: IncidentService) -> ColumnElement[bool]:
    return Incident.state == "open"


class IncidentService(RecordService[Incident, IncidentRow]):
    _entity = "incident"
    model = Incident
    kind = INCIDENT
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = MACHINE
    form = FORM
    initial_state = "open"
    text_columns = ("category", "title", "buildings", "script", "resolution")
    flags = (Flag("open", _open, severity="danger"),)
    final_states = frozenset({"resolved", "cancelled"})

    def to_row(self, user: CurrentUser, m: Incident) -> IncidentRow:
        return IncidentRow(
            m.id, m.number, m.state, m.category, m.title, scope_text(m.buildings), m.expected_end, m.created_at,
            m.created_by_name, m.resolved_at, m.version, MACHINE.allowed(user, m.state),
        )  # fmt: skip

    def fill(self, s: Session, user: CurrentUser, m: Incident, values: dict[str, Any], *, new: bool) -> None:
        text = values.get("buildings") or ""
        if text and not _BUILDINGS.match(text):
            raise ValidationError({"buildings": "bad_buildings"})
        super().fill(s, user, m, values, new=new)
        if new:
            m.created_by_id, m.created_by_name = user.id, user.name

    def on_action(self, s: Session, user: CurrentUser, m: Incident, action: str, values: dict[str, Any]) -> None:
        if action == "resolve":
            m.resolution, m.resolved_at, m.resolved_by_name = values["resolution"], self.now(), user.name
            self._call_back_callers(s, user, m)

    def _linked(self, s: Session, m: Incident) -> list[CallLogEntry]:
        """The calls linked to the incident at the call log (F6), oldest first."""
        q = select(CallLogEntry).where(CallLogEntry.link_kind == INCIDENT.name, CallLogEntry.link_id == m.id)
        return list(s.scalars(q.order_by(CallLogEntry.at, CallLogEntry.id)))

    def _call_back_callers(self, s: Session, user: CurrentUser, m: Incident) -> None:
        """Resolved: every caller linked to it is owed a callback (the shared queue, due as any
        callback), one per call, so the counter tells each that it is over."""
        now = self.now()
        for call in self._linked(s, m):
            room = s.get(Room, call.room_id) if call.room_id else None
            callbacks.schedule(
                s,
                "call",
                call.id,
                ref_number=m.number,
                summary=f"{m.title}已解除：{m.resolution or ''}",
                due_at=callbacks.due_from(self._settings, now),
                at=now,
                by=user,
                room_code=room.code if room else None,
                contact_name=call.person,
                phone=call.phone,
            )

    def callers(self, user: CurrentUser, record_id: int) -> list[tuple[int, str, str]]:
        """The linked calls as (call id, room, person), oldest first."""
        require(user, VIEW)
        with self._db.read() as s:
            m = self._get(s, record_id)
            out = []
            for call in self._linked(s, m):
                room = s.get(Room, call.room_id) if call.room_id else None
                out.append((call.id, room.code if room else "", call.person or ""))
            return out

    def _concern_note(self, m: Incident) -> str:
        end = f" · 预计 {self.local(m.expected_end)} 恢复" if m.expected_end else ""
        return f"{scope_text(m.buildings)}{end} · 话术：{m.script}"

    def concerning(self, user: CurrentUser, place: RoomPlace, at: datetime) -> list[Concern]:
        """Open incidents declared by ``at`` whose buildings take in the room (or the whole
        project): the call log shows them with their 话术, and F6 links the call."""
        if not user.can(VIEW):
            return []
        with self._db.read() as s:
            q = select(Incident).where(Incident.state == "open", Incident.created_at <= at).order_by(Incident.id.desc())
            return [
                Concern(INCIDENT.name, m.id, m.number, f"事件：{m.title}", self._concern_note(m))
                for m in s.scalars(q.limit(50))
                if not building_numbers(m.buildings) or place.building in building_numbers(m.buildings)
            ]

    def title_of(self, m: Incident) -> str:
        return f"{m.category} · {m.title}（{scope_text(m.buildings)}）"

    def detail_lines(self, user: CurrentUser, m: Incident) -> list[tuple[str, str]]:
        lines = [
            ("类别", m.category),
            ("发生了什么", m.title),
            ("范围", scope_text(m.buildings)),
            ("来电话术", m.script),
            ("预计恢复时间", self.local(m.expected_end) if m.expected_end else "未定"),
        ]
        if m.resolved_at:
            lines += [("处理结果", m.resolution or ""), ("解除", f"{self.local(m.resolved_at)} {m.resolved_by_name or ''}")]
        with self._db.read() as s:
            calls = int(
                s.scalar(
                    select(func.count())
                    .select_from(CallLogEntry)
                    .where(CallLogEntry.link_kind == INCIDENT.name, CallLogEntry.link_id == m.id)
                )
                or 0
            )
        if calls:
            lines.append(("关联来电", f"{calls} 次" + ("，已转回访" if m.state == "resolved" else "；解除后逐一回访")))
        return lines

    def history(self, user: CurrentUser, m: Incident) -> list[str]:
        out = [f"{self.local(m.created_at)} {m.created_by_name} 登记"]
        if m.resolved_at:
            out.append(f"{self.local(m.resolved_at)} {m.resolved_by_name or ''} 解除")
        return out
