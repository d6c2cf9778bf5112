"""收据: the counter's receipt for money taken (物业费, 押金, 有偿维修…), its fee lines, and its void."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from frontdesk.models.base import Base, NumberedRecord


class CounterReceipt(NumberedRecord, Base):
    """``state``: valid / void. A receipt is never deleted: a void keeps it, with the reason and
    the supervisor who approved it. ``source_kind``/``source_id`` name what the money is for
    (a completed work order's charges, a deposit)."""

    __tablename__ = "counter_receipt"

    payer: Mapped[str] = mapped_column(String(50))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    room_code: Mapped[str | None] = mapped_column(String(50), index=True)
    method: Mapped[str] = mapped_column(String(10), index=True)  # 现金 / 微信 / 支付宝 / 银行卡 / 转账
    reference: Mapped[str | None] = mapped_column(String(64))  # the transaction's reference
    total: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    book_number: Mapped[str | None] = mapped_column(String(30))  # the pre-printed book's number
    note: Mapped[str | None] = mapped_column(String(200))
    source_kind: Mapped[str | None] = mapped_column(String(20))
    source_id: Mapped[int | None] = mapped_column(Integer, index=True)
    source_number: Mapped[str | None] = mapped_column(String(24))
    voided_at: Mapped[datetime | None] = mapped_column()
    voided_by_name: Mapped[str | None] = mapped_column(String(50))
    void_reason: Mapped[str | None] = mapped_column(Text)
    void_approved_by: Mapped[str | None] = mapped_column(String(50))
    print_count: Mapped[int] = mapped_column(Integer, default=0)

    lines: Mapped[list[CounterReceiptLine]] = relationship(
        order_by="CounterReceiptLine.position", cascade="all, delete-orphan", lazy="selectin"
    )


class CounterReceiptLine(Base):
    """One fee item of a receipt: 物业费 2026年1–6月 ¥1,200.00."""

    __tablename__ = "counter_receipt_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("counter_receipt.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    item: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str | None] = mapped_column(String(60))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
