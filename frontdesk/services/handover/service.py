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

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from frontdesk.models import Handover, HandoverEntryItem, HandoverMessage, Staff
from frontdesk.services.core.changes import changes
from frontdesk.services.core.rows import columns_of
from frontdesk.services.core.versioning import load_for_change, load_record
from frontdesk.services.errors import (
    AuthError,
    InvalidTransition,
    ServiceError,
    ValidationError,
)
from frontdesk.services.handover.queries import (
    HandoverQueries,
)
from frontdesk.services.handover.rows import (
    DraftSaved,
    HandoverDetail,
    HandoverNotes,
)
from frontdesk.services.handover.rules import (
    _NOTE_FIELDS,
    ACK_NOTE_MAX,
    HANDOVER,
    MACHINE,
    MESSAGE_MAX,
    MESSAGES_MAX,
    NOTE_MAX,
    PREFIX,
    REMARK_MAX,
    _content,
    _digest,
    _remarks,
    check,
    clean_cash,
    clean_counter,
    item_key,
)
from frontdesk.services.handover.shifts import (
    ShiftWindow,
)
from frontdesk.services.numbering import next_serial
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.validation import Collector, FieldError, checked, clean_text

#: what a correction carries over from the entry it corrects (its own author, state and link aside)
_CORRECTION_CARRIES = (
    "counter",
    "shift_name",
    "shift_start",
    "shift_end",
    "keys_lent",
    "cash_fen",
    "receipts",
    "watch_notes",
    "compiled_at",
    "compile_errors",
)
#: and from each of its items (``extra`` is copied, not shared) and messages
_ITEM_CARRIES = ("position", "section", "ref_kind", "ref_id", "ref_number", "summary", "state", "due_at", "overdue", "remark")
_MESSAGE_CARRIES = ("position", "recipient_id", "recipient_name", "text")


def _checked_window(window: ShiftWindow) -> ShiftWindow:
    """A shift handed back by the caller: a name within its column, a start before its end."""
    name = checked("shift", clean_text, window.name, max_len=20, required=True, multiline=False)
    if not window.start < window.end:
        raise ValidationError({"shift": "invalid"})
    return ShiftWindow(name or "", window.start, window.end)


