"""温馨提示 (TX + date + sequence): drafted at the counter from a template (停水, 停电, 消杀…),
approved by a supervisor, published (printed as an A4 poster and put up where it says), taken
down. While a published notice is in its dates, a contact logged from a room in its scope shows
it (:meth:`TipService.concerning`, the records hook the call log reads). A published notice past
its last day is 过期未撤下: counted, listed and handed over until someone takes it down."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from frontdesk.models.call_log import CallLogEntry
from frontdesk.models.registry import Building, Unit
from frontdesk.models.tips import TipNotice
from frontdesk.printing.printable import PdfDocument
from frontdesk.services.clock import to_local
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.options import Option
from frontdesk.services.core.records import Concern, Flag, KindAction, RecordForm, RecordService, RoomPlace, View
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import CurrentUser, Role, require
from frontdesk.services.tips.scope import SCOPE_WORDS, SCOPES, covers, parse_buildings, parse_units, scope_text
from frontdesk.services.validation import Collector

TIP = Kind("tip")
PREFIX = "TX"
VIEW, EDIT, APPROVE = "tip.view", "tip.edit", "tip.approve"
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    EDIT: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    APPROVE: (Role.SUPERVISOR,),
}

VOCABULARY = Vocabulary(
    "Tip",
    "温馨提示",
    states={"draft": "草稿", "approved": "已审核", "published": "已发布", "withdrawn": "已撤下", "cancelled": "已作废"},
    counts={"tip.expired": "温馨提示过期未撤下 {0}"},
)


def _template(name: str, title: str, body: str, posted: str = "各单元大堂公告栏、电梯厅") -> dict[str, str]:
    return {"name": name, "title": title, "body": body, "posted_at": posted}


OPTIONS = (
    Option(
        "tip.templates",
        list[dict[str, str]],
        [
            _template(
                "停水",
                "停水通知",
                "因供水管网维修，定于下列时间暂停供水，届时请各位业主提前做好储水准备，关闭家中水龙头，"
                "以免恢复供水时造成浸水。停水期间如有紧急情况，请致电客服中心。给您带来的不便，敬请谅解！",
            ),
            _template(
                "停电",
                "停电通知",
                "因供电线路检修，定于下列时间暂停供电，届时电梯、水泵将暂停运行。请各位业主提前做好准备，"
                "关闭家中电器电源，勿乘坐电梯。给您带来的不便，敬请谅解！",
            ),
            _template(
                "消杀",
                "消杀作业温馨提示",
                "为营造卫生、健康的居住环境，我中心将于下列时间对小区公共区域进行消杀作业。作业期间请看管好"
                "儿童及宠物，勿触碰投放的药物，关好门窗。感谢您的理解与配合！",
            ),
            _template(
                "高温/寒潮",
                "天气变化温馨提示",
                "近期将有高温（寒潮）天气，请各位业主注意防暑降温（防寒保暖），检查家中水管、电器线路，"
                "外出关好门窗，老人和儿童尽量减少外出。如需帮助，请致电客服中心。",
            ),
            _template(
                "节假日",
                "节假日温馨提示",
                "节日将至，客服中心祝您节日快乐！节日期间请注意防火防盗，外出前关好门窗、水电燃气，"
                "燃放烟花爆竹请遵守相关规定。节日期间客服中心正常值班，如有需要请随时与我们联系。",
            ),
            _template(
                "电梯维保",
                "电梯维保温馨提示",
                "为保障电梯安全运行，维保单位将于下列时间对电梯进行例行保养，保养期间该电梯暂停使用，"
                "请您改乘其他电梯或走楼梯，注意安全。给您带来的不便，敬请谅解！",
                "相关单元电梯厅",
            ),
            _template(
                "装修时间",
                "装修施工时间温馨提示",
                "为保障广大业主的休息，装修施工时间为：工作日 8:00–12:00、14:00–18:00；周末及法定节假日"
                "禁止进行产生噪音的施工。请装修业主及施工单位遵守，感谢您的配合！",
            ),
        ],
        doc="温馨提示模板（停水、停电、消杀、高温/寒潮、节假日、电梯维保、装修时间）",
    ),
)

MACHINE: StateMachine[str, str] = StateMachine(
    [
        Transition(frozenset({"draft"}), "edit", None, EDIT),
        Transition(frozenset({"draft"}), "approve", "approved", APPROVE),
        Transition(frozenset({"approved"}), "publish", "published", EDIT),
        Transition(frozenset({"published"}), "withdraw", "withdrawn", EDIT),
        Transition(frozenset({"draft", "approved"}), "cancel", "cancelled", EDIT),
    ]
)


@dataclass(frozen=True)
class TipRow:
    id: int
    number: str
    state: str
    title: str
    scope: str
    valid_from: date
    valid_to: date
    posted_at: str
    #: published and past its last day: the poster should come down
    expired: bool
    version: int
    allowed: frozenset[str]


def _state_text(r: TipRow) -> str:
    return VOCABULARY.state(r.state) + ("（已过期）" if r.expired else "")


COLUMNS: list[Column[TipRow]] = [
    Column("number", QT_TRANSLATE_NOOP("Tip", "编号"), lambda r: r.number, width=16),
    Column("title", QT_TRANSLATE_NOOP("Tip", "标题"), lambda r: r.title, width=24),
    Column("scope", QT_TRANSLATE_NOOP("Tip", "范围"), lambda r: r.scope, width=18),
    Column("valid_from", QT_TRANSLATE_NOOP("Tip", "起始日期"), lambda r: r.valid_from, width=11),
    Column("valid_to", QT_TRANSLATE_NOOP("Tip", "截止日期"), lambda r: r.valid_to, width=11),
    Column("state", QT_TRANSLATE_NOOP("Tip", "状态"), lambda r: r.state, text=_state_text, width=10),
    Column("posted_at", QT_TRANSLATE_NOOP("Tip", "张贴位置"), lambda r: r.posted_at, width=18),
]

FIELDS = (
    FormField("title", "标题", required=True, max_len=60),
    FormField("body", "正文", "multiline", required=True, max_len=1500),
    FormField("scope", "范围", "choice", required=True, choices=tuple(SCOPES), default="整个项目"),
    FormField("scope_items", "楼栋/单元", max_len=300, placeholder="楼栋如 3-5 或 3、4、7；单元如 3-2、4-1"),
    FormField("valid_from", "起始日期", "date", required=True),
    FormField("valid_to", "截止日期", "date", required=True),
    FormField("posted_at", "张贴位置", max_len=200, placeholder="如 各单元大堂公告栏、电梯厅", printed=False),
)

FORM = RecordForm(
    title="新建温馨提示",
    fields=FIELDS,
    columns=COLUMNS,
    views=(
        View("current", "生效中"),
        View("state:draft", "待审核"),
        View("state:approved", "已审核待发布"),
        View("expired", "过期未撤下"),
        View("all", "全部"),
    ),
    actions=(
        KindAction("edit", "修改草稿", edits=True),
        KindAction("approve", "审核通过", confirm="审核通过温馨提示 {0}？"),
        KindAction("publish", "发布并打印", confirm="发布温馨提示 {0}？发布后打印张贴。", prints=True),
        KindAction("withdraw", "撤下", confirm="温馨提示 {0} 已从公告栏撤下？"),
        KindAction("cancel", "作废", confirm="作废温馨提示 {0}？作废后不能恢复。"),
    ),
    create_permission=EDIT,
    view_permission=VIEW,
    templates="tip.templates",
    printable=True,
    print_label="打印海报",
)


def _expired(svc: TipService) -> ColumnElement[bool]:
    return and_(TipNotice.state == "published", TipNotice.valid_to < svc.today())


class TipService(RecordService[TipNotice, TipRow]):
    _entity = "tip_notice"
    model = TipNotice
    kind = TIP
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = MACHINE
    form = FORM
    initial_state = "draft"
    text_columns = ("title", "body", "posted_at", "scope_items")
    flags = (Flag("expired", _expired),)
    final_states = frozenset({"withdrawn", "cancelled"})

    def view_conditions(self, view: str) -> list[ColumnElement[bool]]:
        if view == "current":
            today = self.today()
            return [TipNotice.state == "published", TipNotice.valid_from <= today, TipNotice.valid_to >= today]
        return super().view_conditions(view)

    def to_row(self, user: CurrentUser, m: TipNotice) -> TipRow:
        return TipRow(
            m.id,
            m.number,
            m.state,
            m.title,
            scope_text(m.scope, m.scope_items),
            m.valid_from,
            m.valid_to,
            m.posted_at or "",
            m.state == "published" and m.valid_to < self.today(),
            m.version,
            MACHINE.allowed(user, m.state),
        )

    def fill(self, s: Session, user: CurrentUser, m: TipNotice, values: dict[str, Any], *, new: bool) -> None:
        """The form's values, with the scope read and checked against the registry: every error
        at once, beside its field."""
        c = Collector()
        scope = SCOPES[values["scope"]]
        items: list[str] = []
        if scope != "project":
            text = values["scope_items"] or ""
            if not text.strip():
                c.add("scope_items", "scope_items_required")
            else:
                items = c.check("scope_items", parse_buildings if scope == "buildings" else parse_units, text) or []
                if items:
                    self._check_places(s, c, scope, items)
        if values["valid_to"] < values["valid_from"]:
            c.add("valid_to", "date_order")
        elif new and values["valid_to"] < self.today():
            c.add("valid_to", "date_in_past")
        c.raise_if_any()
        for name in ("title", "body", "valid_from", "valid_to", "posted_at"):
            setattr(m, name, values[name])
        m.scope, m.scope_items = scope, ",".join(items)
        if new:
            m.created_by_id, m.created_by_name = user.id, user.name

    @staticmethod
    def _check_places(s: Session, c: Collector, scope: str, items: list[str]) -> None:
        buildings = {str(b).upper() for b in s.scalars(select(Building.number))}
        if scope == "buildings":
            missing = [b for b in items if b not in buildings]
            if missing:
                c.add("scope_items", "scope_unknown_building", value="、".join(missing[:5]))
            return
        q = select(Building.number, Unit.number).join(Unit, Unit.building_id == Building.id)
        units = {f"{str(b).upper()}-{str(u).upper()}" for b, u in s.execute(q)}
        missing = [u for u in items if u not in units]
        if missing:
            c.add("scope_items", "scope_unknown_unit", value="、".join(missing[:5]))

    def form_values(self, user: CurrentUser, record_id: int) -> dict[str, Any]:
        require(user, VIEW)
        with self._db.read() as s:
            m = self._get(s, record_id)
            items = m.scope_items.split(",") if m.scope_items else []
            shown = "、".join(items)
            return {
                "title": m.title,
                "body": m.body,
                "scope": SCOPE_WORDS[m.scope],
                "scope_items": shown,
                "valid_from": m.valid_from,
                "valid_to": m.valid_to,
                "posted_at": m.posted_at,
            }

    def on_action(self, s: Session, user: CurrentUser, m: TipNotice, action: str, values: dict[str, Any]) -> None:
        now = self.now()
        if action == "approve":
            m.approved_at, m.approved_by_name = now, user.name
        elif action == "publish":
            if m.valid_to < self.today():
                raise ServiceError("tip_expired", number=m.number)
            m.published_at, m.published_by_name = now, user.name
        elif action == "withdraw":
            m.withdrawn_at, m.withdrawn_by_name = now, user.name

    def title_of(self, m: TipNotice) -> str:
        return f"{m.title} · {scope_text(m.scope, m.scope_items)}（{m.valid_from:%m-%d} 至 {m.valid_to:%m-%d}）"

    def _linked_calls(self, s: Session, m: TipNotice) -> int:
        q = select(func.count()).select_from(CallLogEntry).where(CallLogEntry.link_kind == TIP.name, CallLogEntry.link_id == m.id)
        return int(s.scalar(q) or 0)

    def detail_lines(self, user: CurrentUser, m: TipNotice) -> list[tuple[str, str]]:
        expired = m.state == "published" and m.valid_to < self.today()
        lines = [
            ("标题", m.title),
            ("正文", m.body),
            ("范围", scope_text(m.scope, m.scope_items)),
            ("有效期", f"{m.valid_from.isoformat()} 至 {m.valid_to.isoformat()}" + ("（已过期，请撤下）" if expired else "")),
            ("张贴位置", m.posted_at or ""),
        ]
        with self._db.read() as s:
            calls = self._linked_calls(s, m)
        if calls:
            lines.append(("关联来电", f"{calls} 次"))
        return lines

    def history(self, user: CurrentUser, m: TipNotice) -> list[str]:
        out = [f"{self.local(m.created_at)} {m.created_by_name} 起草"]
        for at, who, what in (
            (m.approved_at, m.approved_by_name, "审核通过"),
            (m.published_at, m.published_by_name, "发布"),
            (m.withdrawn_at, m.withdrawn_by_name, "撤下"),
        ):
            if at:
                out.append(f"{self.local(at)} {who or ''} {what}")
        return out

    def concerning(self, user: CurrentUser, place: RoomPlace, at: datetime) -> list[Concern]:
        """The published notices in their dates on ``at``'s day whose scope takes in the room."""
        if not user.can(VIEW):
            return []
        day = to_local(at).date()
        with self._db.read() as s:
            q = (
                select(TipNotice)
                .where(TipNotice.state == "published", TipNotice.valid_from <= day, TipNotice.valid_to >= day)
                .order_by(TipNotice.valid_from.desc(), TipNotice.id.desc())
                .limit(50)
            )
            return [
                Concern(
                    TIP.name,
                    m.id,
                    m.number,
                    f"温馨提示：{m.title}",
                    f"{scope_text(m.scope, m.scope_items)}，{m.valid_from:%m-%d} 至 {m.valid_to:%m-%d}",
                )
                for m in s.scalars(q)
                if covers(m.scope, m.scope_items, place)
            ]

    def printable(self, user: CurrentUser, record_id: int) -> PdfDocument:
        """The A4 poster: a large title, the text, where it applies and when, the centre's name
        with room for the seal, and the date."""
        from frontdesk.printing.tips import TipPrint, render_tip

        require(user, VIEW)
        with self._db.read() as s:
            m = self._get(s, record_id)
            data = TipPrint(
                centre=str(self._setting("centre.name") or ""),
                number=m.number,
                title=m.title,
                body=m.body,
                scope=scope_text(m.scope, m.scope_items),
                valid_from=m.valid_from,
                valid_to=m.valid_to,
                day=to_local(m.published_at or m.approved_at or m.created_at).date(),
                draft=m.state == "draft",
            )
        return PdfDocument(f"温馨提示 {data.number}", f"温馨提示_{data.number}.pdf", lambda: render_tip(data))
