"""押金台账: deposits held for a room (装修押金…), and how each was refunded."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from frontdesk.models.base import Base, NumberedRecord


class Deposit(NumberedRecord, Base):
    """``state``: held / refunded. ``receipt_id`` is the 收据 given when it was taken;
    ``source_kind``/``source_id`` the record it was taken for (a renovation)."""

    __tablename__ = "deposit"

    purpose: Mapped[str] = mapped_column(String(20))  # 装修押金 / 门禁卡押金 / 其他押金
    payer: Mapped[str] = mapped_column(String(50))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    room_code: Mapped[str] = mapped_column(String(50), index=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    method: Mapped[str] = mapped_column(String(10))
    reference: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(String(200))
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("counter_receipt.id"))
    receipt_number: Mapped[str | None] = mapped_column(String(24))
    source_kind: Mapped[str | None] = mapped_column(String(20))
    source_id: Mapped[int | None] = mapped_column(Integer, index=True)
    source_number: Mapped[str | None] = mapped_column(String(24))
    refunded_at: Mapped[datetime | None] = mapped_column()
    refunded_by_name: Mapped[str | None] = mapped_column(String(50))
    refund_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    refund_method: Mapped[str | None] = mapped_column(String(10))
    refund_to: Mapped[str | None] = mapped_column(String(50))
    refund_note: Mapped[str | None] = mapped_column(Text)

    deductions: Mapped[list[DepositDeduction]] = relationship(
        order_by="DepositDeduction.position", cascade="all, delete-orphan", lazy="selectin"
    )


class DepositDeduction(Base):
    """One deduction from a refund, with its reason (损坏公共设施 ¥300.00)."""

    __tablename__ = "deposit_deduction"

    id: Mapped[int] = mapped_column(primary_key=True)
    deposit_id: Mapped[int] = mapped_column(ForeignKey("deposit.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(100))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
