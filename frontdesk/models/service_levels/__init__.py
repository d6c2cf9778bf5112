"""服务时限: one clock per order, complaint or callback (response and completion due, hold time
set aside, escalations raised) and the breaches of those clocks, each with its reason."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, Timestamped, Versioned


class ServiceClock(Versioned, Timestamped, Base):
    """A record's two service clocks (response, completion). The due times are the nominal ones
    from the grade's targets; time on hold (``held_seconds`` and the hold running since
    ``held_since``) moves them on when read (services.core.service_clock)."""

    __tablename__ = "service_clock"
    __table_args__ = (UniqueConstraint("ref_kind", "ref_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ref_kind: Mapped[str] = mapped_column(String(20))
    ref_id: Mapped[int] = mapped_column(Integer)
    ref_number: Mapped[str] = mapped_column(String(30))
    #: the target's key, e.g. "order.urgent", "complaint.一般", "callback"
    category: Mapped[str] = mapped_column(String(40))
    grade: Mapped[str] = mapped_column(String(10))
    #: who must act now (technician, responsible person, butler); the 80% reminder names them
    handler: Mapped[str | None] = mapped_column(String(50))
    started_at: Mapped[datetime] = mapped_column()
    response_due_at: Mapped[datetime] = mapped_column()
    completion_due_at: Mapped[datetime] = mapped_column()
    responded_at: Mapped[datetime | None] = mapped_column()
    completed_at: Mapped[datetime | None] = mapped_column(index=True)
    held_since: Mapped[datetime | None] = mapped_column()
    held_seconds: Mapped[int] = mapped_column(Integer, default=0)
    #: the record was cancelled: the clock no longer runs
    stopped_at: Mapped[datetime | None] = mapped_column()
    #: escalations already raised, e.g. "response.warn completion.over"
    escalated: Mapped[str] = mapped_column(String(120), default="")


class ServiceBreach(Versioned, Timestamped, Base):
    """One clock that ran out: which stage, when it was due, when it was found, and the reason
    the handler or the supervisor gives (empty until given)."""

    __tablename__ = "service_breach"
    __table_args__ = (UniqueConstraint("clock_id", "stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    clock_id: Mapped[int] = mapped_column(Integer, index=True)
    ref_kind: Mapped[str] = mapped_column(String(20))
    ref_id: Mapped[int] = mapped_column(Integer)
    ref_number: Mapped[str] = mapped_column(String(30))
    category: Mapped[str] = mapped_column(String(40))
    #: response / completion
    stage: Mapped[str] = mapped_column(String(12))
    due_at: Mapped[datetime] = mapped_column()
    breached_at: Mapped[datetime] = mapped_column(index=True)
    handler: Mapped[str | None] = mapped_column(String(50))
    reason: Mapped[str | None] = mapped_column(Text)
    reason_by_name: Mapped[str | None] = mapped_column(String(50))
    reason_at: Mapped[datetime | None] = mapped_column()
