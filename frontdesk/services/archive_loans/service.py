"""档案借阅 (DA + date + sequence): a member of staff borrows an owner's file (业户档案) — which
room's file and which part of it, why, who approved it, when it is due back — and returns it.
Only the roles given ``archive.view`` see the register and only those given ``archive.lend`` lend;
every loan, return and refusal is in the audit trail. A file still out past its due time is
overdue."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from frontdesk.models import Staff
from frontdesk.models.archive_loans import ArchiveLoan
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.lending import LendingService, lending_machine, return_action
from frontdesk.services.core.options import Option
from frontdesk.services.core.records import KindAction, RecordForm, ValuesRow, View
from frontdesk.services.errors import PermissionDenied, ValidationError
from frontdesk.services.permissions import CurrentUser, Role

ARCHIVE_LOAN = Kind("archive_loan")
PREFIX = "DA"
VIEW, LEND = "archive.view", "archive.lend"
PERMISSIONS = {
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    LEND: (Role.BUTLER, Role.SUPERVISOR),
}

VOCABULARY = Vocabulary(
    "ArchiveLoans",
    "档案借阅",
    states={"out": "借出中", "returned": "已归还"},
    counts={"archive_loan.overdue": "档案逾期未还 {0}"},
)

OPTIONS = (
    Option(
        "archive.parts",
        list[str],
        ["全套档案", "交房资料", "装修档案", "产权资料", "收费资料", "维修记录"],
        doc="业户档案的部分（借阅时选择）",
    ),
)

COLUMNS: list[Column[ValuesRow]] = [
    Column("number", QT_TRANSLATE_NOOP("ArchiveLoans", "编号"), lambda r: r.number, width=14),
    Column("room", QT_TRANSLATE_NOOP("ArchiveLoans", "房号"), lambda r: r.cells["room"], width=10),
    Column("part", QT_TRANSLATE_NOOP("ArchiveLoans", "档案"), lambda r: r.cells["part"], width=10),
    Column("borrower", QT_TRANSLATE_NOOP("ArchiveLoans", "借阅人"), lambda r: r.cells["borrower"], width=10),
    Column("purpose", QT_TRANSLATE_NOOP("ArchiveLoans", "事由"), lambda r: r.cells["purpose"], width=24),
    Column("approved_by", QT_TRANSLATE_NOOP("ArchiveLoans", "批准人"), lambda r: r.cells["approved_by"], width=10),
    Column("due_at", QT_TRANSLATE_NOOP("ArchiveLoans", "应还时间"), lambda r: r.cells["due_at"], width=16),
    Column(
        "state",
        QT_TRANSLATE_NOOP("ArchiveLoans", "状态"),
        lambda r: r.state,
        text=lambda r: VOCABULARY.state(r.state) + ("（逾期）" if r.flagged else ""),
        width=10,
    ),
    Column("returned_at", QT_TRANSLATE_NOOP("ArchiveLoans", "归还时间"), lambda r: r.cells["returned_at"], width=16),
]

FIELDS = (
    FormField("room", "房号", "room", required=True),
    FormField("file_part", "档案", "choice", required=True, choices_from="archive.parts"),
    FormField("borrower", "借阅人", "staff", required=True),
    FormField("purpose", "事由", required=True, max_len=200, placeholder="如：办理产权证需核对购房合同"),
    FormField("approved_by", "批准人", "staff", required=True),
    FormField("due_at", "应还时间", "datetime", required=True, default=timedelta(days=3)),
)

FORM = RecordForm(
    title="档案借阅登记",
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


class ArchiveLoanService(LendingService[ArchiveLoan]):
    _entity = "archive_loan"
    model = ArchiveLoan
    kind = ARCHIVE_LOAN
    vocabulary = VOCABULARY
    prefix = PREFIX
    machine = lending_machine(LEND)
    form = FORM
    text_columns = ("room_code", "file_part", "borrower", "purpose", "approved_by")

    def create(self, user: CurrentUser, values: Any, extra: Mapping[str, Any] | None = None) -> ValuesRow:
        """A loan; one asked for by a role without ``archive.lend`` is refused and the refusal
        audited (owners' files are the centre's most private papers)."""
        if not user.can(LEND):
            with self._db.write() as s:
                self._audit(s, user, None, "refused", after={"room": str((values.get("room") or (None, ""))[1])})
            raise PermissionDenied("forbidden", action=LEND, role=user.role.value)
        return super().create(user, values, extra)

    def form_values(self, user: CurrentUser, record_id: int) -> dict[str, Any]:
        values = super().form_values(user, record_id)
        with self._db.read() as s:
            m = self._get(s, record_id)
            values["room"] = (None, m.room_code)
            by_name = {st.name: st.id for st in s.query(Staff).filter(Staff.name.in_([m.borrower, m.approved_by]))}
            values["borrower"], values["approved_by"] = by_name.get(m.borrower), by_name.get(m.approved_by)
        return values

    def _staff_name(self, s: Session, field: str, staff_id: int) -> str:
        st = s.get(Staff, staff_id)
        if st is None or not st.active:
            raise ValidationError({field: "staff_unknown"})
        return st.name

    def fill(self, s: Session, user: CurrentUser, m: ArchiveLoan, values: dict[str, Any], *, new: bool) -> None:
        m.room_id, m.room_code = self.room_of(s, values["room"])
        borrower = self._staff_name(s, "borrower", values["borrower"])
        approver = s.get(Staff, values["approved_by"])
        if approver is None or not approver.active or approver.role not in (Role.SUPERVISOR.value, Role.ADMIN.value):
            raise ValidationError({"approved_by": "approver_not_supervisor"})
        self.fill_loan(user, m, {**values, "borrower": borrower}, new=new)
        m.file_part, m.purpose, m.approved_by = values["file_part"], values["purpose"], approver.name

    def to_row(self, user: CurrentUser, m: ArchiveLoan) -> ValuesRow:
        cells = {"room": m.room_code, "part": m.file_part, "purpose": m.purpose, "approved_by": m.approved_by}
        return self.loan_row(user, m, cells)

    def detail_lines(self, user: CurrentUser, m: ArchiveLoan) -> list[tuple[str, str]]:
        return [
            ("档案", f"{m.room_code} 业户档案 · {m.file_part}"),
            ("事由", m.purpose),
            ("批准人", m.approved_by),
            *self.loan_lines(m),
        ]

    def title_of(self, m: ArchiveLoan) -> str:
        return f"{m.room_code} {m.file_part} → {m.borrower}（应还 {self.local(m.due_at)}）"
