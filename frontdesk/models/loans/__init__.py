"""物品借用 (便民服务): umbrellas, carts, ladders and tool kits lent to residents."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, NumberedRecord
from frontdesk.models.lending import Lent


class ItemLoan(Lent, NumberedRecord, Base):
    """``state``: out / returned. The deposit (押金) is taken on loan and refunded on return."""

    __tablename__ = "item_loan"

    item: Mapped[str] = mapped_column(String(30))
    item_no: Mapped[str | None] = mapped_column(String(20))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    room_code: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(20))
    deposit: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    deposit_refunded: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
