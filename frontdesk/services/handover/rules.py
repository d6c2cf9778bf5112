"""The handover's rules as pure functions: limits, checks, the order of sections, the state
machine, and the content that is signed (digest)."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from frontdesk.models import Handover
from frontdesk.services.contracts import HandoverItem
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.errors import InvalidTransition
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.validation import FieldError, clean_text

#: the record kind this feature registers (frontdesk.features)
HANDOVER = Kind("handover")

PREFIX = "JB"  # 交班
#: known sections, in the order a handover shows them; unknown sections follow, then the counts
SECTION_ORDER = (
    "order.urgent",  # urgent orders of the shift
    "complaint.major",  # major complaints of the shift
    "alert.open",  # alerts not yet acknowledged by a supervisor
    "order.open",  # orders not closed (state, deadline)
    "callback.due",  # callbacks due or overdue
    "complaint.open",  # complaints in progress
    "call.followup",  # call-log follow-ups due
    "pass.issued",  # release passes issued in the shift
    "notice.reinspect",  # rectification notices awaiting re-inspection
)
#: items whose section starts with this are tallies of the shift: ``extra["count"]`` holds the number
COUNT_PREFIX = "count."
NOTE_MAX = 2000
REMARK_MAX = 200
MESSAGE_MAX = 500
MESSAGES_MAX = 20
ACK_NOTE_MAX = 500
COUNTER_MAX = 60
CASH_MAX_FEN = 100_000_000_00  # one hundred million yuan: beyond any counter's till
STATES = ("draft", "submitted", "acknowledged")
DRAFT, SUBMITTED, ACKNOWLEDGED = STATES


def _t(sources: tuple[str, ...], action: str, target: str | None, permission: Action) -> Transition[str, str]:
    return Transition(frozenset(sources), action, target, permission.value)


#: the life of an entry. ``save``/``refresh`` keep a draft a draft; ``discard`` deletes it (only if
#: it was never handed over); ``correct`` leaves the acknowledged entry as it is and starts a new
#: draft that refers to it. The writer's actions are the author's alone (see :func:`allowed`).
MACHINE: StateMachine[str, str] = StateMachine(
    [
        _t((DRAFT,), "save", DRAFT, Action.HANDOVER_WRITE),
        _t((DRAFT,), "refresh", DRAFT, Action.HANDOVER_WRITE),
        _t((DRAFT,), "submit", SUBMITTED, Action.HANDOVER_WRITE),
        _t((SUBMITTED,), "withdraw", DRAFT, Action.HANDOVER_WRITE),
        _t((DRAFT,), "discard", None, Action.HANDOVER_WRITE),
        _t((SUBMITTED,), "acknowledge", ACKNOWLEDGED, Action.HANDOVER_ACK),
        _t((ACKNOWLEDGED,), "correct", None, Action.HANDOVER_WRITE),
    ]
)
#: the author's own actions (the others: acknowledge — never the author —, correct — anyone who may write)
AUTHOR_ACTIONS = frozenset({"save", "refresh", "submit", "withdraw", "discard"})
#: what a refused action says, by action (an acknowledged entry is frozen for every author action)
_REFUSED = {
    "save": "handover_not_draft",
    "refresh": "handover_not_draft",
    "submit": "handover_not_draft",
    "withdraw": "handover_not_submitted",
    "discard": "handover_not_discardable",
    "acknowledge": "handover_not_submitted",
    "correct": "handover_not_acknowledged",
}


def check(user: CurrentUser, state: str, action: str) -> None:
    """The permission, then the state, with the handover's own refusal codes."""
    require(user, MACHINE.permission(action))
    if state in MACHINE.sources(action):
        return
    if state == ACKNOWLEDGED:
        raise InvalidTransition("handover_already_acknowledged" if action == "acknowledge" else "handover_frozen")
    raise InvalidTransition(_REFUSED[action])


def allowed(user: CurrentUser, state: str, *, author_id: int, numbered: bool) -> frozenset[str]:
    """What ``user`` may do to an entry now (the detail row carries it; buttons follow it)."""
    out = set(MACHINE.allowed(user, state))
    if author_id != user.id:
        out -= AUTHOR_ACTIONS
    if numbered:
        out.discard("discard")  # handed over once: it stays on the record
    return frozenset(out)


_NOTE_FIELDS = ("keys_lent", "cash_fen", "receipts", "watch_notes")
# --- checks -------------------------------------------------------------------------------------


