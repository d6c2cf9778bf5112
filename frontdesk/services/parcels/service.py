"""快递/包裹代收 (KD + date + sequence): a parcel left at the desk — carrier, tail of the tracking
number, room, recipient, shelf, size — gets a pick-up code (unique among the waiting parcels,
printed on its label). It is picked up by that code or on the recipient's ID, recorded with the
taker's name and the time; or sent back to the carrier. A parcel waiting longer than the option
``parcel.uncollected_days`` is flagged and handed over."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from frontdesk.models.parcels import Parcel
from frontdesk.printing.printable import PdfDocument
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.options import Option
from frontdesk.services.core.records import Flag, KindAction, RecordForm, RecordService, ValuesRow, View
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.errors import ValidationError
from frontdesk.services.permissions import CurrentUser, Role, require

PARCEL = Kind("parcel")
PREFIX = "KD"
VIEW, EDIT = "parcel.view", "parcel.edit"
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR, Role.GUARD),
    EDIT: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR, Role.GUARD),
}

VOCABULARY = Vocabulary(
    "Parcels",
    "快递代收",
    states={"waiting": "待取", "collected": "已取", "returned": "已退回"},
    labels={"method": {"code": "取件码", "id": "身份证"}},
    counts={"parcel.uncollected": "快递超期未取 {0}"},
)

OPTIONS = (
    Option("parcel.uncollected_days", int, 3, check=lambda n: 1 <= n <= 60, doc="快递超过几天未取提醒"),
    Option(
        "parcel.carriers", list[str], ["顺丰", "京东", "中通", "圆通", "韵达", "申通", "邮政EMS", "极兔", "其他"], doc="快递公司"
    ),
    Option("parcel.sizes", list[str], ["小件", "中件", "大件", "生鲜"], doc="包裹大小"),
)

MACHINE: StateMachine[str, str] = StateMachine(
    [
        Transition(frozenset({"waiting"}), "edit", None, EDIT),
        Transition(frozenset({"waiting"}), "pickup", "collected", EDIT),
        Transition(frozenset({"waiting"}), "send_back", "returned", EDIT),
    ]
)

CODE_DIGITS = 6


def _state_text(r: ValuesRow) -> str:
    return VOCABULARY.state(r.state) + ("（超期）" if r.flagged else "")


COLUMNS: list[Column[ValuesRow]] = [
    Column("number", QT_TRANSLATE_NOOP("Parcels", "编号"), lambda r: r.number, width=14),
    Column("code", QT_TRANSLATE_NOOP("Parcels", "取件码"), lambda r: r.cells["code"], width=8),
    Column("room", QT_TRANSLATE_NOOP("Parcels", "房号"), lambda r: r.cells["room"], width=10),
    Column("recipient", QT_TRANSLATE_NOOP("Parcels", "收件人"), lambda r: r.cells["recipient"], width=18),
    Column("shelf", QT_TRANSLATE_NOOP("Parcels", "货架"), lambda r: r.cells["shelf"], width=7),
    Column("carrier", QT_TRANSLATE_NOOP("Parcels", "快递公司"), lambda r: r.cells["carrier"], width=9),
    Column("tail", QT_TRANSLATE_NOOP("Parcels", "单号尾号"), lambda r: r.cells["tail"], width=8),
    Column("size", QT_TRANSLATE_NOOP("Parcels", "大小"), lambda r: r.cells["size"], width=6),
    Column("arrived", QT_TRANSLATE_NOOP("Parcels", "到件时间"), lambda r: r.cells["arrived"], width=16),
    Column("picked", QT_TRANSLATE_NOOP("Parcels", "取件时间"), lambda r: r.cells["picked"], width=16),
    Column("taker", QT_TRANSLATE_NOOP("Parcels", "取件人"), lambda r: r.cells["taker"], width=10),
    Column("state", QT_TRANSLATE_NOOP("Parcels", "状态"), lambda r: r.state, text=_state_text, width=8),
]

FIELDS = (
    FormField("room", "房号", "room", required=True),
    FormField("recipient", "收件人", "name", required=True),
    FormField("carrier", "快递公司", "choice", required=True, choices_from="parcel.carriers"),
    FormField("tracking_tail", "单号尾号", max_len=10, placeholder="运单号后四位"),
    FormField("shelf", "货架", required=True, max_len=20, placeholder="如：A-3"),
    FormField("size", "大小", "choice", required=True, choices_from="parcel.sizes"),
    FormField("phone", "电话", "phone", masked=True),
)

FORM = RecordForm(
    title="快递到件登记",
    fields=FIELDS,
    columns=COLUMNS,
    views=(
        View("state:waiting", "待取"),
        View("uncollected", "超期未取"),
        View("state:collected", "已取"),
        View("all", "全部"),
    ),
    actions=(
        KindAction("edit", "修改", edits=True),
        KindAction(
            "pickup",
            "取件",
            fields=(
                FormField("pickup_code", "取件码", max_len=CODE_DIGITS, placeholder="凭取件码取件时填写"),
                FormField("taker_id_number", "取件人身份证号", "idcard", masked=True),
                FormField("taker_name", "取件人", "name", required=True),
            ),
            shortcut="Ctrl+R",
        ),
        KindAction("send_back", "退回快递公司", confirm="将包裹 {0} 退回快递公司？"),
    ),
    create_permission=EDIT,
    view_permission=VIEW,
    printable=True,
    slip=True,
    print_label="打印标签",
)


def _uncollected(svc: ParcelService) -> ColumnElement[bool]:
    return svc.uncollected_condition()


class ParcelService(RecordService[Parcel, ValuesRow]):
    _entity = "parcel"
    model = Parcel
    kind = PARCEL
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = MACHINE
    form = FORM
    initial_state = "waiting"
    text_columns = ("pickup_code", "room_code", "recipient", "shelf", "carrier", "tracking_tail", "taker_name")
    flags = (Flag("uncollected", _uncollected, severity="warning"),)
    final_states = frozenset({"collected", "returned"})

    def _since(self) -> Any:
        return self.now() - timedelta(days=int(self._setting("parcel.uncollected_days") or 3))

    def uncollected_condition(self) -> ColumnElement[bool]:
        return and_(Parcel.state == "waiting", Parcel.created_at < self._since())

    def is_uncollected(self, m: Parcel) -> bool:
        return m.state == "waiting" and m.created_at < self._since()

    def form_values(self, user: CurrentUser, record_id: int) -> dict[str, Any]:
        values = super().form_values(user, record_id)
        with self._db.read() as s:
            values["room"] = (None, self._get(s, record_id).room_code)
        return values

    def _new_code(self, s: Session) -> str:
        waiting = set(s.scalars(select(Parcel.pickup_code).where(Parcel.state == "waiting")))
        while True:
            code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
            if code not in waiting:
                return code

    def fill(self, s: Session, user: CurrentUser, m: Parcel, values: dict[str, Any], *, new: bool) -> None:
        m.room_id, m.room_code = self.room_of(s, values["room"])
        for name in ("recipient", "carrier", "tracking_tail", "shelf", "size", "phone"):
            setattr(m, name, values[name])
        m.shelf = m.shelf.upper()
        if new:
            m.created_by_id, m.created_by_name = user.id, user.name
            m.pickup_code = self._new_code(s)

    def on_action(self, s: Session, user: CurrentUser, m: Parcel, action: str, values: dict[str, Any]) -> None:
        if action != "pickup":
            return
        code, id_number = (values["pickup_code"] or "").strip(), values["taker_id_number"]
        if not code and not id_number:
            raise ValidationError({"pickup_code": "code_or_id_required"})
        if code and code != m.pickup_code:
            raise ValidationError({"pickup_code": "wrong_pickup_code"})
        m.pickup_method = "code" if code else "id"
        m.taker_id_number = None if code else id_number
        m.taker_name, m.picked_at, m.handed_by_name = values["taker_name"], self.now(), user.name

    def find_code(self, user: CurrentUser, code: str) -> ValuesRow | None:
        """The waiting parcel with this pick-up code, if any."""
        require(user, VIEW)
        with self._db.read() as s:
            m = s.scalar(select(Parcel).where(Parcel.state == "waiting", Parcel.pickup_code == code.strip()))
            return self.to_row(user, m) if m is not None else None

    def to_row(self, user: CurrentUser, m: Parcel) -> ValuesRow:
        cells = {
            "code": m.pickup_code if m.state == "waiting" else "",
            "room": m.room_code,
            "recipient": m.recipient,
            "shelf": m.shelf,
            "carrier": m.carrier,
            "tail": m.tracking_tail or "",
            "size": m.size,
            "arrived": m.created_at,
            "picked": m.picked_at,
            "taker": m.taker_name or "",
        }
        flagged = frozenset({"uncollected"}) if self.is_uncollected(m) else frozenset()
        return ValuesRow(m.id, m.number, m.state, m.version, MACHINE.allowed(user, m.state), cells, flagged)

    def detail_lines(self, user: CurrentUser, m: Parcel) -> list[tuple[str, str]]:
        waited = (m.picked_at or self.now()) - m.created_at
        lines = [
            ("取件码", m.pickup_code),
            ("房号", m.room_code),
            ("收件人", m.recipient),
            ("电话", self.shown(user, m.phone)),
            ("快递公司", f"{m.carrier}  尾号 {m.tracking_tail or '—'}"),
            ("货架", f"{m.shelf}  {m.size}"),
            ("到件", f"{self.local(m.created_at)}  登记 {m.created_by_name}"),
            ("存放", f"{waited.days} 天" + ("（超期未取）" if self.is_uncollected(m) else "")),
        ]
        if m.picked_at:
            how = VOCABULARY.label("method", m.pickup_method or "")
            if m.taker_id_number:
                how += " " + self.shown(user, m.taker_id_number, "id")
            lines.append(("取件", f"{self.local(m.picked_at)}  {m.taker_name}（凭{how}）  经手 {m.handed_by_name or ''}"))
        return lines

    def title_of(self, m: Parcel) -> str:
        return f"{m.room_code} {m.recipient} · {m.carrier} 货架 {m.shelf}（到件 {self.local(m.created_at)}）"

    def printable(self, user: CurrentUser, record_id: int) -> PdfDocument:
        """The parcel's label: room in large type, recipient, shelf, pick-up code."""
        return self.labels(user, [record_id])

    def labels(self, user: CurrentUser, record_ids: list[int]) -> PdfDocument:
        """Labels for several parcels on A4 sheets, with cut lines between them."""
        from frontdesk.printing.layout.labels import Label, render_labels

        require(user, VIEW)
        with self._db.read() as s:
            labels = [
                Label(
                    title="快递代收",
                    number=m.number,
                    big=m.room_code,
                    lines=[
                        ("收件人", m.recipient),
                        ("货架", f"{m.shelf}  {m.size}"),
                        ("快递", f"{m.carrier} {m.tracking_tail or ''}".strip()),
                        ("到件", self.local(m.created_at)),
                    ],
                    code=m.pickup_code,
                )
                for m in (self._get(s, i) for i in record_ids)
            ]
        first = labels[0].number
        return PdfDocument(f"快递标签 {first}", f"快递标签_{first}.pdf", lambda: render_labels(labels, title=f"快递标签 {first}"))
