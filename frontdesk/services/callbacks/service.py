"""The callback queue's service: the list, the recording (with the owner's hook), counts, handover."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select

from frontdesk.db import Database
from frontdesk.models import Callback
from frontdesk.services import audit
from frontdesk.services.callbacks.queue import due_from, rows_for
from frontdesk.services.callbacks.rows import (
    _FIELDS,
    CALLBACK,
    DONE,
    METHODS,
    PENDING,
    SATISFACTION,
    CallbackHook,
    CallbackRow,
    RecordedCallback,
    row_of,
)
from frontdesk.services.clock import Clock, to_local
from frontdesk.services.contracts import HandoverItem, StatusCount
from frontdesk.services.core import service_clock
from frontdesk.services.core.changes import Kind, changes, note
from frontdesk.services.core.counting import count_rows
from frontdesk.services.core.pii import reveal_phone
from frontdesk.services.core.rows import row_from
from frontdesk.services.core.service import Service
from frontdesk.services.core.versioning import load_for_change, load_record
from frontdesk.services.errors import InvalidTransition, ValidationError
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.validation import Collector, clean_text


class CallbackService(Service):
    """The queue of callbacks owed, for every kind that registered a hook (``register_hook``)."""

    _entity = "callback"

    def __init__(self, db: Database, clock: Clock, settings: Any = None) -> None:
        super().__init__(db, clock, settings)
        self._hooks: dict[str, CallbackHook] = {}

    def register_hook(self, ref_kind: str, hook: CallbackHook) -> None:
        self._hooks[ref_kind] = hook

    def due_from(self, at: datetime) -> datetime:
        return due_from(self._settings, at)

    # --- reading -------------------------------------------------------------------------------

    def queue(
        self,
        user: CurrentUser,
        *,
        state: str = PENDING,
        ref_kind: str | None = None,
        text: str | None = None,
        limit: int = 500,
    ) -> list[CallbackRow]:
        """Callbacks of every kind: pending ones by due time (overdue first), or done ones newest first.
        ``state`` is pending / done / overdue / all."""
        require(user, Action.CALLBACK_RECORD)
        now = self._clock.now()
        with self._db.read() as s:
            q = select(Callback)
            if state == "overdue":
                q = q.where(Callback.state == PENDING, Callback.due_at < now).order_by(Callback.due_at)
            elif state == PENDING:
                q = q.where(Callback.state == PENDING).order_by(Callback.due_at, Callback.id)
            elif state == DONE:
                q = q.where(Callback.state == DONE).order_by(Callback.done_at.desc(), Callback.id.desc())
            else:
                q = q.order_by(Callback.id.desc())
            if ref_kind:
                q = q.where(Callback.ref_kind == ref_kind)
            t = (text or "").strip()
            if t:
                like = "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                q = q.where(
                    or_(
                        Callback.ref_number.like(like, escape="\\"),
                        Callback.summary.like(like, escape="\\"),
                        Callback.room_code.like(like, escape="\\"),
                        Callback.contact_name.like(like, escape="\\"),
                    )
                )
            return service_clock.with_clocks(s, "callback", [row_of(user, c, now) for c in s.scalars(q.limit(limit))], now)

    def for_record(self, user: CurrentUser, ref_kind: str, ref_id: int) -> list[CallbackRow]:
        with self._db.read() as s:
            return rows_for(s, user, ref_kind, ref_id, self._clock.now())

    def get(self, user: CurrentUser, callback_id: int) -> CallbackRow:
        with self._db.read() as s:
            c = load_record(s, Callback, callback_id)
            return row_of(user, c, self._clock.now())

    def reveal_phone(self, user: CurrentUser, callback_id: int) -> str:
        """The full number to dial: a deliberate act, written to the audit trail."""
        return reveal_phone(
            self._db, self._clock, user, Callback, callback_id, view=Action.CALLBACK_RECORD, audit_kind="callback"
        )

    # --- recording ----------------------------------------------------------------------------

    @changes(CALLBACK)
    def record(
        self,
        user: CurrentUser,
        callback_id: int,
        *,
        expected_version: int,
        method: str,
        satisfaction: str,
        comments: str | None = None,
        done_at: datetime | None = None,
    ) -> RecordedCallback:
        """Record a callback in full. An unsatisfied or partly satisfied answer needs the reason
        (seed: 能否告诉我您对哪方面不满意). The owning feature reacts in the same transaction."""
        require(user, Action.CALLBACK_RECORD)
        now = self._clock.now()
        c = Collector()
        if method not in METHODS:
            c.add("method", "required" if not method else "invalid")
        if satisfaction not in SATISFACTION:
            c.add("satisfaction", "required" if not satisfaction else "invalid")
        comments_v = c.check("comments", clean_text, comments, max_len=1000, required=satisfaction in ("unsatisfied", "basic"))
        when = done_at or now
        if when.tzinfo is None:
            c.add("done_at", "bad_date")
        elif when > now + timedelta(minutes=5):
            c.add("done_at", "date_in_future")
        c.raise_if_any()
        with self._db.write() as s:
            cb = load_for_change(s, Callback, callback_id, expected_version, lock=True)
            if cb.state != PENDING:
                raise InvalidTransition("callback_not_pending", state=cb.state)
            if when < cb.scheduled_at:
                # the form shows minutes only: the scheduled minute itself is not "before"
                if when.replace(second=0, microsecond=0) < cb.scheduled_at.replace(second=0, microsecond=0):
                    raise ValidationError({"done_at": "before_scheduled"})
                when = cb.scheduled_at
            before = audit.snapshot(cb, _FIELDS)
            cb.state = DONE
            cb.done_at = when
            cb.done_by_id = user.id
            cb.done_by_name = user.name
            cb.method = method
            cb.satisfaction = satisfaction
            cb.comments = comments_v
            cb.recorded_at = now
            s.flush()
            service_clock.complete(s, "callback", cb.id, now)
            b, a = audit.diff(before, audit.snapshot(cb, _FIELDS))
            self._audit(s, user, cb.id, "record", before=b, after=a, at=now)
            row = row_of(user, cb, now)
            hook = self._hooks.get(cb.ref_kind)
            outcome = hook.on_callback_recorded(s, user, row) if hook is not None else None
            if hook is not None:
                note(Kind(cb.ref_kind))  # the owner reacted: its record changed too
            return RecordedCallback(row, outcome)

    # --- what the rest of the app shows -------------------------------------------------------

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        require(user, Action.CALLBACK_RECORD)
        now = self._clock.now()
        local = to_local(now)
        end_of_day = local.replace(hour=23, minute=59, second=59, microsecond=999999)
        with self._db.read() as s:
            pending = Callback.state == PENDING
            overdue = count_rows(s, Callback, pending, Callback.due_at < now)
            today = count_rows(s, Callback, pending, Callback.due_at >= now, Callback.due_at <= end_of_day)
        return [
            StatusCount("callback.overdue", overdue, "danger"),
            StatusCount("callback.due_today", today, "warning"),
        ]

    def handover_items(self, user: CurrentUser, shift_start: datetime, shift_end: datetime) -> list[HandoverItem]:
        """Every callback still owed, overdue ones first: the next shift must make them."""
        if not user.can(Action.CALLBACK_RECORD):
            return []
        now = self._clock.now()
        with self._db.read() as s:
            rows = s.scalars(select(Callback).where(Callback.state == PENDING).order_by(Callback.due_at, Callback.id)).all()
            return [
                row_from(  # the reference, summary, state and due time as the callback has them
                    HandoverItem,
                    c,
                    section="callback.due",
                    overdue=c.due_at < now,
                    extra={
                        "callback_id": str(c.id),
                        "room": c.room_code or "",
                        "contact": c.contact_name or "",
                    },
                )
                for c in rows
            ]
