"""档案借阅: an owner's file (业户档案) lent to a member of staff, approved, and returned."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, NumberedRecord
from frontdesk.models.lending import Lent


class ArchiveLoan(Lent, NumberedRecord, Base):
    """``state``: out / returned. ``borrower`` is the member of staff; ``approved_by`` who
    allowed it."""

    __tablename__ = "archive_loan"

    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    room_code: Mapped[str] = mapped_column(String(50))
    file_part: Mapped[str] = mapped_column(String(30))
    purpose: Mapped[str] = mapped_column(String(200))
    approved_by: Mapped[str] = mapped_column(String(50))
