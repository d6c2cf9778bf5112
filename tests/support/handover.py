"""Helpers for the handover tests: fake handover sources and cheap password hashing."""

from __future__ import annotations

from datetime import datetime

from frontdesk.services.contracts import HandoverItem
from frontdesk.services.permissions import CurrentUser


class FakeSource:
    """A feature's handover source: returns whatever the test puts in ``items``."""

    def __init__(self, items: list[HandoverItem] | None = None) -> None:
        self.items = list(items or [])
        self.calls: list[tuple[CurrentUser, datetime, datetime]] = []

    def handover_items(self, user: CurrentUser, shift_start: datetime, shift_end: datetime) -> list[HandoverItem]:
        self.calls.append((user, shift_start, shift_end))
        return list(self.items)
