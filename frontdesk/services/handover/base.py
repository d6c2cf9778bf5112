"""The handover service's foundation: shifts and time limits, compiling the open items from the
registered sources, reading one entry."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from frontdesk.db import Database
from frontdesk.models import Handover, HandoverEntryItem
from frontdesk.services.clock import Clock
from frontdesk.services.contracts import HandoverItem
from frontdesk.services.core.changes import SETTING, changes
from frontdesk.services.core.rows import row_from
from frontdesk.services.core.service import Service
from frontdesk.services.core.versioning import load_for_change, load_record
from frontdesk.services.errors import (
    ConflictError,
    InvalidTransition,
    PermissionDenied,
)
from frontdesk.services.handover.rows import (
    HandoverDetail,
    ItemRow,
    MessageRow,
)
from frontdesk.services.handover.rules import (
    NOTE_MAX,
    _clean_minutes,
    _digest,
    _item_sort_key,
    allowed,
    check,
    compiled_cash_fen,
    is_tally,
    item_key,
)
from frontdesk.services.handover.shifts import (
    DEFAULT_SHIFTS,
    ShiftDef,
    ShiftWindow,
    handover_window,
    parse_shifts,
    recent_windows,
)
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.settings import SettingsService
from frontdesk.services.staff import StaffService
from frontdesk.services.validation import Collector, FieldError, checked

log = logging.getLogger("frontdesk.services.handover")


#: marks a note line a feature wrote (``HandoverBase.feed_note``), not the writer
FED = "▶ "


class HandoverBase(Service):
    _entity = "handover"
    _settings: SettingsService  # always given: the handover's shifts are settings it also writes

    def __init__(
        self,
        db: Database,
        clock: Clock,
        staff: StaffService,
        settings: SettingsService,
        sources: Sequence[Any],
    ) -> None:
        super().__init__(db, clock, settings)
        self._staff = staff
        #: the container's list itself, so features registered later are compiled too
        self._sources = sources
        #: note fields a feature writes instead of the writer (see :meth:`feed_note`)
        self._note_feeds: dict[str, Callable[[CurrentUser], str]] = {}

    def feed_note(self, field: str, source: Callable[[CurrentUser], str]) -> None:
        """Let a feature write a note field (e.g. ``keys_lent`` from the open key loans):
        ``source(user)`` gives its lines, which head the field, each marked with :data:`FED`,
        rewritten whenever the draft is compiled, saved or handed over (a key returned meanwhile
        drops out). Lines the writer adds (unmarked) are kept below. Registered from the
        feature's ``wire``."""
        self._note_feeds[field] = source

    def fed_notes(self) -> frozenset[str]:
        """The note fields a feature writes."""
        return frozenset(self._note_feeds)

    def _fill_fed_notes(self, user: CurrentUser, h: Handover) -> None:
        for field, source in self._note_feeds.items():
            try:
                lines = source(user).splitlines()
            except PermissionDenied:
                continue
            text = getattr(h, field) or ""
            own = [line for line in text.splitlines() if not line.startswith(FED)]
            if lines or len(own) != len(text.splitlines()):
                setattr(h, field, "\n".join([*(FED + line for line in lines), *own])[:NOTE_MAX])

    # --- shifts ---------------------------------------------------------------------------------

    def shifts(self) -> list[ShiftDef]:
        """The configured shifts; the defaults if the stored value is unusable."""
        try:
            return parse_shifts(self._settings.get("handover.shifts"))
        except FieldError:
            log.warning("handover.shifts setting is invalid; using the defaults")
            return parse_shifts(DEFAULT_SHIFTS)

    @changes(SETTING)
    def set_shifts(self, user: CurrentUser, rows: list[dict[str, str]]) -> list[ShiftDef]:
        require(user, Action.SETTINGS_MANAGE)
        parsed: list[ShiftDef] = checked("shifts", parse_shifts, rows)
        value = [{"name": s.name, "start": s.start, "end": s.end} for s in parsed]
        self._settings.set(user, "handover.shifts", value)
        return parsed

    def timing(self) -> tuple[int, int]:
        """(grace minutes, acknowledgement due minutes); see settings DEFAULTS."""
        return (
            self._int_setting("handover.grace_minutes", 60),
            self._int_setting("handover.ack_due_minutes", 120),
        )

    @changes(SETTING)
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
        before = compiled_cash_fen(i.extra for i in h.items)
        compiled = compiled_cash_fen(i.extra for i in items)
        if compiled is not None and h.cash_fen in (None, before):  # the writer has not typed another figure
            h.cash_fen = compiled
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

    def _readable(self, s: Session, user: CurrentUser, handover_id: int, denied: Action) -> Handover:
        """The entry if this user may read it (missing → NotFound; hidden → ``denied`` refused)."""
        h = load_record(s, Handover, handover_id)
        if not self._can_read(user, h):
            raise PermissionDenied("forbidden", action=denied.value, role=user.role.value)
        return h

    def get(self, user: CurrentUser, handover_id: int) -> HandoverDetail:
        with self._db.read() as s:
            return self._detail(s, self._readable(s, user, handover_id, Action.HANDOVER_VIEW_ALL), user)

    def _detail(self, s: Session, h: Handover, user: CurrentUser) -> HandoverDetail:
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
            row_from(ItemRow, i, key=item_key(i.section, i.ref_kind, i.ref_id), extra=dict(i.extra or {})) for i in h.items
        )
        messages = tuple(MessageRow(m.recipient_id, m.recipient_name, m.text) for m in h.messages)
        digest_ok = None if h.ack_digest is None else h.ack_digest == _digest(h)
        return row_from(
            HandoverDetail,
            h,
            shift=ShiftWindow(h.shift_name, h.shift_start, h.shift_end),
            items=items,
            messages=messages,
            compile_errors=tuple(h.compile_errors or ()),
            digest_ok=digest_ok,
            corrects_number=corrects_number,
            corrected_by=corrected_by,
            allowed=allowed(user, h.state, author_id=h.author_id, numbered=h.number is not None),
        )

    def _load_for_change(self, s: Session, user: CurrentUser, handover_id: int, expected_version: int, action: str) -> Handover:
        """The author's entry to change by ``action``: frozen and not-the-author come before a
        stale version (nothing the writer could redo would help), then the state machine."""
        h = load_for_change(s, Handover, handover_id, None, lock=True)
        if h.acknowledged_at is not None:
            raise InvalidTransition("handover_frozen")
        if h.author_id != user.id:
            raise PermissionDenied("handover_not_author", action=Action.HANDOVER_WRITE.value, role=user.role.value)
        load_for_change(s, Handover, handover_id, expected_version)
        check(user, h.state, action)
        return h

    @contextmanager
    def _changing(
        self, user: CurrentUser, handover_id: int, expected_version: int, action: str
    ) -> Iterator[tuple[Session, Handover]]:
        """A write transaction and the author's entry to change by ``action`` in it, once the
        user may write handovers at all: the opening every one-step change shares."""
        require(user, Action.HANDOVER_WRITE)
        with self._db.write() as s:
            yield s, self._load_for_change(s, user, handover_id, expected_version, action)

    @staticmethod
    def _flush(s: Session) -> None:
        try:
            s.flush()
        except StaleDataError as exc:
            raise ConflictError("conflict") from exc