def clean_cash(value: str | None) -> int | None:
    """Yuan as typed → fen. ``350``, ``350.5``, ``¥1,200.00``, ``350元`` are accepted."""
    raw = unicodedata.normalize("NFKC", value or "").strip()
    raw = raw.replace(",", "").replace(" ", "").lstrip("¥￥").removesuffix("元").strip()
    if not raw:
        return None
    if not re.fullmatch(r"\d{1,12}(\.\d{1,2})?", raw):
        raise FieldError("bad_amount")
    yuan, _, frac = raw.partition(".")
    fen = int(yuan) * 100 + int(frac.ljust(2, "0") or "0")
    if fen > CASH_MAX_FEN:
        raise FieldError("amount_too_large")
    return fen


def _clean_minutes(value: object, low: int, high: int) -> int:
    try:
        n = int(str(value).strip())
    except ValueError as exc:
        raise FieldError("bad_minutes", min=low, max=high) from exc
    if not low <= n <= high:
        raise FieldError("bad_minutes", min=low, max=high)
    return n


def format_fen(fen: int | None) -> str:
    """1234550 → "12,345.50" (empty when there is no amount)."""
    if fen is None:
        return ""
    return f"{fen // 100:,}.{fen % 100:02d}"


def clean_counter(value: str | None) -> str:
    text = clean_text(value, max_len=COUNTER_MAX, required=True, multiline=False)
    assert text is not None
    return text


def is_tally(section: str, ref_id: int, ref_number: str) -> bool:
    """A tally of the shift (e.g. calls by channel) rather than an open record: its section starts
    with ``count.``, or it refers to no record at all (``ref_id`` 0, no number); numbers in ``extra``."""
    return section.startswith(COUNT_PREFIX) or (not ref_id and not ref_number)


def item_key(section: str, ref_kind: str, ref_id: int) -> str:
    return f"{section}|{ref_kind}|{ref_id}"


def _section_rank(section: str) -> tuple[int, str]:
    if section.startswith(COUNT_PREFIX):
        return (len(SECTION_ORDER) + 1, section)
    if section in SECTION_ORDER:
        return (SECTION_ORDER.index(section), "")
    return (len(SECTION_ORDER), section)


def _item_sort_key(it: HandoverItem) -> tuple[Any, ...]:
    due = it.due_at.timestamp() if it.due_at is not None else float("inf")
    tally = is_tally(it.section, it.ref_id, it.ref_number)
    return (tally, _section_rank(it.section), not it.overdue, due, it.ref_number, it.ref_id)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# --- helpers ------------------------------------------------------------------------------------------


def _remarks(h: Handover) -> dict[str, str]:
    return {item_key(i.section, i.ref_kind, i.ref_id): i.remark for i in h.items if i.remark}


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    from datetime import timezone

    return value.astimezone(timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")


def _content(h: Handover) -> dict[str, Any]:
    """Everything that was handed over, JSON-ready (for the audit trail and the digest)."""
    return {
        "number": h.number,
        "counter": h.counter,
        "shift": h.shift_name,
        "shift_start": _iso(h.shift_start),
        "shift_end": _iso(h.shift_end),
        "author_id": h.author_id,
        "author": h.author_name,
        "keys_lent": h.keys_lent,
        "cash_fen": h.cash_fen,
        "receipts": h.receipts,
        "watch_notes": h.watch_notes,
        "submitted_at": _iso(h.submitted_at),
        "corrects_id": h.corrects_id,
        "correction_reason": h.correction_reason,
        "items": [
            [
                i.section,
                i.ref_kind,
                i.ref_id,
                i.ref_number,
                i.summary,
                i.state,
                _iso(i.due_at),
                bool(i.overdue),
                dict(sorted((i.extra or {}).items())),
                i.remark,
            ]
            for i in sorted(h.items, key=lambda x: x.position)
        ],
        "messages": [[m.recipient_id, m.recipient_name, m.text] for m in sorted(h.messages, key=lambda x: x.position)],
    }


def _digest(h: Handover) -> str:
    body = _content(h)
    body.update(
        {
            "ack_by_id": h.ack_by_id,
            "ack_by": h.ack_by_name,
            "ack_note": h.ack_note,
            "acknowledged_at": _iso(h.acknowledged_at),
        }
    )
    raw = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def compiled_cash_fen(extras: Iterable[Mapping[str, str] | None]) -> int | None:
    """The shift's cash as the sources compiled it, in fen: the sum of their items'
    ``extra["cash"]`` (yuan, signed: cash taken in, minus cash paid out — the counter's receipts,
    a deposit refunded in cash); None when no source reports cash. 交接现金 starts from it."""
    found = [e["cash"] for e in extras if e and "cash" in e]
    if not found:
        return None
    return int(sum((Decimal(v) for v in found), Decimal(0)) * 100)
