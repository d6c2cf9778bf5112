"""Pure rules of the call log: local days and sort keys, follow-up states, field checks."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from typing import Any

from frontdesk.models import CallLogEntry
from frontdesk.models.call_log import key_base
from frontdesk.services.call_log.rows import (
    CHANNELS,
    CONVERSIONS,
    FORM_OUTCOMES,
    FUTURE_SLACK,
    KINDS,
    MAX_AGE,
    OUTCOMES,
    CallInput,
)
from frontdesk.services.clock import LOCAL_TZ, to_local
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.permissions import Action, CurrentUser
from frontdesk.services.validation import (
    LONG_TEXT_MAX,
    Collector,
    clean_name,
    clean_phone,
    clean_text,
    mask_phone,
)

# --- helpers ------------------------------------------------------------------------------------


def local_day_start(day: date) -> datetime:
    """Midnight of a local day, as an aware datetime."""
    return datetime.combine(day, time(0), tzinfo=LOCAL_TZ)


def key_range(date_from: date | None, date_to: date | None) -> tuple[int | None, int | None]:
    """Sort keys ``[low, high)`` of the contacts made on local days ``date_from`` … ``date_to``."""
    low = key_base(local_day_start(date_from)) if date_from else None
    high = key_base(local_day_start(date_to + timedelta(days=1))) if date_to else None
    return low, high


def phone_digits(text: str) -> str:
    return re.sub(r"[\s\-()（）]", "", unicodedata.normalize("NFKC", text or ""))


def follow_up_state(outcome: str, due: date | None, today: date) -> str:
    if outcome != "follow_up":
        return ""
    if due is None or due > today:
        return "open"
    return "due_today" if due == today else "overdue"


#: the entry form's order, so that the first error the user is taken to is the first on screen
FORM_ORDER = (
    "channel",
    "at",
    "room",
    "phone",
    "person",
    "kind",
    "content",
    "handling",
    "outcome",
    "due_date",
    "handled_by",
)


def raise_in_form_order(c: Collector) -> None:
    order = {name: i for i, name in enumerate(FORM_ORDER)}
    c.errors = dict(sorted(c.errors.items(), key=lambda kv: order.get(kv[0], len(order))))
    c.raise_if_any()


def needles(text: str) -> tuple[str, ...]:
    from frontdesk.db_text import runs

    return tuple(dict.fromkeys(runs(text)))


def clean_values(
    c: Collector, user: CurrentUser, data: CallInput, now: datetime, existing: CallLogEntry | None
) -> dict[str, Any]:
    """The entry's fields, checked (errors go to ``c``); ``existing`` is the entry being edited."""
    today = to_local(now).date()
    out: dict[str, Any] = {}
    if data.channel not in CHANNELS:
        c.add("channel", "invalid")
    out["channel"] = data.channel
    if data.kind not in KINDS:
        c.add("kind", "invalid")
    out["kind"] = data.kind
    out["person"] = c.check("person", clean_name, data.person, required=False)
    phone = data.phone
    if existing is not None and existing.phone and phone.strip() == mask_phone(existing.phone):
        phone = existing.phone  # the masked number shown on screen, sent back unchanged
    out["phone"] = c.check("phone", clean_phone, phone)
    out["content"] = c.check("content", clean_text, data.content, required=True, max_len=LONG_TEXT_MAX)
    out["handling"] = c.check("handling", clean_text, data.handling, max_len=LONG_TEXT_MAX)
    # the outcome: the form chooses closed / follow_up; converted entries keep theirs
    outcome = data.outcome
    current = existing.outcome if existing is not None else None
    if current in CONVERSIONS and outcome != current:
        c.add("outcome", "outcome_locked")
    elif current == "followed_up" and outcome not in ("followed_up", "follow_up"):
        c.add("outcome", "outcome_locked")
    elif outcome not in FORM_OUTCOMES and outcome != current:
        c.add("outcome", "invalid")
    out["outcome"] = outcome
    due = data.due_date
    if outcome == "follow_up":
        if due is None:
            c.add("due_date", "required")
        elif due < today and (existing is None or existing.due_date != due):
            c.add("due_date", "date_in_past")
    elif outcome not in ("followed_up", *CONVERSIONS):
        due = None
    elif existing is not None:
        due = existing.due_date
    out["due_date"] = due
    at = data.at or (existing.at if existing is not None else now)
    if at.tzinfo is None:
        c.add("at", "bad_date")
    elif at > now + FUTURE_SLACK:
        c.add("at", "time_in_future")
    elif at < now - MAX_AGE and (existing is None or existing.at != at):
        c.add("at", "time_too_old")
    out["at"] = at
    out["handled_by_id"] = data.handled_by_id or (existing.handled_by_id if existing else user.id)
    link_kind = (data.link_kind or "").strip()
    if bool(link_kind) != (data.link_id is not None) or not re.fullmatch(r"[a-z_]{0,20}", link_kind):
        c.add("link", "invalid")
    out["link_kind"], out["link_id"] = (link_kind, data.link_id) if link_kind else (None, None)
    return out


#: what may be done to an entry in each outcome (the detail's buttons and the service's checks)
MACHINE: StateMachine[str, str] = StateMachine(
    [
        Transition(frozenset(OUTCOMES), "edit", None, Action.CALL_EDIT),
        Transition(frozenset({"follow_up"}), "complete_follow_up", "followed_up", Action.CALL_EDIT),
        Transition(frozenset({"closed", "follow_up", "followed_up"}), "convert_to_order", "work_order", Action.ORDER_CREATE),
        Transition(
            frozenset({"closed", "follow_up", "followed_up"}), "convert_to_complaint", "complaint", Action.COMPLAINT_CREATE
        ),
    ]
)

_CONVERSIONS = frozenset({"convert_to_order", "convert_to_complaint"})


def allowed_actions(user: CurrentUser, outcome: str, linked: bool) -> frozenset[str]:
    """What ``user`` may do to an entry (the list's buttons): the machine's answer, less the
    conversions once the entry is linked to a work order or a complaint. Not cached: the role
    matrix is read at each call, so a changed permission shows at the next reload."""
    allowed = MACHINE.allowed(user, outcome)
    return allowed - _CONVERSIONS if linked else allowed
