"""How often each record kind has been changed: the counters poll this small table to learn
which of their lists another counter made stale (ui/shell/poller)."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base


class ChangeMark(Base):
    """One row per record kind (``Kind.name``): ``seq`` goes up by one with every change set
    naming the kind."""

    __tablename__ = "change_mark"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
