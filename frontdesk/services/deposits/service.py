"""押金台账 (YJ + date + sequence): deposits held for a room — 装修押金 taken with a renovation,
门禁卡押金, 其他押金. Taking one gives the payer a 收据 (so it is in the shift's cash); the refund is
in full or with deductions, each with its reason, and the payee signs the printed 押金退还单.
Balances per room. Other features take a deposit through :meth:`DepositService.take` and refund
it through :meth:`DepositService.refund` (a renovation when its works are accepted)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from frontdesk.models.deposits import Deposit, DepositDeduction
from frontdesk.printing.printable import PdfDocument
from frontdesk.services.clock import to_local
from frontdesk.services.contracts import HandoverItem
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.options import Option
from frontdesk.services.core.records import KindAction, RecordForm, RecordService, View
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.errors import ValidationError
from frontdesk.services.permissions import CurrentUser, Role, require
from frontdesk.services.receipts import CASH, METHODS, money_text
from frontdesk.services.registry.service import resolve_room
from frontdesk.services.validation import Collector

DEPOSIT = Kind("deposit")
PREFIX = "YJ"
VIEW, TAKE, REFUND = "deposit.view", "deposit.take", "deposit.refund"
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    TAKE: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    REFUND: (Role.RECEPTIONIST, Role.SUPERVISOR),
}
RENOVATION = "装修押金"
ZERO = Decimal("0.00")

VOCABULARY = Vocabulary(
    "Deposit",
    "押金台账",
    states={"held": "在押", "refunded": "已退还"},
)

OPTIONS = (Option("deposit.purposes", list[str], [RENOVATION, "门禁卡押金", "其他押金"], doc="押金的种类"),)

MACHINE: StateMachine[str, str] = StateMachine([Transition(frozenset({"held"}), "refund", "refunded", REFUND)])


@dataclass(frozen=True)
class DepositRow:
    id: int
    number: str
    state: str
    created_at: datetime
    purpose: str
    room: str
    payer: str
    amount: Decimal
    deducted: Decimal
    refunded: Decimal | None
    receipt_number: str
    source_number: str
    note: str
    version: int
    allowed: frozenset[str]


@dataclass(frozen=True)
class RoomBalance:
    """What a room has on deposit now (held deposits), and how many."""

    room: str
    count: int
    held: Decimal


COLUMNS: list[Column[DepositRow]] = [
    Column("number", QT_TRANSLATE_NOOP("Deposit", "编号"), lambda r: r.number, width=16),
    Column("created_at", QT_TRANSLATE_NOOP("Deposit", "收取时间"), lambda r: r.created_at, width=16),
    Column("room", QT_TRANSLATE_NOOP("Deposit", "房号"), lambda r: r.room, width=10),
    Column("purpose", QT_TRANSLATE_NOOP("Deposit", "种类"), lambda r: r.purpose, width=9),
    Column("payer", QT_TRANSLATE_NOOP("Deposit", "交款人"), lambda r: r.payer, width=8),
    Column("amount", QT_TRANSLATE_NOOP("Deposit", "押金"), lambda r: r.amount, text=lambda r: f"{r.amount:,.2f}", width=10),
    Column(
        "deducted", QT_TRANSLATE_NOOP("Deposit", "扣除"), lambda r: r.deducted,
        text=lambda r: f"{r.deducted:,.2f}" if r.deducted else "", width=9,
    ),
    Column(
        "refunded", QT_TRANSLATE_NOOP("Deposit", "退还"), lambda r: r.refunded,
        text=lambda r: f"{r.refunded:,.2f}" if r.refunded is not None else "", width=10,
    ),
    Column("state", QT_TRANSLATE_NOOP("Deposit", "状态"), lambda r: r.state, text=lambda r: VOCABULARY.state(r.state), width=7),
    Column("receipt", QT_TRANSLATE_NOOP("Deposit", "收据"), lambda r: r.receipt_number, width=15),
    Column("source", QT_TRANSLATE_NOOP("Deposit", "关联"), lambda r: r.source_number, width=15),
    Column("note", QT_TRANSLATE_NOOP("Deposit", "备注"), lambda r: r.note, width=18),
]  # fmt: skip

FIELDS = (
    FormField("purpose", "种类", "choice", required=True, choices_from="deposit.purposes"),
    FormField("room", "房号", "room", required=True),
    FormField("payer", "交款人", "name", required=True),
    FormField("amount", "金额（元）", "money", required=True),
    FormField("method", "收款方式", "choice", required=True, choices=METHODS, default=CASH),
    FormField("reference", "交易流水号", max_len=64, placeholder="微信、支付宝、银行卡、转账必填", printed=False),
    FormField("note", "备注", max_len=200, printed=False),
)

DEDUCTION_COLUMNS = (
    FormField("reason", "扣除原因", required=True, max_len=100),
    FormField("amount", "扣除金额（元）", "money", required=True),
)

FORM = RecordForm(
    title="收取押金",
    fields=FIELDS,
    columns=COLUMNS,
    views=(View("state:held", "在押"), View("state:refunded", "已退还"), View("all", "全部")),
    actions=(
        KindAction(
            "refund",
            "退还押金",
            fields=(
                FormField("deductions", "扣除项（无扣除则留空）", "rows", columns=DEDUCTION_COLUMNS, high=10),
                FormField("refund_method", "退款方式", "choice", required=True, choices=METHODS, default=CASH),
                FormField("refund_to", "领款人", "name", required=True),
                FormField("refund_note", "说明", "multiline", max_len=500),
            ),
            prints=True,
        ),
    ),
    create_permission=TAKE,
    view_permission=VIEW,
    printable=True,
    print_label="打印押金单",
)


def deducted(m: Deposit) -> Decimal:
    return sum((d.amount for d in m.deductions), ZERO)


class DepositService(RecordService[Deposit, DepositRow]):
    _entity = "deposit"
    model = Deposit
    kind = DEPOSIT
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = MACHINE
    form = FORM
    initial_state = "held"
    text_columns = ("room_code", "payer", "purpose", "receipt_number", "source_number", "note")
    final_states = frozenset({"refunded"})
    _receipts: Any = None

    def attach(self, receipts: Any) -> None:
        """The receipts service, which writes the 收据 a deposit is taken with (Feature.wire)."""
        self._receipts = receipts

    def to_row(self, user: CurrentUser, m: Deposit) -> DepositRow:
        return DepositRow(
            m.id, m.number, m.state, m.created_at, m.purpose, m.room_code, m.payer, m.amount, deducted(m),
            m.refund_amount, m.receipt_number or "", m.source_number or "", m.note or "", m.version,
            MACHINE.allowed(user, m.state),
        )  # fmt: skip

    def title_of(self, m: Deposit) -> str:
        return f"{m.room_code} {m.purpose} {money_text(m.amount)}（{VOCABULARY.state(m.state)}）"

    def detail_lines(self, user: CurrentUser, m: Deposit) -> list[tuple[str, str]]:
        lines = [
            ("种类", m.purpose),
            ("房号", m.room_code),
            ("交款人", m.payer),
            ("押金", money_text(m.amount)),
            ("收款方式", m.method + (f"（流水号 {m.reference}）" if m.reference else "")),
            ("收据", m.receipt_number or ""),
        ]
        if m.source_number:
            lines.append(("关联", m.source_number))
        if m.note:
            lines.append(("备注", m.note))
        if m.state == "refunded":
            for d in m.deductions:
                lines.append(("扣除", f"{d.reason}  {money_text(d.amount)}"))
            lines += [
                ("退还", f"{money_text(m.refund_amount or ZERO)}（{m.refund_method or ''}，领款人 {m.refund_to or ''}）"),
            ]
            if m.refund_note:
                lines.append(("说明", m.refund_note))
        return lines

    def history(self, user: CurrentUser, m: Deposit) -> list[str]:
        out = [f"{self.local(m.created_at)} {m.created_by_name} 收取"]
        if m.refunded_at:
            out.append(f"{self.local(m.refunded_at)} {m.refunded_by_name or ''} 退还")
        return out

    # --- taking -----------------------------------------------------------------------------------

    def fill(self, s: Session, user: CurrentUser, m: Deposit, values: dict[str, Any], *, new: bool) -> None:
        c = Collector()
        room = None
        project, code = values["room"]
        try:
            room = resolve_room(s, code, project)
        except ValidationError as exc:
            c.add("room", exc.errors["room"], **exc.params)
        if values["amount"] is not None and values["amount"] <= 0:
            c.add("amount", "amount_positive")
        if values["method"] != CASH and not values["reference"]:
            c.add("reference", "reference_required", method=values["method"])
        c.raise_if_any()
        assert room is not None
        m.purpose, m.payer, m.room_id, m.room_code = values["purpose"], values["payer"], room.id, room.code
        m.amount, m.method, m.reference, m.note = values["amount"], values["method"], values["reference"], values["note"]
        m.created_by_id, m.created_by_name = user.id, user.name
        source = values.get("source")
        if source is not None:
            m.source_kind, m.source_id, m.source_number = source
        s.add(m)
        s.flush()
        if self._receipts is not None:
            receipt = self._receipts.issue(
                s, user, payer=m.payer, room_id=m.room_id, room_code=m.room_code, item=m.purpose,
                detail=m.number + (f" {m.source_number}" if m.source_number else ""), amount=m.amount,
                method=m.method, reference=m.reference, source=("deposit", m.id, m.number),
            )  # fmt: skip
            m.receipt_id, m.receipt_number = receipt.id, receipt.number

    def take(
        self,
        user: CurrentUser,
        *,
        room: str,
        payer: str,
        amount: Decimal | str,
        purpose: str = RENOVATION,
        method: str = CASH,
        reference: str = "",
        note: str = "",
        source: tuple[str, int, str] | None = None,
        project_id: int | None = None,
    ) -> DepositRow:
        """The service API other features call: take a deposit for ``source`` (kind, id, number;
        e.g. ``("renovation", 7, "ZX20261127001")``), with its receipt. Checked like the form."""
        values = {
            "purpose": purpose, "room": (project_id, room), "payer": payer, "amount": str(amount),
            "method": method, "reference": reference, "note": note,
        }  # fmt: skip
        return self.create(user, values, extra={"source": source})

    def held_for(self, user: CurrentUser, kind: str, record_id: int) -> list[DepositRow]:
        """The deposits taken for a record of another feature (its renovation), newest first."""
        require(user, VIEW)
        with self._db.read() as s:
            q = select(Deposit).where(Deposit.source_kind == kind, Deposit.source_id == record_id).order_by(Deposit.id.desc())
            return [self.to_row(user, m) for m in s.scalars(q)]

    def refund(
        self,
        user: CurrentUser,
        deposit_id: int,
        version: int,
        *,
        refund_to: str,
        deductions: Sequence[Mapping[str, Any]] = (),
        refund_method: str = CASH,
        refund_note: str = "",
    ) -> DepositRow:
        """The refund, in full (no deductions) or less each deduction ``{"reason", "amount"}``."""
        values = {
            "deductions": list(deductions),
            "refund_method": refund_method,
            "refund_to": refund_to,
            "refund_note": refund_note,
        }
        return self.act(user, deposit_id, version, "refund", values)

    def on_action(self, s: Session, user: CurrentUser, m: Deposit, action: str, values: dict[str, Any]) -> None:
        if action == "refund":
            rows = values["deductions"]
            if any(r["amount"] is None or r["amount"] <= 0 for r in rows):
                raise ValidationError({"deductions": "amount_positive"})
            total = sum((r["amount"] for r in rows), ZERO)
            if total > m.amount:
                raise ValidationError({"deductions": "deductions_exceed"}, field_params={"deductions": {"amount": str(m.amount)}})
            m.deductions = [DepositDeduction(position=i, reason=r["reason"], amount=r["amount"]) for i, r in enumerate(rows)]
            m.refund_amount = m.amount - total
            m.refund_method, m.refund_to, m.refund_note = values["refund_method"], values["refund_to"], values["refund_note"]
            m.refunded_at, m.refunded_by_name = self.now(), user.name

    # --- balances and the shift ----------------------------------------------------------------

    def balances(self, user: CurrentUser, room: str = "") -> list[RoomBalance]:
        """Per room: the deposits held and their total (rooms with nothing held are left out)."""
        require(user, VIEW)
        where: list[ColumnElement[bool]] = [Deposit.state == "held"]
        if room.strip():
            where.append(Deposit.room_code.contains(room.strip(), autoescape=True))
        with self._db.read() as s:
            q = select(Deposit.room_code, func.count(), func.sum(Deposit.amount)).where(*where).group_by(Deposit.room_code)
            found = [RoomBalance(code, int(n), Decimal(total or 0).quantize(Decimal("0.01"))) for code, n, total in s.execute(q)]
        from frontdesk.models.registry import code_sort_key

        return sorted(found, key=lambda b: code_sort_key(b.room))

    def handover_items(self, user: CurrentUser, start: datetime, end: datetime) -> list[HandoverItem]:
        """Deposits refunded in the shift: money paid out of the till; a cash refund carries
        ``extra["cash"]`` (negative), so the handover's 交接现金 is what is left."""
        if not user.can(VIEW):
            return []
        with self._db.read() as s:
            q = select(Deposit).where(and_(Deposit.refunded_at >= start, Deposit.refunded_at < end)).order_by(Deposit.id)
            return [
                HandoverItem(
                    "deposit.refund",
                    "deposit",
                    m.id,
                    m.number,
                    f"{m.room_code} {m.purpose} 退还 {money_text(m.refund_amount or ZERO)}"
                    f"（{m.refund_method}，领款人 {m.refund_to}）",
                    state=m.state,
                    extra={"cash": f"-{m.refund_amount or ZERO:.2f}"} if m.refund_method == CASH else {},
                )  # fmt: skip
                for m in s.scalars(q)
            ]

    # --- printing ---------------------------------------------------------------------------

    def printable(self, user: CurrentUser, record_id: int) -> PdfDocument:
        from frontdesk.printing.deposits import DepositPrint, render_deposit

        require(user, VIEW)
        with self._db.read() as s:
            m = self._get(s, record_id)
            data = DepositPrint(
                centre=str(self._setting("centre.name") or ""),
                number=m.number,
                purpose=m.purpose,
                room=m.room_code,
                payer=m.payer,
                amount=m.amount,
                taken_at=to_local(m.created_at),
                method=m.method,
                receipt_number=m.receipt_number or "",
                source_number=m.source_number or "",
                deductions=[(d.reason, d.amount) for d in m.deductions],
                refund_amount=m.refund_amount,
                refund_method=m.refund_method or "",
                refund_to=m.refund_to or "",
                refunded_at=to_local(m.refunded_at) if m.refunded_at else None,
                handled_by=m.refunded_by_name or m.created_by_name,
                note=m.refund_note or "",
            )
        return PdfDocument(f"押金单 {data.number}", f"押金单_{data.number}.pdf", lambda: render_deposit(data))
