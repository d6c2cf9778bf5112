"""Helpers for the handover tests: fake handover sources and cheap password hashing."""

from __future__ import annotations

from datetime import datetime

import pytest

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


@pytest.fixture
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 at production cost takes ~0.2 s a hash; these tests hash and verify many times."""
    from argon2 import PasswordHasher

    import frontdesk.services.staff as staff_module

    monkeypatch.setattr(staff_module, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
