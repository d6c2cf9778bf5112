"""Showing a stored phone number in full: a deliberate act, written to the audit trail."""

from __future__ import annotations

from typing import Any

from frontdesk.db import Database
from frontdesk.services import audit
from frontdesk.services.clock import Clock
from frontdesk.services.errors import NotFound
from frontdesk.services.permissions import Action, CurrentUser, require


# SHARED-CANDIDATE: callbacks.reveal_phone (and any record holding a phone) has the same steps;
# it belongs in services/core next to the versioned loads.
def reveal_phone(
    db: Database, clock: Clock, user: CurrentUser, model: type[Any], record_id: int, *, entity: str, view: Action
) -> str:
    """The full number of ``model``'s record ``record_id``: needs ``view`` and, without PII_VIEW,
    PII_UNMASK; audited as ``unmask`` of ``entity``."""
    require(user, view)
    if not user.can(Action.PII_VIEW):
        require(user, Action.PII_UNMASK)
    with db.write() as s:
        record = s.get(model, record_id)
        if record is None:
            raise NotFound("not_found")
        audit.record(s, user, entity, record.id, "unmask", after={"field": "phone"}, at=clock.now())
        return str(record.phone or "")
