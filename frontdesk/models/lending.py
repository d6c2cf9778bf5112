"""The columns every lending register shares (keys, items, owners' files): when the thing is due
back, and when and to whom it came back. ``services/core/lending.py`` serves them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column


class Lent:
    """A loan: out until ``returned_at``; overdue when still out past ``due_at`` (computed)."""

    borrower: Mapped[str] = mapped_column(String(50))
    due_at: Mapped[datetime] = mapped_column(index=True)
    returned_at: Mapped[datetime | None] = mapped_column()
    #: who took it back at the desk
    returned_to_name: Mapped[str | None] = mapped_column(String(50))
    return_note: Mapped[str | None] = mapped_column(String(200))
