"""Creating work orders and the shared steps of every change (load, check, event, audit)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from frontdesk.models import Room, Staff, WorkOrder, WorkOrderEvent
from frontdesk.services import alerts as alerts_mod
from frontdesk.services import audit
from frontdesk.services.core import service_clock
from frontdesk.services.core.changes import ALERT, Kind, changes, note
from frontdesk.services.core.versioning import load_for_change
from frontdesk.services.errors import (
    ConflictError,
    InvalidTransition,
    ServiceError,
    ValidationError,
)
from frontdesk.services.numbering import next_serial
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.service import resolve_room
from frontdesk.services.validation import (
    Collector,
    clean_name,
    clean_phone,
    clean_text,
    mask_phone,
)
from frontdesk.services.work_orders.queries import OrderQueries
from frontdesk.services.work_orders.rows import (
    WorkOrderDetail,
    WorkOrderInput,
)
from frontdesk.services.work_orders.rules import (
    _AUDIT_FIELDS,
    ALERT_KIND,
    DESCRIPTION_MAX,
    MACHINE,
    ORDER,
    PREFIX,
    URGENCIES,
    Op,
    State,
)


class OrderWrites(OrderQueries):
    """Creation and the change machinery under :class:`~frontdesk.services.work_orders.service.WorkOrderService`."""

    def _clean_input(
        self,
        s: Session,
        data: WorkOrderInput,
        c: Collector,
        now: datetime,
        *,
        current: WorkOrder | None = None,
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        room: Room | None = None
        if data.public:
            out["room_id"] = None
            out["location"] = c.check("location", clean_text, data.location, max_len=100, required=True, multiline=False)
        else:
            text = (data.room or "").strip()
            if not text:
                c.add("room", "room_or_public")
            else:
                project_id = data.project_id
                if project_id is None and current is not None and current.room is not None:
                    if text == current.room.code:  # unchanged: the same room, whichever project
                        project_id = current.room.project_id
                try:
                    room = resolve_room(s, text, project_id)
                except ValidationError as exc:
                    code = exc.errors.get("room", "room_unknown")
                    params = {k: v for k, v in exc.params.items() if k != "field_params"}
                    c.add("room", code, **{**params, "room": text})
            out["room_id"] = room.id if room else None
            out["location"] = c.check("location", clean_text, data.location, max_len=100, multiline=False)
        out["reporter"] = c.check("reporter", clean_name, data.reporter)
        phone = data.phone
        if current is not None and current.phone and phone == mask_phone(current.phone):
            phone = current.phone  # shown masked and sent back unchanged: keep it
        out["phone"] = c.check("phone", clean_phone, phone, required=not data.public, area_code=self._setting("centre.area_code"))
        cats = self.categories()
        if not data.category:
            c.add("category", "required")
        elif data.category not in cats and not (current is not None and current.category == data.category):
            c.add("category", "invalid")
        out["category"] = data.category
        out["description"] = c.check("description", clean_text, data.description, max_len=DESCRIPTION_MAX, required=True)
        if data.urgency not in URGENCIES:
            c.add("urgency", "invalid")
        out["urgency"] = data.urgency
        if data.paid is None:
            c.add("paid", "required")
        out["paid"] = bool(data.paid)
        appt = data.appointment_at
        if appt is not None:
            if appt.tzinfo is None:
                c.add("appointment_at", "bad_date")
            elif (current is None or appt != current.appointment_at) and appt < now - timedelta(hours=1):
                c.add("appointment_at", "date_in_past")
        out["appointment_at"] = appt
        return out

    @changes(ORDER)
    def create(self, user: CurrentUser, data: WorkOrderInput) -> WorkOrderDetail:
        """A new order (待派单). 紧急 raises an alert for the supervisor in the same transaction."""
        require(user, Action.ORDER_CREATE)
        return self._create(user, data, None, None)

    def draft_from_call(self, user: CurrentUser, call_id: int) -> WorkOrderInput:
        """The order form pre-filled from a call-log entry (room, caller, phone, content)."""
        return self.draft_from(user, "call", call_id)

    @changes(ORDER)
    def create_from_call(self, user: CurrentUser, call_id: int, data: WorkOrderInput) -> WorkOrderDetail:
        """Create the order and mark the call-log entry 已转工单 with a link both ways, in one
        transaction: if the entry cannot be linked (already converted, changed), nothing is saved."""
        return self.create_from(user, "call", call_id, data)

    def draft_from(self, user: CurrentUser, source_kind: str, source_id: int) -> WorkOrderInput:
        require(user, Action.ORDER_CREATE)
        source = self._sources.get(source_kind)
        if source is None:
            raise ServiceError("source_unavailable", kind=source_kind)
        with self._db.read() as s:
            return source.draft(s, user, source_id)

    @changes(ORDER)
    def create_from(self, user: CurrentUser, source_kind: str, source_id: int, data: WorkOrderInput) -> WorkOrderDetail:
        require(user, Action.ORDER_CREATE)
        if source_kind not in self._sources:
            raise ServiceError("source_unavailable", kind=source_kind)
        detail = self._create(user, data, source_kind, source_id)
        note(Kind.named(source_kind))  # the source entry is now 已转工单 (CALL for a call-log entry)
        return detail

    def _create(self, user: CurrentUser, data: WorkOrderInput, source_kind: str | None, source_id: int | None) -> WorkOrderDetail:
        now = self._clock.now()
        with self._db.write() as s:
            if source_kind is not None and source_id is not None:
                phone = self._sources[source_kind].restore_phone(s, source_id, data.phone)
                data = replace(data, phone=phone)
            c = Collector()
            values = self._clean_input(s, data, c, now)
            c.raise_if_any()
            number = next_serial(s, PREFIX, now)
            o = WorkOrder(
                number=number,
                state=State.NEW.value,
                source_kind=source_kind,
                source_id=source_id,
                reported_at=now,
                due_at=now + timedelta(hours=self.deadline_hours(values["category"], values["urgency"])),
                created_by_id=user.id,
                charge_total=Decimal("0"),
                reopen_count=0,
                print_count=0,
                **values,
            )
            s.add(o)
            s.flush()
            s.refresh(o)
            self._event(
                s,
                o,
                user,
                "created",
                None,
                State.NEW.value,
                now,
                data={"source_kind": source_kind, "source_id": source_id} if source_kind else None,
            )
            self._audit(s, user, o.id, "create", after=audit.snapshot(o, _AUDIT_FIELDS), at=now)
            if o.urgency == "urgent":
                self._raise_urgent(s, o, user, now)
            if source_kind is not None and source_id is not None:
                self._sources[source_kind].link(s, user, source_id, "order", o.id, o.number)
            return self._detail(s, user, o)

    def _raise_urgent(self, s: Session, o: WorkOrder, user: CurrentUser, now: datetime) -> None:
        note(ALERT)
        alert = alerts_mod.raise_alert(
            s,
            ALERT_KIND,
            "order",
            o.id,
            ref_number=o.number,
            summary=self._order_summary(o),
            raised_by=user,
            at=now,
        )
        self._event(s, o, user, "alert_raised", None, None, now, data={"alert_id": alert.id})

    # --- changing ------------------------------------------------------------------------------------

    def _check(self, user: CurrentUser, op: Op) -> None:
        require(user, MACHINE.permission(op))

    def _check_state(self, o: WorkOrder, op: Op) -> None:
        if State(o.state) not in MACHINE.sources(op):
            raise InvalidTransition("invalid_transition", op=op.value, state=o.state)

    def _event(
        self,
        s: Session,
        o: WorkOrder,
        user: CurrentUser | None,
        action: str,
        from_state: str | None,
        to_state: str | None,
        at: datetime,
        *,
        note: str | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        s.add(
            WorkOrderEvent(
                order_id=o.id,
                at=at,
                action=action,
                from_state=from_state,
                to_state=to_state,
                **audit.event_fields(user, note, data),
            )
        )
        _clock_step(s, o, action, at)

    def _commit_change(
        self, s: Session, o: WorkOrder, user: CurrentUser, action: str, before: dict[str, Any], now: datetime
    ) -> None:
        try:
            s.flush()
        except StaleDataError as exc:  # another counter saved in between
            raise ConflictError("conflict") from exc
        b, a = audit.diff(before, audit.snapshot(o, _AUDIT_FIELDS))
        if a or action != "update":
            self._audit(s, user, o.id, action, before=b, after=a, at=now)

    def _mutate(
        self,
        user: CurrentUser,
        order_id: int,
        expected_version: int,
        op: Op,
        change: Callable[[Session, WorkOrder, datetime, str], None],
        *,
        action: str | None = None,
    ) -> WorkOrderDetail:
        """Check permission, version and state, apply ``change`` (given the session, the order, now
        and the state before; it writes the timeline event), audit as ``action`` (the op's name
        unless told), and return the fresh detail — all in one transaction."""
        self._check(user, op)
        now = self._clock.now()
        with self._db.write() as s:
            o = load_for_change(s, WorkOrder, order_id, expected_version, lock=True)
            self._check_state(o, op)
            before = audit.snapshot(o, _AUDIT_FIELDS)
            change(s, o, now, o.state)
            self._commit_change(s, o, user, action or op.value, before, now)
            s.refresh(o)
            return self._detail(s, user, o)


def _clock_step(s: Session, o: WorkOrder, action: str, at: datetime) -> None:
    """The order's service clock follows its timeline (services.core.service_clock): answered when
    dispatched (an urgent order: when the technician is on site), done when completed; hold
    time does not count; a reopened order gets a new completion stage."""
    if action == "created":
        service_clock.start(s, "order", o.id, ref_number=o.number, category=f"order.{o.urgency}", at=at)
    elif action in ("dispatched", "reassigned"):
        tech = s.get(Staff, o.technician_id) if o.technician_id else None
        service_clock.set_handler(s, "order", o.id, tech.name if tech else None)
        if o.urgency != "urgent":
            service_clock.respond(s, "order", o.id, at)
    elif action == "started":
        service_clock.respond(s, "order", o.id, at)
    elif action == "held":
        service_clock.hold(s, "order", o.id, at)
    elif action == "resumed":
        service_clock.resume(s, "order", o.id, at)
    elif action == "completed":
        service_clock.complete(s, "order", o.id, at)
    elif action == "reopened":
        service_clock.reopen(s, "order", o.id, at)
    elif action == "cancelled":
        service_clock.stop(s, "order", o.id, at)
