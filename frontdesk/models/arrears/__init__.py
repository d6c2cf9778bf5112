"""欠费催缴: one case per room in arrears (from the finance system's list), its debts as the
latest import gave them, and the calls of the 催缴 round."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from frontdesk.models.base import Base, NumberedRecord


class ArrearsCase(NumberedRecord, Base):
    """``state``: open (待催缴) / contacted (已联系) / promised (已承诺) / settled (已结清: a later
    import no longer lists the room, or paid at the counter). ``first_contact_at`` tells "paid
    after contact"."""

    __tablename__ = "arrears_case"

    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    room_code: Mapped[str] = mapped_column(String(50), index=True)
    building: Mapped[str] = mapped_column(String(20), index=True)
    owner: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(30))
    total: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    imported_at: Mapped[datetime] = mapped_column()
    settled_at: Mapped[datetime | None] = mapped_column()
    settled_total: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    first_contact_at: Mapped[datetime | None] = mapped_column()
    last_call_at: Mapped[datetime | None] = mapped_column()
    promised_on: Mapped[date | None] = mapped_column(Date)
    last_reason: Mapped[str | None] = mapped_column(String(20))
    notices_printed: Mapped[int] = mapped_column(Integer, default=0)
    #: "import" (on the finance list: a later import settles it) or "manual" (补录: settled by hand)
    source: Mapped[str] = mapped_column(String(10), default="import")
    settled_note: Mapped[str | None] = mapped_column(String(200))

    debts: Mapped[list[ArrearsDebt]] = relationship(
        order_by="ArrearsDebt.position", cascade="all, delete-orphan", lazy="selectin"
    )
    calls: Mapped[list[ArrearsCall]] = relationship(order_by="ArrearsCall.id", cascade="all, delete-orphan", lazy="selectin")


class ArrearsDebt(Base):
    """One line of the finance list: fee item, period, amount."""

    __tablename__ = "arrears_debt"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("arrears_case.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    item: Mapped[str] = mapped_column(String(30))
    period: Mapped[str] = mapped_column(String(40))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))


class ArrearsCall(Base):
    """One call (or visit) of the round: reached or not, the reason the owner gave, the
    promised date."""

    __tablename__ = "arrears_call"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("arrears_case.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column()
    by_name: Mapped[str] = mapped_column(String(50))
    reached: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str | None] = mapped_column(String(20), index=True)
    promised_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
