"""投诉登记: a complaint through the six-step closed loop (seed 第六篇, 投诉处理流程).

One row per complaint carries the latest value of every step (what the registration form
prints and the monthly table counts); ``complaint_event`` keeps every step taken — who, when,
what — including each time a solution was sent back or a callback reopened the implementation.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from frontdesk.models.base import Base, Timestamped, Versioned, utcnow
from frontdesk.models.registry import Room
from frontdesk.models.staff import Department


class Complaint(Versioned, Timestamped, Base):
    __tablename__ = "complaint"
    __table_args__ = (
        Index("ix_complaint_state_due", "state", "due_at"),
        Index("ix_complaint_received", "received_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: TS + local date + sequence, e.g. TS20261127001
    number: Mapped[str] = mapped_column(String(20), unique=True)
    #: services.complaints.State: judge / investigate / propose / approve / implement / callback /
    #: close / closed / invalid — the step waiting to be done, or how it ended
    state: Mapped[str] = mapped_column(String(20))
    #: when the waiting step is due (None once the complaint has ended)
    due_at: Mapped[datetime | None] = mapped_column()
    #: set once any step was done after its deadline (counted in the monthly table)
    was_overdue: Mapped[bool] = mapped_column(Boolean, default=False)

    # --- step 1 受理 ---------------------------------------------------------------------------
    complainant: Mapped[str] = mapped_column(String(50))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    phone: Mapped[str | None] = mapped_column(String(30), index=True)
    received_at: Mapped[datetime] = mapped_column()
    channel: Mapped[str] = mapped_column(String(10))
    category: Mapped[str] = mapped_column(String(20), index=True)
    content: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(4))  # 一般 / 重大
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    received_by: Mapped[str] = mapped_column(String(50))
    #: the call-log entry it came from, if any (the entry links back)
    call_id: Mapped[int | None] = mapped_column(Integer, index=True)

    # --- step 2 判断 ---------------------------------------------------------------------------
    valid: Mapped[bool | None] = mapped_column(Boolean)
    judge_note: Mapped[str | None] = mapped_column(Text)
    #: what the complainant was told when the complaint did not stand
    invalid_reply: Mapped[str | None] = mapped_column(Text)
    judged_at: Mapped[datetime | None] = mapped_column()
    judged_by: Mapped[str | None] = mapped_column(String(50))

    # --- step 3 调查 ---------------------------------------------------------------------------
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)
    responsible_person: Mapped[str | None] = mapped_column(String(50))
    cause: Mapped[str | None] = mapped_column(Text)
    investigated_at: Mapped[datetime | None] = mapped_column()
    investigated_by: Mapped[str | None] = mapped_column(String(50))

    # --- step 4 方案 and its approval ------------------------------------------------------------
    #: one or more solutions for the supervisor to choose from (seed: 选择最佳解决方案)
    proposals: Mapped[list[str] | None] = mapped_column(JSON)
    #: index into ``proposals`` of the one the supervisor approved
    chosen_proposal: Mapped[int | None] = mapped_column(Integer)
    proposed_at: Mapped[datetime | None] = mapped_column()
    proposed_by: Mapped[str | None] = mapped_column(String(50))
    #: the supervisor's latest comment: the approval note, or why it was sent back
    approval_comment: Mapped[str | None] = mapped_column(Text)
    approved: Mapped[bool | None] = mapped_column(Boolean)
    approved_at: Mapped[datetime | None] = mapped_column()
    approved_by: Mapped[str | None] = mapped_column(String(50))
    returned_count: Mapped[int] = mapped_column(Integer, default=0)

    # --- step 5 实施 ---------------------------------------------------------------------------
    actions_taken: Mapped[str | None] = mapped_column(Text)
    complainant_accepted: Mapped[bool | None] = mapped_column(Boolean)
    complainant_opinion: Mapped[str | None] = mapped_column(Text)
    implemented_at: Mapped[datetime | None] = mapped_column()
    implemented_by: Mapped[str | None] = mapped_column(String(50))
    reopened_count: Mapped[int] = mapped_column(Integer, default=0)

    # --- step 6 回访与总结 ---------------------------------------------------------------------
    callback_at: Mapped[datetime | None] = mapped_column()
    callback_by: Mapped[str | None] = mapped_column(String(50))
    callback_method: Mapped[str | None] = mapped_column(String(10))  # phone / visit / sms / wechat
    #: satisfied / basic / unsatisfied (满意 / 基本满意 / 不满意), as the callback queue records it
    satisfaction: Mapped[str | None] = mapped_column(String(15))
    callback_comment: Mapped[str | None] = mapped_column(Text)
    improvement: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None] = mapped_column(index=True)
    closed_by: Mapped[str | None] = mapped_column(String(50))

    room: Mapped[Room | None] = relationship(lazy="joined")
    department: Mapped[Department | None] = relationship(lazy="joined")
    events: Mapped[list[ComplaintEvent]] = relationship(back_populates="complaint", order_by="ComplaintEvent.id", lazy="selectin")


class ComplaintEvent(Base):
    """One step taken on a complaint. Append-only: the database refuses UPDATE and DELETE."""

    __tablename__ = "complaint_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    step: Mapped[int] = mapped_column(Integer)  # 1..6; 0 for edits and prints
    #: accept / edit / judge_valid / judge_invalid / investigate / propose / approve / return /
    #: implement / not_accepted / callback / reopen / close / print / reprint / escalate
    action: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[int | None] = mapped_column(Integer)
    actor_name: Mapped[str] = mapped_column(String(50))
    note: Mapped[str | None] = mapped_column(Text)
    #: the step's deadline and whether it was done late
    due_at: Mapped[datetime | None] = mapped_column()
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    complaint: Mapped[Complaint] = relationship(back_populates="events")
