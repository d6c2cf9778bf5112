"""维修工作单: repair work orders from the report to the callback.

States (codes; the UI and the printed form word them)::

    new 待派单 → dispatched 已派单 → in_progress 处理中 → completed 已完工
      → called_back 已回访 → closed 已关闭
    on_hold 挂起 (with a reason; resumes to where it was)     cancelled 已取消 (with a reason)

An unsatisfied callback reopens a completed order (back to dispatched, same technician).
:data:`TRANSITIONS` is the whole state machine: which operation is allowed from which state,
and which permission it needs. Every change is an event on the order's timeline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from frontdesk.db import Database
from frontdesk.models import Department, Room, Staff, WorkOrder, WorkOrderEvent, WorkOrderLine
from frontdesk.services import alerts as alerts_mod
from frontdesk.services import audit
from frontdesk.services import callbacks as callbacks_mod
from frontdesk.services.alerts import AlertRow
from frontdesk.services.callbacks import CallbackRow
from frontdesk.services.clock import LOCAL_TZ, Clock
from frontdesk.services.contracts import HandoverItem, SearchHit, StatusCount
from frontdesk.services.errors import (
    ConflictError,
    InvalidTransition,
    NotFound,
    ServiceError,
    ValidationError,
)
from frontdesk.services.numbering import next_serial
from frontdesk.services.permissions import Action, CurrentUser, Role, require
from frontdesk.services.registry import phone_for, resolve_room, rooms_matching
from frontdesk.services.validation import (
    Collector,
    clean_name,
    clean_phone,
    clean_text,
    mask_phone,
)
from frontdesk.services.work_orders.charges import ChargeError, PricedLine, price_lines, total_of
from frontdesk.services.work_orders.rows import (
    ChargeLine,
    ChargeLineRow,
    CompletionInput,
    ContactSource,
    OrderFilter,
    Technician,
    TimelineEvent,
    WorkOrderDetail,
    WorkOrderInput,
    WorkOrderRow,
)
from frontdesk.services.work_orders.rules import (
    _AUDIT_FIELDS,
    ALERT_KIND,
    CONFIRMATIONS,
    DEFAULT_DEADLINE_HOURS,
    DESCRIPTION_MAX,
    FINISHED,
    MAX_LINES,
    PREFIX,
    REASON_MAX,
    TRANSITIONS,
    URGENCIES,
    WORKING,
    Op,
    State,
    allowed_ops,
)

# --- helpers ------------------------------------------------------------------------------------


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _local_day_start(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, tzinfo=LOCAL_TZ)


class WorkOrderService:
    def __init__(self, db: Database, clock: Clock, settings: Any = None) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings
        self._sources: dict[str, ContactSource] = {}

    # --- configuration -----------------------------------------------------------------------

    def _setting(self, key: str) -> Any:
        if self._settings is None:
            from frontdesk.services.settings import DEFAULTS

            return DEFAULTS.get(key)
        return self._settings.get(key)

    def categories(self) -> list[str]:
        return list(self._setting("order.categories") or [])

    def deadline_hours(self, category: str, urgency: str) -> float:
        if urgency == "urgent":
            value = self._setting("order.urgent_deadline_hours")
        else:
            value = (self._setting("order.deadline_hours") or {}).get(category)
        try:
            hours = float(value) if value is not None else DEFAULT_DEADLINE_HOURS
        except (TypeError, ValueError):
            hours = DEFAULT_DEADLINE_HOURS
        return hours if hours > 0 else DEFAULT_DEADLINE_HOURS

    def register_source(self, kind: str, source: ContactSource) -> None:
        """Let orders be created from ``kind`` records (the call log registers "call")."""
        self._sources[kind] = source

    # --- reading ----------------------------------------------------------------------------------

    def _row_kwargs(self, user: CurrentUser, o: WorkOrder, now: datetime) -> dict[str, Any]:
        return dict(
            id=o.id,
            number=o.number,
            state=o.state,
            reported_at=o.reported_at,
            room_id=o.room_id,
            room_code=o.room.code if o.room else "",
            project=o.room.project.name if o.room else "",
            location=o.location or "",
            reporter=o.reporter,
            phone=phone_for(user, o.phone),
            category=o.category,
            description=o.description,
            urgency=o.urgency,
            paid=o.paid,
            appointment_at=o.appointment_at,
            due_at=o.due_at,
            overdue=o.state in WORKING and o.due_at < now,
            department=o.department.name if o.department else "",
            technician=o.technician.name if o.technician else "",
            completed_at=o.completed_at,
            version=o.version,
        )

    def _row(self, user: CurrentUser, o: WorkOrder, now: datetime) -> WorkOrderRow:
        return WorkOrderRow(**self._row_kwargs(user, o, now))

    def _detail(self, s: Session, user: CurrentUser, o: WorkOrder, *, full_phone: bool = False) -> WorkOrderDetail:
        now = self._clock.now()
        kw = self._row_kwargs(user, o, now)
        if full_phone:
            kw["phone"] = o.phone or ""
        events = s.scalars(select(WorkOrderEvent).where(WorkOrderEvent.order_id == o.id).order_by(WorkOrderEvent.id)).all()
        cbs = callbacks_mod.rows_for(s, user, "order", o.id, now)
        als = alerts_mod.rows_for(s, "order", o.id)
        return WorkOrderDetail(
            **kw,
            phone_masked=bool(o.phone) and kw["phone"] != o.phone,
            source_kind=o.source_kind,
            source_id=o.source_id,
            department_id=o.department_id,
            technician_id=o.technician_id,
            dispatched_at=o.dispatched_at,
            started_at=o.started_at,
            held_at=o.held_at,
            held_from=o.held_from,
            hold_reason=o.hold_reason,
            cancel_reason=o.cancel_reason,
            work_done=o.work_done,
            owner_confirmation=o.owner_confirmation,
            owner_comment=o.owner_comment,
            charge_total=o.charge_total or Decimal("0"),
            lines=tuple(ChargeLineRow(ln.name, ln.quantity, ln.unit or "", ln.unit_price, ln.amount) for ln in o.lines),
            closed_at=o.closed_at,
            reopen_count=o.reopen_count,
            print_count=o.print_count,
            created_by=o.created_by.name if o.created_by else "",
            events=tuple(
                TimelineEvent(e.id, e.at, e.actor_name, e.action, e.from_state, e.to_state, e.note, dict(e.data or {}))
                for e in events
            ),
            callbacks=tuple(cbs),
            alerts=tuple(als),
            allowed=frozenset(op.value for op in allowed_ops(user, o.state)),
        )

    def get(self, user: CurrentUser, order_id: int) -> WorkOrderDetail:
        require(user, Action.ORDER_VIEW)
        with self._db.read() as s:
            o = s.get(WorkOrder, order_id)
            if o is None:
                raise NotFound("not_found")
            return self._detail(s, user, o)

    def by_number(self, user: CurrentUser, number: str) -> WorkOrderDetail:
        require(user, Action.ORDER_VIEW)
        with self._db.read() as s:
            o = s.scalar(select(WorkOrder).where(WorkOrder.number == (number or "").strip().upper()))
            if o is None:
                raise NotFound("not_found")
            return self._detail(s, user, o)

    def print_data(self, user: CurrentUser, order_id: int) -> WorkOrderDetail:
        """The order as printed for the technician: with the full phone number, who must call."""
        require(user, Action.ORDER_VIEW)
        with self._db.read() as s:
            o = s.get(WorkOrder, order_id)
            if o is None:
                raise NotFound("not_found")
            return self._detail(s, user, o, full_phone=True)

    def reveal_phone(self, user: CurrentUser, order_id: int) -> str:
        """Show the reporter's full number: a deliberate act, written to the audit trail."""
        require(user, Action.ORDER_VIEW)
        if not user.can(Action.PII_VIEW):
            require(user, Action.PII_UNMASK)
        with self._db.write() as s:
            o = s.get(WorkOrder, order_id)
            if o is None:
                raise NotFound("not_found")
            audit.record(s, user, "work_order", o.id, "unmask", after={"field": "phone"}, at=self._clock.now())
            return o.phone or ""

    def _filtered(self, s: Session, flt: OrderFilter, now: datetime) -> Any:
        q = select(WorkOrder)
        conds: list[Any] = []
        if flt.scope == "open":
            conds.append(WorkOrder.state.not_in([st.value for st in FINISHED]))
        elif flt.scope == "overdue":
            conds.append(and_(WorkOrder.state.in_([st.value for st in WORKING]), WorkOrder.due_at < now))
        if flt.states:
            conds.append(WorkOrder.state.in_(list(flt.states)))
        if flt.category:
            conds.append(WorkOrder.category == flt.category)
        if flt.urgency:
            conds.append(WorkOrder.urgency == flt.urgency)
        if flt.technician_id:
            conds.append(WorkOrder.technician_id == flt.technician_id)
        if flt.date_from:
            conds.append(WorkOrder.reported_at >= _local_day_start(flt.date_from))
        if flt.date_to:
            conds.append(WorkOrder.reported_at < _local_day_start(flt.date_to + timedelta(days=1)))
        text = " ".join((flt.text or "").split())
        if text:
            like = _like(text)
            alts: list[Any] = [
                WorkOrder.number.like(_like(text.upper()), escape="\\"),
                WorkOrder.description.like(like, escape="\\"),
                WorkOrder.reporter.like(like, escape="\\"),
                WorkOrder.location.like(like, escape="\\"),
                WorkOrder.work_done.like(like, escape="\\"),
                WorkOrder.category == text,
            ]
            room_ids = [r.id for r in rooms_matching(s, text)]
            if room_ids:
                alts.append(WorkOrder.room_id.in_(room_ids))
            conds.append(or_(*alts))
        if conds:
            q = q.where(and_(*conds))
        return q

    def list_orders(
        self,
        user: CurrentUser,
        flt: OrderFilter | None = None,
        *,
        before_id: int | None = None,
        limit: int = 100,
    ) -> list[WorkOrderRow]:
        """Newest first, a page at a time (keyset: pass the last id seen as ``before_id``)."""
        require(user, Action.ORDER_VIEW)
        now = self._clock.now()
        with self._db.read() as s:
            q = self._filtered(s, flt or OrderFilter(), now)
            if before_id is not None:
                q = q.where(WorkOrder.id < before_id)
            q = q.order_by(WorkOrder.id.desc()).limit(limit)
            return [self._row(user, o, now) for o in s.scalars(q).unique()]

    def count(self, user: CurrentUser, flt: OrderFilter | None = None) -> int:
        require(user, Action.ORDER_VIEW)
        now = self._clock.now()
        with self._db.read() as s:
            q = self._filtered(s, flt or OrderFilter(), now)
            return int(s.scalar(select(func.count()).select_from(q.subquery())) or 0)

    def export_rows(self, user: CurrentUser, flt: OrderFilter | None = None, *, limit: int = 50_000) -> list[WorkOrderDetail]:
        """Every order matching the filter, with what the supervisor's spreadsheet needs."""
        require(user, Action.ORDER_EXPORT)
        now = self._clock.now()
        with self._db.read() as s:
            q = self._filtered(s, flt or OrderFilter(), now).order_by(WorkOrder.id).limit(limit)
            return [self._detail(s, user, o) for o in s.scalars(q).unique()]

    def technicians(self, department_id: int | None = None) -> list[Technician]:
        """Active staff with the technician role (工程部 and any other department)."""
        with self._db.read() as s:
            q = (
                select(Staff)
                .where(Staff.role == Role.TECHNICIAN.value, Staff.active.is_(True))
                .order_by(Staff.department_id, Staff.name)
            )
            if department_id is not None:
                q = q.where(Staff.department_id == department_id)
            return [
                Technician(t.id, t.name, t.department_id or 0, t.department.name if t.department else "")
                for t in s.scalars(q).unique()
            ]

    def departments(self) -> list[tuple[int, str]]:
        with self._db.read() as s:
            return [
                (d.id, d.name) for d in s.scalars(select(Department).where(Department.active.is_(True)).order_by(Department.id))
            ]

    def default_department_id(self, category: str) -> int | None:
        name = self._setting("order.default_department")
        for dep_id, dep_name in self.departments():
            if dep_name == name:
                return dep_id
        return None

    # --- creating ---------------------------------------------------------------------------------

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
        out["phone"] = c.check("phone", clean_phone, phone, required=not data.public)
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

    def _order_summary(self, o: WorkOrder) -> str:
        place = o.room.code if o.room else (o.location or "")
        if o.room and o.location:
            place = f"{place} {o.location}"
        return f"{place} {o.category}：{o.description}"

    def create(self, user: CurrentUser, data: WorkOrderInput) -> WorkOrderDetail:
        """A new order (待派单). 紧急 raises an alert for the supervisor in the same transaction."""
        require(user, Action.ORDER_CREATE)
        return self._create(user, data, None, None)

    def draft_from_call(self, user: CurrentUser, call_id: int) -> WorkOrderInput:
        """The order form pre-filled from a call-log entry (room, caller, phone, content)."""
        return self.draft_from(user, "call", call_id)

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

    def create_from(self, user: CurrentUser, source_kind: str, source_id: int, data: WorkOrderInput) -> WorkOrderDetail:
        require(user, Action.ORDER_CREATE)
        if source_kind not in self._sources:
            raise ServiceError("source_unavailable", kind=source_kind)
        return self._create(user, data, source_kind, source_id)

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
            audit.record(s, user, "work_order", o.id, "create", after=audit.snapshot(o, _AUDIT_FIELDS), at=now)
            if o.urgency == "urgent":
                self._raise_urgent(s, o, user, now)
            if source_kind is not None and source_id is not None:
                self._sources[source_kind].link(s, user, source_id, "order", o.id, o.number)
            return self._detail(s, user, o)

    def _raise_urgent(self, s: Session, o: WorkOrder, user: CurrentUser, now: datetime) -> None:
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

    def _load(self, s: Session, order_id: int, expected_version: int | None) -> WorkOrder:
        # OF work_order: PostgreSQL refuses FOR UPDATE on the outer-joined room / staff rows
        q = select(WorkOrder).where(WorkOrder.id == order_id).with_for_update(of=WorkOrder)
        o = s.scalars(q).unique().first()
        if o is None:
            raise NotFound("not_found")
        if expected_version is not None and o.version != expected_version:
            raise ConflictError("conflict")
        return o

    def _check(self, user: CurrentUser, op: Op) -> None:
        require(user, TRANSITIONS[op][1])

    def _check_state(self, o: WorkOrder, op: Op) -> None:
        if State(o.state) not in TRANSITIONS[op][0]:
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
                actor_id=user.id if user else None,
                actor_name=user.name if user else "系统",
                action=action,
                from_state=from_state,
                to_state=to_state,
                note=note,
                data=audit._jsonable(data) if data else None,
            )
        )

    def _commit_change(
        self, s: Session, o: WorkOrder, user: CurrentUser, action: str, before: dict[str, Any], now: datetime
    ) -> None:
        try:
            s.flush()
        except StaleDataError as exc:  # another counter saved in between
            raise ConflictError("conflict") from exc
        b, a = audit.diff(before, audit.snapshot(o, _AUDIT_FIELDS))
        if a or action != "update":
            audit.record(s, user, "work_order", o.id, action, before=b, after=a, at=now)

    def _mutate(
        self,
        user: CurrentUser,
        order_id: int,
        expected_version: int,
        op: Op,
        change: Callable[[Session, WorkOrder, datetime], str],
        *,
        action: str,
    ) -> WorkOrderDetail:
        """Check permission, version and state, apply ``change`` (which writes the timeline event
        and returns the audit action), audit, and return the fresh detail — all in one transaction."""
        self._check(user, op)
        now = self._clock.now()
        with self._db.write() as s:
            o = self._load(s, order_id, expected_version)
            self._check_state(o, op)
            before = audit.snapshot(o, _AUDIT_FIELDS)
            change(s, o, now)
            self._commit_change(s, o, user, action, before, now)
            s.refresh(o)
            return self._detail(s, user, o)

    def update(self, user: CurrentUser, order_id: int, data: WorkOrderInput, *, expected_version: int) -> WorkOrderDetail:
        """Correct the order's details while the work is not finished."""

        def change(s: Session, o: WorkOrder, now: datetime) -> str:
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
                return "edit"
            self._event(s, o, user, "edited", None, None, now, data={"fields": [k for k in changed if k != "due_at"]})
            if o.urgency == "urgent" and not was_urgent:
                s.flush()
                self._raise_urgent(s, o, user, now)
            return "edit"

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

        def change(s: Session, o: WorkOrder, now: datetime) -> str:
            c = Collector()
            dept, tech = self._check_assignment(s, department_id, technician_id, c)
            note_v = c.check("note", clean_text, note, max_len=REASON_MAX)
            if appointment_at is not None and appointment_at.tzinfo is None:
                c.add("appointment_at", "bad_date")
            c.raise_if_any()
            assert dept is not None
            prev = o.state
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
            return "dispatch"

        return self._mutate(user, order_id, expected_version, Op.DISPATCH, change, action="dispatch")

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

        def change(s: Session, o: WorkOrder, now: datetime) -> str:
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
            return "reassign"

        return self._mutate(user, order_id, expected_version, Op.REASSIGN, change, action="reassign")

    def start(self, user: CurrentUser, order_id: int, *, expected_version: int) -> WorkOrderDetail:
        """处理中: the technician is on site."""

        def change(s: Session, o: WorkOrder, now: datetime) -> str:
            prev = o.state
            o.state = State.IN_PROGRESS.value
            o.started_at = now
            self._event(s, o, user, "started", prev, o.state, now)
            return "start"

        return self._mutate(user, order_id, expected_version, Op.START, change, action="start")

    def hold(self, user: CurrentUser, order_id: int, *, reason: str, expected_version: int) -> WorkOrderDetail:
        """挂起 (e.g. waiting for parts, owner away). The deadline clock stops until resumed."""

        def change(s: Session, o: WorkOrder, now: datetime) -> str:
            c = Collector()
            reason_v = c.check("reason", clean_text, reason, max_len=REASON_MAX, required=True)
            c.raise_if_any()
            prev = o.state
            o.held_from = prev
            o.held_at = now
            o.hold_reason = reason_v
            o.state = State.ON_HOLD.value
            self._event(s, o, user, "held", prev, o.state, now, note=reason_v)
            return "hold"

        return self._mutate(user, order_id, expected_version, Op.HOLD, change, action="hold")

    def resume(self, user: CurrentUser, order_id: int, *, expected_version: int) -> WorkOrderDetail:
        """Back to where it was before the hold; the deadline moves on by the time on hold."""

        def change(s: Session, o: WorkOrder, now: datetime) -> str:
            prev = o.state
            resumable = {st.value for st in TRANSITIONS[Op.HOLD][0]}
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
            return "resume"

        return self._mutate(user, order_id, expected_version, Op.RESUME, change, action="resume")

    def _clean_lines(self, lines: list[ChargeLine], paid: bool, c: Collector) -> list[PricedLine]:
        try:
            priced, _total = price_lines(lines, paid=paid, max_lines=MAX_LINES)
        except ChargeError as exc:
            c.add("lines", exc.code, **exc.params)
            return []
        return priced

    def complete(self, user: CurrentUser, order_id: int, data: CompletionInput, *, expected_version: int) -> WorkOrderDetail:
        """已完工: what was done, materials and charges (有偿), when, and the owner's confirmation.
        Puts the order in the callback queue (due in three days)."""

        def change(s: Session, o: WorkOrder, now: datetime) -> str:
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
            prev = o.state
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
            return "complete"

        return self._mutate(user, order_id, expected_version, Op.COMPLETE, change, action="complete")

    def close(self, user: CurrentUser, order_id: int, *, expected_version: int, note: str | None = None) -> WorkOrderDetail:
        """已关闭: called back and satisfied; a butler or supervisor closes it."""

        def change(s: Session, o: WorkOrder, now: datetime) -> str:
            c = Collector()
            note_v = c.check("note", clean_text, note, max_len=REASON_MAX)
            c.raise_if_any()
            prev = o.state
            o.state = State.CLOSED.value
            o.closed_at = now
            self._event(s, o, user, "closed", prev, o.state, now, note=note_v)
            return "close"

        return self._mutate(user, order_id, expected_version, Op.CLOSE, change, action="close")

    def cancel(self, user: CurrentUser, order_id: int, *, reason: str, expected_version: int) -> WorkOrderDetail:
        """已取消 (duplicate, owner withdrew, not ours): only a supervisor, with the reason."""

        def change(s: Session, o: WorkOrder, now: datetime) -> str:
            c = Collector()
            reason_v = c.check("reason", clean_text, reason, max_len=REASON_MAX, required=True)
            c.raise_if_any()
            prev = o.state
            o.state = State.CANCELLED.value
            o.cancel_reason = reason_v
            o.held_at = None
            o.held_from = None
            callbacks_mod.cancel_pending(s, "order", o.id, by=user, at=now)
            self._event(s, o, user, "cancelled", prev, o.state, now, note=reason_v)
            return "cancel"

        return self._mutate(user, order_id, expected_version, Op.CANCEL, change, action="cancel")

    def record_print(self, user: CurrentUser, order_id: int, *, target: str = "printer") -> int:
        """The form went to a printer or a PDF file: counted and put on the timeline."""
        require(user, Action.ORDER_VIEW)
        now = self._clock.now()
        with self._db.write() as s:
            o = self._load(s, order_id, None)
            o.print_count = (o.print_count or 0) + 1
            self._event(s, o, user, "printed", None, None, now, data={"target": target, "copy": o.print_count})
            try:
                s.flush()
            except StaleDataError as exc:
                raise ConflictError("conflict") from exc
            audit.record(s, user, "work_order", o.id, "print", after={"target": target, "copy": o.print_count}, at=now)
            return o.print_count

    # --- hooks called by the callback queue and the alerts ------------------------------------------

    def on_callback_recorded(self, session: Session, user: CurrentUser, callback: CallbackRow) -> str:
        """A callback on an order was recorded: 已回访, or — not satisfied — reopened for rework."""
        require(user, TRANSITIONS[Op.CALLBACK][1])
        now = self._clock.now()
        o = self._load(session, callback.ref_id, None)
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
        self._commit_change(session, o, user, outcome, before, now)
        return outcome

    def on_alert_acknowledged(self, session: Session, user: CurrentUser, alert: AlertRow) -> None:
        o = session.get(WorkOrder, alert.ref_id)
        if o is None:
            return
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

    # --- what the rest of the app shows ------------------------------------------------------------------

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]:
        if not user.can(Action.ORDER_VIEW) or not (text or "").strip():
            return []
        rows = self.list_orders(user, OrderFilter(text=text), limit=limit)
        return [SearchHit("order", r.id, f"{r.number}  {r.place}", f"{r.category}：{r.description[:40]}") for r in rows]

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        require(user, Action.ORDER_VIEW)
        now = self._clock.now()
        with self._db.read() as s:
            overdue = (
                s.scalar(
                    select(func.count())
                    .select_from(WorkOrder)
                    .where(WorkOrder.state.in_([st.value for st in WORKING]), WorkOrder.due_at < now)
                )
                or 0
            )
            new = s.scalar(select(func.count()).select_from(WorkOrder).where(WorkOrder.state == State.NEW.value)) or 0
        return [
            StatusCount("order.overdue", int(overdue), "danger"),
            StatusCount("order.new", int(new), "warning"),
        ]

    def handover_items(self, user: CurrentUser, shift_start: datetime, shift_end: datetime) -> list[HandoverItem]:
        """Orders not closed (overdue flagged), and the urgent orders reported during the shift."""
        if not user.can(Action.ORDER_VIEW):
            return []
        now = self._clock.now()
        out: list[HandoverItem] = []
        with self._db.read() as s:
            open_orders = (
                s.scalars(select(WorkOrder).where(WorkOrder.state.not_in([st.value for st in FINISHED])).order_by(WorkOrder.id))
                .unique()
                .all()
            )
            for o in open_orders:
                out.append(self._handover(o, "order.open", now))
            urgent = (
                s.scalars(
                    select(WorkOrder)
                    .where(
                        WorkOrder.urgency == "urgent",
                        WorkOrder.reported_at >= shift_start,
                        WorkOrder.reported_at < shift_end,
                    )
                    .order_by(WorkOrder.id)
                )
                .unique()
                .all()
            )
            for o in urgent:
                out.append(self._handover(o, "order.urgent", now))
        return out

    def _handover(self, o: WorkOrder, section: str, now: datetime) -> HandoverItem:
        return HandoverItem(
            section=section,
            ref_kind="order",
            ref_id=o.id,
            ref_number=o.number,
            summary=self._order_summary(o),
            state=o.state,
            due_at=o.due_at if o.state in WORKING else None,
            overdue=o.state in WORKING and o.due_at < now,
            extra={"technician": o.technician.name if o.technician else "", "urgency": o.urgency},
        )
