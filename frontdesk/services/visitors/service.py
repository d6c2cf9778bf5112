"""访客登记 (FK + date + sequence): a visitor announced ahead (预约, for a day) or registered as they
come in at the gate or the counter — name, phone, ID number (optional, masked, check digit), plate,
the room visited, why, the badge handed out — then let in, and out again. The host's confirmation
by phone is recorded with who confirmed and when. A visitor still in after the option
``visitor.overstay_hours`` is flagged. The guard sees today's expected visitors and those in."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_
from sqlalchemy.orm import Session

from frontdesk.models.visitors import Visitor
from frontdesk.printing.printable import PdfDocument
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.options import Option
from frontdesk.services.core.records import Flag, KindAction, RecordForm, RecordService, ValuesRow, View
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.permissions import CurrentUser, Role, require

VISITOR = Kind("visitor")
PREFIX = "FK"
VIEW, EDIT = "visitor.view", "visitor.edit"
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR, Role.GUARD),
    EDIT: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR, Role.GUARD),
}

VOCABULARY = Vocabulary(
    "Visitors",
    "访客登记",
    states={"expected": "预约", "in": "在访", "out": "已离开", "cancelled": "已取消"},
    counts={"visitor.overstay": "访客逗留超时 {0}"},
)

OPTIONS = (
    Option("visitor.overstay_hours", int, 4, check=lambda n: 1 <= n <= 72, doc="访客在访超过几小时提醒"),
    Option("visitor.reasons", list[str], ["探亲访友", "送货", "装修", "家政服务", "维修", "看房", "其他"], doc="访客来访事由"),
)

MACHINE: StateMachine[str, str] = StateMachine(
    [
        Transition(frozenset({"expected", "in"}), "edit", None, EDIT),
        Transition(frozenset({"expected"}), "arrive", "in", EDIT),
        Transition(frozenset({"expected", "in"}), "confirm", None, EDIT),
        Transition(frozenset({"in"}), "leave", "out", EDIT),
        Transition(frozenset({"expected"}), "cancel", "cancelled", EDIT),
    ]
)


def _state_text(r: ValuesRow) -> str:
    return VOCABULARY.state(r.state) + ("（超时）" if r.flagged else "")


COLUMNS: list[Column[ValuesRow]] = [
    Column("number", QT_TRANSLATE_NOOP("Visitors", "编号"), lambda r: r.number, width=14),
    Column("name", QT_TRANSLATE_NOOP("Visitors", "访客"), lambda r: r.cells["name"], width=10),
    Column("phone", QT_TRANSLATE_NOOP("Visitors", "电话"), lambda r: r.cells["phone"], width=12),
    Column("room", QT_TRANSLATE_NOOP("Visitors", "到访房号"), lambda r: r.cells["room"], width=10),
    Column("reason", QT_TRANSLATE_NOOP("Visitors", "事由"), lambda r: r.cells["reason"], width=18),
    Column("plate", QT_TRANSLATE_NOOP("Visitors", "车牌"), lambda r: r.cells["plate"], width=9),
    Column("badge", QT_TRANSLATE_NOOP("Visitors", "访客证"), lambda r: r.cells["badge"], width=7),
    Column("visit_date", QT_TRANSLATE_NOOP("Visitors", "来访日期"), lambda r: r.cells["visit_date"], width=11),
    Column("in_at", QT_TRANSLATE_NOOP("Visitors", "进入"), lambda r: r.cells["in_at"], width=16),
    Column("out_at", QT_TRANSLATE_NOOP("Visitors", "离开"), lambda r: r.cells["out_at"], width=16),
    Column("host", QT_TRANSLATE_NOOP("Visitors", "业主确认"), lambda r: r.cells["host"], width=10),
    Column("state", QT_TRANSLATE_NOOP("Visitors", "状态"), lambda r: r.state, text=_state_text, width=9),
]

FIELDS = (
    FormField("visitor_name", "访客姓名", "name", required=True),
    FormField("room", "到访房号", "room", required=True),
    FormField("reason", "事由", "choice", required=True, choices_from="visitor.reasons"),
    FormField("phone", "电话", "phone", masked=True),
    FormField("id_number", "身份证号", "idcard", masked=True),
    FormField("plate", "车牌", max_len=12, placeholder="开车来访时填写"),
    FormField("badge", "访客证号", max_len=20),
    FormField("expected", "预约（尚未到访）", "bool"),
    FormField("visit_date", "来访日期", "date", required=True),
)

FORM = RecordForm(
    title="访客登记",
    fields=FIELDS,
    columns=COLUMNS,
    views=(
        View("today", "今日预约/在访"),
        View("overstay", "逗留超时"),
        View("state:expected", "预约"),
        View("state:out", "已离开"),
        View("all", "全部"),
    ),
    actions=(
        KindAction("edit", "修改", edits=True),
        KindAction("arrive", "到访", confirm="访客 {0} 已到，登记进入？", shortcut="Ctrl+E"),
        KindAction(
            "confirm",
            "业主确认",
            fields=(FormField("host_confirmed_by", "确认人（业主/住户）", "name", required=True),),
        ),
        KindAction("leave", "离开", confirm="登记访客 {0} 离开？", shortcut="Ctrl+R"),
        KindAction("cancel", "取消预约", confirm="取消预约 {0}？"),
    ),
    create_permission=EDIT,
    view_permission=VIEW,
    printable=True,
    slip=True,
    print_label="打印访客单",
)


def _overstay(svc: VisitorService) -> ColumnElement[bool]:
    return svc.overstay_condition()


class VisitorService(RecordService[Visitor, ValuesRow]):
    _entity = "visitor"
    model = Visitor
    kind = VISITOR
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = MACHINE
    form = FORM
    initial_state = "in"
    text_columns = ("visitor_name", "room_code", "reason", "plate", "badge")
    flags = (Flag("overstay", _overstay, severity="warning"),)
    final_states = frozenset({"out", "cancelled"})

    def overstay_hours(self) -> int:
        return int(self._setting("visitor.overstay_hours") or 4)

    def overstay_condition(self) -> ColumnElement[bool]:
        since = self.now() - timedelta(hours=self.overstay_hours())
        return and_(Visitor.state == "in", Visitor.in_at < since)

    def is_overstaying(self, m: Visitor) -> bool:
        return m.state == "in" and m.in_at is not None and m.in_at < self.now() - timedelta(hours=self.overstay_hours())

    def view_conditions(self, view: str) -> list[ColumnElement[bool]]:
        if view == "today":
            return [or_(Visitor.state == "in", and_(Visitor.state == "expected", Visitor.visit_date == self.today()))]
        return super().view_conditions(view)

    def form_values(self, user: CurrentUser, record_id: int) -> dict[str, Any]:
        values = super().form_values(user, record_id)
        with self._db.read() as s:
            m = self._get(s, record_id)
            values["room"], values["expected"] = (None, m.room_code), m.state == "expected"
        return values

    def fill(self, s: Session, user: CurrentUser, m: Visitor, values: dict[str, Any], *, new: bool) -> None:
        m.room_id, m.room_code = self.room_of(s, values["room"])
        for name in ("visitor_name", "reason", "phone", "id_number", "plate", "badge", "visit_date"):
            setattr(m, name, values[name])
        if m.plate:
            m.plate = m.plate.upper().replace(" ", "")
        if new:
            m.created_by_id, m.created_by_name = user.id, user.name
            if values["expected"]:
                m.state = "expected"
            else:
                m.in_at, m.visit_date = self.now(), self.today()

    def on_action(self, s: Session, user: CurrentUser, m: Visitor, action: str, values: dict[str, Any]) -> None:
        if action == "arrive":
            m.in_at = self.now()
        elif action == "leave":
            m.out_at = self.now()
        elif action == "confirm":
            m.host_confirmed_by, m.host_confirmed_at = values["host_confirmed_by"], self.now()

    def to_row(self, user: CurrentUser, m: Visitor) -> ValuesRow:
        cells = {
            "name": m.visitor_name,
            "phone": self.shown(user, m.phone),
            "room": m.room_code,
            "reason": m.reason,
            "plate": m.plate or "",
            "badge": m.badge or "",
            "visit_date": m.visit_date,
            "in_at": m.in_at,
            "out_at": m.out_at,
            "host": m.host_confirmed_by or "",
        }
        flagged = frozenset({"overstay"}) if self.is_overstaying(m) else frozenset()
        return ValuesRow(m.id, m.number, m.state, m.version, MACHINE.allowed(user, m.state), cells, flagged)

    def detail_lines(self, user: CurrentUser, m: Visitor) -> list[tuple[str, str]]:
        stay = ""
        if m.in_at is not None:
            end = m.out_at or self.now()
            minutes = int((end - m.in_at).total_seconds() // 60)
            stay = f"{minutes // 60} 小时 {minutes % 60} 分" + ("（已超时）" if self.is_overstaying(m) else "")
        host = f"{m.host_confirmed_by}  {self.local(m.host_confirmed_at)}" if m.host_confirmed_by else "未确认"
        return [
            ("访客", m.visitor_name),
            ("电话", self.shown(user, m.phone)),
            ("身份证号", self.shown(user, m.id_number, "id")),
            ("车牌", m.plate or ""),
            ("到访房号", m.room_code),
            ("事由", m.reason),
            ("访客证号", m.badge or ""),
            ("来访日期", m.visit_date.isoformat()),
            ("进入", self.local(m.in_at)),
            ("离开", self.local(m.out_at)),
            ("逗留", stay),
            ("业主确认", host),
            ("登记人", m.created_by_name),
        ]

    def title_of(self, m: Visitor) -> str:
        return f"{m.visitor_name} → {m.room_code} {m.reason}（进入 {self.local(m.in_at) or m.visit_date.isoformat()}）"

    def printable(self, user: CurrentUser, record_id: int) -> PdfDocument:
        """The visitor slip (访客单): who, to which room, when in, the badge, and the host's
        signature box; cut from the sheet and handed to the visitor."""
        from frontdesk.printing.layout.labels import Label, render_labels

        require(user, VIEW)
        with self._db.read() as s:
            m = self._get(s, record_id)
            label = Label(
                title="访客单",
                number=m.number,
                big=m.room_code,
                lines=[
                    ("访客", m.visitor_name),
                    ("证件", self.shown(user, m.id_number, "id") or "—"),
                    ("车牌", m.plate or "—"),
                    ("事由", m.reason),
                    ("进入", self.local(m.in_at) or f"预约 {m.visit_date.isoformat()}"),
                    ("访客证", m.badge or "—"),
                ],
                footer="被访人签字：",
                centre=str(self._setting("centre.name") or ""),
            )
        return PdfDocument(
            f"访客单 {m.number}", f"访客单_{m.number}.pdf", lambda: render_labels([label], title=f"访客单 {label.number}")
        )
