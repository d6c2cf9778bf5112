"""The rules of a release pass: its kind, limits, the state machine and the pure checks."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta

from frontdesk.models import ReleasePass
from frontdesk.services.clock import (
    to_local,
)
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.permissions import Action, CurrentUser
from frontdesk.services.validation import FieldError, clean_plates

#: the record kind this feature registers (frontdesk.features)
PASS = Kind("pass")

PREFIX = "FX"
REASONS = ("搬家", "装修", "维修", "其他")
#: how the owner agreed when someone else carries the goods out
CONFIRM_METHODS = ("self", "signed", "phone", "written")
STATES = ("issued", "used", "void", "expired")
MAX_ITEMS = 8  # what fits the printed item table of one copy
ITEM_NAME_MAX = 30
ITEM_NOTE_MAX = 40
MAX_QUANTITY = 9999
MAX_DAYS_AHEAD = 30
MAX_WINDOW = timedelta(days=3)

#: outcomes of a gate check; only "valid" may be let through
GATE_OUTCOMES = (
    "valid", "released", "used", "void", "expired", "not_yet",
    "altered", "foreign_key", "unknown", "unreadable",
)  # fmt: skip

_AUDIT_FIELDS = (
    "number", "room_code", "owner_name", "carrier_name", "carrier_is_owner", "reason", "reason_note",
    "plate", "valid_from", "valid_until", "confirm_method", "confirm_by", "confirm_at", "confirm_note",
    "state",
)  # fmt: skip


#: issued → used (the gate lets it through) / void; a copy may be printed while it is issued.
#: Whoever issued a pass may also void it the same day (see :func:`allowed_actions`).
MACHINE: StateMachine[str, str] = StateMachine(
    [
        Transition(frozenset({"issued"}), "release", "used", Action.PASS_VERIFY),
        Transition(frozenset({"issued"}), "void", "void", Action.PASS_VOID),
        Transition(frozenset({"issued"}), "reprint", None, Action.PASS_REPRINT),
    ]
)


def effective_state(p: ReleasePass, now: datetime) -> str:
    if p.state == "issued" and now > p.valid_until:
        return "expired"
    return p.state


def gate_state(p: ReleasePass, now: datetime) -> str:
    if p.state == "void":
        return "void"
    if p.state == "used":
        return "used"
    if now < p.valid_from:
        return "not_yet"
    if now > p.valid_until:
        return "expired"
    return "valid"


def own_today(user: CurrentUser, issued_by_id: int | None, issued_at: datetime, now: datetime) -> bool:
    return issued_by_id == user.id and to_local(issued_at).date() == to_local(now).date()


def may_void(user: CurrentUser, state: str, issued_by_id: int | None, issued_at: datetime, now: datetime) -> bool:
    """A supervisor voids any pass; whoever issued a pass may void it the same day (a typo
    noticed at the counter), as long as it has not been used."""
    if user.can(Action.PASS_VOID):
        return True
    if not user.can(Action.PASS_ISSUE):
        return False
    return own_today(user, issued_by_id, issued_at, now) and state == "issued"


def allowed_actions(user: CurrentUser, p: ReleasePass, now: datetime) -> frozenset[str]:
    """What this user may do to the pass now (its effective state)."""
    state = effective_state(p, now)
    out = set(MACHINE.allowed(user, state))
    if state in MACHINE.sources("void") and may_void(user, state, p.issued_by_id, p.issued_at, now):
        out.add("void")
    return frozenset(out)


def clean_quantity(value: int | str) -> int:
    if isinstance(value, int):
        q = value
    else:
        text = unicodedata.normalize("NFKC", str(value or "")).strip()
        if not text:
            raise FieldError("required")
        if not text.isdigit():
            raise FieldError("bad_quantity", max=MAX_QUANTITY)
        q = int(text)
    if not 1 <= q <= MAX_QUANTITY:
        raise FieldError("bad_quantity", max=MAX_QUANTITY)
    return q


def clean_plate(value: str | None) -> str | None:
    plates = clean_plates(value)
    if plates and "," in plates:
        raise FieldError("one_plate")
    return plates
