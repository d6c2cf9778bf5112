"""The small reads every feature's status counts and global search share.

``count_rows(session, Model, *conditions)`` is the status bar's number (``SELECT count(*) …``,
0 for none); ``search_text(text)`` the global search's guard (the query stripped, or "" when it
is shorter than the feature searches for)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session


def count_rows(session: Session, model: Any, *conditions: Any) -> int:
    """How many rows of ``model`` meet every condition."""
    return int(session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0)


def search_text(text: str | None, min_chars: int = 2) -> str:
    """The global search's text, stripped; "" when it is too short to search for."""
    text = (text or "").strip()
    return text if len(text) >= min_chars else ""
