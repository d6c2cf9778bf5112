"""交接班本: the shift handover, compiled from the records, written, handed over and acknowledged.

The open items come from every feature registered in ``Services.handover_sources`` (see
services/contracts.py, ``HandoverSource``); this service knows none of them by name, so a feature
that lands later joins the compilation by registering itself. A source that fails does not stop the
handover: its name is kept in ``compile_errors`` and shown to the writer.

Life of an entry: draft → submitted (交班) → acknowledged (接班, with the incoming person's own
username and password). Acknowledged entries are frozen here and by database triggers; a correction
is a new entry with ``corrects_id``. Draft autosaves are not audited one by one (they would flood
the trail with keystrokes); what was handed over is audited in full at submit.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from frontdesk.db import Database
from frontdesk.models import Handover, HandoverEntryItem, HandoverMessage, Staff
from frontdesk.services import audit
from frontdesk.services.clock import LOCAL_TZ, Clock
from frontdesk.services.contracts import HandoverItem, SearchHit, StatusCount
from frontdesk.services.core.changes import Kind  # noqa: E402 - the kind goes with the feature
from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec, Vocabulary
from frontdesk.services.errors import (
    AuthError,
    ConflictError,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from frontdesk.services.numbering import next_serial
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.settings import SettingsService
from frontdesk.services.shifts import (
    DEFAULT_SHIFTS,
    ShiftDef,
    ShiftWindow,
    handover_window,
    parse_shifts,
    recent_windows,
)
from frontdesk.services.staff import StaffService
from frontdesk.services.validation import Collector, FieldError, clean_text

#: the record kind this feature registers (frontdesk.features)
HANDOVER = Kind("handover")

log = logging.getLogger(__name__)

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
_NOTE_FIELDS = ("keys_lent", "cash_fen", "receipts", "watch_notes")


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


# --- the service --------------------------------------------------------------------------------


class HandoverService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        staff: StaffService,
        settings: SettingsService,
        sources: Sequence[Any],
    ) -> None:
        self._db = db
        self._clock = clock
        self._staff = staff
        self._settings = settings
        #: the container's list itself, so features registered later are compiled too
        self._sources = sources

    # --- shifts ---------------------------------------------------------------------------------

    def shifts(self) -> list[ShiftDef]:
        """The configured shifts; the defaults if the stored value is unusable."""
        try:
            return parse_shifts(self._settings.get("handover.shifts"))
        except FieldError:
            log.warning("handover.shifts setting is invalid; using the defaults")
            return parse_shifts(DEFAULT_SHIFTS)

    def set_shifts(self, user: CurrentUser, rows: list[dict[str, str]]) -> list[ShiftDef]:
        require(user, Action.SETTINGS_MANAGE)
        c = Collector()
        parsed: list[ShiftDef] = c.check("shifts", parse_shifts, rows)
        c.raise_if_any()
        value = [{"name": s.name, "start": s.start, "end": s.end} for s in parsed]
        self._settings.set(user, "handover.shifts", value)
        return parsed

    def timing(self) -> tuple[int, int]:
        """(grace minutes, acknowledgement due minutes); see settings DEFAULTS."""
        return (
            self._int_setting("handover.grace_minutes", 60),
            self._int_setting("handover.ack_due_minutes", 120),
        )

    def configure(self, user: CurrentUser, shifts: list[dict[str, str]], grace_minutes: object, ack_due_minutes: object) -> None:
        """Shifts and time limits together: everything is checked before anything is saved."""
        require(user, Action.SETTINGS_MANAGE)
        c = Collector()
        parsed = c.check("shifts", parse_shifts, shifts)
        grace = c.check("grace_minutes", _clean_minutes, grace_minutes, 0, 240)
        due = c.check("ack_due_minutes", _clean_minutes, ack_due_minutes, 10, 24 * 60)
        c.raise_if_any()
        value = [{"name": s.name, "start": s.start, "end": s.end} for s in parsed]
        if value != [{"name": s.name, "start": s.start, "end": s.end} for s in self.shifts()]:
            self._settings.set(user, "handover.shifts", value)
        old_grace, old_due = self.timing()
        if grace != old_grace:
            self._settings.set(user, "handover.grace_minutes", grace)
        if due != old_due:
            self._settings.set(user, "handover.ack_due_minutes", due)

    def _int_setting(self, key: str, default: int) -> int:
        try:
            return int(self._settings.get(key))
        except (TypeError, ValueError):
            return default

    def shift_choices(self, at: datetime | None = None) -> tuple[list[ShiftWindow], int]:
        """The shifts a handover may be written for (current first), and the default's index."""
        at = at or self._clock.now()
        shifts = self.shifts()
        choices = recent_windows(shifts, at, 3)
        default = handover_window(shifts, at, self._int_setting("handover.grace_minutes", 60))
        return choices, choices.index(default) if default in choices else 0

    # --- compiling -----------------------------------------------------------------------------

    def compile(self, user: CurrentUser, window: ShiftWindow) -> tuple[list[HandoverItem], list[str]]:
        """Ask every registered source for its open items; returns (items in order, failed sources)."""
        items: list[HandoverItem] = []
        errors: list[str] = []
        seen: set[tuple[str, str, int, str]] = set()
        for source in list(self._sources):
            name = getattr(source, "handover_source_name", None) or type(source).__name__
            try:
                got = list(source.handover_items(user, window.start, window.end))
            except PermissionDenied:
                continue  # the writer may not see these records: nothing to hand over from them
            except Exception:
                log.exception("handover source %s failed", name)
                errors.append(str(name))
                continue
            for it in got:
                key = (
                    it.section,
                    it.ref_kind,
                    it.ref_id,
                    it.summary if is_tally(it.section, it.ref_id, it.ref_number) else "",
                )
                if key in seen:
                    continue
                seen.add(key)
                items.append(it)
        items.sort(key=_item_sort_key)
        return items, errors

    @staticmethod
    def _store_items(h: Handover, items: list[HandoverItem], errors: list[str], at: datetime, remarks: dict[str, str]) -> None:
        h.items.clear()
        for pos, it in enumerate(items):
            key = item_key(it.section, it.ref_kind, it.ref_id)
            h.items.append(
                HandoverEntryItem(
                    position=pos,
                    section=it.section[:40],
                    ref_kind=it.ref_kind[:20],
                    ref_id=int(it.ref_id),
                    ref_number=(it.ref_number or "")[:40],
                    summary=it.summary or "",
                    state=(it.state or "")[:40],
                    due_at=it.due_at,
                    overdue=bool(it.overdue),
                    extra={str(k): str(v) for k, v in it.extra.items()},
                    remark=remarks.get(key) or None,
                )
            )
        h.compiled_at = at
        h.compile_errors = list(errors) or None

    # --- reading ---------------------------------------------------------------------------------

    @staticmethod
    def _can_read(user: CurrentUser, h: Handover) -> bool:
        if user.can(Action.HANDOVER_VIEW_ALL) or h.author_id == user.id:
            return True
        if h.state == "draft":
            return False
        return user.can(Action.HANDOVER_WRITE) or user.can(Action.HANDOVER_ACK)

    def get(self, user: CurrentUser, handover_id: int) -> HandoverDetail:
        with self._db.read() as s:
            h = s.get(Handover, handover_id)
            if h is None:
                raise NotFound("not_found")
            if not self._can_read(user, h):
                raise PermissionDenied("forbidden", action=Action.HANDOVER_VIEW_ALL.value, role=user.role.value)
            return self._detail(s, h)

    def _detail(self, s: Session, h: Handover) -> HandoverDetail:
        corrects_number = None
        if h.corrects_id is not None:
            corrects_number = s.scalar(select(Handover.number).where(Handover.id == h.corrects_id))
        corrected_by = tuple(
            (i, n)
            for i, n in s.execute(
                select(Handover.id, Handover.number)
                .where(Handover.corrects_id == h.id, Handover.state != "draft")
                .order_by(Handover.id)
            )
        )
        items = tuple(
            ItemRow(
                i.id,
                item_key(i.section, i.ref_kind, i.ref_id),
                i.section,
                i.ref_kind,
                i.ref_id,
                i.ref_number,
                i.summary,
                i.state,
                i.due_at,
                i.overdue,
                dict(i.extra or {}),
                i.remark or "",
            )
            for i in h.items
        )
        messages = tuple(MessageRow(m.recipient_id, m.recipient_name, m.text) for m in h.messages)
        digest_ok = None if h.ack_digest is None else h.ack_digest == _digest(h)
        return HandoverDetail(
            id=h.id,
            number=h.number,
            state=h.state,
            counter=h.counter,
            shift=ShiftWindow(h.shift_name, h.shift_start, h.shift_end),
            author_id=h.author_id,
            author_name=h.author_name,
            keys_lent=h.keys_lent or "",
            cash_fen=h.cash_fen,
            receipts=h.receipts or "",
            watch_notes=h.watch_notes or "",
            items=items,
            messages=messages,
            compiled_at=h.compiled_at,
            compile_errors=tuple(h.compile_errors or ()),
            created_at=h.created_at,
            updated_at=h.updated_at,
            submitted_at=h.submitted_at,
            acknowledged_at=h.acknowledged_at,
            ack_by_id=h.ack_by_id,
            ack_by_name=h.ack_by_name,
            ack_note=h.ack_note or "",
            digest_ok=digest_ok,
            corrects_id=h.corrects_id,
            corrects_number=corrects_number,
            correction_reason=h.correction_reason or "",
            corrected_by=corrected_by,
            version=h.version,
            ack_digest=h.ack_digest,
        )

    def _load_for_change(self, s: Session, user: CurrentUser, handover_id: int, expected_version: int) -> Handover:
        h = s.get(Handover, handover_id, with_for_update=True)
        if h is None:
            raise NotFound("not_found")
        if h.acknowledged_at is not None:
            raise InvalidTransition("handover_frozen")
        if h.author_id != user.id:
            raise PermissionDenied("handover_not_author", action=Action.HANDOVER_WRITE.value, role=user.role.value)
        if h.version != expected_version:
            raise ConflictError("conflict")
        return h

    @staticmethod
    def _flush(s: Session) -> None:
        try:
            s.flush()
        except StaleDataError as exc:
            raise ConflictError("conflict") from exc

    # --- writing -----------------------------------------------------------------------------------

    def open_draft(self, user: CurrentUser, counter: str, window: ShiftWindow | None = None) -> HandoverDetail:
        """The writer's draft for this counter, created and compiled if there is none; an existing
        draft is recompiled (for its own shift) so it shows what is open now."""
        require(user, Action.HANDOVER_WRITE)
        c = Collector()
        counter_v = c.check("counter", clean_counter, counter)
        c.raise_if_any()
        with self._db.read() as s:
            existing = s.scalar(self._own_draft_q(user, counter_v))
            if existing is not None:
                window = ShiftWindow(existing.shift_name, existing.shift_start, existing.shift_end)
        if window is None:
            choices, idx = self.shift_choices()
            window = choices[idx]
        items, errors = self.compile(user, window)
        now = self._clock.now()
        with self._db.write() as s:
            h = s.scalar(self._own_draft_q(user, counter_v))
            if h is None:
                h = Handover(
                    state="draft",
                    counter=counter_v,
                    shift_name=window.name,
                    shift_start=window.start,
                    shift_end=window.end,
                    author_id=user.id,
                    author_name=user.name,
                )
                s.add(h)
                self._store_items(h, items, errors, now, {})
                s.flush()
                audit.record(
                    s,
                    user,
                    "handover",
                    h.id,
                    "create",
                    after={
                        "counter": counter_v,
                        "shift": window.name,
                        "shift_start": window.start,
                        "items": len(items),
                    },
                )
            elif (h.shift_start, h.shift_name) == (window.start, window.name):
                self._store_items(h, items, errors, now, _remarks(h))
                self._flush(s)
            return self._detail(s, h)

    @staticmethod
    def _own_draft_q(user: CurrentUser, counter: str):  # type: ignore[no-untyped-def]
        return (
            select(Handover)
            .where(
                Handover.author_id == user.id,
                Handover.counter == counter,
                Handover.state == "draft",
                Handover.corrects_id.is_(None),
            )
            .order_by(Handover.id.desc())
            .limit(1)
        )

    def refresh_items(
        self, user: CurrentUser, handover_id: int, *, expected_version: int, window: ShiftWindow | None = None
    ) -> HandoverDetail:
        """Compile the open items again, optionally for another shift. Remarks are kept."""
        require(user, Action.HANDOVER_WRITE)
        with self._db.read() as s:
            h = s.get(Handover, handover_id)
            if h is None:
                raise NotFound("not_found")
            if h.corrects_id is not None:
                raise InvalidTransition("handover_correction_items_fixed")
            window = window or ShiftWindow(h.shift_name, h.shift_start, h.shift_end)
        items, errors = self.compile(user, window)
        with self._db.write() as s:
            h = self._load_for_change(s, user, handover_id, expected_version)
            if h.state != "draft":
                raise InvalidTransition("handover_not_draft")
            before = {"shift": h.shift_name, "shift_start": h.shift_start}
            h.shift_name, h.shift_start, h.shift_end = window.name, window.start, window.end
            self._store_items(h, items, errors, self._clock.now(), _remarks(h))
            self._flush(s)
            if before["shift_start"] != window.start or before["shift"] != window.name:
                audit.record(
                    s,
                    user,
                    "handover",
                    h.id,
                    "change_shift",
                    before=before,
                    after={"shift": window.name, "shift_start": window.start},
                )
            return self._detail(s, h)

    def _clean_notes(self, s: Session, notes: HandoverNotes, c: Collector) -> dict[str, Any]:
        """Each field checked on its own; the valid ones are returned, the invalid ones are in ``c``."""
        out: dict[str, Any] = {}
        for name in ("keys_lent", "receipts", "watch_notes"):
            value = c.check(name, clean_text, getattr(notes, name), max_len=NOTE_MAX)
            if name not in c.errors:
                out[name] = value
        cash = c.check("cash", clean_cash, notes.cash)
        if "cash" not in c.errors:
            out["cash_fen"] = cash
        messages: list[tuple[str, str]] = []
        msg_error = False
        rows = [m for m in notes.messages if (m.recipient or "").strip() or (m.text or "").strip()]
        if len(rows) > MESSAGES_MAX:
            c.add("messages", "messages_too_many", max=MESSAGES_MAX)
            msg_error = True
        for i, m in enumerate(rows, start=1):
            try:
                to = clean_text(m.recipient, max_len=50, multiline=False)
                text = clean_text(m.text, max_len=MESSAGE_MAX)
            except FieldError as exc:
                c.add("messages", exc.code, row=i, **exc.params)
                msg_error = True
                break
            if not to:
                c.add("messages", "message_recipient_required", row=i)
                msg_error = True
                break
            if not text:
                c.add("messages", "message_text_required", row=i)
                msg_error = True
                break
            messages.append((to, text))
        if not msg_error:
            out["messages"] = messages
        remarks: dict[str, str] = {}
        for key, value in notes.remarks.items():
            try:
                r = clean_text(value, max_len=REMARK_MAX, multiline=False)
            except FieldError as exc:
                c.add("remarks", exc.code, **exc.params)
                continue
            if r:
                remarks[key] = r
        if "remarks" not in c.errors:
            out["remarks"] = remarks
        return out

    def _apply_notes(self, s: Session, h: Handover, values: dict[str, Any]) -> None:
        for name in _NOTE_FIELDS:
            if name in values:
                setattr(h, name, values[name])
        if "messages" in values:
            wanted = values["messages"]
            current = [(m.recipient_name, m.text) for m in h.messages]
            if current != wanted:
                staff = _staff_by_name(s, [to for to, _ in wanted])
                h.messages.clear()
                s.flush()
                for pos, (to, text) in enumerate(wanted):
                    h.messages.append(HandoverMessage(position=pos, recipient_id=staff.get(to), recipient_name=to, text=text))
        if "remarks" in values:
            remarks = values["remarks"]
            for it in h.items:
                new = remarks.get(item_key(it.section, it.ref_kind, it.ref_id))
                if (it.remark or None) != (new or None):
                    it.remark = new

    def save_draft(self, user: CurrentUser, handover_id: int, notes: HandoverNotes, *, expected_version: int) -> DraftSaved:
        """Autosave as the writer types: every valid field is saved, invalid ones are reported
        (and keep their last saved value), so a slip in one field never loses the others."""
        require(user, Action.HANDOVER_WRITE)
        c = Collector()
        with self._db.write() as s:
            h = self._load_for_change(s, user, handover_id, expected_version)
            if h.state != "draft":
                raise InvalidTransition("handover_not_draft")
            values = self._clean_notes(s, notes, c)
            self._apply_notes(s, h, values)
            self._flush(s)
            return DraftSaved(self._detail(s, h), dict(c.errors), dict(c.params))

    def submit(self, user: CurrentUser, handover_id: int, notes: HandoverNotes, *, expected_version: int) -> HandoverDetail:
        """交班: everything checked, the open items compiled once more and fixed, a number given."""
        require(user, Action.HANDOVER_WRITE)
        c = Collector()
        with self._db.read() as s:
            h0 = s.get(Handover, handover_id)
            if h0 is None:
                raise NotFound("not_found")
            values = self._clean_notes(s, notes, c)
            window = ShiftWindow(h0.shift_name, h0.shift_start, h0.shift_end)
            is_correction = h0.corrects_id is not None
        c.raise_if_any()
        compiled = None if is_correction else self.compile(user, window)
        now = self._clock.now()
        with self._db.write() as s:
            h = self._load_for_change(s, user, handover_id, expected_version)
            if h.state != "draft":
                raise InvalidTransition("handover_not_draft")
            if compiled is not None:
                self._store_items(h, compiled[0], compiled[1], now, values.get("remarks", {}))
            self._apply_notes(s, h, values)
            if h.number is None:
                h.number = next_serial(s, PREFIX, now)
            h.state = "submitted"
            h.submitted_at = now
            self._flush(s)
            audit.record(s, user, "handover", h.id, "submit", after=_content(h))
            return self._detail(s, h)

    def withdraw(self, user: CurrentUser, handover_id: int, *, expected_version: int) -> HandoverDetail:
        """Take a submitted entry back to edit it — only until someone has acknowledged it."""
        require(user, Action.HANDOVER_WRITE)
        with self._db.write() as s:
            h = self._load_for_change(s, user, handover_id, expected_version)
            if h.state != "submitted":
                raise InvalidTransition("handover_not_submitted")
            h.state = "draft"
            h.submitted_at = None
            self._flush(s)
            audit.record(s, user, "handover", h.id, "withdraw", before={"state": "submitted"}, after={"state": "draft"})
            return self._detail(s, h)

    def discard(self, user: CurrentUser, handover_id: int, *, expected_version: int) -> None:
        """Throw away a draft that was never handed over."""
        require(user, Action.HANDOVER_WRITE)
        with self._db.write() as s:
            h = self._load_for_change(s, user, handover_id, expected_version)
            if h.state != "draft" or h.number is not None:
                raise InvalidTransition("handover_not_discardable")
            before = _content(h)
            s.delete(h)
            self._flush(s)
            audit.record(s, user, "handover", handover_id, "discard", before=before)

    def acknowledge(
        self,
        session_user: CurrentUser | None,
        handover_id: int,
        *,
        username: str,
        password: str,
        note: str = "",
        expected_version: int,
    ) -> HandoverDetail:
        """接班: the incoming person signs with their own username and password, whoever's session
        this is. A wrong password changes nothing (and is audited)."""
        c = Collector()
        note_v = c.check("ack_note", clean_text, note, max_len=ACK_NOTE_MAX)
        if not (username or "").strip():
            c.add("username", "required")
        if not password:
            c.add("password", "required")
        c.raise_if_any()
        try:
            acker = self._staff.verify(username, password)
        except AuthError:
            with self._db.write() as s:
                audit.record(
                    s,
                    session_user,
                    "handover",
                    handover_id,
                    "ack_failed",
                    after={"username": (username or "").strip()[:50]},
                )
            raise
        require(acker, Action.HANDOVER_ACK)
        now = self._clock.now()
        with self._db.write() as s:
            h = s.get(Handover, handover_id, with_for_update=True)
            if h is None:
                raise NotFound("not_found")
            if h.acknowledged_at is not None:
                raise InvalidTransition("handover_already_acknowledged")
            if h.state != "submitted":
                raise InvalidTransition("handover_not_submitted")
            if h.version != expected_version:
                raise ConflictError("conflict")
            if h.author_id == acker.id:
                raise ServiceError("handover_ack_own")
            h.state = "acknowledged"
            h.acknowledged_at = now
            h.ack_by_id = acker.id
            h.ack_by_name = acker.name
            h.ack_note = note_v
            with s.no_autoflush:  # one UPDATE: the row is frozen from the moment it is acknowledged
                h.ack_digest = _digest(h)
            self._flush(s)
            audit.record(
                s,
                acker,
                "handover",
                h.id,
                "acknowledge",
                after={
                    "ack_by": acker.name,
                    "ack_note": note_v,
                    "digest": h.ack_digest,
                    "session_user": session_user.name if session_user else None,
                },
            )
            return self._detail(s, h)

    def correct(self, user: CurrentUser, handover_id: int, reason: str) -> HandoverDetail:
        """A correction of an acknowledged entry: a new draft referring to it, starting from its
        content (items as they were handed over), that goes through 交班 and 接班 again."""
        require(user, Action.HANDOVER_WRITE)
        c = Collector()
        reason_v = c.check("correction_reason", clean_text, reason, max_len=ACK_NOTE_MAX, required=True)
        c.raise_if_any()
        with self._db.write() as s:
            old = s.get(Handover, handover_id)
            if old is None:
                raise NotFound("not_found")
            if not self._can_read(user, old):
                raise PermissionDenied("forbidden", action=Action.HANDOVER_WRITE.value, role=user.role.value)
            if old.acknowledged_at is None:
                raise InvalidTransition("handover_not_acknowledged")
            h = Handover(
                state="draft",
                counter=old.counter,
                shift_name=old.shift_name,
                shift_start=old.shift_start,
                shift_end=old.shift_end,
                author_id=user.id,
                author_name=user.name,
                keys_lent=old.keys_lent,
                cash_fen=old.cash_fen,
                receipts=old.receipts,
                watch_notes=old.watch_notes,
                compiled_at=old.compiled_at,
                compile_errors=old.compile_errors,
                corrects_id=old.id,
                correction_reason=reason_v,
            )
            for it in old.items:
                h.items.append(
                    HandoverEntryItem(
                        position=it.position,
                        section=it.section,
                        ref_kind=it.ref_kind,
                        ref_id=it.ref_id,
                        ref_number=it.ref_number,
                        summary=it.summary,
                        state=it.state,
                        due_at=it.due_at,
                        overdue=it.overdue,
                        extra=dict(it.extra or {}),
                        remark=it.remark,
                    )
                )
            for m in old.messages:
                h.messages.append(
                    HandoverMessage(
                        position=m.position,
                        recipient_id=m.recipient_id,
                        recipient_name=m.recipient_name,
                        text=m.text,
                    )
                )
            s.add(h)
            s.flush()
            audit.record(
                s,
                user,
                "handover",
                h.id,
                "create_correction",
                after={"corrects": old.number, "reason": reason_v},
            )
            return self._detail(s, h)

    def record_print(self, user: CurrentUser, handover_id: int, *, target: str = "printer") -> None:
        """The sheet went to a printer or into a PDF file: written to the audit trail (the entry
        itself may be frozen; the trail is where its prints are counted)."""
        self.get(user, handover_id)  # may this user see it at all
        with self._db.write() as s:
            audit.record(s, user, "handover", handover_id, "print", after={"target": target[:20]})

    # --- what a counter and a person have waiting --------------------------------------------------

    def counter_status(self, user: CurrentUser, counter: str) -> CounterStatus:
        if not (user.can(Action.HANDOVER_ACK) or user.can(Action.HANDOVER_WRITE)):
            return CounterStatus((), None, ())
        with self._db.read() as s:
            pending = s.scalars(
                select(Handover)
                .where(Handover.counter == counter, Handover.state == "submitted", Handover.author_id != user.id)
                .order_by(Handover.submitted_at, Handover.id)
            ).all()
            own = s.scalar(
                select(Handover.id)
                .where(
                    Handover.counter == counter,
                    Handover.state == "draft",
                    Handover.author_id == user.id,
                    Handover.corrects_id.is_(None),
                )
                .order_by(Handover.id.desc())
                .limit(1)
            )
            others = s.scalars(
                select(Handover)
                .where(Handover.counter == counter, Handover.state == "draft", Handover.author_id != user.id)
                .order_by(Handover.id)
            ).all()
            return CounterStatus(tuple(self._rows(s, pending)), own, tuple(self._rows(s, others)))

    def messages_for(self, user: CurrentUser, days: int = 7) -> list[MessageForMe]:
        """Messages addressed to this person in handovers of the last ``days`` days, newest first."""
        since = self._clock.now() - timedelta(days=days)
        with self._db.read() as s:
            rows = s.execute(
                select(Handover, HandoverMessage)
                .join(HandoverMessage, HandoverMessage.handover_id == Handover.id)
                .where(
                    HandoverMessage.recipient_id == user.id,
                    Handover.state != "draft",
                    Handover.submitted_at >= since,
                )
                .order_by(Handover.submitted_at.desc(), HandoverMessage.position)
            ).all()
            return [
                MessageForMe(h.id, h.number, h.author_name, h.shift_name, h.submitted_at or h.created_at, m.text) for h, m in rows
            ]

    # --- lists, search, counts ------------------------------------------------------------------------

    def _ack_due(self) -> timedelta:
        return timedelta(minutes=self._int_setting("handover.ack_due_minutes", 120))

    def _rows(self, s: Session, hs: Sequence[Handover]) -> list[HandoverRow]:
        if not hs:
            return []
        ids = [h.id for h in hs]
        counts = dict(
            s.execute(
                select(HandoverEntryItem.handover_id, func.count())
                .where(
                    HandoverEntryItem.handover_id.in_(ids),
                    ~HandoverEntryItem.section.startswith(COUNT_PREFIX),
                    or_(HandoverEntryItem.ref_id != 0, HandoverEntryItem.ref_number != ""),
                )
                .group_by(HandoverEntryItem.handover_id)
            ).all()
        )
        corrections = dict(
            s.execute(
                select(Handover.corrects_id, func.count())
                .where(Handover.corrects_id.in_(ids), Handover.state != "draft")
                .group_by(Handover.corrects_id)
            ).all()
        )
        ref_ids = {h.corrects_id for h in hs if h.corrects_id is not None}
        numbers = dict(s.execute(select(Handover.id, Handover.number).where(Handover.id.in_(ref_ids))).all()) if ref_ids else {}
        due = self._clock.now() - self._ack_due()
        return [
            HandoverRow(
                h.id,
                h.number,
                h.state,
                h.counter,
                h.shift_name,
                h.shift_start,
                h.shift_end,
                h.author_id,
                h.author_name,
                h.submitted_at,
                h.acknowledged_at,
                h.ack_by_name,
                counts.get(h.id, 0),
                h.corrects_id,
                numbers.get(h.corrects_id) if h.corrects_id else None,
                corrections.get(h.id, 0),
                h.state == "submitted" and h.submitted_at is not None and h.submitted_at < due,
            )
            for h in hs
        ]

    def _visible(self, user: CurrentUser, counter: str):  # type: ignore[no-untyped-def]
        """The WHERE clause for what this user may list."""
        if user.can(Action.HANDOVER_VIEW_ALL):
            return None
        if not (user.can(Action.HANDOVER_WRITE) or user.can(Action.HANDOVER_ACK)):
            raise PermissionDenied("forbidden", action=Action.HANDOVER_VIEW_ALL.value, role=user.role.value)
        mine = or_(Handover.author_id == user.id, Handover.ack_by_id == user.id)
        at_counter = and_(Handover.counter == counter, Handover.state != "draft")
        return or_(mine, at_counter) if counter else mine

    def find(
        self,
        user: CurrentUser,
        query: HandoverQuery | None = None,
        *,
        before_id: int | None = None,
        limit: int = 100,
    ) -> list[HandoverRow]:
        """Newest first, by keyset (``before_id``). A supervisor sees every handover; others see
        their own and the submitted ones of the counter named in the query."""
        q = query or HandoverQuery()
        stmt = select(Handover).order_by(Handover.id.desc()).limit(limit)
        visible = self._visible(user, q.counter)
        if visible is not None:
            stmt = stmt.where(visible)
            stmt = stmt.where(or_(Handover.state != "draft", Handover.author_id == user.id))
        elif q.counter:
            stmt = stmt.where(Handover.counter == q.counter)
        if before_id is not None:
            stmt = stmt.where(Handover.id < before_id)
        if q.date_from is not None:
            stmt = stmt.where(Handover.shift_start >= _local_midnight(q.date_from))
        if q.date_to is not None:
            stmt = stmt.where(Handover.shift_start < _local_midnight(q.date_to + timedelta(days=1)))
        person = " ".join((q.person or "").split())
        if person:
            stmt = stmt.where(
                or_(
                    Handover.author_name.like(_like(person), escape="\\"),
                    Handover.ack_by_name.like(_like(person), escape="\\"),
                )
            )
        text = (q.text or "").strip()
        if text:
            stmt = stmt.where(_text_clause(text))
        if q.state in ("draft", "submitted", "acknowledged"):
            stmt = stmt.where(Handover.state == q.state)
        elif q.state == "unacked":
            stmt = stmt.where(Handover.state == "submitted")
        elif q.state == "overdue":
            stmt = stmt.where(Handover.state == "submitted", Handover.submitted_at < self._clock.now() - self._ack_due())
        with self._db.read() as s:
            return self._rows(s, s.scalars(stmt).all())

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]:
        """Global search (kind "handover"): number, people, notes, messages and items."""
        text = (text or "").strip()
        if not text:
            return []
        stmt = (
            select(Handover)
            .where(
                or_(
                    _text_clause(text),
                    Handover.author_name.like(_like(text), escape="\\"),
                    Handover.ack_by_name.like(_like(text), escape="\\"),
                )
            )
            .order_by(Handover.id.desc())
            .limit(limit)
        )
        if not user.can(Action.HANDOVER_VIEW_ALL):
            if not (user.can(Action.HANDOVER_WRITE) or user.can(Action.HANDOVER_ACK)):
                return []
            stmt = stmt.where(or_(Handover.author_id == user.id, Handover.ack_by_id == user.id))
        from frontdesk.services.clock import to_local

        with self._db.read() as s:
            out = []
            for h in s.scalars(stmt):
                start = to_local(h.shift_start)
                title = f"{h.number or '（草稿）'} {start:%Y-%m-%d} {h.shift_name} {h.counter}"
                who = h.author_name + (f" → {h.ack_by_name}" if h.ack_by_name else "")
                out.append(SearchHit("handover", h.id, title, who))
            return out

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        """For a supervisor: handovers submitted and still not acknowledged after the due time."""
        if not user.can(Action.HANDOVER_VIEW_ALL):
            return []
        with self._db.read() as s:
            n = (
                s.scalar(
                    select(func.count())
                    .select_from(Handover)
                    .where(
                        Handover.state == "submitted",
                        Handover.submitted_at < self._clock.now() - self._ack_due(),
                    )
                )
                or 0
            )
        return [StatusCount("handover.unacked", int(n), "warning")]

    def history_of_counters(self) -> list[str]:
        """Counter names seen so far (for the supervisor's filter)."""
        with self._db.read() as s:
            return list(s.scalars(select(Handover.counter).distinct().order_by(Handover.counter)))


