"""What a feature offers to the rest of the app: global search hits, status-bar counts and
handover items. Each feature's service implements what applies; the container lists them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from frontdesk.services.permissions import CurrentUser


@dataclass(frozen=True)
class SearchMatch:
    """Why a global-search hit was found: the field a typed word matched (``label``, Chinese
    source text translated in ``context``) and its value as the user may see it (a phone masked
    for a role that may not see owners' numbers, long text cut around the match)."""

    label: str
    value: str
    context: str = "SearchField"


@dataclass(frozen=True)
class SearchHit:
    """One global-search (Ctrl+K) result. ``kind`` names the tab that opens it. ``matched`` says
    which fields the words matched; ``at`` (when the record was made), ``number`` and ``room``
    (its canonical code) rank the hits of every kind together (services.core.search.rank)."""

    kind: str  # "room", "call", "order", "complaint", "pass", "notice", "handover"
    id: int
    title: str
    subtitle: str = ""
    matched: tuple[SearchMatch, ...] = ()
    at: datetime | None = None
    number: str = ""
    room: str = ""


@dataclass(frozen=True)
class StatusCount:
    """A number for the status bar, e.g. follow-ups due today (code "call.due_today")."""

    code: str
    count: int
    severity: str = "info"  # "info" / "warning" / "danger"


@dataclass(frozen=True)
class HandoverItem:
    """One open item compiled into a shift handover."""

    section: str  # e.g. "order.open", "callback.due", "complaint.open", "call.followup"
    ref_kind: str
    ref_id: int
    ref_number: str
    summary: str
    state: str = ""
    due_at: datetime | None = None
    overdue: bool = False
    extra: dict[str, str] = field(default_factory=dict)


class Searchable(Protocol):
    """A kind in the global search: the records matching every word of ``text`` (each word in
    any field), newest first, at most ``limit``."""

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]: ...


class Counting(Protocol):
    def status_counts(self, user: CurrentUser) -> list[StatusCount]: ...


class HandoverSource(Protocol):
    def handover_items(self, user: CurrentUser, shift_start: datetime, shift_end: datetime) -> list[HandoverItem]: ...
