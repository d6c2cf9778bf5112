"""快递/包裹代收: a parcel left at the desk for a resident, and who took it away."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.models.base import Base, NumberedRecord


class Parcel(NumberedRecord, Base):
    """``state``: waiting / collected / returned (sent back to the carrier). ``pickup_code`` is
    unique among waiting parcels; 超期未取 is a waiting parcel older than the option
    ``parcel.uncollected_days`` (computed)."""

    __tablename__ = "parcel"

    carrier: Mapped[str] = mapped_column(String(30))
    tracking_tail: Mapped[str | None] = mapped_column(String(10))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), index=True)
    room_code: Mapped[str] = mapped_column(String(50))
    recipient: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(20))
    shelf: Mapped[str] = mapped_column(String(20))
    size: Mapped[str] = mapped_column(String(10))
    pickup_code: Mapped[str] = mapped_column(String(8), index=True)
    picked_at: Mapped[datetime | None] = mapped_column()
    taker_name: Mapped[str | None] = mapped_column(String(50))
    #: "code" or "id": how the taker proved the parcel was theirs
    pickup_method: Mapped[str | None] = mapped_column(String(8))
    taker_id_number: Mapped[str | None] = mapped_column(String(18))
    handed_by_name: Mapped[str | None] = mapped_column(String(50))
