"""维修工作单: repair work orders, their material and charge lines, and their timeline."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from frontdesk.models.base import Base, Timestamped, Versioned, utcnow
from frontdesk.models.registry import Room
from frontdesk.models.staff import Department, Staff


class WorkOrder(Versioned, Timestamped, Base):
    """One repair job, from the report to the callback. ``state`` holds a code of
    services.work_orders.State (new, dispatched, in_progress, completed, called_back, closed,
    on_hold, cancelled); every change is a row in ``work_order_event``."""

    __tablename__ = "work_order"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    state: Mapped[str] = mapped_column(String(20), index=True)
    #: the contact this order came from (e.g. ("call", 12)); the other side keeps the link back
    source_kind: Mapped[str | None] = mapped_column(String(20))
    source_id: Mapped[int | None] = mapped_column(Integer, index=True)
    #: a room, or a public location (公区) described in ``location``
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    location: Mapped[str | None] = mapped_column(String(100))
    reporter: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(30))
    category: Mapped[str] = mapped_column(String(20), index=True)
    description: Mapped[str] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String(10), index=True)  # normal / urgent
    paid: Mapped[bool] = mapped_column(Boolean)  # 有偿 (indoor, charged) / 无偿
    appointment_at: Mapped[datetime | None] = mapped_column()
    reported_at: Mapped[datetime] = mapped_column(index=True)
    #: completion deadline from the per-category setting; moved on by time spent on hold
    due_at: Mapped[datetime] = mapped_column(index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # dispatch
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    dispatched_at: Mapped[datetime | None] = mapped_column()
    started_at: Mapped[datetime | None] = mapped_column()
    # hold and cancel
    held_at: Mapped[datetime | None] = mapped_column()
    held_from: Mapped[str | None] = mapped_column(String(20))
    hold_reason: Mapped[str | None] = mapped_column(String(200))
    cancel_reason: Mapped[str | None] = mapped_column(String(200))
    # completion
    completed_at: Mapped[datetime | None] = mapped_column()
    work_done: Mapped[str | None] = mapped_column(Text)
    owner_confirmation: Mapped[str | None] = mapped_column(String(20))  # signed / phone / absent
    owner_comment: Mapped[str | None] = mapped_column(String(200))
    charge_total: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("0"))
    closed_at: Mapped[datetime | None] = mapped_column()
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    print_count: Mapped[int] = mapped_column(Integer, default=0)

    room: Mapped[Room | None] = relationship(lazy="joined")
    department: Mapped[Department | None] = relationship(lazy="joined")
    technician: Mapped[Staff | None] = relationship(foreign_keys=[technician_id], lazy="joined")
    created_by: Mapped[Staff | None] = relationship(foreign_keys=[created_by_id], lazy="joined")
    lines: Mapped[list[WorkOrderLine]] = relationship(
        order_by="WorkOrderLine.position", cascade="all, delete-orphan", lazy="selectin"
    )


class WorkOrderLine(Base):
    """A material or charge line of a completed order. Written only together with its order
    (whose version guards the edit), replaced as a whole when a completion is recorded again."""

    __tablename__ = "work_order_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    unit: Mapped[str | None] = mapped_column(String(10))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    amount: Mapped[Decimal] = mapped_column(Numeric(10, 2))


class WorkOrderEvent(Base):
    """The order's timeline: who did what, when. Append-only (the database refuses changes)."""

    __tablename__ = "work_order_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(Integer)
    actor_name: Mapped[str] = mapped_column(String(50))
    action: Mapped[str] = mapped_column(String(30))
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
