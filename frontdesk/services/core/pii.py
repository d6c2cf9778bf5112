"""Showing a stored phone number in full: a deliberate act, written to the audit trail. Every
record kind that holds a phone reveals it through here."""

from __future__ import annotations

from typing import Any, Protocol

from frontdesk.db import Database
from frontdesk.services import audit
from frontdesk.services.clock import Clock
from frontdesk.services.core.versioning import load_record
from frontdesk.services.permissions import Action, CurrentUser, require


class HasPhone(Protocol):
    id: Any
    phone: Any


def reveal_phone(
    db: Database, clock: Clock, user: CurrentUser, model: type[HasPhone], record_id: int, *, view: str, audit_kind: str
) -> str:
    """The full number of ``model`` row ``record_id`` for a user who may ``view`` it and either
    sees phones or may unmask them; the unmasking is audited under ``audit_kind``."""
    require(user, view)
    if not user.can(Action.PII_VIEW):
        require(user, Action.PII_UNMASK)
    with db.write() as s:
        row = load_record(s, model, record_id)
        audit.record(s, user, audit_kind, row.id, "unmask", after={"field": "phone"}, at=clock.now())
        return str(row.phone or "")
