"""装修登记: a room's renovation from application to deposit refund, its workers' passes and the
butler's inspections."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, NumberedRecord


class Renovation(NumberedRecord, Base):
    """``state``: applied / returned / approved / working / awaiting (待验收) / accepted / refunded /
    closed, and suspended (``resume_state`` is where 恢复施工 goes back to) / cancelled.
    ``workers`` is a list of {name, phone, id_number, card_no}. ``room_status_before`` is the
    room's status before works started, restored at acceptance (or cancellation)."""

    __tablename__ = "renovation"

    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    room_code: Mapped[str] = mapped_column(String(50))
    owner_name: Mapped[str] = mapped_column(String(50))
    owner_phone: Mapped[str | None] = mapped_column(String(20))
    company: Mapped[str] = mapped_column(String(100))
    manager: Mapped[str] = mapped_column(String(50))
    manager_phone: Mapped[str] = mapped_column(String(20))
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text)
    structural: Mapped[bool] = mapped_column(Boolean, default=False)
    planned_start: Mapped[date] = mapped_column(Date)
    planned_end: Mapped[date] = mapped_column(Date, index=True)
    documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    deposit: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    cleanup_fee: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    receipt_no: Mapped[str | None] = mapped_column(String(30))
    workers: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    hours: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str | None] = mapped_column(Text)  # the last 退回 / 暂停 / 撤销 reason
    resume_state: Mapped[str | None] = mapped_column(String(16))
    room_status_before: Mapped[str | None] = mapped_column(String(10))
    approved_by: Mapped[str | None] = mapped_column(String(50))
    approved_at: Mapped[datetime | None] = mapped_column()
    started_at: Mapped[datetime | None] = mapped_column()
    last_inspected_on: Mapped[date | None] = mapped_column(Date)
    acceptance_items: Mapped[list[str]] = mapped_column(JSON, default=list)
    acceptance_note: Mapped[str | None] = mapped_column(Text)
    accepted_by: Mapped[str | None] = mapped_column(String(50))
    accepted_at: Mapped[datetime | None] = mapped_column()
    deduction: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    deduction_reason: Mapped[str | None] = mapped_column(Text)
    refunded: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    refunded_at: Mapped[datetime | None] = mapped_column()
    events: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)


class RenovationInspection(Base):
    """装修巡查: one visit by the butler. A 违规 one names the 整改通知单 it opened."""

    __tablename__ = "renovation_inspection"

    id: Mapped[int] = mapped_column(primary_key=True)
    renovation_id: Mapped[int] = mapped_column(ForeignKey("renovation.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    result: Mapped[str] = mapped_column(String(10))  # 正常 / 违规
    findings: Mapped[str] = mapped_column(Text, default="")
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("rectification_notice.id"))
    notice_number: Mapped[str | None] = mapped_column(String(24))
    by_name: Mapped[str] = mapped_column(String(50))
    at: Mapped[datetime] = mapped_column()
