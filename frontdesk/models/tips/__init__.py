"""温馨提示: a notice the centre posts for the whole project, some buildings or some units (停水,
停电, 消杀…), valid between two dates, approved by a supervisor before it goes up."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, NumberedRecord


class TipNotice(NumberedRecord, Base):
    """``state``: draft / approved / published / withdrawn / cancelled. ``scope`` is ``project``,
    ``buildings`` or ``units``; ``scope_items`` the buildings (``3,4,5``) or units (``3-2,4-1``)
    it names, normalised by the service."""

    __tablename__ = "tip_notice"

    template: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(60))
    body: Mapped[str] = mapped_column(Text)
    scope: Mapped[str] = mapped_column(String(10))
    scope_items: Mapped[str] = mapped_column(String(500), default="")
    valid_from: Mapped[date] = mapped_column(Date, index=True)
    valid_to: Mapped[date] = mapped_column(Date, index=True)
    posted_at: Mapped[str | None] = mapped_column(String(200))
    approved_by_name: Mapped[str | None] = mapped_column(String(50))
    approved_at: Mapped[datetime | None] = mapped_column()
    published_by_name: Mapped[str | None] = mapped_column(String(50))
    published_at: Mapped[datetime | None] = mapped_column()
    withdrawn_by_name: Mapped[str | None] = mapped_column(String(50))
    withdrawn_at: Mapped[datetime | None] = mapped_column()
