"""收据 (SJ + date + sequence): money taken at the counter for fee items — 物业费, 装修押金,
垃圾清运费, 出入证工本费, 门禁卡, 有偿维修 (a completed order's charges, taken from the order), 其他
— by 现金 / 微信 / 支付宝 / 银行卡 / 转账 (with the transaction's reference). Printed in two copies
(收据联 for the payer, 存根联 kept) with the amount in capitals; a second print is marked 补打.
A void needs a reason and a supervisor's approval (their own password); the receipt is kept,
its copy marked 作废. The shift's cash (totals per method, voids) is compiled into the handover,
and the day's report goes to finance as PDF and xlsx."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from frontdesk.models.receipts import CounterReceipt, CounterReceiptLine
from frontdesk.models.work_orders import WorkOrder
from frontdesk.printing.printable import PdfDocument
from frontdesk.services.clock import local_day_bounds as day_bounds
from frontdesk.services.clock import to_local
from frontdesk.services.contracts import HandoverItem
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.options import Option
from frontdesk.services.core.records import Flag, KindAction, RecordForm, RecordService, View
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.errors import AuthError, ValidationError
from frontdesk.services.permissions import CurrentUser, Role, require
from frontdesk.services.registry.service import resolve_room
from frontdesk.services.validation import Collector

RECEIPT = Kind("receipt")
PREFIX = "SJ"
VIEW, TAKE = "receipt.view", "receipt.take"
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    TAKE: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
}
#: the roles whose password approves a void
APPROVERS = frozenset({Role.SUPERVISOR, Role.ADMIN})
CASH = "现金"
METHODS = (CASH, "微信", "支付宝", "银行卡", "转账")
REPAIR_ITEM = "有偿维修"
#: a work order in these states has its charges final (已完工 and after)
CHARGEABLE_ORDER_STATES = frozenset({"completed", "called_back", "closed"})
ZERO = Decimal("0.00")

VOCABULARY = Vocabulary(
    "Receipt",
    "收据",
    states={"valid": "有效", "void": "已作废"},
    counts={"receipt.today": "今日收据 {0}"},
)

OPTIONS = (
    Option(
        "receipt.items",
        list[str],
        ["物业费", "装修押金", "垃圾清运费", "出入证工本费", "门禁卡", REPAIR_ITEM, "其他"],
        doc="收据的收费项目",
    ),
)

MACHINE: StateMachine[str, str] = StateMachine(
    [
        Transition(frozenset({"valid"}), "void", "void", TAKE),
    ]
)


@dataclass(frozen=True)
class ReceiptRow:
    id: int
    number: str
    state: str
    created_at: datetime
    payer: str
    room: str
    items: str
    total: Decimal
    method: str
    reference: str
    taken_by: str
    print_count: int
    version: int
    allowed: frozenset[str]


COLUMNS: list[Column[ReceiptRow]] = [
    Column("number", QT_TRANSLATE_NOOP("Receipt", "编号"), lambda r: r.number, width=16),
    Column("created_at", QT_TRANSLATE_NOOP("Receipt", "收款时间"), lambda r: r.created_at, width=16),
    Column("room", QT_TRANSLATE_NOOP("Receipt", "房号"), lambda r: r.room, width=10),
    Column("payer", QT_TRANSLATE_NOOP("Receipt", "交款人"), lambda r: r.payer, width=8),
    Column("items", QT_TRANSLATE_NOOP("Receipt", "收费项目"), lambda r: r.items, width=24),
    Column("total", QT_TRANSLATE_NOOP("Receipt", "金额"), lambda r: r.total, text=lambda r: f"{r.total:,.2f}", width=11),
    Column("method", QT_TRANSLATE_NOOP("Receipt", "方式"), lambda r: r.method, width=7),
    Column("reference", QT_TRANSLATE_NOOP("Receipt", "交易流水号"), lambda r: r.reference, width=14),
    Column("state", QT_TRANSLATE_NOOP("Receipt", "状态"), lambda r: r.state, text=lambda r: VOCABULARY.state(r.state), width=7),
    Column("taken_by", QT_TRANSLATE_NOOP("Receipt", "收款人"), lambda r: r.taken_by, width=8),
]

ITEM_COLUMNS = (
    FormField("item", "收费项目", "choice", required=True, choices_from="receipt.items"),
    FormField("detail", "说明（期间/数量）", max_len=60),
    FormField("amount", "金额（元）", "money", required=True),
)

FIELDS = (
    FormField("payer", "交款人", "name", required=True),
    FormField("room", "房号", "room"),
    FormField("order", "有偿维修工单号", max_len=24, placeholder="收取已完工工单的维修费用时填写，如 WX20261127001", sample=""),
    FormField("items", "收费明细", "rows", columns=ITEM_COLUMNS, high=12),
    FormField("method", "收款方式", "choice", required=True, choices=METHODS, default=CASH),
    FormField("reference", "交易流水号", max_len=64, placeholder="微信、支付宝、银行卡、转账必填"),
    FormField("book_number", "收据本号", max_len=30, placeholder="使用预印收据本时填写票号"),
    FormField("note", "备注", max_len=200),
)

FORM = RecordForm(
    title="收款开票",
    fields=FIELDS,
    columns=COLUMNS,
    views=(
        View("today", "今日收据"),
        View("state:valid", "有效"),
        View("state:void", "已作废"),
        View("all", "全部"),
    ),
    actions=(
        KindAction(
            "void",
            "作废（主管审批）",
            fields=(
                FormField("reason", "作废原因", "multiline", required=True, max_len=500),
                FormField("approver", "审批主管登录名", required=True, max_len=50),
                FormField("approver_password", "主管密码", "password", required=True),
            ),
        ),
    ),
    create_permission=TAKE,
    view_permission=VIEW,
    printable=True,
    print_label="打印收据",
)


def _today(svc: ReceiptService) -> ColumnElement[bool]:
    start, end = day_bounds(svc.today())
    return and_(CounterReceipt.created_at >= start, CounterReceipt.created_at < end)


@dataclass(frozen=True)
class MethodTotal:
    method: str
    count: int
    total: Decimal


@dataclass(frozen=True)
class CashReport:
    """The money of a time window (a shift or a day): the valid receipts' totals per method,
    and the voids (listed, not counted)."""

    start: datetime
    end: datetime
    methods: list[MethodTotal]
    count: int
    total: Decimal
    receipts: list[ReceiptRow] = field(default_factory=list)
    voids: list[ReceiptRow] = field(default_factory=list)

    def method_total(self, method: str) -> Decimal:
        return next((m.total for m in self.methods if m.method == method), ZERO)


def money_text(amount: Decimal) -> str:
    return f"¥{amount:,.2f}"


class ReceiptService(RecordService[CounterReceipt, ReceiptRow]):
    _entity = "counter_receipt"
    model = CounterReceipt
    kind = RECEIPT
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = MACHINE
    form = FORM
    initial_state = "valid"
    text_columns = ("payer", "room_code", "reference", "source_number", "book_number", "note")
    flags = (Flag("today", _today, severity="info", handover=False),)
    final_states = frozenset({"void"})
    _staff: Any = None

    def attach(self, staff: Any) -> None:
        """The staff service, whose ``verify`` checks a supervisor's approval (Feature.wire)."""
        self._staff = staff

    # --- rows -----------------------------------------------------------------------------------

    def to_row(self, user: CurrentUser, m: CounterReceipt) -> ReceiptRow:
        return ReceiptRow(
            m.id,
            m.number,
            m.state,
            m.created_at,
            m.payer,
            m.room_code or "",
            "、".join(dict.fromkeys(line.item for line in m.lines)),
            m.total,
            m.method,
            m.reference or "",
            m.created_by_name,
            m.print_count,
            m.version,
            MACHINE.allowed(user, m.state),
        )

    def title_of(self, m: CounterReceipt) -> str:
        return f"{m.room_code or ''} {m.payer} {money_text(m.total)}（{m.method}）".strip()

    def detail_lines(self, user: CurrentUser, m: CounterReceipt) -> list[tuple[str, str]]:
        from frontdesk.printing.money import rmb_upper

        items = "\n".join(f"{ln.item}{'（' + ln.detail + '）' if ln.detail else ''}  {money_text(ln.amount)}" for ln in m.lines)
        lines = [
            ("交款人", m.payer),
            ("房号", m.room_code or ""),
            ("收费明细", items),
            ("合计", f"{money_text(m.total)}  {rmb_upper(m.total)}"),
            ("收款方式", m.method + (f"（流水号 {m.reference}）" if m.reference else "")),
        ]
        if m.source_number:
            lines.append(("关联", m.source_number))
        if m.book_number:
            lines.append(("收据本号", m.book_number))
        if m.note:
            lines.append(("备注", m.note))
        lines.append(("打印", f"{m.print_count} 次"))
        if m.state == "void":
            lines += [("作废原因", m.void_reason or ""), ("审批主管", m.void_approved_by or "")]
        return lines

    def history(self, user: CurrentUser, m: CounterReceipt) -> list[str]:
        out = [f"{self.local(m.created_at)} {m.created_by_name} 收款开票"]
        if m.voided_at:
            out.append(f"{self.local(m.voided_at)} {m.voided_by_name or ''} 作废（{m.void_approved_by or ''} 审批）")
        return out

    # --- taking money ------------------------------------------------------------------------------

    def fill(self, s: Session, user: CurrentUser, m: CounterReceipt, values: dict[str, Any], *, new: bool) -> None:
        c = Collector()
        room = None
        if values["room"] is not None:
            project, code = values["room"]
            try:
                room = resolve_room(s, code, project)
            except ValidationError as exc:
                c.add("room", exc.errors["room"], **exc.params)
        lines = [(r["item"], r["detail"], r["amount"]) for r in values["items"]]
        order = None
        if values["order"]:
            order = s.scalar(select(WorkOrder).where(WorkOrder.number == values["order"].strip().upper()))
            if order is None:
                c.add("order", "order_unknown", number=values["order"])
            elif order.state not in CHARGEABLE_ORDER_STATES or not order.paid or order.charge_total <= 0:
                c.add("order", "order_not_chargeable", number=order.number)
            elif self._receipt_for(s, "order", order.id) is not None:
                c.add("order", "order_already_paid", number=order.number, receipt=self._receipt_for(s, "order", order.id))
            else:
                if any(item == REPAIR_ITEM for item, _d, _a in lines):
                    c.add("items", "repair_item_from_order")
                lines.insert(0, (REPAIR_ITEM, order.number, order.charge_total))
                if room is None and order.room is not None and values["room"] is None:
                    room = order.room
        if not lines:
            c.add("items", "required")
        elif any(amount is None or amount <= 0 for _i, _d, amount in lines):
            c.add("items", "amount_positive")
        if values["method"] != CASH and not values["reference"]:
            c.add("reference", "reference_required", method=values["method"])
        c.raise_if_any()
        self._write_receipt(
            m,
            user,
            payer=values["payer"],
            room_id=room.id if room else None,
            room_code=room.code if room else None,
            lines=lines,
            method=values["method"],
            reference=values["reference"],
            book_number=values["book_number"],
            note=values["note"],
            source=("order", order.id, order.number) if order is not None else None,
        )

    @staticmethod
    def _write_receipt(
        m: CounterReceipt,
        user: CurrentUser,
        *,
        payer: str,
        room_id: int | None,
        room_code: str | None,
        lines: Sequence[tuple[str, str | None, Decimal]],
        method: str,
        reference: str | None,
        book_number: str | None = None,
        note: str | None = None,
        source: tuple[str, int, str] | None = None,
    ) -> None:
        m.payer, m.room_id, m.room_code = payer, room_id, room_code
        m.method, m.reference, m.book_number, m.note = method, reference, book_number, note
        m.lines = [
            CounterReceiptLine(position=i, item=item, detail=detail, amount=amount)
            for i, (item, detail, amount) in enumerate(lines)
        ]
        m.total = sum((amount for _i, _d, amount in lines), ZERO)
        m.print_count = 0
        m.created_by_id, m.created_by_name = user.id, user.name
        if source is not None:
            m.source_kind, m.source_id, m.source_number = source

    def _receipt_for(self, s: Session, kind: str, record_id: int) -> str | None:
        q = select(CounterReceipt.number).where(
            CounterReceipt.source_kind == kind, CounterReceipt.source_id == record_id, CounterReceipt.state == "valid"
        )
        return s.scalar(q)

    def issue(
        self,
        s: Session,
        user: CurrentUser,
        *,
        payer: str,
        room_id: int | None,
        room_code: str | None,
        item: str,
        detail: str | None,
        amount: Decimal,
        method: str,
        reference: str | None,
        source: tuple[str, int, str],
    ) -> CounterReceipt:
        """A receipt written inside another feature's transaction (a deposit taken): numbered,
        audited, counted in the shift's cash like any other. The caller checked the values."""
        from frontdesk.services.core.changes import note
        from frontdesk.services.numbering import next_serial

        require(user, TAKE)
        note(self.kind)
        now = self.now()
        m = CounterReceipt(number=next_serial(s, self.prefix, now), state=self.initial_state, created_at=now)
        self._write_receipt(
            m, user, payer=payer, room_id=room_id, room_code=room_code, lines=[(item, detail, amount)],
            method=method, reference=reference, source=source,
        )  # fmt: skip
        s.add(m)
        s.flush()
        self._audit(s, user, m.id, "create", after={"number": m.number, "source": source[2]})
        return m

    def prepare_action(self, user: CurrentUser, action: str, values: dict[str, Any]) -> dict[str, Any]:
        """A void's approval: the supervisor's password, checked (and, when wrong, audited and
        throttled like a login) before the void's own transaction opens."""
        if action != "void":
            return values
        if self._staff is None:
            raise ValidationError({"approver": "approval_unavailable"})
        try:
            approver = self._staff.verify(values["approver"], values["approver_password"])
        except AuthError:
            raise ValidationError({"approver_password": "approval_failed"}) from None
        if approver.role not in APPROVERS:
            raise ValidationError({"approver": "approver_not_supervisor"})
        return {**values, "approved_by": approver}

    def on_action(self, s: Session, user: CurrentUser, m: CounterReceipt, action: str, values: dict[str, Any]) -> None:
        if action == "void":
            if m.source_kind == "deposit":
                raise ValidationError({"reason": "void_deposit_receipt"}, field_params={"reason": {"number": m.source_number}})
            approver = values["approved_by"]
            m.voided_at, m.voided_by_name = self.now(), user.name
            m.void_reason, m.void_approved_by = values["reason"], approver.name

    # --- printing -------------------------------------------------------------------------------

    def printable(self, user: CurrentUser, record_id: int) -> PdfDocument:
        """Both copies (收据联, 存根联) on one A4 sheet, cut apart. Every print is counted: the
        second and later are marked 补打; a void receipt's copies are marked 作废."""
        from frontdesk.printing.receipts import ReceiptPrint, render_receipt

        require(user, VIEW)
        with self._db.write() as s:
            m = self._get(s, record_id)
            m.print_count += 1
            s.flush()
            self._audit(s, user, m.id, "print", after={"count": m.print_count})
            data = ReceiptPrint(
                centre=str(self._setting("centre.name") or ""),
                number=m.number,
                taken_at=to_local(m.created_at),
                payer=m.payer,
                room=m.room_code or "",
                lines=[(ln.item, ln.detail or "", ln.amount) for ln in m.lines],
                total=m.total,
                method=m.method,
                reference=m.reference or "",
                book_number=m.book_number or "",
                taken_by=m.created_by_name,
                note=m.note or "",
                reprint=m.print_count > 1,
                void=m.state == "void",
                void_reason=m.void_reason or "",
            )
        return PdfDocument(f"收据 {data.number}", f"收据_{data.number}.pdf", lambda: render_receipt(data))

    # --- the shift's and the day's cash ----------------------------------------------------------

    def cash_report(self, user: CurrentUser, start: datetime, end: datetime) -> CashReport:
        """The receipts taken in [start, end): totals per method (valid ones), and the voids."""
        require(user, VIEW)
        with self._db.read() as s:
            q = (
                select(CounterReceipt)
                .where(CounterReceipt.created_at >= start, CounterReceipt.created_at < end)
                .order_by(CounterReceipt.id)
            )
            rows = [self.to_row(user, m) for m in s.scalars(q)]
        valid = [r for r in rows if r.state == "valid"]
        methods = [
            MethodTotal(method, len(of), sum((r.total for r in of), ZERO))
            for method in METHODS
            if (of := [r for r in valid if r.method == method])
        ]
        total = sum((r.total for r in valid), ZERO)
        return CashReport(start, end, methods, len(valid), total, valid, [r for r in rows if r.state == "void"])

    def day_report(self, user: CurrentUser, day: date) -> CashReport:
        return self.cash_report(user, *day_bounds(day))

    def handover_items(self, user: CurrentUser, start: datetime, end: datetime) -> list[HandoverItem]:
        """The shift's cash: one line per method with its count and total, the total, and each
        voided receipt with its reason and approver. Compiled into the handover (the incoming
        receptionist counts the cash against it when acknowledging); the cash line carries
        ``extra["cash"]``, from which the handover's 交接现金 is compiled."""
        if not user.can(VIEW):
            return []
        report = self.cash_report(user, start, end)
        out = list(super().handover_items(user, start, end))
        for i, m in enumerate(report.methods, start=1):
            extra = {"amount": f"{m.total:.2f}", "receipts": str(m.count)}
            if m.method == CASH:
                extra["cash"] = f"{m.total:.2f}"
            out.append(
                HandoverItem("receipt.cash", "receipt", -i, m.method, f"{m.count} 笔，合计 {money_text(m.total)}", extra=extra)
            )
        if report.receipts or report.voids:
            summary = f"{report.count} 笔，合计 {money_text(report.total)}；其中现金 {money_text(report.method_total(CASH))}"
            out.append(HandoverItem("receipt.total", "receipt", -99, "合计", summary, extra={"amount": f"{report.total:.2f}"}))
        if report.voids:
            with self._db.read() as s:
                why = {m.id: (m.void_reason or "", m.void_approved_by or "") for m in s.scalars(
                    select(CounterReceipt).where(CounterReceipt.id.in_([v.id for v in report.voids]))
                )}  # fmt: skip
        for v in report.voids:
            reason, approver = why[v.id]
            summary = f"{v.payer} {money_text(v.total)}（{v.method}）作废：{reason}（{approver} 审批）"
            out.append(HandoverItem("receipt.void", "receipt", v.id, v.number, summary, state="void"))
        return out

    def day_report_pdf(self, user: CurrentUser, day: date) -> PdfDocument:
        from frontdesk.printing.receipts import render_day_report

        report = self.day_report(user, day)
        centre = str(self._setting("centre.name") or "")
        return PdfDocument(f"收款日报表 {day}", f"收款日报表_{day}.pdf", lambda: render_day_report(report, centre, day))

    def day_report_xlsx(self, user: CurrentUser, day: date, path: Any) -> int:
        """The day's receipts for finance: per method totals, every receipt, the voids."""
        from frontdesk.printing.xlsx import ReportTable, write_report

        report = self.day_report(user, day)
        methods = ReportTable(
            ["收款方式", "笔数", "金额"],
            [[m.method, m.count, m.total] for m in report.methods] + [["合计", report.count, report.total]],
            total=True,
        )
        receipts = ReportTable(
            ["编号", "收款时间", "房号", "交款人", "收费项目", "方式", "流水号", "金额", "收款人"],
            [
                [r.number, self.local(r.created_at), r.room, r.payer, r.items, r.method, r.reference, r.total, r.taken_by]
                for r in report.receipts
            ],
        )
        voids = ReportTable(
            ["作废收据", "收款时间", "房号", "交款人", "收费项目", "方式", "流水号", "金额", "收款人"],
            [
                [r.number, self.local(r.created_at), r.room, r.payer, r.items, r.method, r.reference, r.total, r.taken_by]
                for r in report.voids
            ],
        )
        write_report(
            path,
            "收款日报表",
            title=f"{self._setting('centre.name') or ''} 收款日报表",
            subtitle=(
                f"{day.isoformat()}　有效收据 {report.count} 张，合计 {money_text(report.total)}；作废 {len(report.voids)} 张"
            ),
            tables=[methods, receipts, voids],
            notes=["作废收据不计入合计。金额单位：元。"],
            widths=[18, 17, 11, 10, 22, 8, 20, 12, 10],
        )
        with self._db.write() as s:
            self._audit(s, user, None, "export_day", after={"day": day.isoformat(), "rows": len(report.receipts)})
        return len(report.receipts)
