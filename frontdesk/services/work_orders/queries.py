"""Reading work orders: rows and details, the filtered list, counts, search, handover."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from frontdesk.db import Database
from frontdesk.models import Department, Staff, WorkOrder, WorkOrderEvent
from frontdesk.services import alerts as alerts_mod
from frontdesk.services import audit
from frontdesk.services.callbacks import queue as callbacks_mod
from frontdesk.services.clock import LOCAL_TZ, Clock
from frontdesk.services.contracts import HandoverItem, SearchHit, StatusCount
from frontdesk.services.core import search, service_clock
from frontdesk.services.core.counting import count_rows
from frontdesk.services.core.history import HistoryEntry, records_of_room
from frontdesk.services.core.pii import reveal_phone
from frontdesk.services.core.rows import row_from
from frontdesk.services.core.service import Service
from frontdesk.services.core.versioning import load_record
from frontdesk.services.errors import NotFound
from frontdesk.services.permissions import Action, CurrentUser, Role, require
from frontdesk.services.registry.service import phone_for, text_or_rooms
from frontdesk.services.validation import mask_phone
from frontdesk.services.work_orders.guess import ChoiceGuess, guess_choices
from frontdesk.services.work_orders.rows import (
    ChargeLineRow,
    ContactSource,
    OrderFilter,
    Technician,
    TimelineEvent,
    WorkOrderDetail,
    WorkOrderInput,
    WorkOrderRow,
)
from frontdesk.services.work_orders.rules import (
    DEFAULT_DEADLINE_HOURS,
    FINISHED,
    WORKING,
    State,
    allowed_ops,
)

#: what the global search looks at, in the order a hit names the field that matched
_SEARCHED = (
    search.Field(search.NUMBER, WorkOrder.number, "number"),
    search.Field(search.ROOM, WorkOrder.room_id, "room"),
    search.Field(search.PHONE, WorkOrder.phone, "phone"),
    search.Field(search.REPORTER, WorkOrder.reporter),
    search.Field(search.LOCATION, WorkOrder.location),
    search.Field(search.CATEGORY, WorkOrder.category, "equal"),
    search.Field(search.DESCRIPTION, WorkOrder.description),
    search.Field(search.HANDLING, WorkOrder.work_done),
)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _local_day_start(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, tzinfo=LOCAL_TZ)


class OrderQueries(Service):
    """The reading half of :class:`~frontdesk.services.work_orders.service.WorkOrderService`."""

    _entity = "work_order"

    def __init__(self, db: Database, clock: Clock, settings: Any = None) -> None:
        super().__init__(db, clock, settings)
        self._sources: dict[str, ContactSource] = {}

    # --- configuration -----------------------------------------------------------------------

    def categories(self) -> list[str]:
        return list(self._setting("order.categories") or [])

    def guess_choices(self, data: WorkOrderInput) -> ChoiceGuess:
        """A guess at 报修类别 and 有偿/无偿 from the order's words (an order made from a call);
        the form shows it as a guess (services.work_orders.guess)."""
        return guess_choices(
            f"{data.description} {data.location}", self.categories(), public=data.public, room=bool(data.room.strip())
        )

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

    def source_title(self, user: CurrentUser, kind: str, source_id: int) -> str:
        """The record an order came from in one line (交房验房 FW… for a defect), from a source
        that offers a ``title(session, source_id)``; "" for one that does not."""
        require(user, Action.ORDER_VIEW)
        title = getattr(self._sources.get(kind), "title", None)
        if title is None:
            return ""
        with self._db.read() as s:
            return str(title(s, source_id))

    # --- reading ----------------------------------------------------------------------------------

    def _order_summary(self, o: WorkOrder) -> str:
        place = o.room.code if o.room else (o.location or "")
        if o.room and o.location:
            place = f"{place} {o.location}"
        return f"{place} {o.category}：{o.description}"

    def _row_kwargs(self, user: CurrentUser, o: WorkOrder, now: datetime) -> dict[str, Any]:
        """What a row computes; the rest are the order's columns (core.rows.row_from)."""
        return dict(
            room_code=o.room.code if o.room else "",
            project=o.room.project.name if o.room else "",
            phone=phone_for(user, o.phone),
            overdue=o.state in WORKING and o.due_at < now,
            department=o.department.name if o.department else "",
            technician=o.technician.name if o.technician else "",
        )

    def _row(self, user: CurrentUser, o: WorkOrder, now: datetime) -> WorkOrderRow:
        return row_from(WorkOrderRow, o, **self._row_kwargs(user, o, now))

    def _detail(self, s: Session, user: CurrentUser, o: WorkOrder, *, full_phone: bool = False) -> WorkOrderDetail:
        now = self._clock.now()
        kw = self._row_kwargs(user, o, now)
        if full_phone:
            kw["phone"] = o.phone or ""
        events = s.scalars(select(WorkOrderEvent).where(WorkOrderEvent.order_id == o.id).order_by(WorkOrderEvent.id)).all()
        cbs = callbacks_mod.rows_for(s, user, "order", o.id, now)
        als = alerts_mod.rows_for(s, "order", o.id)
        return row_from(
            WorkOrderDetail,
            o,
            **kw,
            phone_masked=bool(o.phone) and kw["phone"] != o.phone,
            charge_total=o.charge_total or Decimal("0"),
            lines=tuple(ChargeLineRow(ln.name, ln.quantity, ln.unit or "", ln.unit_price, ln.amount) for ln in o.lines),
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
            o = load_record(s, WorkOrder, order_id)
            return self._detail(s, user, o)

    def by_number(self, user: CurrentUser, number: str) -> WorkOrderDetail:
        require(user, Action.ORDER_VIEW)
        with self._db.read() as s:
            o = s.scalar(select(WorkOrder).where(WorkOrder.number == (number or "").strip().upper()))
            if o is None:
                raise NotFound("not_found")
            return self._detail(s, user, o)

    def print_data(self, user: CurrentUser, order_id: int) -> WorkOrderDetail:
        """The order as printed. The 维修联 goes with the technician, who must call: ``phone`` is
        the full number for a user who sees phones or may unmask one — and every such rendering
        (a preview as much as a print) is audited as an unmasking. The 存根联 stays at the
        counter: ``stub_phone`` is always masked. A user who may do neither gets masked numbers."""
        require(user, Action.ORDER_VIEW)
        full = user.can(Action.PII_VIEW) or user.can(Action.PII_UNMASK)
        with self._db.write() as s:
            o = load_record(s, WorkOrder, order_id)
            detail = self._detail(s, user, o, full_phone=full)
            if full and o.phone:
                audit.record(
                    s, user, "work_order", o.id, "unmask", after={"field": "phone", "purpose": "print"}, at=self._clock.now()
                )
            return replace(detail, stub_phone=mask_phone(o.phone))

    def reveal_phone(self, user: CurrentUser, order_id: int) -> str:
        """Show the reporter's full number: a deliberate act, written to the audit trail."""
        return reveal_phone(self._db, self._clock, user, WorkOrder, order_id, audit_kind="work_order", view=Action.ORDER_VIEW)

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
            conds.append(
                text_or_rooms(
                    s,
                    text,
                    WorkOrder.room_id,
                    WorkOrder.number.like(_like(text.upper()), escape="\\"),
                    WorkOrder.description.like(like, escape="\\"),
                    WorkOrder.reporter.like(like, escape="\\"),
                    WorkOrder.location.like(like, escape="\\"),
                    WorkOrder.work_done.like(like, escape="\\"),
                    WorkOrder.category == text,
                    *search.phone_condition(WorkOrder.phone, text),
                )
            )
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
            return service_clock.with_clocks(s, "order", [self._row(user, o, now) for o in s.scalars(q).unique()], now)

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

    # --- what the rest of the app shows ------------------------------------------------------------------

    def room_records(self, user: CurrentUser, room_id: int) -> list[HistoryEntry]:
        """The room's work orders for its card (services/core/history.py)."""
        if not user.can(Action.ORDER_VIEW):
            return []
        return records_of_room(
            self._db, WorkOrder, room_id, kind="order", at=WorkOrder.reported_at,
            summary=lambda r: f"{r.category}：{r.description}",
        )  # fmt: skip

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]:
        """Ctrl+K: orders holding every word (number, room, phone, reporter, place, text)."""
        if not user.can(Action.ORDER_VIEW):
            return []
        with self._db.read() as s:
            words = search.read_words(s, text)
            if not words:
                return []
            stmt = select(WorkOrder).where(search.where(_SEARCHED, words)).order_by(WorkOrder.id.desc()).limit(limit)
            out = []
            for o in s.scalars(stmt).unique():
                room = o.room.code if o.room else ""
                out.append(
                    SearchHit(
                        "order",
                        o.id,
                        f"{o.number}  {room or o.location or ''}".rstrip(),
                        f"{o.category}：{o.description[:40]}",
                        search.matched(user, _SEARCHED, words, o, room),
                        o.reported_at,
                        o.number,
                        room,
                    )
                )
            return out

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        require(user, Action.ORDER_VIEW)
        now = self._clock.now()
        with self._db.read() as s:
            overdue = count_rows(s, WorkOrder, WorkOrder.state.in_([st.value for st in WORKING]), WorkOrder.due_at < now)
            new = count_rows(s, WorkOrder, WorkOrder.state == State.NEW.value)
        return [
            StatusCount("order.overdue", overdue, "danger"),
            StatusCount("order.new", new, "warning"),
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
                # called back and satisfied, waiting for a butler's close (order.butler_closes):
                # the butler's to close, not the counter's open order
                section = "order.to_close" if o.state == State.CALLED_BACK.value else "order.open"
                out.append(self._handover(o, section, now))
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
