"""钥匙借还: a key from the centre's cabinet (by hook) lent and returned."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, NumberedRecord
from frontdesk.models.lending import Lent


class KeyLoan(Lent, NumberedRecord, Base):
    """``state``: out / returned. ``hook`` is the cabinet's hook code (the option
    ``key.cabinet`` says what hangs there); ``key_name`` is what hung there when lent."""

    __tablename__ = "key_loan"

    hook: Mapped[str] = mapped_column(String(10), index=True)
    key_name: Mapped[str] = mapped_column(String(100))
    borrower_type: Mapped[str] = mapped_column(String(10))
    phone: Mapped[str | None] = mapped_column(String(20))
    purpose: Mapped[str] = mapped_column(String(100))
