"""回访: the callback queue shared by every kind of record that needs one (orders, complaints)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, Timestamped, Versioned


class Callback(Versioned, Timestamped, Base):
    """One callback owed on a record, keyed by (ref_kind, ref_id, round): a record that is
    reopened and finished again owes a new round. What the queue shows (number, summary,
    contact) is copied in when the callback is scheduled, so the queue needs no feature's tables."""

    __tablename__ = "callback"
    __table_args__ = (UniqueConstraint("ref_kind", "ref_id", "round"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ref_kind: Mapped[str] = mapped_column(String(20))
    ref_id: Mapped[int] = mapped_column(Integer)
    round: Mapped[int] = mapped_column(Integer, default=1)
    ref_number: Mapped[str] = mapped_column(String(30))
    summary: Mapped[str] = mapped_column(String(200))
    room_code: Mapped[str | None] = mapped_column(String(50))
    contact_name: Mapped[str | None] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(30))
    #: pending / done / cancelled
    state: Mapped[str] = mapped_column(String(10), index=True)
    scheduled_at: Mapped[datetime] = mapped_column()
    due_at: Mapped[datetime] = mapped_column(index=True)
    # the result, recorded in full (seed: 必须保证回访信息的完整记录)
    done_at: Mapped[datetime | None] = mapped_column()
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    done_by_name: Mapped[str | None] = mapped_column(String(50))
    method: Mapped[str | None] = mapped_column(String(10))  # phone / visit / sms / wechat
    satisfaction: Mapped[str | None] = mapped_column(String(15))  # satisfied / basic / unsatisfied
    comments: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime | None] = mapped_column()
