"""Alerts that stay on every counter's screen until a supervisor acknowledges them
(urgent work orders, major complaints; seed: 特殊情况和险情报告应立即向有关部门或领导汇报)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, Timestamped, Versioned


class Alert(Versioned, Timestamped, Base):
    __tablename__ = "alert"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: what happened, e.g. "order.urgent", "complaint.major"
    kind: Mapped[str] = mapped_column(String(30))
    ref_kind: Mapped[str] = mapped_column(String(20))
    ref_id: Mapped[int] = mapped_column(Integer, index=True)
    ref_number: Mapped[str] = mapped_column(String(30))
    #: what the alert window shows under the number (room, category, first words of the text)
    summary: Mapped[str] = mapped_column(String(300))
    raised_at: Mapped[datetime] = mapped_column()
    raised_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    raised_by_name: Mapped[str] = mapped_column(String(50))
    #: NULL while open; the poll of every counter reads the open ones (indexed)
    acknowledged_at: Mapped[datetime | None] = mapped_column(index=True)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    acknowledged_by_name: Mapped[str | None] = mapped_column(String(50))
    ack_note: Mapped[str | None] = mapped_column(Text)
