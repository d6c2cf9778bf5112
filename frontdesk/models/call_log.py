"""来电来访登记: one line per phone call or walk-in.

Rows are ordered by ``sort_key``, not by ``id``: the contact time in milliseconds shifted left by
ten bits, plus a slot for contacts logged at the same millisecond. It is unique, orders the list
newest-first by the time of the contact (an entry typed in later for an earlier call still lands
in its place), serves keyset paging and date ranges from one index, and is the key of the text
index (see frontdesk.db_text), so a search walks newest-first without sorting.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.db_text import BigramIndex
from frontdesk.models.base import Base, Timestamped, Versioned

SLOT_BITS = 10
SLOTS = 1 << SLOT_BITS

#: The content, handling, caller and follow-up note, searchable by any part of two characters up.
CALL_TEXT = BigramIndex("call_log")


def key_base(at: datetime) -> int:
    """The first sort key of the millisecond ``at`` falls in (``at`` must be tz-aware)."""
    return int(at.timestamp() * 1000) << SLOT_BITS


class CallLogEntry(Versioned, Timestamped, Base):
    __tablename__ = "call_log"
    __table_args__ = (
        Index("ix_call_log_room_key", "room_id", "sort_key"),
        Index("ix_call_log_phone_key", "phone", "sort_key"),
        Index("ix_call_log_kind_key", "kind", "sort_key"),
        Index("ix_call_log_handled_key", "handled_by_id", "sort_key"),
        Index("ix_call_log_outcome_due", "outcome", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sort_key: Mapped[int] = mapped_column(BigInteger, unique=True)
    #: when the call came in or the visitor arrived
    at: Mapped[datetime] = mapped_column()
    #: phone / visit / online / other (来电 / 来访 / 线上 / 其他)
    channel: Mapped[str] = mapped_column(String(10))
    #: inquiry / repair / complaint / help / suggestion / praise / other
    kind: Mapped[str] = mapped_column(String(12))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    person: Mapped[str | None] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(30))
    content: Mapped[str] = mapped_column(Text)
    handling: Mapped[str | None] = mapped_column(Text)
    #: closed (当场办结) / follow_up (待跟进) / followed_up (跟进办结) / work_order / complaint
    outcome: Mapped[str] = mapped_column(String(12))
    #: the local day a follow-up is due by
    due_date: Mapped[date | None] = mapped_column(Date)
    follow_up_done_at: Mapped[datetime | None] = mapped_column()
    follow_up_done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    follow_up_note: Mapped[str | None] = mapped_column(Text)
    handled_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    #: set when the contact became a work order / complaint (those features add the foreign keys)
    work_order_id: Mapped[int | None] = mapped_column(Integer)
    complaint_id: Mapped[int | None] = mapped_column(Integer)
    #: a record the contact is about (a notice in force for the room…), as its kind and id
    #: (services.core.records.Concern): generic, so any kind with the hook can be linked
    link_kind: Mapped[str | None] = mapped_column(String(20))
    link_id: Mapped[int | None] = mapped_column(Integer)

    def search_text(self) -> str:
        return search_text(self.person, self.content, self.handling, self.follow_up_note)


def search_text(person: str | None, content: str | None, handling: str | None, note: str | None) -> str:
    """What the text index holds for an entry; lines keep the fields apart."""
    return "\n".join(v for v in (person, content, handling, note) if v)
