"""The estate: projects, buildings, units, rooms, and the people who live there."""

from __future__ import annotations

import re

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from frontdesk.models.base import Base, Timestamped, Versioned


class Project(Versioned, Timestamped, Base):
    """项目 / 小区: a service centre may serve several."""

    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    address: Mapped[str | None] = mapped_column(String(200))


class NumberedWithin:
    """楼栋 and 单元 alike: an id, and the number residents use for it, unique within its parent
    (each table's own constraint)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20))


class Building(NumberedWithin, Versioned, Base):
    """楼栋, numbered as residents say it: "3" for 3栋 / 3号楼 / 3#."""

    __tablename__ = "building"
    __table_args__ = (UniqueConstraint("project_id", "number"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)


class Unit(NumberedWithin, Versioned, Base):
    """单元 / entrance within a building."""

    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("building_id", "number"),)

    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)


_RUN = re.compile(r"\d+|\D+")


def code_sort_key(code: str) -> str:
    """A key that orders room codes the way people count: 2-1-101 before 10-1-101, 1-1-102
    before 1-1-1001. Every run of digits is zero-padded; the three parts stay separated."""
    return "-".join("".join(r.zfill(6) if r.isdigit() else r for r in _RUN.findall(part)) for part in code.split("-"))


class Room(Versioned, Timestamped, Base):
    """房号. ``code`` is canonical: building-unit-room, e.g. ``3-2-1502``."""

    __tablename__ = "room"
    __table_args__ = (
        UniqueConstraint("project_id", "code"),
        Index("ix_room_project_sort", "project_id", "sort_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    number: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(50), index=True)
    floor: Mapped[int | None] = mapped_column(Integer)
    area: Mapped[float | None] = mapped_column()
    #: 未交付 / 已交房 / 装修中 / 已入住 (services.registry.ROOM_STATUSES)
    status: Mapped[str] = mapped_column(String(10), default="未交付")
    #: natural order for lists (see code_sort_key); kept in step with ``code``
    sort_key: Mapped[str] = mapped_column(String(80), default="")

    unit: Mapped[Unit] = relationship(lazy="joined", innerjoin=True)
    project: Mapped[Project] = relationship(lazy="joined", innerjoin=True)
    occupants: Mapped[list[Occupant]] = relationship(back_populates="room", order_by="Occupant.id", lazy="selectin")

    @validates("code")
    def _keep_sort_key(self, _key: str, value: str) -> str:
        self.sort_key = code_sort_key(value)
        return value


class Occupant(Versioned, Timestamped, Base):
    """业户: owner, tenant or family member of one room. Phones and ID number are confidential."""

    __tablename__ = "occupant"

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # owner / tenant / family
    name: Mapped[str] = mapped_column(String(50), index=True)
    gender: Mapped[str | None] = mapped_column(String(1))  # M / F
    phone: Mapped[str | None] = mapped_column(String(30), index=True)
    phone2: Mapped[str | None] = mapped_column(String(30), index=True)
    id_number: Mapped[str | None] = mapped_column(String(18))
    plates: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    room: Mapped[Room] = relationship(back_populates="occupants")
