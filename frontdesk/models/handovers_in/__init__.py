"""交房: one room handed over to its buyer at the counter, from the appointment to the keys, and
then the move-in (入住登记) and the checks while it stands empty (空置房)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from frontdesk.models.base import Base, NumberedRecord
from frontdesk.models.deliveries import DeliveryBatch


class RoomHandover(NumberedRecord, Base):
    """``state``: booked 预约 / in_progress 办理中 / handed 已交房 / moved_in 已入住 / deferred
    暂缓 / cancelled 已取消. The checklist's lists (``papers``, ``fees``, ``documents``, ``keys``,
    ``defects``, ``occupants``, ``checks``) are JSON lists of the form's rows; a defect row
    carries the number of the repair order it became."""

    __tablename__ = "room_handover"

    batch_id: Mapped[int | None] = mapped_column(ForeignKey("delivery_batch.id"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    room_code: Mapped[str] = mapped_column(String(50))
    buyer_name: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(30))
    id_number: Mapped[str | None] = mapped_column(String(18))
    appt_date: Mapped[date] = mapped_column(Date, index=True)
    slot: Mapped[str] = mapped_column(String(4))
    channel: Mapped[str] = mapped_column(String(10))
    papers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    fees: Mapped[list[Any]] = mapped_column(JSON, default=list)
    documents: Mapped[list[Any]] = mapped_column(JSON, default=list)
    occupants: Mapped[list[Any]] = mapped_column(JSON, default=list)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    water: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    electricity: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    gas: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    keys: Mapped[list[Any]] = mapped_column(JSON, default=list)
    defects: Mapped[list[Any]] = mapped_column(JSON, default=list)
    reinspect_result: Mapped[str | None] = mapped_column(String(10))
    reinspect_note: Mapped[str | None] = mapped_column(Text)
    reinspected_at: Mapped[datetime | None] = mapped_column()
    defer_reason: Mapped[str | None] = mapped_column(Text)
    deferred_at: Mapped[datetime | None] = mapped_column()
    started_at: Mapped[datetime | None] = mapped_column()
    handed_at: Mapped[datetime | None] = mapped_column()
    handled_by_name: Mapped[str | None] = mapped_column(String(50))
    moved_in_on: Mapped[date | None] = mapped_column(Date)
    move_in: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    checks: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: the last vacant-room check (空置房巡查), for the checks falling due
    last_checked_on: Mapped[date | None] = mapped_column(Date, index=True)

    batch: Mapped[DeliveryBatch | None] = relationship(lazy="joined")
