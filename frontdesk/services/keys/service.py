"""钥匙借还 (YS + date + sequence): the centre's key cabinet, hook by hook (the option
``key.cabinet``: vacant rooms' keys from 交房, plant rooms, public areas, owners' spare keys held
with their written consent), and each key lent to staff, a contractor or an owner with a due time.
A key still out past its due time is overdue; every open loan is in the handover's 借出钥匙."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from frontdesk.models.keys import KeyLoan
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.lending import OVERDUE, LendingService, lending_machine, return_action
from frontdesk.services.core.options import Option
from frontdesk.services.core.records import Flag, KindAction, RecordForm, ValuesRow, View
from frontdesk.services.errors import ValidationError
from frontdesk.services.permissions import CurrentUser, Role, require

KEY = Kind("key")
PREFIX = "YS"
VIEW, LEND = "key.view", "key.lend"
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR, Role.GUARD),
    LEND: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
}

VOCABULARY = Vocabulary(
    "Keys",
    "钥匙借还",
    states={"out": "借出中", "returned": "已归还"},
    counts={"key.overdue": "钥匙逾期未还 {0}", "key.lent": "借出钥匙 {0}"},
)

OPTIONS = (
    Option(
        "key.cabinet",
        list[str],
        [
            "A01 3-2-1502 空置房钥匙（交房）",
            "A02 1-1-201 空置房钥匙（交房）",
            "B01 1号楼配电房",
            "B02 3号楼水泵房",
            "B03 地下车库消防控制室",
            "C01 会所活动室",
            "C02 天台门（3号楼）",
            "D01 10-2-1501 业主备用钥匙（有书面委托）",
        ],
        doc="钥匙柜：每行一个挂钩，先写挂钩号，再写钥匙名称",
    ),
    Option("key.borrower_types", list[str], ["本中心员工", "工程维修", "施工单位", "业主", "其他"], doc="钥匙借用人类别"),
)

#: in the handover: every key out and not yet due (overdue ones are in their own section)
LENT = Flag("lent", lambda svc: svc.lent_condition(), severity="info", counted=False)

COLUMNS: list[Column[ValuesRow]] = [
    Column("number", QT_TRANSLATE_NOOP("Keys", "编号"), lambda r: r.number, width=14),
    Column("hook", QT_TRANSLATE_NOOP("Keys", "挂钩"), lambda r: r.cells["hook"], width=6),
    Column("key", QT_TRANSLATE_NOOP("Keys", "钥匙"), lambda r: r.cells["key_name"], width=24),
    Column("borrower", QT_TRANSLATE_NOOP("Keys", "借用人"), lambda r: r.cells["borrower"], width=10),
    Column("type", QT_TRANSLATE_NOOP("Keys", "类别"), lambda r: r.cells["borrower_type"], width=8),
    Column("purpose", QT_TRANSLATE_NOOP("Keys", "用途"), lambda r: r.cells["purpose"], width=16),
    Column("lent_at", QT_TRANSLATE_NOOP("Keys", "借出时间"), lambda r: r.cells["lent_at"], width=16),
    Column("due_at", QT_TRANSLATE_NOOP("Keys", "应还时间"), lambda r: r.cells["due_at"], width=16),
    Column(
        "state",
        QT_TRANSLATE_NOOP("Keys", "状态"),
        lambda r: r.state,
        text=lambda r: VOCABULARY.state(r.state) + ("（逾期）" if r.flagged else ""),
        width=10,
    ),
    Column("returned_at", QT_TRANSLATE_NOOP("Keys", "归还时间"), lambda r: r.cells["returned_at"], width=16),
]

FIELDS = (
    FormField("hook", "钥匙（挂钩）", "choice", required=True, choices_from="key.cabinet"),
    FormField("borrower", "借用人", "name", required=True),
    FormField("borrower_type", "类别", "choice", required=True, choices_from="key.borrower_types"),
    FormField("phone", "电话", "phone", masked=True),
    FormField("purpose", "用途", required=True, max_len=100, placeholder="如：空置房验房、水泵房检修"),
    FormField("due_at", "应还时间", "datetime", required=True, default=timedelta(hours=2)),
)

FORM = RecordForm(
    title="钥匙借出登记",
    fields=FIELDS,
    columns=COLUMNS,
    views=(
        View("state:out", "借出中"),
        View("overdue", "逾期未还"),
        View("state:returned", "已归还"),
        View("all", "全部"),
    ),
    actions=(KindAction("edit", "修改", edits=True), return_action()),
    create_permission=LEND,
    view_permission=VIEW,
)


@dataclass(frozen=True)
class Hook:
    """One hook of the cabinet and the loan of its key, if it is out."""

    hook: str
    key_name: str
    loan_number: str = ""
    borrower: str = ""
    due_at: datetime | None = None
    overdue: bool = False


def split_hook(entry: str) -> tuple[str, str]:
    """``"A01 3-2-1502 空置房钥匙"`` → (``"A01"``, ``"3-2-1502 空置房钥匙"``)."""
    hook, _, name = entry.strip().partition(" ")
    return hook[:10], name.strip() or hook


class KeyService(LendingService[KeyLoan]):
    _entity = "key_loan"
    model = KeyLoan
    kind = KEY
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = lending_machine(LEND)
    form = FORM
    text_columns = ("hook", "key_name", "borrower", "purpose")
    flags = (OVERDUE, LENT)

    def lent_condition(self) -> ColumnElement[bool]:
        return and_(KeyLoan.state == "out", KeyLoan.due_at >= self.now())

    def form_values(self, user: CurrentUser, record_id: int) -> dict[str, Any]:
        values = super().form_values(user, record_id)
        with self._db.read() as s:
            m = self._get(s, record_id)
            values["hook"] = next((e for e in self.choices("key.cabinet") if split_hook(e)[0] == m.hook), None)
        return values

    def fill(self, s: Session, user: CurrentUser, m: KeyLoan, values: dict[str, Any], *, new: bool) -> None:
        hook, name = split_hook(values["hook"])
        taken = select(KeyLoan.number).where(KeyLoan.hook == hook, KeyLoan.state == "out", KeyLoan.id != m.id)
        if s.scalar(taken) is not None:
            raise ValidationError({"hook": "key_already_out"})
        self.fill_loan(user, m, values, new=new)
        m.hook, m.key_name = hook, name
        m.borrower_type, m.phone, m.purpose = values["borrower_type"], values["phone"], values["purpose"]

    def to_row(self, user: CurrentUser, m: KeyLoan) -> ValuesRow:
        cells = {"hook": m.hook, "key_name": m.key_name, "borrower_type": m.borrower_type, "purpose": m.purpose}
        return self.loan_row(user, m, cells)

    def detail_lines(self, user: CurrentUser, m: KeyLoan) -> list[tuple[str, str]]:
        return [
            ("钥匙", f"{m.hook}  {m.key_name}"),
            ("类别", m.borrower_type),
            ("电话", self.shown(user, m.phone)),
            ("用途", m.purpose),
            *self.loan_lines(m),
        ]

    def title_of(self, m: KeyLoan) -> str:
        return f"{m.hook} {m.key_name} → {m.borrower}（应还 {self.local(m.due_at)}）"

    def cabinet(self, user: CurrentUser) -> list[Hook]:
        """Every hook of the cabinet, with the open loan of its key."""
        require(user, VIEW)
        with self._db.read() as s:
            out = {m.hook: m for m in s.scalars(select(KeyLoan).where(KeyLoan.state == "out"))}
        hooks = []
        for entry in self.choices("key.cabinet"):
            hook, name = split_hook(entry)
            m = out.get(hook)
            if m is None:
                hooks.append(Hook(hook, name))
            else:
                hooks.append(Hook(hook, name, m.number, m.borrower, m.due_at, self.is_overdue(m)))
        return hooks

    def lent_text(self, user: CurrentUser) -> str:
        """The handover's 借出钥匙: every key out now, one line each, overdue ones said."""
        require(user, VIEW)
        with self._db.read() as s:
            loans = list(s.scalars(select(KeyLoan).where(KeyLoan.state == "out").order_by(KeyLoan.hook)))
            return "\n".join(
                f"{m.hook} {m.key_name} → {m.borrower}（{m.borrower_type}），应还 {self.local(m.due_at)}"
                + ("【已逾期】" if self.is_overdue(m) else "")
                for m in loans
            )


def feed_handover(services: Any, service: KeyService) -> None:
    """``Feature.wire``: the handover's 借出钥匙 is written from the open loans."""
    handover = getattr(services, "handover", None)
    if handover is not None and hasattr(handover, "feed_note"):
        handover.feed_note("keys_lent", service.lent_text)
