"""What every lending register shares (钥匙借还, 物品借用, 档案借阅): a loan is ``out`` until it is
returned, it may be corrected while out, and one still out past its due time is overdue — counted
in the status bar, listed in the handover and offered as a list view.

A register's model mixes in ``models.lending.Lent`` (borrower, due_at, returned_at,
returned_to_name, return_note); its service subclasses :class:`LendingService`, declares its
form with :func:`return_action` among the actions, and writes its own ``fill`` (calling
:meth:`LendingService.fill_loan`), row and detail lines."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import ColumnElement, and_
from sqlalchemy.orm import Session

from frontdesk.services.core.fields import FormField
from frontdesk.services.core.records import Flag, KindAction, M, RecordService, ValuesRow
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.errors import ValidationError
from frontdesk.services.permissions import CurrentUser

#: the states of every loan, Chinese source texts for a kind's vocabulary
LOAN_STATES = {"out": "借出中", "returned": "已归还"}


def lending_machine(permission: str) -> StateMachine[str, str]:
    """A loan may be corrected (``edit``) and returned (``return``) while it is out."""
    return StateMachine(
        [
            Transition(frozenset({"out"}), "edit", None, permission),
            Transition(frozenset({"out"}), "return", "returned", permission),
        ]
    )


def return_action(*extra: FormField) -> KindAction:
    """The 归还 action (Ctrl+R): how it came back, and the kind's ``extra`` fields first."""
    note = FormField("return_note", "归还情况", max_len=200, placeholder="完好；有损坏或缺件请注明")
    return KindAction("return", "归还", fields=(*extra, note), shortcut="Ctrl+R")


def _overdue(svc: LendingService[Any]) -> ColumnElement[bool]:
    return svc.overdue_condition()


#: the flag every lending register has: still out past its due time
OVERDUE = Flag("overdue", _overdue, severity="danger")


class LendingService(RecordService[M, ValuesRow]):
    """The generic part of a lending register (see the module docstring)."""

    initial_state: ClassVar[str] = "out"
    final_states: ClassVar[frozenset[str]] = frozenset({"returned"})
    flags: ClassVar[tuple[Flag, ...]] = (OVERDUE,)

    def overdue_condition(self) -> ColumnElement[bool]:
        return and_(self.model.state == "out", self.model.due_at < self.now())

    def is_overdue(self, m: M) -> bool:
        return bool(m.state == "out" and m.due_at < self.now())

    def fill_loan(self, user: CurrentUser, m: M, values: dict[str, Any], *, new: bool) -> None:
        """The loan's own columns: borrower and due time (a new loan is due after now), and who
        lent it."""
        if new and values["due_at"] <= self.now():
            raise ValidationError({"due_at": "due_not_after_now"})
        m.borrower, m.due_at = values["borrower"], values["due_at"]
        if new:
            m.created_by_id, m.created_by_name = user.id, user.name

    def on_action(self, s: Session, user: CurrentUser, m: M, action: str, values: dict[str, Any]) -> None:
        if action == "return":
            m.returned_at, m.returned_to_name = self.now(), user.name
            m.return_note = values.get("return_note")

    def loan_row(self, user: CurrentUser, m: M, cells: dict[str, Any]) -> ValuesRow:
        """The row with the loan's common cells (borrower, due, returned) added to ``cells``."""
        overdue = self.is_overdue(m)
        cells = {**cells, "borrower": m.borrower, "due_at": m.due_at, "returned_at": m.returned_at, "lent_at": m.created_at}
        return ValuesRow(
            m.id,
            m.number,
            m.state,
            m.version,
            self.machine.allowed(user, m.state),
            cells,
            frozenset({"overdue"}) if overdue else frozenset(),
        )

    def loan_lines(self, m: M) -> list[tuple[str, str]]:
        """The detail's lines every loan has: due (overdue said), who lent it, the return."""
        due = self.local(m.due_at) + ("（已逾期）" if self.is_overdue(m) else "")
        lines = [
            ("借用人", str(m.borrower)),
            ("借出", f"{self.local(m.created_at)}  经办 {m.created_by_name}"),
            ("应还时间", due),
        ]
        if m.returned_at:
            lines.append(
                ("归还", f"{self.local(m.returned_at)}  收回 {m.returned_to_name or ''}  {m.return_note or ''}".rstrip())
            )
        return lines

    def title_of(self, m: M) -> str:
        return f"{m.borrower}（应还 {self.local(m.due_at)}）"