# --- helpers ------------------------------------------------------------------------------------------


def _remarks(h: Handover) -> dict[str, str]:
    return {item_key(i.section, i.ref_kind, i.ref_id): i.remark for i in h.items if i.remark}


def _staff_by_name(s: Session, names: list[str]) -> dict[str, int]:
    """Names that belong to exactly one active member of staff → their id."""
    if not names:
        return {}
    rows = s.execute(select(Staff.name, Staff.id).where(Staff.name.in_(set(names)), Staff.active.is_(True))).all()
    found: dict[str, list[int]] = {}
    for name, sid in rows:
        found.setdefault(name, []).append(sid)
    return {n: ids[0] for n, ids in found.items() if len(ids) == 1}


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), LOCAL_TZ)


def _text_clause(text: str):  # type: ignore[no-untyped-def]
    pat = _like(text)
    in_items = exists().where(
        HandoverEntryItem.handover_id == Handover.id,
        or_(
            HandoverEntryItem.summary.like(pat, escape="\\"),
            HandoverEntryItem.ref_number.like(pat, escape="\\"),
            HandoverEntryItem.remark.like(pat, escape="\\"),
        ),
    )
    in_messages = exists().where(
        HandoverMessage.handover_id == Handover.id,
        or_(HandoverMessage.text.like(pat, escape="\\"), HandoverMessage.recipient_name.like(pat, escape="\\")),
    )
    return or_(
        Handover.number.like(pat, escape="\\"),
        Handover.keys_lent.like(pat, escape="\\"),
        Handover.receipts.like(pat, escape="\\"),
        Handover.watch_notes.like(pat, escape="\\"),
        Handover.ack_note.like(pat, escape="\\"),
        Handover.correction_reason.like(pat, escape="\\"),
        in_items,
        in_messages,
    )


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


__all__ = [
    "COUNT_PREFIX",
    "SECTION_ORDER",
    "CounterStatus",
    "DraftSaved",
    "HandoverDetail",
    "HandoverNotes",
    "HandoverQuery",
    "HandoverRow",
    "HandoverService",
    "ItemRow",
    "MessageForMe",
    "MessageInput",
    "MessageRow",
    "STATES",
    "ValidationError",
    "clean_cash",
    "format_fen",
]


# --- the registration (frontdesk.features) -------------------------------------------------------


def _build(env: FeatureEnv) -> HandoverService:
    return HandoverService(env.db, env.clock, env.get("staff"), env.get("settings"), env.get("handover_sources"))


FEATURE = Feature(
    kind=HANDOVER,
    key="handover",
    build=_build,
    vocabulary=Vocabulary("Handover", "交接班"),
    tabs=(TabSpec("frontdesk.ui.handover_tab:HandoverTab", 90, None),),
)
