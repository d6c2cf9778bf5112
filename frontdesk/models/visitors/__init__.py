"""访客登记: a visitor expected (预约) or let in at the gate, and when they left."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, NumberedRecord


class Visitor(NumberedRecord, Base):
    """``state``: expected / in / out / cancelled. 逗留超时 is a visitor still in ``in_hours``
    after ``in_at`` (computed from the option ``visitor.overstay_hours``)."""

    __tablename__ = "visitor"

    visitor_name: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(20))
    id_number: Mapped[str | None] = mapped_column(String(18))
    plate: Mapped[str | None] = mapped_column(String(20))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    room_code: Mapped[str] = mapped_column(String(50))
    reason: Mapped[str] = mapped_column(String(100))
    badge: Mapped[str | None] = mapped_column(String(20))
    visit_date: Mapped[date] = mapped_column(Date, index=True)
    in_at: Mapped[datetime | None] = mapped_column(index=True)
    out_at: Mapped[datetime | None] = mapped_column()
    host_confirmed_by: Mapped[str | None] = mapped_column(String(50))
    host_confirmed_at: Mapped[datetime | None] = mapped_column()