class HandoverService(HandoverQueries):
    # --- writing -----------------------------------------------------------------------------------

    @changes(HANDOVER)
    def open_draft(self, user: CurrentUser, counter: str, window: ShiftWindow | None = None) -> HandoverDetail:
        """The writer's draft for this counter, created and compiled if there is none; an existing
        draft is recompiled (for its own shift) so it shows what is open now."""
        require(user, Action.HANDOVER_WRITE)
        counter_v = checked("counter", clean_counter, counter)
        with self._db.read() as s:
            existing = s.scalar(self._own_draft_q(user, counter_v))
            if existing is not None:
                window = ShiftWindow(existing.shift_name, existing.shift_start, existing.shift_end)
        if window is None:
            choices, idx = self.shift_choices()
            window = choices[idx]
        window = _checked_window(window)
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
                self._fill_fed_notes(user, h)
                s.flush()
                self._audit(
                    s,
                    user,
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
                self._fill_fed_notes(user, h)
                self._flush(s)
            return self._detail(s, h, user)

    @staticmethod
    def _own_draft_q(user: CurrentUser, counter: str) -> Select[Handover]:
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

    @changes(HANDOVER)
    def refresh_items(
        self, user: CurrentUser, handover_id: int, *, expected_version: int, window: ShiftWindow | None = None
    ) -> HandoverDetail:
        """Compile the open items again, optionally for another shift. Remarks are kept."""
        require(user, Action.HANDOVER_WRITE)
        with self._db.read() as s:
            h = load_record(s, Handover, handover_id)
            if h.corrects_id is not None:
                raise InvalidTransition("handover_correction_items_fixed")
            window = _checked_window(window or ShiftWindow(h.shift_name, h.shift_start, h.shift_end))
        items, errors = self.compile(user, window)
        with self._db.write() as s:
            h = self._load_for_change(s, user, handover_id, expected_version, "refresh")
            before = {"shift": h.shift_name, "shift_start": h.shift_start}
            h.shift_name, h.shift_start, h.shift_end = window.name, window.start, window.end
            self._store_items(h, items, errors, self._clock.now(), _remarks(h))
            self._fill_fed_notes(user, h)
            self._flush(s)
            if before["shift_start"] != window.start or before["shift"] != window.name:
                self._audit(
                    s, user, h.id, "change_shift", before=before, after={"shift": window.name, "shift_start": window.start}
                )
            return self._detail(s, h, user)

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

    @changes(HANDOVER)
    def save_draft(self, user: CurrentUser, handover_id: int, notes: HandoverNotes, *, expected_version: int) -> DraftSaved:
        """Autosave as the writer types: every valid field is saved, invalid ones are reported
        (and keep their last saved value), so a slip in one field never loses the others."""
        require(user, Action.HANDOVER_WRITE)
        c = Collector()
        with self._db.write() as s:
            h = self._load_for_change(s, user, handover_id, expected_version, "save")
            values = self._clean_notes(s, notes, c)
            self._apply_notes(s, h, values)
            self._fill_fed_notes(user, h)
            self._flush(s)
            return DraftSaved(self._detail(s, h, user), dict(c.errors), dict(c.params))

    @changes(HANDOVER)
    def submit(self, user: CurrentUser, handover_id: int, notes: HandoverNotes, *, expected_version: int) -> HandoverDetail:
        """交班: everything checked, the open items compiled once more and fixed, a number given."""
        require(user, Action.HANDOVER_WRITE)
        c = Collector()
        with self._db.read() as s:
            h0 = load_record(s, Handover, handover_id)
            values = self._clean_notes(s, notes, c)
            window = ShiftWindow(h0.shift_name, h0.shift_start, h0.shift_end)
            is_correction = h0.corrects_id is not None
        c.raise_if_any()
        compiled = None if is_correction else self.compile(user, window)
        now = self._clock.now()
        with self._db.write() as s:
            h = self._load_for_change(s, user, handover_id, expected_version, "submit")
            if compiled is not None:
                self._store_items(h, compiled[0], compiled[1], now, values.get("remarks", {}))
            self._apply_notes(s, h, values)
            self._fill_fed_notes(user, h)
            if h.number is None:
                h.number = next_serial(s, PREFIX, now)
            h.state = MACHINE.target("submit") or h.state
            h.submitted_at = now
            self._flush(s)
            self._audit(s, user, h.id, "submit", after=_content(h))
            return self._detail(s, h, user)

    @changes(HANDOVER)
    def withdraw(self, user: CurrentUser, handover_id: int, *, expected_version: int) -> HandoverDetail:
        """Take a submitted entry back to edit it — only until someone has acknowledged it."""
        with self._changing(user, handover_id, expected_version, "withdraw") as (s, h):
            h.state = MACHINE.target("withdraw") or h.state
            h.submitted_at = None
            self._flush(s)
            self._audit(s, user, h.id, "withdraw", before={"state": "submitted"}, after={"state": "draft"})
            return self._detail(s, h, user)

    @changes(HANDOVER)
    def discard(self, user: CurrentUser, handover_id: int, *, expected_version: int) -> None:
        """Throw away a draft that was never handed over."""
        with self._changing(user, handover_id, expected_version, "discard") as (s, h):
            if h.number is not None:  # handed over once: it stays on the record
                raise InvalidTransition("handover_not_discardable")
            before = _content(h)
            s.delete(h)
            self._flush(s)
            self._audit(s, user, handover_id, "discard", before=before)

    @changes(HANDOVER)
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
                self._audit(s, session_user, handover_id, "ack_failed", after={"username": (username or "").strip()[:50]})
            raise
        require(acker, Action.HANDOVER_ACK)
        now = self._clock.now()
        with self._db.write() as s:
            h = load_for_change(s, Handover, handover_id, None, lock=True)
            check(acker, h.state, "acknowledge")
            load_for_change(s, Handover, handover_id, expected_version)
            if h.author_id == acker.id:
                raise ServiceError("handover_ack_own")
            h.state = MACHINE.target("acknowledge") or h.state
            h.acknowledged_at = now
            h.ack_by_id = acker.id
            h.ack_by_name = acker.name
            h.ack_note = note_v
            with s.no_autoflush:  # one UPDATE: the row is frozen from the moment it is acknowledged
                h.ack_digest = _digest(h)
            self._flush(s)
            self._audit(
                s,
                acker,
                h.id,
                "acknowledge",
                after={
                    "ack_by": acker.name,
                    "ack_note": note_v,
                    "digest": h.ack_digest,
                    "session_user": session_user.name if session_user else None,
                },
            )
            return self._detail(s, h, session_user or acker)

    @changes(HANDOVER)
    def correct(self, user: CurrentUser, handover_id: int, reason: str) -> HandoverDetail:
        """A correction of an acknowledged entry: a new draft referring to it, starting from its
        content (items as they were handed over), that goes through 交班 and 接班 again."""
        require(user, Action.HANDOVER_WRITE)
        reason_v = checked("correction_reason", clean_text, reason, max_len=ACK_NOTE_MAX, required=True)
        with self._db.write() as s:
            old = self._readable(s, user, handover_id, Action.HANDOVER_WRITE)
            check(user, old.state, "correct")
            h = Handover(
                state="draft",
                **columns_of(old, _CORRECTION_CARRIES),
                author_id=user.id,
                author_name=user.name,
                corrects_id=old.id,
                correction_reason=reason_v,
            )
            for it in old.items:
                h.items.append(HandoverEntryItem(**columns_of(it, _ITEM_CARRIES), extra=dict(it.extra or {})))
            for m in old.messages:
                h.messages.append(HandoverMessage(**columns_of(m, _MESSAGE_CARRIES)))
            s.add(h)
            s.flush()
            self._audit(s, user, h.id, "create_correction", after={"corrects": old.number, "reason": reason_v})
            return self._detail(s, h, user)

    def record_print(self, user: CurrentUser, handover_id: int, *, target: str = "printer") -> None:
        """The sheet went to a printer or into a PDF file: written to the audit trail (the entry
        itself may be frozen; the trail is where its prints are counted)."""
        self.get(user, handover_id)  # may this user see it at all
        with self._db.write() as s:
            self._audit(s, user, handover_id, "print", after={"target": target[:20]})


def _staff_by_name(s: Session, names: list[str]) -> dict[str, int]:
    """Names that belong to exactly one active member of staff → their id."""
    if not names:
        return {}
    rows = s.execute(select(Staff.name, Staff.id).where(Staff.name.in_(set(names)), Staff.active.is_(True))).all()
    found: dict[str, list[int]] = {}
    for name, sid in rows:
        found.setdefault(name, []).append(sid)
    return {n: ids[0] for n, ids in found.items() if len(ids) == 1}
