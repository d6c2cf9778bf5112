"""交付批次: a project's rooms the developer hands over, with the buyers' list it sent (room,
buyer, phone, ID number), imported from its spreadsheet."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from frontdesk.models.base import Base, NumberedRecord


class DeliveryBatch(NumberedRecord, Base):
    """``state``: open / closed. The buyers come from the developer's list (``source_file``)."""

    __tablename__ = "delivery_batch"

    name: Mapped[str] = mapped_column(String(100))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    source_file: Mapped[str | None] = mapped_column(String(200))
    imported_at: Mapped[datetime | None] = mapped_column()

    buyers: Mapped[list[DeliveryBuyer]] = relationship(order_by="DeliveryBuyer.line", lazy="selectin")


class DeliveryBuyer(Base):
    """One room of a batch and its buyer, as the developer's list gave them."""

    __tablename__ = "delivery_buyer"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("delivery_batch.id"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    room_code: Mapped[str] = mapped_column(String(50))
    buyer_name: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(30))
    id_number: Mapped[str | None] = mapped_column(String(18))
    line: Mapped[int] = mapped_column(Integer, default=0)
