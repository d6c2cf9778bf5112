"""交房 as data: the words, the settings a centre changes (the checklist, fee items, key kinds,
room parts, deferral reasons, the counter's capacity per half-day), the state machine, the
booking form, the actions with their fields, the list's columns and views."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontdesk.services.core.changes import Kind
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.options import Option
from frontdesk.services.core.records import KindAction, RecordForm, View
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.permissions import Role

HANDOVER_IN = Kind("handover_in")
PREFIX = "FW"
VIEW, EDIT = "handover_in.view", "handover_in.edit"
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    EDIT: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
}

VOCABULARY = Vocabulary(
    "RoomHandover",
    "交房办理",
    states={
        "booked": "预约",
        "in_progress": "办理中",
        "handed": "已交房",
        "moved_in": "已入住",
        "deferred": "暂缓",
        "cancelled": "已取消",
    },
    counts={
        "handover_in.tomorrow": "明日预约交房 {0}",
        "handover_in.missed": "预约未到 {0}",
        "handover_in.check_due": "空置房待巡查 {0}",
    },
    labels={"month": {"created": "预约"}},
)

#: fixed choices, marked for the English .ts (the form shows them in the RecordKind context)
SLOTS = (QT_TRANSLATE_NOOP("RecordKind", "上午"), QT_TRANSLATE_NOOP("RecordKind", "下午"))
RELATIONS = (
    QT_TRANSLATE_NOOP("RecordKind", "本人"),
    QT_TRANSLATE_NOOP("RecordKind", "配偶"),
    QT_TRANSLATE_NOOP("RecordKind", "子女"),
    QT_TRANSLATE_NOOP("RecordKind", "父母"),
    QT_TRANSLATE_NOOP("RecordKind", "其他亲属"),
    QT_TRANSLATE_NOOP("RecordKind", "租户"),
)
REINSPECT_RESULTS = (QT_TRANSLATE_NOOP("RecordKind", "已整改"), QT_TRANSLATE_NOOP("RecordKind", "未整改"))
CHECK_RESULTS = (QT_TRANSLATE_NOOP("RecordKind", "正常"), QT_TRANSLATE_NOOP("RecordKind", "异常"))
CHANNELS = (
    QT_TRANSLATE_NOOP("RecordKind", "来电预约"),
    QT_TRANSLATE_NOOP("RecordKind", "柜台预约"),
    QT_TRANSLATE_NOOP("RecordKind", "线上预约"),
)

OPTIONS = (
    Option("handover_in.slot_capacity", int, 6, check=lambda v: 0 < v <= 200, doc="交房预约：每半天可办理的户数"),
    Option(
        "handover_in.vacant_check_days",
        int,
        30,
        check=lambda v: 0 < v <= 365,
        doc="空置房巡查周期（天）：超过未巡查的空置房列入待巡查",
    ),
    Option("handover_in.papers", list[str], ["身份证件已核验", "购房合同已核验"], doc="交房核验的证件"),
    Option(
        "handover_in.fee_items",
        list[str],
        ["物业服务费", "装修保证金", "装修垃圾清运费", "维修基金", "停车管理费"],
        doc="交房时确认已缴的费用",
    ),
    Option("handover_in.documents", list[str], ["业主公约", "物业服务协议", "装修管理规定"], doc="交房时签署的文件"),
    Option("handover_in.key_kinds", list[str], ["入户门钥匙", "单元门钥匙", "信报箱钥匙", "门禁卡"], doc="移交的钥匙种类"),
    Option(
        "handover_in.defect_parts",
        list[str],
        ["客厅", "餐厅", "主卧", "次卧", "厨房", "卫生间", "阳台", "入户门", "门窗", "其他"],
        doc="验房缺陷的部位",
    ),
    Option(
        "handover_in.defer_reasons",
        list[str],
        ["验房问题未整改，业主拒收", "费用未缴清", "资料不全", "业主要求改期", "其他"],
        doc="暂缓交房的原因",
    ),
)

MACHINE: StateMachine[str, str] = StateMachine(
    [
        Transition(frozenset({"booked"}), "edit", None, EDIT),
        Transition(frozenset({"booked", "deferred"}), "start", "in_progress", EDIT),
        Transition(frozenset({"in_progress"}), "papers", None, EDIT),
        Transition(frozenset({"in_progress"}), "people", None, EDIT),
        Transition(frozenset({"in_progress"}), "keys", None, EDIT),
        Transition(frozenset({"in_progress"}), "inspect", None, EDIT),
        Transition(frozenset({"in_progress"}), "to_orders", None, EDIT),
        Transition(frozenset({"in_progress"}), "reinspect", None, EDIT),
        Transition(frozenset({"in_progress"}), "complete", "handed", EDIT),
        Transition(frozenset({"booked", "in_progress"}), "defer", "deferred", EDIT),
        Transition(frozenset({"booked"}), "cancel", "cancelled", EDIT),
        Transition(frozenset({"handed"}), "move_in", "moved_in", EDIT),
        Transition(frozenset({"handed"}), "check", None, EDIT),
    ]
)


@dataclass(frozen=True)
class HandoverRow:
    id: int
    number: str
    state: str
    room_code: str
    buyer_name: str
    phone: str
    appt_date: date
    slot: str
    defects: int
    orders: int
    keys_held: str
    last_check: str
    batch: str
    version: int
    allowed: frozenset[str]
    prints: frozenset[str]


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("RoomHandover", text)


COLUMNS: list[Column[HandoverRow]] = [
    Column("number", _t("编号"), lambda r: r.number, width=15),
    Column("room_code", _t("房号"), lambda r: r.room_code, width=10),
    Column("buyer_name", _t("业主"), lambda r: r.buyer_name, width=8),
    Column("phone", _t("电话"), lambda r: r.phone, width=12),
    Column("appt_date", _t("预约日期"), lambda r: r.appt_date, width=11),
    Column("slot", _t("时段"), lambda r: r.slot, width=5),
    Column("state", _t("状态"), lambda r: r.state, text=lambda r: VOCABULARY.state(r.state), width=7),
    Column("defects", _t("缺陷/工单"), lambda r: f"{r.defects}/{r.orders}" if r.defects else "", width=8),
    Column("keys_held", _t("中心留存钥匙"), lambda r: r.keys_held, width=18),
    Column("last_check", _t("最近巡查"), lambda r: r.last_check, width=14),
    Column("batch", _t("交付批次"), lambda r: r.batch, width=14),
]

FIELDS = (
    FormField("room", "房号", "room", required=True),
    FormField("appt_date", "预约日期", "date", required=True),
    FormField("slot", "时段", "choice", required=True, choices=SLOTS),
    FormField("channel", "预约方式", "choice", required=True, choices=CHANNELS),
)

PERSON_COLUMNS = (
    FormField("name", "姓名", "name", required=True),
    FormField("relation", "与业主关系", "choice", required=True, choices=RELATIONS),
    FormField("phone", "手机", "phone"),
    FormField("id_number", "身份证号", "idcard"),
)

ACTIONS = (
    KindAction("edit", "改约", edits=True),
    KindAction("start", "开始办理", confirm="开始办理 {0} 的交房手续？"),
    KindAction(
        "papers",
        "证件与缴费",
        fields=(
            FormField("papers", "证件核验", "multi", choices_from="handover_in.papers"),
            FormField(
                "fees",
                "已缴费用",
                "rows",
                high=10,
                columns=(
                    FormField("item", "费用项目", "choice", required=True, choices_from="handover_in.fee_items"),
                    FormField("receipt", "收据号", required=True, max_len=30),
                    FormField("amount", "金额（元）", "money", required=True),
                ),
            ),
            FormField("documents", "已签署文件", "multi", choices_from="handover_in.documents"),
        ),
    ),
    KindAction(
        "people",
        "业户与表读数",
        fields=(
            FormField("occupants", "入住人员", "rows", high=10, columns=PERSON_COLUMNS),
            FormField("consent", "业户同意登记个人信息", "bool"),
            FormField("water", "水表读数", "money", required=True),
            FormField("electricity", "电表读数", "money", required=True),
            FormField("gas", "燃气表读数", "money"),
        ),
    ),
    KindAction(
        "keys",
        "钥匙移交",
        fields=(
            FormField(
                "keys",
                "钥匙",
                "rows",
                required=True,
                high=12,
                columns=(
                    FormField("kind", "种类", "choice", required=True, choices_from="handover_in.key_kinds"),
                    FormField("handed", "交业主（把/张）", "int", high=99),
                    FormField("held", "中心留存", "int", high=99),
                    FormField("numbers", "编号（门禁卡号）", max_len=100),
                ),
            ),
        ),
    ),
    KindAction(
        "inspect",
        "验房登记",
        fields=(
            FormField(
                "defects",
                "验房缺陷",
                "rows",
                high=30,
                columns=(
                    FormField("part", "部位", "choice", required=True, choices_from="handover_in.defect_parts"),
                    FormField("category", "类别", "choice", required=True, choices_from="order.categories"),
                    FormField("description", "问题描述", required=True, max_len=200),
                ),
            ),
        ),
    ),
    KindAction("to_orders", "缺陷转工单", confirm="将 {0} 未转的验房缺陷逐条转为维修工单（工程部，来源 交房验房）？"),
    KindAction(
        "reinspect",
        "缺陷复验",
        fields=(
            FormField("result", "复验结果", "choice", required=True, choices=REINSPECT_RESULTS),
            FormField("note", "复验说明", max_len=200),
        ),
    ),
    KindAction("complete", "确认交房", confirm="确认 {0} 交房完成？房屋状态将改为 已交房。", prints=True),
    KindAction(
        "defer",
        "暂缓交房",
        fields=(
            FormField("reason", "暂缓原因", "choice", required=True, choices_from="handover_in.defer_reasons"),
            FormField("note", "说明", "multiline", max_len=500),
        ),
    ),
    KindAction("cancel", "取消预约", confirm="取消 {0} 的交房预约？"),
    KindAction(
        "move_in",
        "入住登记",
        fields=(
            FormField("moved_in_on", "入住日期", "date", required=True),
            FormField(
                "occupants",
                "入住人员",
                "rows",
                required=True,
                high=10,
                columns=(*PERSON_COLUMNS, FormField("plates", "车牌", max_len=60)),
            ),
            FormField("cards", "门禁卡号", max_len=200, placeholder="多张用逗号分隔"),
            FormField("consent", "业户同意登记个人信息", "bool"),
        ),
    ),
    KindAction(
        "check",
        "空置房巡查",
        fields=(
            FormField("checked_on", "巡查日期", "date", required=True),
            FormField("result", "巡查结果", "choice", required=True, choices=CHECK_RESULTS),
            FormField("note", "情况说明", max_len=200),
        ),
    ),
)

FORM = RecordForm(
    title="预约交房",
    fields=FIELDS,
    columns=COLUMNS,
    views=(
        View("open", "待办理"),
        View("tomorrow", "明日预约（电话提醒）"),
        View("state:in_progress", "办理中"),
        View("state:deferred", "暂缓"),
        View("vacant", "空置房（已交房未入住）"),
        View("check_due", "空置房待巡查"),
        View("state:handed,moved_in", "已交房"),
        View("all", "全部"),
    ),
    actions=ACTIONS,
    create_permission=EDIT,
    view_permission=VIEW,
    printable=True,
    print_label="打印交房验收单",
    prints=(("keys", "钥匙移交清单"), ("move_in", "入住登记表")),
    hide_unavailable=True,
)
