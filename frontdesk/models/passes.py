"""Printed forms that leave the counter: 大件物品放行条 (release passes) and 整改通知单
(rectification notices), with what happens to them afterwards (gate check, re-inspection)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from frontdesk.models.base import Base, Timestamped, Versioned


class IssuedForRoom:
    """The columns every numbered form issued for a room shares: its number, the room and the
    room's canonical code as printed on it, and who issued it when."""

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    #: the room's canonical code when issued: it is printed (and, on a pass, signed)
    room_code: Mapped[str] = mapped_column(String(50))
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    issued_by_name: Mapped[str] = mapped_column(String(50))
    issued_at: Mapped[datetime] = mapped_column(index=True)


class ReleasePass(IssuedForRoom, Versioned, Timestamped, Base):
    """大件物品放行条. Immutable once issued except for its state: a mistake is voided and
    issued again. ``state`` is issued / used / void; "expired" is an issued pass whose
    ``valid_until`` has passed (computed, so no job has to run at midnight)."""

    __tablename__ = "release_pass"

    owner_name: Mapped[str] = mapped_column(String(50))
    carrier_name: Mapped[str] = mapped_column(String(50))
    carrier_phone: Mapped[str] = mapped_column(String(30))
    carrier_id_number: Mapped[str | None] = mapped_column(String(18))
    carrier_is_owner: Mapped[bool] = mapped_column(Boolean, default=False)
    #: 搬家 / 装修 / 维修 / 其他
    reason: Mapped[str] = mapped_column(String(10))
    reason_note: Mapped[str | None] = mapped_column(String(200))
    plate: Mapped[str | None] = mapped_column(String(20))
    valid_from: Mapped[datetime] = mapped_column()
    valid_until: Mapped[datetime] = mapped_column(index=True)
    #: self / signed / phone / written (see services.release_passes.CONFIRM_METHODS)
    confirm_method: Mapped[str] = mapped_column(String(10))
    confirm_by: Mapped[str | None] = mapped_column(String(50))
    confirm_at: Mapped[datetime | None] = mapped_column()
    confirm_note: Mapped[str | None] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(10), default="issued", index=True)
    used_at: Mapped[datetime | None] = mapped_column()
    used_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    used_by_name: Mapped[str | None] = mapped_column(String(50))
    void_at: Mapped[datetime | None] = mapped_column()
    void_by_name: Mapped[str | None] = mapped_column(String(50))
    void_reason: Mapped[str | None] = mapped_column(String(200))
    reprint_count: Mapped[int] = mapped_column(Integer, default=0)

    items: Mapped[list[ReleasePassItem]] = relationship(
        order_by="ReleasePassItem.position", lazy="selectin", cascade="all, delete-orphan"
    )


class ReleasePassItem(Base):
    """One line of the pass's item table: 物品名称 / 数量 / 备注."""

    __tablename__ = "release_pass_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    pass_id: Mapped[int] = mapped_column(ForeignKey("release_pass.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(50))
    quantity: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(100))


class RectificationNotice(IssuedForRoom, Versioned, Timestamped, Base):
    """整改通知单 to a room's owner or its renovation contractor. A notice found 未整改 at
    re-inspection is followed by a second one whose ``previous_id`` points back to it."""

    __tablename__ = "rectification_notice"

    #: owner / contractor
    addressee_kind: Mapped[str] = mapped_column(String(12))
    addressee_name: Mapped[str] = mapped_column(String(100))
    addressee_phone: Mapped[str | None] = mapped_column(String(30))
    found_on: Mapped[date] = mapped_column(Date)
    findings: Mapped[str] = mapped_column(Text)
    #: the clauses quoted, as they read when the notice was issued: [{"title": …, "text": …}]
    clauses: Mapped[list[dict[str, str]]] = mapped_column(JSON)  # [{"no": "第八条", "text": ...}]
    requirement: Mapped[str] = mapped_column(Text)
    deadline: Mapped[date] = mapped_column(Date, index=True)
    #: 1 for a first notice, 2 for the one after a failed re-inspection, …
    round: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("rectification_notice.id"), index=True)
    #: open (awaiting re-inspection) / rectified / not_rectified
    state: Mapped[str] = mapped_column(String(16), default="open", index=True)
    received_by: Mapped[str | None] = mapped_column(String(50))
    received_on: Mapped[date | None] = mapped_column(Date)
    reinspected_at: Mapped[datetime | None] = mapped_column()
    reinspected_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reinspected_by_name: Mapped[str | None] = mapped_column(String(50))
    reinspect_note: Mapped[str | None] = mapped_column(Text)
    #: the second notice issued after 未整改
    followup_id: Mapped[int | None] = mapped_column(ForeignKey("rectification_notice.id"))
