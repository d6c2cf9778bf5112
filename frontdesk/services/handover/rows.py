"""What the handover service returns and what the UI sends (frozen rows, plain inputs)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from frontdesk.services.handover.rules import (
    is_tally,
)
from frontdesk.services.handover.shifts import (
    ShiftWindow,
)

# --- what the service returns ------------------------------------------------------------------


@dataclass(frozen=True)
class ItemRow:
    id: int
    key: str  # section|ref_kind|ref_id: stable across recompilations (remarks follow it)
    section: str
    ref_kind: str
    ref_id: int
    ref_number: str
    summary: str
    state: str
    due_at: datetime | None
    overdue: bool
    extra: dict[str, str]
    remark: str

    @property
    def is_count(self) -> bool:
        return is_tally(self.section, self.ref_id, self.ref_number)

    def tallies(self) -> list[tuple[str, int]]:
        """The numbers a tally carries: ``extra`` entries with whole-number values, in order.
        A lone ``count`` is named by the summary (``("来电", 7)``)."""
        out = []
        for key, value in self.extra.items():
            try:
                n = int(value)
            except (TypeError, ValueError):
                continue
            out.append((self.summary if key == "count" and self.summary else key, n))
        return out


@dataclass(frozen=True)
class MessageRow:
    recipient_id: int | None
    recipient_name: str
    text: str


@dataclass(frozen=True)
class HandoverDetail:
    id: int
    number: str | None
    state: str
    counter: str
    shift: ShiftWindow
    author_id: int
    author_name: str
    keys_lent: str
    cash_fen: int | None
    receipts: str
    watch_notes: str
    items: tuple[ItemRow, ...]
    messages: tuple[MessageRow, ...]
    compiled_at: datetime | None
    compile_errors: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None
    acknowledged_at: datetime | None
    ack_by_id: int | None
    ack_by_name: str | None
    ack_note: str
    #: None before acknowledgement; False if the stored content no longer matches what was signed
    digest_ok: bool | None
    corrects_id: int | None
    corrects_number: str | None
    correction_reason: str
    #: corrections of this entry that were handed over (id, number); drafts are not yet corrections
    corrected_by: tuple[tuple[int, str | None], ...]
    version: int
    #: SHA-256 of what the incoming person signed (printed, shortened, on the sheet)
    ack_digest: str | None = None
    #: what the reading user may do now (rules.allowed: the state machine, the author's own
    #: actions); not part of the entry's value, so two users' copies still compare equal
    allowed: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def frozen(self) -> bool:
        return self.acknowledged_at is not None

    @property
    def open_items(self) -> list[ItemRow]:
        return [i for i in self.items if not i.is_count]

    @property
    def counts(self) -> list[ItemRow]:
        return [i for i in self.items if i.is_count]

    def sections(self) -> list[tuple[str, list[ItemRow]]]:
        """Open items grouped by section, in display order."""
        out: dict[str, list[ItemRow]] = {}
        for i in self.open_items:
            out.setdefault(i.section, []).append(i)
        return list(out.items())


@dataclass(frozen=True)
class DraftSaved:
    """An autosave: the valid fields were saved; ``errors`` names the ones that were not."""

    detail: HandoverDetail
    errors: dict[str, str]
    params: dict[str, dict[str, object]]


@dataclass(frozen=True)
class HandoverRow:
    id: int
    number: str | None
    state: str
    counter: str
    shift_name: str
    shift_start: datetime
    shift_end: datetime
    author_id: int
    author_name: str
    submitted_at: datetime | None
    acknowledged_at: datetime | None
    ack_by_name: str | None
    item_count: int
    corrects_id: int | None
    corrects_number: str | None
    correction_count: int
    #: submitted and still unacknowledged after ``handover.ack_due_minutes``
    ack_overdue: bool


@dataclass(frozen=True)
class CounterStatus:
    """What a counter has waiting at login."""

    pending: tuple[HandoverRow, ...]  # submitted by someone else, not yet acknowledged (oldest first)
    own_draft_id: int | None
    others_drafts: tuple[HandoverRow, ...]


@dataclass(frozen=True)
class MessageForMe:
    handover_id: int
    number: str | None
    author_name: str
    shift_name: str
    at: datetime
    text: str


# --- what the UI sends --------------------------------------------------------------------------


@dataclass
class MessageInput:
    recipient: str = ""
    text: str = ""


@dataclass
class HandoverNotes:
    """The writer's part of a handover, as typed."""

    keys_lent: str = ""
    cash: str = ""  # yuan as typed: "350", "350.50", "¥1,200"
    receipts: str = ""
    watch_notes: str = ""
    messages: list[MessageInput] = field(default_factory=list)
    remarks: dict[str, str] = field(default_factory=dict)  # item key → remark


@dataclass
class HandoverQuery:
    date_from: date | None = None  # local dates of the shift start, inclusive
    date_to: date | None = None
    person: str = ""  # writer or acknowledger
    text: str = ""  # number, notes, messages, items
    counter: str = ""
    state: str = ""  # "", draft, submitted, acknowledged, unacked (= submitted), overdue
