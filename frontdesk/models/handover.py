"""交接班本: the shift handover of one counter, its compiled open items and its messages.

Life of an entry: ``draft`` (the outgoing person types; saved as they type) → ``submitted``
(交班: the open items are compiled once more and fixed) → ``acknowledged`` (接班: the incoming
person signs with their own password). Once ``acknowledged_at`` is set, the row and its items and
messages are frozen — by the service and by database triggers (models/guards.py, installed by the
migration). A correction is a new entry whose ``corrects_id`` names the entry it corrects.

Note for later migrations: SQLite drops triggers when a table is rebuilt by alembic's batch mode;
a migration that alters these tables must install ``frozen_*_ddl`` again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from frontdesk.models.base import Base, Timestamped, Versioned

HANDOVER_STATES = ("draft", "submitted", "acknowledged")


class Handover(Versioned, Timestamped, Base):
    __tablename__ = "handover"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: JB + date + sequence, given when the entry is submitted (drafts have none)
    number: Mapped[str | None] = mapped_column(String(20), unique=True)
    state: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    #: the counter (前台机位) the handover belongs to; kept per machine in QSettings
    counter: Mapped[str] = mapped_column(String(60), index=True)
    shift_name: Mapped[str] = mapped_column(String(20))
    shift_start: Mapped[datetime] = mapped_column(index=True)
    shift_end: Mapped[datetime] = mapped_column()

    author_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    author_name: Mapped[str] = mapped_column(String(50))

    # the writer's notes
    keys_lent: Mapped[str | None] = mapped_column(Text)  # 借出钥匙
    #: 交接现金 in fen (1/100 yuan): exact on every backend, no float rounding
    cash_fen: Mapped[int | None] = mapped_column(Integer)
    receipts: Mapped[str | None] = mapped_column(Text)  # 票据
    watch_notes: Mapped[str | None] = mapped_column(Text)  # 注意事项
    #: when the open items were last compiled, and the sources that failed to answer
    compiled_at: Mapped[datetime | None] = mapped_column()
    compile_errors: Mapped[list[str] | None] = mapped_column(JSON)

    submitted_at: Mapped[datetime | None] = mapped_column()
    acknowledged_at: Mapped[datetime | None] = mapped_column(index=True)
    ack_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    ack_by_name: Mapped[str | None] = mapped_column(String(50))
    ack_note: Mapped[str | None] = mapped_column(Text)  # 接班意见, e.g. "现金已点清"
    #: SHA-256 of the content the incoming person signed, to detect tampering outside the app
    ack_digest: Mapped[str | None] = mapped_column(String(64))

    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("handover.id"), index=True)
    correction_reason: Mapped[str | None] = mapped_column(Text)

    items: Mapped[list[HandoverEntryItem]] = relationship(
        back_populates="handover",
        order_by="HandoverEntryItem.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    messages: Mapped[list[HandoverMessage]] = relationship(
        back_populates="handover",
        order_by="HandoverMessage.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class HandoverEntryItem(Base):
    """One compiled open item, as it stood when compiled (a snapshot, not a live link)."""

    __tablename__ = "handover_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(40))
    ref_kind: Mapped[str] = mapped_column(String(20))
    ref_id: Mapped[int] = mapped_column(Integer)
    ref_number: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(40), default="")
    due_at: Mapped[datetime | None] = mapped_column()
    overdue: Mapped[bool] = mapped_column(Boolean, default=False)
    extra: Mapped[dict[str, str] | None] = mapped_column(JSON)
    #: the writer's remark on this item (e.g. 已催工程部), kept across recompilations
    remark: Mapped[str | None] = mapped_column(String(200))

    handover: Mapped[Handover] = relationship(back_populates="items")


class HandoverMessage(Base):
    """留言: a message for a named colleague (a staff member, or just a name)."""

    __tablename__ = "handover_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    recipient_name: Mapped[str] = mapped_column(String(50))
    text: Mapped[str] = mapped_column(Text)

    handover: Mapped[Handover] = relationship(back_populates="messages")
