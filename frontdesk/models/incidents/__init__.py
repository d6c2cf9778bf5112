"""事件: one outage or emergency (停水 3–5栋, 电梯困人…) that many callers ring about: what happened,
where (the whole project or some buildings), what to tell callers (话术) and when it should end."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, NumberedRecord


class Incident(NumberedRecord, Base):
    """``state``: open / resolved / cancelled (误报)."""

    __tablename__ = "incident"

    category: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(100))
    #: the buildings it touches as typed ("3、4、5"), empty for the whole project
    buildings: Mapped[str | None] = mapped_column(String(100))
    script: Mapped[str] = mapped_column(Text)
    expected_end: Mapped[datetime | None] = mapped_column()
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolved_by_name: Mapped[str | None] = mapped_column(String(50))
    resolution: Mapped[str | None] = mapped_column(Text)
