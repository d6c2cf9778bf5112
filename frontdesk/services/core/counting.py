"""The small reads every feature's status counts and global search share.

``count_rows(session, Model, *conditions)`` is the status bar's number (``SELECT count(*) …``,
0 for none); ``search_text(text)`` the global search's guard (the query stripped, or "" when it
is shorter than the feature searches for; the rest of the search is services/core/search.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session


def count_rows(session: Session, model: Any, *conditions: Any) -> int:
    """How many rows of ``model`` meet every condition."""
    return int(session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0)


#: a search is a few words: longer text (a pasted page) is cut here rather than refused
SEARCH_MAX = 100


def search_text(text: str | None, min_chars: int = 2) -> str:
    """The global search's text: invisible and control characters dropped, spaces collapsed,
    at most SEARCH_MAX characters; "" when it is too short to search for."""
    import unicodedata

    text = "".join(ch for ch in (text or "") if unicodedata.category(ch) not in ("Cc", "Cs", "Cf", "Co"))
    text = " ".join(text.split())[:SEARCH_MAX].strip()
    return text if len(text) >= min_chars else ""
