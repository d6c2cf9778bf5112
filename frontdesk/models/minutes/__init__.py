"""会议纪要: a meeting's minutes (who attended, what was decided) and its actions, each with an
owner and a due date, followed until done."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from frontdesk.models.base import Base, NumberedRecord


class MeetingMinutes(NumberedRecord, Base):
    """``state``: draft / issued / closed. ``attendee_ids`` keeps the staff ids (``4,7,9``) the
    form edits; ``attendees`` their names as they were at the meeting."""

    __tablename__ = "meeting_minutes"

    meeting: Mapped[str] = mapped_column(String(100))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str | None] = mapped_column(String(100))
    host: Mapped[str | None] = mapped_column(String(50))
    attendee_ids: Mapped[str] = mapped_column(String(500), default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[datetime | None] = mapped_column()
    issued_by_name: Mapped[str | None] = mapped_column(String(50))
    closed_at: Mapped[datetime | None] = mapped_column()

    actions: Mapped[list[MinutesAction]] = relationship(
        back_populates="minutes", order_by="MinutesAction.seq", cascade="all, delete-orphan", lazy="selectin"
    )


class MinutesAction(Base):
    """One action of the minutes: what, who owns it, by when, and when it was done."""

    __tablename__ = "minutes_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    minutes_id: Mapped[int] = mapped_column(ForeignKey("meeting_minutes.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    what: Mapped[str] = mapped_column(String(200))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    owner_name: Mapped[str] = mapped_column(String(50))
    due: Mapped[date] = mapped_column(Date, index=True)
    done_at: Mapped[datetime | None] = mapped_column()
    done_note: Mapped[str | None] = mapped_column(String(500))
    done_by_name: Mapped[str | None] = mapped_column(String(50))

    minutes: Mapped[MeetingMinutes] = relationship(back_populates="actions")
