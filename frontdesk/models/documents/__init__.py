"""收发文件登记: the register of documents the centre receives and sends (company circulars,
letters from the developer, notices to contractors): who from or to, its number, copies, who
handled it and who signed for it, and whether it was returned or archived."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, NumberedRecord


class DocumentEntry(NumberedRecord, Base):
    """``state``: registered / signed / returned / archived / cancelled. ``direction``: 收文 or
    发文; ``counterpart`` is who sent it (收文) or who it goes to (发文)."""

    __tablename__ = "document_entry"

    direction: Mapped[str] = mapped_column(String(4), index=True)
    counterpart: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(200))
    doc_no: Mapped[str | None] = mapped_column(String(50), index=True)
    doc_date: Mapped[date] = mapped_column(Date, index=True)
    copies: Mapped[int] = mapped_column(Integer, default=1)
    handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    handled_by_name: Mapped[str] = mapped_column(String(50), default="")
    note: Mapped[str | None] = mapped_column(String(500))
    received_by: Mapped[str | None] = mapped_column(String(50))
    received_at: Mapped[datetime | None] = mapped_column()
    closed_note: Mapped[str | None] = mapped_column(String(500))
    closed_at: Mapped[datetime | None] = mapped_column()
    closed_by_name: Mapped[str | None] = mapped_column(String(50))
