"""What goes in and out of the call log: the form's input, list rows, filters, lookups."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from typing import Any

from frontdesk.services.core.changes import Kind  # noqa: E402 - the kind goes with the feature
from frontdesk.services.core.features import Vocabulary
from frontdesk.services.permissions import Role
from frontdesk.services.registry.service import OccupantRow, RoomRow

#: the record kind this feature registers (frontdesk.features)
CALL = Kind("call")

CHANNELS = ("phone", "visit", "online", "other")
KINDS = ("inquiry", "repair", "complaint", "help", "suggestion", "praise", "other")
#: closed at the desk, follow up by a date, followed up, became a work order / complaint
OUTCOMES = ("closed", "follow_up", "followed_up", "work_order", "complaint")
#: what the entry form may choose; the others are reached by an action
FORM_OUTCOMES = ("closed", "follow_up")
CONVERSIONS = ("work_order", "complaint")
HANDLER_ROLES = (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR, Role.ADMIN)

#: a contact may be logged a little ahead of the counter's clock, not more
FUTURE_SLACK = timedelta(minutes=5)
#: older than this is taken for a typing slip in the year
MAX_AGE = timedelta(days=366)
PAGE_SIZE = 100
RECENT_LIMIT = 5

#: the one set of words for the call log's codes (lists, export, handover), translated under "CallLog"
VOCABULARY = Vocabulary(
    "CallLog",
    "来电来访",
    states={
        "closed": "当场办结", "follow_up": "待跟进", "followed_up": "跟进办结",
        "work_order": "已转工单", "complaint": "已转投诉",
    },
    labels={
        "channel": {"phone": "来电", "visit": "来访", "online": "线上", "other": "其他"},
        "kind": {
            "inquiry": "咨询", "repair": "报修", "complaint": "投诉", "help": "求助",
            "suggestion": "建议", "praise": "表扬", "other": "其他",
        },
    },
    counts={"call.followup_overdue": "跟进逾期 {0}", "call.followup_due_today": "今日待跟进 {0}"},
)  # fmt: skip

_FIELDS = (
    "at", "channel", "kind", "room_id", "person", "phone", "content", "handling", "outcome",
    "due_date", "handled_by_id", "follow_up_note", "work_order_id", "complaint_id",
    "link_kind", "link_id",
)  # fmt: skip

# Names in exported files (the file is read by the supervisor; the screen words come from the UI).

# --- what goes in and out -----------------------------------------------------------------------


@dataclass
class CallInput:
    """What the entry form sends: strings as typed, choices as codes."""

    channel: str = "phone"
    kind: str = "inquiry"
    room: str = ""
    project_id: int | None = None
    person: str = ""
    phone: str = ""
    content: str = ""
    handling: str = ""
    outcome: str = "closed"
    due_date: date | None = None
    handled_by_id: int | None = None  # None: the current user
    at: datetime | None = None  # None: now
    #: the record the contact is about (a notice shown for the room), or none
    link_kind: str = ""
    link_id: int | None = None
    #: the occupant whose number F4 filled in from the registry (shown masked where the role does
    #: not see phones); while ``phone`` is still that number, masked or not, the entry stores it in full
    phone_from: int | None = None


@dataclass(frozen=True)
class CallRow:
    id: int
    sort_key: int
    at: datetime
    channel: str
    kind: str
    room_id: int | None
    room_code: str
    project: str
    person: str
    phone: str  # masked unless the role may see phones
    content: str
    handling: str
    outcome: str
    due_date: date | None
    #: "overdue" / "due_today" / "open" for an open follow-up, else ""
    follow_up: str
    follow_up_done_at: datetime | None
    follow_up_done_by: str
    follow_up_note: str
    handled_by_id: int
    handled_by: str
    work_order_id: int | None
    complaint_id: int | None
    version: int
    updated_at: datetime
    updated_by: str
    phone_masked: bool
    #: the number of the work order / complaint the entry became (WX… / TS…), else ""
    work_order_number: str = ""
    complaint_number: str = ""
    #: what the user who read the row may do to it (services.call_log.rules.MACHINE)
    allowed: frozenset[str] = frozenset()
    #: the record the contact is linked to (services.core.records.Concern's kind and id)
    link_kind: str = ""
    link_id: int | None = None

    @property
    def converted(self) -> bool:
        """Already turned into a work order or a complaint (it cannot become another)."""
        return self.outcome in CONVERSIONS or self.work_order_id is not None or self.complaint_id is not None


@dataclass(frozen=True)
class CallFilter:
    date_from: date | None = None  # local days, inclusive
    date_to: date | None = None
    channel: str | None = None
    kind: str | None = None
    outcome: str | None = None
    #: "due" (today or overdue), "due_today", "overdue", "open"
    follow_up: str | None = None
    room: str = ""  # typed in any spelling
    project_id: int | None = None
    room_id: int | None = None
    handled_by_id: int | None = None
    phone: str = ""
    text: str = ""


@dataclass(frozen=True)
class CallPage:
    rows: list[CallRow]
    #: pass as ``before`` for the next page; None when this was the last page
    next_before: int | None


@dataclass(frozen=True)
class PhoneOwner:
    room: RoomRow
    name: str
    kind: str


@dataclass(frozen=True)
class CallerLookup:
    """Who is calling, shown before the entry is saved."""

    room: RoomRow | None = None
    room_error: str = ""  # "room_unknown" / "room_ambiguous"
    room_candidates: list[RoomRow] = field(default_factory=list)
    occupants: list[OccupantRow] = field(default_factory=list)
    phone_error: str = ""
    phone_owners: list[PhoneOwner] = field(default_factory=list)
    recent: list[CallRow] = field(default_factory=list)
    open_follow_ups: list[CallRow] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.room or self.room_error or self.phone_error or self.phone_owners or self.recent)


@dataclass(frozen=True)
class FollowUpCounts:
    open: int
    due_today: int
    overdue: int


_ROW_FIELDS = tuple(f.name for f in fields(CallRow))


def fast_row(values: tuple[Any, ...]) -> CallRow:
    """A CallRow without the frozen dataclass's per-field ``object.__setattr__`` (a list page
    builds hundreds of them; this takes a fifth of the time). Still frozen afterwards."""
    row = object.__new__(CallRow)
    row.__dict__.update(zip(_ROW_FIELDS, values, strict=True))
    return row
