"""物品借用 (WP + date + sequence), the counter's 便民服务: umbrellas, carts, ladders and tool kits
(the option ``loan.items``) lent to a resident of a room, with a deposit (押金) taken and refunded
on return. An item still out past its due time is overdue."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from frontdesk.models.loans import ItemLoan
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.lending import LendingService, lending_machine, return_action
from frontdesk.services.core.options import Option
from frontdesk.services.core.records import KindAction, RecordForm, ValuesRow, View
from frontdesk.services.errors import ValidationError
from frontdesk.services.permissions import CurrentUser, Role

ITEM_LOAN = Kind("item_loan")
PREFIX = "WP"
VIEW, LEND = "item_loan.view", "item_loan.lend"
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    LEND: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
}

VOCABULARY = Vocabulary(
    "Loans",
    "物品借用",
    states={"out": "借出中", "returned": "已归还"},
    counts={"item_loan.overdue": "借用物品逾期 {0}"},
)

OPTIONS = (Option("loan.items", list[str], ["雨伞", "手推车", "梯子", "工具箱", "打气筒", "充电宝"], doc="便民借用物品"),)


def _money(value: Decimal | None) -> str:
    return f"{value:.2f}" if value is not None else ""


COLUMNS: list[Column[ValuesRow]] = [
    Column("number", QT_TRANSLATE_NOOP("Loans", "编号"), lambda r: r.number, width=14),
    Column("item", QT_TRANSLATE_NOOP("Loans", "物品"), lambda r: r.cells["item"], width=12),
    Column("room", QT_TRANSLATE_NOOP("Loans", "房号"), lambda r: r.cells["room"], width=10),
    Column("borrower", QT_TRANSLATE_NOOP("Loans", "借用人"), lambda r: r.cells["borrower"], width=10),
    Column("phone", QT_TRANSLATE_NOOP("Loans", "电话"), lambda r: r.cells["phone"], width=12),
    Column("deposit", QT_TRANSLATE_NOOP("Loans", "押金"), lambda r: r.cells["deposit"], width=9, align_right=True),
    Column("due_at", QT_TRANSLATE_NOOP("Loans", "应还时间"), lambda r: r.cells["due_at"], width=16),
    Column(
        "state",
        QT_TRANSLATE_NOOP("Loans", "状态"),
        lambda r: r.state,
        text=lambda r: VOCABULARY.state(r.state) + ("（逾期）" if r.flagged else ""),
        width=10,
    ),
    Column("returned_at", QT_TRANSLATE_NOOP("Loans", "归还时间"), lambda r: r.cells["returned_at"], width=16),
]

FIELDS = (
    FormField("item", "物品", "choice", required=True, choices_from="loan.items"),
    FormField("item_no", "物品编号", max_len=20, placeholder="如：伞-03；没有编号留空"),
    FormField("room", "房号", "room", required=True),
    FormField("borrower", "借用人", "name", required=True),
    FormField("phone", "电话", "phone", required=True, masked=True),
    FormField("deposit", "押金（元）", "money"),
    FormField("due_at", "应还时间", "datetime", required=True, default=timedelta(days=1)),
)

FORM = RecordForm(
    title="物品借用登记",
    fields=FIELDS,
    columns=COLUMNS,
    views=(
        View("state:out", "借出中"),
        View("overdue", "逾期未还"),
        View("state:returned", "已归还"),
        View("all", "全部"),
    ),
    actions=(
        KindAction("edit", "修改", edits=True),
        return_action(FormField("deposit_refunded", "退还押金（元）", "money")),
    ),
    create_permission=LEND,
    view_permission=VIEW,
)


class LoanService(LendingService[ItemLoan]):
    _entity = "item_loan"
    model = ItemLoan
    kind = ITEM_LOAN
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = lending_machine(LEND)
    form = FORM
    text_columns = ("item", "item_no", "room_code", "borrower")

    def form_values(self, user: CurrentUser, record_id: int) -> dict[str, Any]:
        values = super().form_values(user, record_id)
        with self._db.read() as s:
            values["room"] = (None, self._get(s, record_id).room_code)
        return values

    def fill(self, s: Session, user: CurrentUser, m: ItemLoan, values: dict[str, Any], *, new: bool) -> None:
        m.room_id, m.room_code = self.room_of(s, values["room"])
        self.fill_loan(user, m, values, new=new)
        m.item, m.item_no, m.phone, m.deposit = values["item"], values["item_no"], values["phone"], values["deposit"]

    def on_action(self, s: Session, user: CurrentUser, m: ItemLoan, action: str, values: dict[str, Any]) -> None:
        if action == "return":
            refund = values.get("deposit_refunded")
            if refund is not None and refund > (m.deposit or Decimal(0)):
                raise ValidationError(
                    {"deposit_refunded": "refund_over_deposit"},
                    field_params={"deposit_refunded": {"deposit": _money(m.deposit or Decimal(0))}},
                )
            m.deposit_refunded = refund
        super().on_action(s, user, m, action, values)

    def to_row(self, user: CurrentUser, m: ItemLoan) -> ValuesRow:
        item = f"{m.item} {m.item_no}" if m.item_no else m.item
        cells = {"item": item, "room": m.room_code, "phone": self.shown(user, m.phone), "deposit": m.deposit}
        return self.loan_row(user, m, cells)

    def detail_lines(self, user: CurrentUser, m: ItemLoan) -> list[tuple[str, str]]:
        lines = [
            ("物品", f"{m.item} {m.item_no or ''}".strip()),
            ("房号", m.room_code),
            ("电话", self.shown(user, m.phone)),
            ("押金", f"{_money(m.deposit)} 元" if m.deposit is not None else "无"),
            *self.loan_lines(m),
        ]
        if m.deposit_refunded is not None:
            lines.append(("退还押金", f"{_money(m.deposit_refunded)} 元"))
        return lines

    def title_of(self, m: ItemLoan) -> str:
        return f"{m.item} · {m.room_code} {m.borrower}（应还 {self.local(m.due_at)}）"
