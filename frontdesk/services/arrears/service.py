"""欠费催缴 (CJ + date + sequence): one case per room on the finance system's arrears list. The
list is imported (rejected lines with their reasons); a later import updates each room's debts
and settles the rooms no longer on it — "paid after contact" when the room had been reached.
Debts the list does not hold are added by hand (补录) and settled by hand with the receipt; so is
a listed room that pays at the counter before the next list comes. The
催缴 round works through the list building by building: each call logged (reached or not, the
reason the owner gives, the date they promise); the reasons reach the supervisor in the
statistics and the month's figures. A 催缴通知单 (A4, the debts, polite wording, room for the
centre's seal) prints per room."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from frontdesk.models.arrears import ArrearsCall, ArrearsCase, ArrearsDebt
from frontdesk.models.registry import code_sort_key
from frontdesk.printing.printable import PdfDocument
from frontdesk.services.arrears.importing import ArrearsPreview, read_arrears
from frontdesk.services.clock import month_bounds
from frontdesk.services.core.changes import Kind, note
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.options import Option
from frontdesk.services.core.pii import reveal_phone
from frontdesk.services.core.records import Flag, KindAction, RecordForm, RecordService, View
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.errors import ServiceError, ValidationError
from frontdesk.services.numbering import next_serial
from frontdesk.services.permissions import Action, CurrentUser, Role, require
from frontdesk.services.registry.service import resolve_room
from frontdesk.services.validation import mask_phone

ARREARS = Kind("arrears")
PREFIX = "CJ"
VIEW, CALL, IMPORT = "arrears.view", "arrears.call", "arrears.import"
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    CALL: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    IMPORT: (Role.RECEPTIONIST, Role.SUPERVISOR),
}
REASONS = ("对服务不满", "经济困难", "房屋空置", "有争议", "其他")
ZERO = Decimal("0.00")
OPEN_STATES = ("open", "contacted", "promised")

VOCABULARY = Vocabulary(
    "Arrears",
    "欠费催缴",
    states={"open": "待催缴", "contacted": "已联系", "promised": "已承诺", "settled": "已结清"},
    counts={"arrears.promise_due": "催缴承诺到期未缴 {0}"},
)

OPTIONS = (
    Option("arrears.notice_days", int, 15, check=lambda n: 1 <= n <= 90, doc="催缴通知单的缴费期限（天）"),
    Option(
        "arrears.how_to_pay",
        str,
        "请您携带本通知单到客服中心前台缴纳（现金、微信、支付宝、银行卡均可），或通过物业缴费公众号在线缴纳。",
        doc="催缴通知单上的缴费方式",
    ),
)

MACHINE: StateMachine[str, str] = StateMachine(
    [
        Transition(frozenset(OPEN_STATES), "call", None, CALL),
        Transition(frozenset(OPEN_STATES), "settle", "settled", CALL),
    ]
)


@dataclass(frozen=True)
class ArrearsRow:
    id: int
    number: str
    state: str
    building: str
    room: str
    owner: str
    phone: str
    total: Decimal
    debts: str
    calls: int
    last_call_at: datetime | None
    reason: str
    promised_on: date | None
    version: int
    allowed: frozenset[str]


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    settled: int
    rejected: int


@dataclass(frozen=True)
class ArrearsStats:
    """The round's figures: rooms and amounts in arrears now, how many were contacted (reached)
    and promised, and the rooms settled — after contact or without; the reasons owners gave."""

    rooms: int
    amount: Decimal
    contacted: int
    promised: int
    settled: int
    settled_after_contact: int
    settled_after_contact_amount: Decimal
    reasons: list[tuple[str, int]]
    by_building: list[tuple[str, int, Decimal]]


COLUMNS: list[Column[ArrearsRow]] = [
    Column("number", QT_TRANSLATE_NOOP("Arrears", "编号"), lambda r: r.number, width=15),
    Column("room", QT_TRANSLATE_NOOP("Arrears", "房号"), lambda r: r.room, width=10),
    Column("owner", QT_TRANSLATE_NOOP("Arrears", "业主"), lambda r: r.owner, width=8),
    Column("phone", QT_TRANSLATE_NOOP("Arrears", "电话"), lambda r: r.phone, width=12),
    Column("total", QT_TRANSLATE_NOOP("Arrears", "欠费金额"), lambda r: r.total, text=lambda r: f"{r.total:,.2f}", width=10),
    Column("debts", QT_TRANSLATE_NOOP("Arrears", "欠费项目"), lambda r: r.debts, width=22),
    Column("state", QT_TRANSLATE_NOOP("Arrears", "状态"), lambda r: r.state, text=lambda r: VOCABULARY.state(r.state), width=7),
    Column("calls", QT_TRANSLATE_NOOP("Arrears", "催缴次数"), lambda r: r.calls, width=6),
    Column("reason", QT_TRANSLATE_NOOP("Arrears", "欠费原因"), lambda r: r.reason, width=9),
    Column("promised_on", QT_TRANSLATE_NOOP("Arrears", "承诺缴费日"), lambda r: r.promised_on, width=11),
]

DEBT_COLUMNS = (
    FormField("item", "收费项目", required=True, max_len=30),
    FormField("period", "所属期间", required=True, max_len=40),
    FormField("amount", "欠费金额（元）", "money", required=True),
)

FIELDS = (
    FormField("room", "房号", "room", required=True),
    FormField("owner", "业主", "name", required=True),
    FormField("phone", "联系电话", "phone", masked=True),
    FormField("debts", "欠费明细", "rows", required=True, columns=DEBT_COLUMNS, high=24),
)

FORM = RecordForm(
    title="补录欠费（财务清单以外）",
    fields=FIELDS,
    columns=COLUMNS,
    views=(
        View("open", "待催缴（未结清）"),
        View("state:open", "未联系"),
        View("state:promised", "已承诺"),
        View("promise_due", "承诺到期未缴"),
        View("state:settled", "已结清"),
        View("all", "全部"),
    ),
    actions=(
        KindAction(
            "call",
            "登记催缴",
            shortcut="Ctrl+L",
            fields=(
                FormField("reached", "已联系上业主", "bool", default=True),
                FormField("reason", "欠费原因", "choice", choices=REASONS),
                FormField("promised", "业主承诺缴费", "bool"),
                FormField("promised_on", "承诺缴费日期", "date"),
                FormField("note", "通话记录", "multiline", max_len=500, placeholder="业主的原话、要求转达主管的意见等"),
            ),
        ),
        KindAction(
            "settle",
            "登记已缴清",
            fields=(
                FormField("receipt", "收据编号", required=True, max_len=30, placeholder="客服中心收据编号，或财务的缴费凭证号"),
                FormField("settled_note", "说明", max_len=200),
            ),
        ),
    ),
    create_permission=IMPORT,
    view_permission=VIEW,
    printable=True,
    print_label="打印催缴通知单",
)


def _promise_due(svc: ArrearsService) -> ColumnElement[bool]:
    return and_(ArrearsCase.state == "promised", ArrearsCase.promised_on < svc.today())


def _debts(m: ArrearsCase) -> str:
    return "、".join(dict.fromkeys(d.item for d in m.debts))


class ArrearsService(RecordService[ArrearsCase, ArrearsRow]):
    _entity = "arrears_case"
    model = ArrearsCase
    kind = ARREARS
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = MACHINE
    form = FORM
    initial_state = "open"
    text_columns = ("room_code", "owner", "building")
    flags = (Flag("promise_due", _promise_due, severity="warning"),)
    final_states = frozenset({"settled"})

    def to_row(self, user: CurrentUser, m: ArrearsCase) -> ArrearsRow:
        phone = m.phone or ""
        return ArrearsRow(
            m.id, m.number, m.state, m.building, m.room_code, m.owner,
            phone if user.can(Action.PII_VIEW) else mask_phone(phone), m.total, _debts(m), len(m.calls),
            m.last_call_at, m.last_reason or "", m.promised_on, m.version, MACHINE.allowed(user, m.state),
        )  # fmt: skip

    def title_of(self, m: ArrearsCase) -> str:
        return f"{m.room_code} {m.owner} 欠费 ¥{m.total:,.2f}"

    def view_conditions(self, view: str) -> list[ColumnElement[bool]]:
        """A view, optionally narrowed to a building: ``"open|building:3"``."""
        out: list[ColumnElement[bool]] = []
        for part in view.split("|"):
            if part.startswith("building:"):
                if part[9:]:
                    out.append(ArrearsCase.building == part[9:])
            else:
                out += super().view_conditions(part)
        return out

    def buildings(self, user: CurrentUser) -> list[str]:
        """The buildings with rooms in arrears, in natural order: the round goes building by building."""
        require(user, VIEW)
        with self._db.read() as s:
            found = s.scalars(select(ArrearsCase.building).where(ArrearsCase.state.in_(OPEN_STATES)).distinct())
            return sorted(found, key=code_sort_key)

    def detail_lines(self, user: CurrentUser, m: ArrearsCase) -> list[tuple[str, str]]:
        phone = m.phone or ""
        lines = [
            ("房号", m.room_code),
            ("业主", m.owner),
            ("联系电话", phone if user.can(Action.PII_VIEW) else mask_phone(phone)),
            ("欠费明细", "\n".join(f"{d.item}  {d.period}  ¥{d.amount:,.2f}" for d in m.debts)),
            ("欠费合计", f"¥{m.total:,.2f}"),
            ("来源", "财务欠费清单" if m.source == "import" else f"补录（{m.created_by_name}）"),
            ("导入时间" if m.source == "import" else "登记时间", self.local(m.imported_at)),
        ]
        if m.promised_on:
            lines.append(("承诺缴费日", m.promised_on.isoformat()))
        if m.settled_at:
            after = "（联系后缴清）" if m.first_contact_at and m.first_contact_at <= m.settled_at else ""
            how = f"（{m.settled_note}）" if m.settled_note else "（财务清单已无此户）"
            lines.append(("结清", f"{self.local(m.settled_at)} ¥{m.settled_total or ZERO:,.2f}{after}{how}"))
        lines.append(("通知单", f"已打印 {m.notices_printed} 次"))
        return lines

    def history(self, user: CurrentUser, m: ArrearsCase) -> list[str]:
        out = []
        for c in m.calls:
            what = "已联系上" if c.reached else "未联系上"
            extra = "".join(
                [f"，原因：{c.reason}" if c.reason else "", f"，承诺 {c.promised_on} 前缴费" if c.promised_on else "",
                 f"。{c.note}" if c.note else ""]
            )  # fmt: skip
            out.append(f"{self.local(c.at)} {c.by_name} 催缴：{what}{extra}")
        return out

    # --- by hand ------------------------------------------------------------------------------

    def fill(self, s: Session, user: CurrentUser, m: ArrearsCase, values: dict[str, Any], *, new: bool) -> None:
        project, code = values["room"]
        room = resolve_room(s, code, project)
        if any(r["amount"] is None or r["amount"] <= 0 for r in values["debts"]):
            raise ValidationError({"debts": "amount_positive"})
        m.source = "manual"
        m.room_id, m.room_code, m.building = room.id, room.code, room.code.split("-")[0]
        m.owner, m.phone, m.imported_at = values["owner"], values["phone"], self.now()
        m.created_by_id, m.created_by_name = user.id, user.name
        self._set_debts(m, [(r["item"], r["period"], r["amount"]) for r in values["debts"]])

    @staticmethod
    def _set_debts(m: ArrearsCase, debts: list[tuple[str, str, Decimal]]) -> None:
        m.debts = [
            ArrearsDebt(position=i, item=item, period=period, amount=amount) for i, (item, period, amount) in enumerate(debts)
        ]
        m.total = sum((a for _i, _p, a in debts), ZERO)

    # --- the import -----------------------------------------------------------------------------

    def preview_import(self, user: CurrentUser, path: str | Path) -> ArrearsPreview:
        """Read and check the finance list; nothing is written."""
        require(user, IMPORT)
        with self._db.read() as s:
            return read_arrears(s, Path(path))

    def commit_import(self, user: CurrentUser, preview: ArrearsPreview) -> ImportResult:
        """The accepted lines, in one transaction: each room's open case gets the list's debts
        (a new case for a room not in arrears before); an open case whose room the list no longer
        holds is settled. Rejected lines are left out."""
        require(user, IMPORT)
        if not preview.lines:
            raise ServiceError("import_nothing")
        note(self.kind)
        now = self.now()
        by_room: dict[str, list[Any]] = {}
        for ln in preview.lines:
            by_room.setdefault(ln.room_code, []).append(ln)
        created = updated = settled = 0
        with self._db.write() as s:
            listed = select(ArrearsCase).where(ArrearsCase.state.in_(OPEN_STATES), ArrearsCase.source == "import")
            open_cases = {m.room_code: m for m in s.scalars(listed)}
            for code in sorted(by_room, key=code_sort_key, reverse=True):
                lines = by_room[code]
                m = open_cases.pop(code, None)
                if m is None:
                    m = ArrearsCase(number=next_serial(s, self.prefix, now), state="open", created_at=now, source="import")
                    m.room_id, m.room_code, m.building = lines[0].room_id, code, lines[0].building
                    m.created_by_id, m.created_by_name = user.id, user.name
                    s.add(m)
                    created += 1
                else:
                    updated += 1
                m.owner, m.phone, m.imported_at = lines[0].owner, lines[0].phone or m.phone, now
                self._set_debts(m, [(ln.item, ln.period, ln.amount) for ln in lines])
            for m in open_cases.values():
                m.state, m.settled_at, m.settled_total = "settled", now, m.total
                settled += 1
            s.flush()
            self._audit(
                s, user, None, "import",
                after={"source": preview.source[:60], "created": created, "updated": updated, "settled": settled,
                       "rejected": len(preview.rejected)},
            )  # fmt: skip
        return ImportResult(created, updated, settled, len(preview.rejected))

    # --- the round -------------------------------------------------------------------------------

    def on_action(self, s: Session, user: CurrentUser, m: ArrearsCase, action: str, values: dict[str, Any]) -> None:
        if action == "call":
            reached = bool(values["reached"])
            promised = reached and bool(values["promised"])
            if promised and (values["promised_on"] is None or values["promised_on"] < self.today()):
                raise ValidationError({"promised_on": "promise_past"})
            now = self.now()
            m.calls.append(
                ArrearsCall(
                    at=now, by_name=user.name, reached=reached, reason=values["reason"] if reached else None,
                    promised_on=values["promised_on"] if promised else None, note=values["note"],
                )
            )  # fmt: skip
            m.last_call_at = now
            if reached:
                m.first_contact_at = m.first_contact_at or now
                m.last_reason = values["reason"] or m.last_reason
                m.state = "promised" if promised else ("contacted" if m.state == "open" else m.state)
                if promised:
                    m.promised_on = values["promised_on"]
        elif action == "settle":
            m.settled_at, m.settled_total = self.now(), m.total
            m.settled_note = f"收据 {values['receipt']}" + (f"；{values['settled_note']}" if values["settled_note"] else "")

    def statistics(self, user: CurrentUser) -> ArrearsStats:
        require(user, VIEW)
        with self._db.read() as s:
            cases = list(s.scalars(select(ArrearsCase)))
            reasons = Counter(r for r in s.scalars(select(ArrearsCall.reason).where(ArrearsCall.reached.is_(True))) if r)
        open_ = [m for m in cases if m.state in OPEN_STATES]
        settled = [m for m in cases if m.state == "settled"]
        after = [m for m in settled if m.first_contact_at is not None and m.settled_at and m.first_contact_at <= m.settled_at]
        buildings: dict[str, list[ArrearsCase]] = {}
        for m in open_:
            buildings.setdefault(m.building, []).append(m)
        return ArrearsStats(
            rooms=len(open_),
            amount=sum((m.total for m in open_), ZERO),
            contacted=sum(1 for m in cases if m.first_contact_at is not None),
            promised=sum(1 for m in cases if m.promised_on is not None),
            settled=len(settled),
            settled_after_contact=len(after),
            settled_after_contact_amount=sum((m.settled_total or ZERO for m in after), ZERO),
            reasons=[(r, reasons.get(r, 0)) for r in REASONS],
            by_building=[
                (b, len(ms), sum((m.total for m in ms), ZERO))
                for b, ms in sorted(buildings.items(), key=lambda kv: code_sort_key(kv[0]))
            ],
        )

    def month_counts(self, user: CurrentUser, year: int, month: int) -> list[tuple[str, int]]:
        """The generic figures, then the reasons owners gave in the month's calls (for the supervisor)."""
        out = super().month_counts(user, year, month)
        start, end = month_bounds(year, month)
        with self._db.read() as s:
            q = select(ArrearsCall.reason).where(ArrearsCall.at >= start, ArrearsCall.at < end, ArrearsCall.reached.is_(True))
            reasons = Counter(r for r in s.scalars(q) if r)
        return [*out, *[(f"欠费原因：{r}", reasons.get(r, 0)) for r in REASONS]]

    def export_statistics(self, user: CurrentUser, path: Path) -> None:
        """The statistics and the reasons as one xlsx sheet, for the supervisor's report."""
        from frontdesk.printing.xlsx import ReportTable, write_report

        st = self.statistics(user)
        write_report(
            path,
            "催缴统计",
            title="欠费催缴统计",
            subtitle=f"截至 {self.today().isoformat()}",
            tables=[
                ReportTable(
                    ["项目", "户数", "金额（元）"],
                    [
                        ["欠费（未结清）", st.rooms, st.amount],
                        ["已联系", st.contacted, ""],
                        ["已承诺缴费", st.promised, ""],
                        ["已结清", st.settled, ""],
                        ["其中联系后缴清", st.settled_after_contact, st.settled_after_contact_amount],
                    ],
                ),
                ReportTable(["欠费原因", "次数"], [[r, n] for r, n in st.reasons]),
                ReportTable(["楼栋", "欠费户数", "欠费金额（元）"], [[b, n, a] for b, n, a in st.by_building]),
            ],
            notes=["欠费原因按已联系上业主的催缴记录统计。"],
            widths=[22, 12, 16],
        )
        with self._db.write() as s:
            self._audit(s, user, None, "export_statistics")

    # --- the notice ----------------------------------------------------------------------------

    def printable(self, user: CurrentUser, record_id: int) -> PdfDocument:
        return self.notices(user, [record_id])

    def notices(self, user: CurrentUser, record_ids: list[int]) -> PdfDocument:
        """催缴通知单, one A4 page per room (a building's round prints them together). Each
        printing is counted on the room's case (the detail shows how often it was sent)."""
        from frontdesk.printing.arrears import NoticePrint, render_notices

        require(user, CALL)
        if not record_ids:
            raise ServiceError("nothing_to_print")
        centre = str(self._setting("centre.name") or "")
        how = str(self._setting("arrears.how_to_pay") or "")
        days = int(self._setting("arrears.notice_days") or 15)
        today = self.today()
        note(self.kind)
        with self._db.write() as s:
            cases = [self._get(s, i) for i in record_ids]
            for m in cases:
                m.notices_printed += 1
            s.flush()
            self._audit(s, user, None, "print_notices", after={"numbers": [m.number for m in cases][:50]})
            data = [
                NoticePrint(
                    centre,
                    m.number,
                    m.room_code,
                    m.owner,
                    [(d.item, d.period, d.amount) for d in m.debts],
                    m.total,
                    today,
                    today + timedelta(days=days),
                    how,
                )  # fmt: skip
                for m in cases
            ]
        title = f"催缴通知单 {data[0].room}" if len(data) == 1 else f"催缴通知单 {len(data)} 户"
        name = f"催缴通知单_{data[0].number}.pdf" if len(data) == 1 else f"催缴通知单_{today.isoformat()}.pdf"
        return PdfDocument(title, name, lambda: render_notices(data))

    def reveal_phone(self, user: CurrentUser, record_id: int) -> str:
        """The owner's number in full, to call them (audited for roles that see it masked)."""
        return reveal_phone(self._db, self._clock, user, ArrearsCase, record_id, view=VIEW, audit_kind=self._entity)
