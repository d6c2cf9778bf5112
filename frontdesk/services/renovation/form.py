"""装修登记 as declared data: the words, the settings it reads, the state machine, the row and
the form (fields, columns, views, actions). The service (service.py) writes only what is its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from frontdesk.services.core.changes import Kind
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.options import Option
from frontdesk.services.core.records import KindAction, RecordForm, View
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.permissions import Role

RENOVATION = Kind("renovation")
PREFIX = "ZX"
VIEW, EDIT, APPROVE, INSPECT, REFUND, GATE = (
    "renovation.view",
    "renovation.edit",
    "renovation.approve",
    "renovation.inspect",
    "renovation.refund",
    "renovation.gate",
)
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    EDIT: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    APPROVE: (Role.BUTLER, Role.SUPERVISOR),
    INSPECT: (Role.BUTLER, Role.SUPERVISOR),
    REFUND: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    GATE: (Role.GUARD, Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
}

VOCABULARY = Vocabulary(
    "Renovation",
    "装修管理",
    states={
        "applied": "申请",
        "returned": "退回",
        "approved": "审核通过",
        "working": "施工中",
        "awaiting": "待验收",
        "accepted": "验收通过",
        "refunded": "押金已退",
        "closed": "已关闭",
        "suspended": "暂停",
        "cancelled": "已撤销",
    },
    counts={"renovation.inspection_due": "装修巡查逾期 {0}", "renovation.past_end": "装修超期 {0}"},
    labels={"month": {"created": "装修申请"}},
)

CATEGORIES, DOCUMENTS, HOURS, INSPECT_DAYS, ACCEPTANCE_ITEMS, CLAUSES = (
    "renovation.categories",
    "renovation.documents",
    "renovation.hours",
    "renovation.inspect_days",
    "renovation.acceptance_items",
    "renovation.clauses",  # not stored: the notices' clauses, offered by the service
)

OPTIONS = (
    Option(CATEGORIES, list[str], ["水电改造", "墙面", "地面", "吊顶", "门窗", "防水", "拆改", "其他"], doc="装修项目"),
    Option(
        DOCUMENTS,
        list[str],
        ["业主身份证", "房产证明", "施工单位资质", "施工图纸", "装修管理协议"],
        doc="装修登记时查验的资料",
    ),
    Option(
        HOURS,
        str,
        "工作日 8:00—12:00、14:00—18:00；周末及法定节假日不得进行产生噪声的施工",
        check=lambda v: 0 < len(v) <= 200,
        doc="装修施工时间（印在装修许可证上）",
    ),
    Option(INSPECT_DAYS, int, 7, check=lambda v: 1 <= v <= 60, doc="施工中每隔几天须巡查一次"),
    Option(
        ACCEPTANCE_ITEMS,
        list[str],
        [
            "承重结构、外立面未改动",
            "防水层闭水试验合格",
            "水电线路规范，无私拉乱接",
            "烟道、管井、公共管线未损坏",
            "公共部位无损坏、无占用",
            "装修垃圾已清运",
        ],
        doc="装修验收的检查项目",
    ),
)

MACHINE: StateMachine[str, str] = StateMachine(
    [
        Transition(frozenset({"applied", "returned"}), "edit", None, EDIT),
        Transition(frozenset({"applied"}), "approve", "approved", APPROVE),
        Transition(frozenset({"applied"}), "return", "returned", APPROVE),
        Transition(frozenset({"returned"}), "resubmit", "applied", EDIT),
        Transition(frozenset({"approved"}), "start", "working", EDIT),
        Transition(frozenset({"working", "awaiting", "suspended"}), "inspect", None, INSPECT),
        Transition(frozenset({"working"}), "finish", "awaiting", EDIT),
        Transition(frozenset({"awaiting"}), "accept", "accepted", INSPECT),
        Transition(frozenset({"awaiting"}), "fail", "working", INSPECT),
        Transition(frozenset({"accepted"}), "refund", "refunded", REFUND),
        Transition(frozenset({"refunded"}), "close", "closed", EDIT),
        Transition(frozenset({"approved", "working", "awaiting"}), "suspend", "suspended", APPROVE),
        Transition(frozenset({"suspended"}), "resume", None, APPROVE),
        Transition(frozenset({"applied", "returned", "approved", "working", "suspended"}), "cancel", "cancelled", APPROVE),
    ]
)


@dataclass(frozen=True)
class RenovationRow:
    id: int
    number: str
    state: str
    room_code: str
    owner_name: str
    company: str
    manager: str
    planned_start: date
    planned_end: date
    deposit: Decimal | None
    workers: int
    inspection_due: bool
    past_end: bool
    version: int
    allowed: frozenset[str]


def _state_text(r: RenovationRow) -> str:
    marks = ("（巡查逾期）" if r.inspection_due else "") + ("（超期）" if r.past_end else "")
    return VOCABULARY.state(r.state) + marks


COLUMNS: list[Column[RenovationRow]] = [
    Column("number", QT_TRANSLATE_NOOP("Renovation", "编号"), lambda r: r.number, width=16),
    Column("room_code", QT_TRANSLATE_NOOP("Renovation", "房号"), lambda r: r.room_code, width=10),
    Column("owner_name", QT_TRANSLATE_NOOP("Renovation", "业主"), lambda r: r.owner_name, width=8),
    Column("company", QT_TRANSLATE_NOOP("Renovation", "施工单位"), lambda r: r.company, width=24),
    Column("planned_start", QT_TRANSLATE_NOOP("Renovation", "计划开工"), lambda r: r.planned_start, width=11),
    Column("planned_end", QT_TRANSLATE_NOOP("Renovation", "计划完工"), lambda r: r.planned_end, width=11),
    Column("state", QT_TRANSLATE_NOOP("Renovation", "状态"), lambda r: r.state, text=_state_text, width=14),
    Column("deposit", QT_TRANSLATE_NOOP("Renovation", "装修押金"), lambda r: r.deposit, width=10),
]

WORKER_COLUMNS = (
    FormField("name", "姓名", "name", required=True),
    FormField("phone", "电话", "phone"),
    FormField("id_number", "身份证号", "idcard", required=True, masked=True),
)

FIELDS = (
    FormField("room", "房号", "room", required=True),
    FormField("owner_name", "业主（申请人）", "name", placeholder="留空则取房屋登记的业主"),
    FormField("owner_phone", "业主电话", "phone", masked=True),
    FormField("company", "施工单位", required=True, max_len=100),
    FormField("manager", "施工负责人", "name", required=True),
    FormField("manager_phone", "负责人电话", "phone", required=True),
    FormField("categories", "装修项目", "multi", required=True, choices_from=CATEGORIES),
    FormField("description", "施工内容", "multiline", required=True, max_len=1000),
    FormField("structural", "涉及结构改动", "bool"),
    FormField("planned_start", "计划开工", "date", required=True),
    FormField("planned_end", "计划完工", "date", required=True),
    FormField("documents", "已查验资料", "multi", choices_from=DOCUMENTS),
    FormField("deposit", "装修押金（元）", "money"),
    FormField("cleanup_fee", "垃圾清运费（元）", "money"),
    FormField("receipt_no", "收据号", max_len=30),
    FormField("workers", "施工人员", "rows", columns=WORKER_COLUMNS, high=30),
)

RESULTS = ("正常", "违规")
DEFAULT_REQUIREMENT = "请立即停止违规施工，于期限内按《装修管理规定》整改完毕，并通知客服中心复查。"

FORM = RecordForm(
    title="装修登记",
    fields=FIELDS,
    columns=COLUMNS,
    views=(
        View("open", "未关闭"),
        View("state:applied", "待审核"),
        View("state:working", "施工中"),
        View("inspection_due", "巡查逾期"),
        View("past_end", "超期未完工"),
        View("state:awaiting", "待验收"),
        View("all", "全部"),
    ),
    actions=(
        KindAction("edit", "修改申请", edits=True),
        KindAction("approve", "审核通过", confirm="审核通过装修申请 {0}？通过后可打印装修许可证和出入证。"),
        KindAction("return", "退回", fields=(FormField("reason", "退回原因", "multiline", required=True, max_len=500),)),
        KindAction("resubmit", "重新提交", confirm="重新提交装修申请 {0}？"),
        KindAction("start", "开始施工", confirm="装修 {0} 开始施工？房屋状态将改为“装修中”。"),
        KindAction(
            "inspect",
            "巡查",
            fields=(
                FormField("day", "巡查日期", "date", required=True),
                FormField("result", "巡查结果", "choice", required=True, choices=RESULTS),
                FormField(
                    "findings",
                    "发现问题",
                    "multiline",
                    max_len=1000,
                    placeholder="结果为“违规”时必填：确定后即开具整改通知单并打印",
                ),
                FormField("clause", "违反条款", "choice", choices_from=CLAUSES),
                FormField("requirement", "整改要求", "multiline", max_len=1000, default=DEFAULT_REQUIREMENT),
                FormField("deadline_days", "整改期限（天）", "int", low=1, high=30, default=3),
            ),
        ),
        KindAction("finish", "申请验收", confirm="装修 {0} 完工，申请验收？"),
        KindAction(
            "accept",
            "验收通过",
            fields=(
                FormField("items", "检查项目（须全部合格）", "multi", required=True, choices_from=ACCEPTANCE_ITEMS),
                FormField("note", "验收意见", "multiline", max_len=1000),
            ),
        ),
        KindAction(
            "fail",
            "验收不通过",
            fields=(
                FormField("items", "合格项目", "multi", choices_from=ACCEPTANCE_ITEMS),
                FormField("note", "不合格情况", "multiline", required=True, max_len=1000),
            ),
        ),
        KindAction(
            "refund",
            "退还押金",
            fields=(
                FormField("deduction", "扣除金额（元）", "money"),
                FormField("deduction_reason", "扣除原因", "multiline", max_len=500),
            ),
        ),
        KindAction("close", "关闭", confirm="关闭装修登记 {0}？"),
        KindAction("suspend", "暂停", fields=(FormField("reason", "暂停原因", "multiline", required=True, max_len=500),)),
        KindAction("resume", "恢复", confirm="恢复装修 {0}？"),
        KindAction("cancel", "撤销", fields=(FormField("reason", "撤销原因", "multiline", required=True, max_len=500),)),
    ),
    create_permission=EDIT,
    view_permission=VIEW,
    printable=True,
)
