"""The one step mechanism: every step of the loop (2 判断 … 6 总结) is taken the same way —
permission, the record as the caller saw it (a stale screen is a conflict, never an overwrite),
the state machine, the step's own changes, then the step finished (late or not), the next
deadline, the timeline event and the audit row, in one transaction. Each step keeps only its
own field checks and what it writes (``apply``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from frontdesk.models import Complaint, ComplaintEvent
from frontdesk.services import audit
from frontdesk.services.complaints.queries import ComplaintQueries
from frontdesk.services.complaints.rows import ComplaintDetail, _result
from frontdesk.services.complaints.rules import _FIELDS, MACHINE, STAMPS, State
from frontdesk.services.core import service_clock
from frontdesk.services.core.versioning import load_for_change
from frontdesk.services.permissions import CurrentUser, require
from frontdesk.services.validation import Collector


@dataclass(frozen=True)
class Step:
    """What a step records: its timeline action (None: the machine's action), the state it
    leads to (None: the machine's target), the note and data on the timeline, and ``then``, run
    once the next deadline is set (e.g. the callback queue's entry)."""

    event: str | None = None
    to: State | None = None
    note: str | None = None
    data: dict[str, Any] | None = None
    then: Callable[[Session, Complaint, datetime], None] | None = None


#: a step's own changes to the complaint; returns what to record
Apply = Callable[[Session, Complaint, datetime], Step]


class StepRunner(ComplaintQueries):
    def _may(self, user: CurrentUser, action: str) -> Collector:
        """Permission first (before the fields are checked): a hidden button is not a permission.
        Returns the collector for the step's fields."""
        require(user, MACHINE.permission(action))
        return Collector()

    def _checked(self, s: Session, user: CurrentUser, complaint_id: int, expected_version: int, action: str) -> Complaint:
        """The complaint, locked, as the caller last saw it, in a state ``action`` may be taken from."""
        comp = load_for_change(s, Complaint, complaint_id, expected_version, lock=True)
        MACHINE.check(user, comp.state, action)
        return comp

    def _run_step(
        self,
        user: CurrentUser,
        complaint_id: int,
        expected_version: int,
        action: str,
        apply: Apply,
        *,
        prepare: Callable[[Session], None] | None = None,
    ) -> ComplaintDetail:
        """Take step ``action``: ``prepare(s)`` checks what needs the database before the record
        is loaded; ``apply`` writes the step's fields and says what to record."""
        with self._db.write() as s:
            if prepare is not None:
                prepare(s)
            comp = self._checked(s, user, complaint_id, expected_version, action)
            before = audit.snapshot(comp, _FIELDS)
            now = self._clock.now()
            step_no = State(comp.state).step  # the step finished is the one the record waited for
            out = apply(s, comp, now)
            stamp = STAMPS[action]
            setattr(comp, f"{stamp}_at", now)
            setattr(comp, f"{stamp}_by", user.name)
            to = out.to or MACHINE.target(action)
            assert to is not None, f"step {action!r} leads nowhere"
            self._move(s, comp, user, step_no, out.event or action, to, note=out.note, data=out.data, before=before)
            if out.then is not None:
                out.then(s, comp, now)
            return _result(s, user, comp, now)

    def _event(
        self,
        s: Session,
        comp: Complaint,
        user: CurrentUser | None,
        step: int,
        action: str,
        *,
        note: str | None = None,
        data: dict[str, Any] | None = None,
        due_at: datetime | None = None,
        late: bool = False,
    ) -> None:
        s.add(
            ComplaintEvent(
                complaint_id=comp.id,
                at=self._clock.now(),
                step=step,
                action=action,
                due_at=due_at,
                late=late,
                **audit.event_fields(user, note, data),
            )
        )
        _clock_step(s, comp, action, self._clock.now())

    def _move(
        self,
        s: Session,
        comp: Complaint,
        user: CurrentUser | None,
        step: int,
        action: str,
        to: State,
        *,
        before: dict[str, Any] | None = None,
        **event: Any,
    ) -> None:
        """Finish the waiting step (late or not), record it (``event``: its note and data, as
        :meth:`_event` takes them), and start waiting for the next."""
        now = self._clock.now()
        due = comp.due_at
        late = due is not None and now > due
        if late:
            comp.was_overdue = True
        comp.state = to.value
        comp.due_at = self._due(s, comp.severity, to, now)
        s.flush()
        self._event(s, comp, user, step, action, due_at=due, late=late, **event)
        b, a = audit.diff(before or {}, audit.snapshot(comp, _FIELDS))
        self._audit(s, user, comp.id, action, before=b, after=a)


#: the complaint's work is done once it waits for its callback (which runs its own clock)
_HANDLED = ("callback", "close", "closed", "invalid")


def _clock_step(s: Session, comp: Complaint, action: str, at: datetime) -> None:
    """The complaint's service clock follows its timeline (services.core.service_clock): accepted
    starts it, judged answers it, implemented (or found invalid) completes it, reopened restarts
    the completion stage."""
    if action == "accept":
        service_clock.start(s, "complaint", comp.id, ref_number=comp.number, category=f"complaint.{comp.severity}", at=at)
        return
    if comp.responsible_person:
        service_clock.set_handler(s, "complaint", comp.id, comp.responsible_person)
    if action == "reopen":
        service_clock.reopen(s, "complaint", comp.id, at)
    elif comp.state in _HANDLED:
        service_clock.complete(s, "complaint", comp.id, at)
    elif comp.state != "judge":
        service_clock.respond(s, "complaint", comp.id, at)
