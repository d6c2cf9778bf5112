"""The rules of a rectification notice: its kind, limits, the state machine and the list status."""

from __future__ import annotations

from datetime import date

from frontdesk.models import RectificationNotice
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.permissions import Action, CurrentUser

#: the record kind this feature registers (frontdesk.features)
NOTICE = Kind("notice")

PREFIX = "ZG"
ADDRESSEE_KINDS = ("owner", "contractor")
RESULTS = ("rectified", "not_rectified")
TEXT_MAX = 1000
MAX_DEADLINE_DAYS = 90
MAX_FOUND_AGE_DAYS = 30
#: list views of the notices tab
VIEWS = ("due", "open", "followup", "all")

_AUDIT_FIELDS = (
    "number", "room_code", "addressee_kind", "addressee_name", "found_on", "findings", "clauses",
    "requirement", "deadline", "round", "previous_id", "state",
)  # fmt: skip


STATES = ("open", "rectified", "not_rectified")

#: open → rectified / not_rectified at the re-inspection (the result decides); 未整改 is followed by
#: a second notice (once); the receipt and a reprint may be recorded in any state
MACHINE: StateMachine[str, str] = StateMachine(
    [
        Transition(frozenset({"open"}), "reinspect", None, Action.NOTICE_REINSPECT),
        Transition(frozenset({"not_rectified"}), "followup", None, Action.NOTICE_ISSUE),
        Transition(frozenset(STATES), "receipt", None, Action.NOTICE_ISSUE),
        Transition(frozenset(STATES), "print", None, Action.NOTICE_ISSUE),
    ]
)


def notice_status(n: RectificationNotice, today: date) -> str:
    if n.state == "rectified":
        return "rectified"
    if n.state == "not_rectified":
        return "followed_up" if n.followup_id else "followup_needed"
    if n.deadline < today:
        return "overdue"
    if n.deadline == today:
        return "due"
    return "pending"


def allowed_actions(user: CurrentUser, n: RectificationNotice) -> frozenset[str]:
    """What this user may do to the notice now (a second notice only once)."""
    out = MACHINE.allowed(user, n.state)
    return out - {"followup"} if n.followup_id else out
