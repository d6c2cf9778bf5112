"""维修工作单: the changes to an existing order (one method per operation) and the hooks
called by the callback queue and the alerts. Reading is in :mod:`.queries`, creating in :mod:`.writes`."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from frontdesk.models import Department, Staff, WorkOrder, WorkOrderLine
from frontdesk.services import audit
from frontdesk.services.alerts import AlertRow
from frontdesk.services.callbacks import queue as callbacks_mod
from frontdesk.services.callbacks.rows import CALLBACK, CallbackRow
from frontdesk.services.core.changes import changes, note
from frontdesk.services.core.versioning import load_for_change, load_record
from frontdesk.services.permissions import Action, CurrentUser, Role, require
from frontdesk.services.validation import (
    Collector,
    checked,
    clean_text,
)
from frontdesk.services.work_orders.charges import ChargeError, PricedLine, price_lines, total_of
from frontdesk.services.work_orders.rows import (
    ChargeLine,
    CompletionInput,
    WorkOrderDetail,
    WorkOrderInput,
)
from frontdesk.services.work_orders.rules import (
    _AUDIT_FIELDS,
    CONFIRMATIONS,
    DESCRIPTION_MAX,
    MACHINE,
    MAX_LINES,
    ORDER,
    REASON_MAX,
    Op,
    State,
)
from frontdesk.services.work_orders.writes import OrderWrites


class WorkOrderService(OrderWrites):
    """维修工作单 use cases: create, change, read."""

    @changes(ORDER)
    def update(self, user: CurrentUser, order_id: int, data: WorkOrderInput, *, expected_version: int) -> WorkOrderDetail:
        """Correct the order's details while the work is not finished."""

        def change(s: Session, o: WorkOrder, now: datetime, prev: str) -> None:
            c = Collector()
            values = self._clean_input(s, data, c, now, current=o)
            c.raise_if_any()
            was_urgent = o.urgency == "urgent"
            before = audit.snapshot(o, _AUDIT_FIELDS)
            old_hours = self.deadline_hours(o.category, o.urgency)
            for k, v in values.items():
                setattr(o, k, v)
            new_hours = self.deadline_hours(o.category, o.urgency)
            if new_hours != old_hours:
                o.due_at = o.due_at + timedelta(hours=new_hours - old_hours)
            changed = sorted(k for k, v in audit.diff(before, audit.snapshot(o, _AUDIT_FIELDS))[1].items())
            if not changed:
                return
            self._event(s, o, user, "edited", None, None, now, data={"fields": [k for k in changed if k != "due_at"]})
            if o.urgency == "urgent" and not was_urgent:
                s.flush()
                self._raise_urgent(s, o, user, now)

        return self._mutate(user, order_id, expected_version, Op.EDIT, change, action="update")

    def _check_assignment(
        self, s: Session, department_id: int | None, technician_id: int | None, c: Collector
    ) -> tuple[Department | None, Staff | None]:
        dept = s.get(Department, department_id) if department_id else None
        if dept is None or not dept.active:
            c.add("department", "required" if not department_id else "invalid")
            return None, None
        tech = s.get(Staff, technician_id) if technician_id else None
        if technician_id and (tech is None or not tech.active or tech.role != Role.TECHNICIAN.value):
            c.add("technician", "invalid")
            return dept, None
        if tech is not None and tech.department_id != dept.id:
            c.add("technician", "not_in_department")
            return dept, None
        if tech is None:
            has_techs = s.scalar(
                select(func.count())
                .select_from(Staff)
                .where(
                    Staff.department_id == dept.id,
                    Staff.role == Role.TECHNICIAN.value,
                    Staff.active.is_(True),
                )
            )
            if has_techs:
                c.add("technician", "required")
        return dept, tech

    @changes(ORDER)
    def dispatch(
        self,
        user: CurrentUser,
        order_id: int,
        *,
        department_id: int | None,
        technician_id: int | None,
        expected_version: int,
        appointment_at: datetime | None = None,
        note: str | None = None,
    ) -> WorkOrderDetail:
        """派单: to a department and one of its technicians."""

        def change(s: Session, o: WorkOrder, now: datetime, prev: str) -> None:
            c = Collector()
            dept, tech = self._check_assignment(s, department_id, technician_id, c)
            note_v = c.check("note", clean_text, note, max_len=REASON_MAX)
            if appointment_at is not None and appointment_at.tzinfo is None:
                c.add("appointment_at", "bad_date")
            c.raise_if_any()
            assert dept is not None
            o.department_id = dept.id
            o.technician_id = tech.id if tech else None
            o.dispatched_at = now
            if appointment_at is not None:
                o.appointment_at = appointment_at
            o.state = State.DISPATCHED.value
            self._event(
                s,
                o,
                user,
                "dispatched",
                prev,
                o.state,
                now,
                note=note_v,
                data={
                    "department": dept.name,
                    "technician": tech.name if tech else "",
                    "appointment_at": o.appointment_at,
                },
            )

        return self._mutate(user, order_id, expected_version, Op.DISPATCH, change)

    @changes(ORDER)
    def reassign(
        self,
        user: CurrentUser,
        order_id: int,
        *,
        department_id: int | None,
        technician_id: int | None,
        reason: str,
        expected_version: int,
    ) -> WorkOrderDetail:
        """改派: another technician or department, with the reason on the timeline."""

        def change(s: Session, o: WorkOrder, now: datetime, prev: str) -> None:
            c = Collector()
            dept, tech = self._check_assignment(s, department_id, technician_id, c)
            reason_v = c.check("reason", clean_text, reason, max_len=REASON_MAX, required=True)
            if (
                dept is not None
                and dept.id == o.department_id
                and (tech.id if tech else None) == o.technician_id
                and "technician" not in c.errors
            ):
                c.add("technician", "same_assignee")
            c.raise_if_any()
            assert dept is not None
            old = {
                "department": o.department.name if o.department else "",
                "technician": o.technician.name if o.technician else "",
            }
            o.department_id = dept.id
            o.technician_id = tech.id if tech else None
            o.dispatched_at = now
            self._event(
                s,
                o,
                user,
                "reassigned",
                o.state,
                o.state,
                now,
                note=reason_v,
                data={"from": old, "department": dept.name, "technician": tech.name if tech else ""},
            )

        return self._mutate(user, order_id, expected_version, Op.REASSIGN, change)

    @changes(ORDER)
    def start(self, user: CurrentUser, order_id: int, *, expected_version: int) -> WorkOrderDetail:
        """处理中: the technician is on site."""

        def change(s: Session, o: WorkOrder, now: datetime, prev: str) -> None:
            o.state = State.IN_PROGRESS.value
            o.started_at = now
            self._event(s, o, user, "started", prev, o.state, now)

        return self._mutate(user, order_id, expected_version, Op.START, change)

    @changes(ORDER)
    def hold(self, user: CurrentUser, order_id: int, *, reason: str, expected_version: int) -> WorkOrderDetail:
        """挂起 (e.g. waiting for parts, owner away). The deadline clock stops until resumed."""

        def change(s: Session, o: WorkOrder, now: datetime, prev: str) -> None:
            reason_v = checked("reason", clean_text, reason, max_len=REASON_MAX, required=True)
            o.held_from = prev
            o.held_at = now
            o.hold_reason = reason_v
            o.state = State.ON_HOLD.value
            self._event(s, o, user, "held", prev, o.state, now, note=reason_v)

        return self._mutate(user, order_id, expected_version, Op.HOLD, change)

    @changes(ORDER)
    def resume(self, user: CurrentUser, order_id: int, *, expected_version: int) -> WorkOrderDetail:
        """Back to where it was before the hold; the deadline moves on by the time on hold."""

        def change(s: Session, o: WorkOrder, now: datetime, prev: str) -> None:
            resumable = {st.value for st in MACHINE.sources(Op.HOLD)}
            target: str = State.NEW.value
            if o.held_from is not None and o.held_from in resumable:
                target = o.held_from
            paused = now - o.held_at if o.held_at else timedelta(0)
            o.due_at = o.due_at + paused
            o.state = target
            o.held_from = None
            o.held_at = None
            self._event(
                s,
                o,
                user,
                "resumed",
                prev,
                target,
                now,
                data={"paused_minutes": int(paused.total_seconds() // 60)},
            )

        return self._mutate(user, order_id, expected_version, Op.RESUME, change)

    def _clean_lines(self, lines: list[ChargeLine], paid: bool, c: Collector) -> list[PricedLine]:
        try:
            priced, _total = price_lines(lines, paid=paid, max_lines=MAX_LINES)
        except ChargeError as exc:
            c.add("lines", exc.code, **exc.params)
            return []
        return priced

    @changes(ORDER, CALLBACK)
    def complete(self, user: CurrentUser, order_id: int, data: CompletionInput, *, expected_version: int) -> WorkOrderDetail:
        """已完工: what was done, materials and charges (有偿), when, and the owner's confirmation.
        Puts the order in the callback queue (due in three days)."""

        def change(s: Session, o: WorkOrder, now: datetime, prev: str) -> None:
            c = Collector()
            work_done = c.check("work_done", clean_text, data.work_done, max_len=DESCRIPTION_MAX, required=True)
            when = data.completed_at or now
            if when.tzinfo is None:
                c.add("completed_at", "bad_date")
            elif when > now + timedelta(minutes=5):
                c.add("completed_at", "date_in_future")
            else:
                start = o.started_at or o.dispatched_at or o.reported_at
                # The form shows minutes only: a time typed within the start's own minute is
                # that minute, not "before the start" — keep the start's seconds then.
                if when < start:
                    if when.replace(second=0, microsecond=0) < start.replace(second=0, microsecond=0):
                        c.add("completed_at", "before_start")
                    else:
                        when = start
            if data.owner_confirmation not in CONFIRMATIONS:
                c.add("owner_confirmation", "required" if not data.owner_confirmation else "invalid")
            comment = c.check("owner_comment", clean_text, data.owner_comment, max_len=REASON_MAX)
            lines = self._clean_lines(data.lines, o.paid, c)
            c.raise_if_any()
            o.lines.clear()
            s.flush()
            for pos, ln in enumerate(lines, start=1):
                o.lines.append(WorkOrderLine(position=pos, **ln.as_record()))
            o.charge_total = total_of(lines)
            o.work_done = work_done
            o.completed_at = when
            o.owner_confirmation = data.owner_confirmation
            o.owner_comment = comment
            o.state = State.COMPLETED.value
            s.flush()
            cb = callbacks_mod.schedule(
                s,
                "order",
                o.id,
                ref_number=o.number,
                summary=self._order_summary(o),
                due_at=callbacks_mod.due_from(self._settings, when),
                at=now,
                by=user,
                room_code=o.room.code if o.room else None,
                contact_name=o.reporter,
                phone=o.phone,
            )
            self._event(
                s,
                o,
                user,
                "completed",
                prev,
                o.state,
                now,
                note=work_done,
                data={
                    "completed_at": when,
                    "charge_total": o.charge_total,
                    "lines": len(lines),
                    "owner_confirmation": o.owner_confirmation,
                    "callback_due": cb.due_at,
                },
            )

        return self._mutate(user, order_id, expected_version, Op.COMPLETE, change)

    @changes(ORDER)
    def close(self, user: CurrentUser, order_id: int, *, expected_version: int, note: str | None = None) -> WorkOrderDetail:
        """已关闭: called back and satisfied; a butler or supervisor closes it."""

        def change(s: Session, o: WorkOrder, now: datetime, prev: str) -> None:
            note_v = checked("note", clean_text, note, max_len=REASON_MAX)
            o.state = State.CLOSED.value
            o.closed_at = now
            self._event(s, o, user, "closed", prev, o.state, now, note=note_v)

        return self._mutate(user, order_id, expected_version, Op.CLOSE, change)

    @changes(ORDER, CALLBACK)
    def cancel(self, user: CurrentUser, order_id: int, *, reason: str, expected_version: int) -> WorkOrderDetail:
        """已取消 (duplicate, owner withdrew, not ours): only a supervisor, with the reason."""

        def change(s: Session, o: WorkOrder, now: datetime, prev: str) -> None:
            reason_v = checked("reason", clean_text, reason, max_len=REASON_MAX, required=True)
            o.state = State.CANCELLED.value
            o.cancel_reason = reason_v
            o.held_at = None
            o.held_from = None
            callbacks_mod.cancel_pending(s, "order", o.id, by=user, at=now)
            self._event(s, o, user, "cancelled", prev, o.state, now, note=reason_v)

        return self._mutate(user, order_id, expected_version, Op.CANCEL, change)

    @changes(ORDER)
    def record_print(self, user: CurrentUser, order_id: int, *, target: str = "printer") -> int:
        """The form went to a printer or a PDF file: counted and put on the timeline. Printing is
        not an edit: the order's version stays, so a colleague's open form still saves."""
        require(user, Action.ORDER_VIEW)
        now = self._clock.now()
        with self._db.write() as s:
            o = load_record(s, WorkOrder, order_id)
            table = WorkOrder.__table__
            assert isinstance(table, Table)
            # a plain UPDATE of the one column: the ORM would raise the version with it
            count = int(
                s.execute(
                    update(table)
                    .where(table.c.id == o.id)
                    .values(print_count=func.coalesce(table.c.print_count, 0) + 1)
                    .returning(table.c.print_count)
                ).scalar_one()
            )
            s.expire(o, ["print_count"])
            self._event(s, o, user, "printed", None, None, now, data={"target": target, "copy": count})
            self._audit(s, user, o.id, "print", after={"target": target, "copy": count}, at=now)
            return count

    # --- hooks called by the callback queue and the alerts ------------------------------------------

    def on_callback_recorded(self, session: Session, user: CurrentUser, callback: CallbackRow) -> str:
        """A callback on an order was recorded. Satisfied (满意/基本满意): the order closes (已回访
        then 已关闭 on its timeline), or — when the setting ``order.butler_closes`` asks for a
        butler's close — waits as 已回访 under 待管家关闭 in the handover. Not satisfied: reopened for
        rework."""
        require(user, MACHINE.permission(Op.CALLBACK))
        note(ORDER)  # inside the callback queue's operation
        now = self._clock.now()
        o = load_for_change(session, WorkOrder, callback.ref_id, None, lock=True)
        self._check_state(o, Op.CALLBACK)
        before = audit.snapshot(o, _AUDIT_FIELDS)
        prev = o.state
        data = {
            "callback_id": callback.id,
            "round": callback.round,
            "method": callback.method,
            "satisfaction": callback.satisfaction,
            "done_at": callback.done_at,
        }
        if callback.satisfaction == "unsatisfied":
            o.state = State.DISPATCHED.value
            o.reopen_count = (o.reopen_count or 0) + 1
            o.completed_at = None
            o.started_at = None
            o.due_at = now + timedelta(hours=self.deadline_hours(o.category, o.urgency))
            self._event(session, o, user, "callback", prev, prev, now, note=callback.comments, data=data)
            self._event(
                session,
                o,
                user,
                "reopened",
                prev,
                o.state,
                now,
                note=callback.comments,
                data={
                    "reopen_count": o.reopen_count,
                    "technician": o.technician.name if o.technician else "",
                },
            )
            outcome = "reopened"
        else:
            o.state = State.CALLED_BACK.value
            self._event(session, o, user, "callback", prev, o.state, now, note=callback.comments, data=data)
            outcome = "called_back"
            if not self._setting("order.butler_closes"):  # satisfied: nothing is left to do
                o.state = State.CLOSED.value
                o.closed_at = now
                self._event(session, o, user, "closed", State.CALLED_BACK.value, o.state, now, data={"by_callback": True})
                outcome = "closed"
        self._commit_change(session, o, user, outcome, before, now)
        return outcome

    def on_alert_acknowledged(self, session: Session, user: CurrentUser, alert: AlertRow) -> None:
        o = session.get(WorkOrder, alert.ref_id)
        if o is None:
            return
        note(ORDER)  # inside the alerts' operation: the order's timeline changed
        self._event(
            session,
            o,
            user,
            "alert_acknowledged",
            None,
            None,
            alert.acknowledged_at or self._clock.now(),
            note=alert.ack_note,
            data={"alert_id": alert.id},
        )
