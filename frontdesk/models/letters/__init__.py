"""工作联系单: a letter from the centre to a department, the developer, a contractor or another
unit of the company, asking for something by a date, and the reply it gets."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, NumberedRecord


class WorkLetter(NumberedRecord, Base):
    """``state``: draft / sent / replied / archived / cancelled. 逾期未回复 is a sent letter past
    ``reply_due`` (computed, no job at midnight)."""

    __tablename__ = "work_letter"

    recipient: Mapped[str] = mapped_column(String(50))
    subject: Mapped[str] = mapped_column(String(100))
    content: Mapped[str] = mapped_column(Text)
    request: Mapped[str | None] = mapped_column(Text)
    reply_due: Mapped[date] = mapped_column(Date, index=True)
    attachments: Mapped[str | None] = mapped_column(String(500))
    sent_at: Mapped[datetime | None] = mapped_column()
    sent_by_name: Mapped[str | None] = mapped_column(String(50))
    reply_text: Mapped[str | None] = mapped_column(Text)
    replied_by: Mapped[str | None] = mapped_column(String(50))
    replied_at: Mapped[datetime | None] = mapped_column()
    archived_at: Mapped[datetime | None] = mapped_column()
