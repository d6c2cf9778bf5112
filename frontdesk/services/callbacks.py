"""回访: one callback queue for every kind of record (work orders now, complaints next).

The seed's rule: every finished job is called back within three days (必须保证在三天之内完成回访),
and the call is recorded in full (时间, 回访人, 方式, 满意度, 意见).

A feature takes part in three steps, none of which makes this module import the feature:

1. It schedules a callback inside its own transaction when the record is finished::

       callbacks.schedule(session, "order", order.id, ref_number=..., summary=...,
                          due_at=callbacks.due_from(settings, now), at=now, by=user, ...)

2. It registers a hook once, at start-up (services.container)::

       callback_service.register_hook("order", work_order_service)

3. When someone records the callback, the hook's ``on_callback_recorded(session, user, callback)``
   runs in the same transaction and returns an outcome code (e.g. "called_back" or "reopened");
   raising a ServiceError there undoes the whole recording.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from frontdesk.db import Database
from frontdesk.models import Callback
from frontdesk.services import audit
from frontdesk.services.clock import Clock, to_local
from frontdesk.services.contracts import HandoverItem, StatusCount
from frontdesk.services.core.changes import Kind  # noqa: E402 - the kind goes with the feature
from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec, Vocabulary
from frontdesk.services.errors import ConflictError, InvalidTransition, NotFound, ValidationError
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry import phone_for
from frontdesk.services.validation import Collector, clean_text

#: the record kind this feature registers (frontdesk.features)
CALLBACK = Kind("callback")

METHODS = ("phone", "visit", "sms", "wechat")  # 电话 / 上门 / 短信 / 微信
SATISFACTION = ("satisfied", "basic", "unsatisfied")  # 满意 / 基本满意 / 不满意
PENDING, DONE, CANCELLED = "pending", "done", "cancelled"
DEFAULT_DUE_DAYS = 3
_FIELDS = ("state", "done_at", "done_by_name", "method", "satisfaction", "comments")


@dataclass(frozen=True)
class CallbackRow:
    id: int
    ref_kind: str
    ref_id: int
    round: int
    ref_number: str
    summary: str
    room_code: str
    contact_name: str
    phone: str  # as the user may see it (masked without PII_VIEW)
    state: str
    scheduled_at: datetime
    due_at: datetime
    overdue: bool
    done_at: datetime | None
    done_by_name: str | None
    method: str | None
    satisfaction: str | None
    comments: str | None
    version: int


@dataclass(frozen=True)
class RecordedCallback:
    callback: CallbackRow
    #: what the owning feature did with the result, e.g. "called_back", "reopened"
    outcome: str | None


class CallbackHook(Protocol):
    def on_callback_recorded(self, session: Session, user: CurrentUser, callback: CallbackRow) -> str | None: ...


def due_from(settings: Any, at: datetime) -> datetime:
    """When a callback scheduled at ``at`` is due (setting ``callback.due_days``, 3 by default)."""
    days = settings.get("callback.due_days") if settings is not None else None
    try:
        n = float(days) if days is not None else DEFAULT_DUE_DAYS
    except (TypeError, ValueError):
        n = DEFAULT_DUE_DAYS
    return at + timedelta(days=n if n > 0 else DEFAULT_DUE_DAYS)


def _row(user: CurrentUser | None, c: Callback, now: datetime) -> CallbackRow:
    return CallbackRow(
        c.id,
        c.ref_kind,
        c.ref_id,
        c.round,
        c.ref_number,
        c.summary,
        c.room_code or "",
        c.contact_name or "",
        phone_for(user, c.phone) if user else (c.phone or ""),
        c.state,
        c.scheduled_at,
        c.due_at,
        c.state == PENDING and c.due_at < now,
        c.done_at,
        c.done_by_name,
        c.method,
        c.satisfaction,
        c.comments,
        c.version,
    )


def rows_for(session: Session, user: CurrentUser | None, ref_kind: str, ref_id: int, now: datetime) -> list[CallbackRow]:
    """A record's callbacks, every round, inside the caller's session (for its detail view)."""
    rows = session.scalars(
        select(Callback).where(Callback.ref_kind == ref_kind, Callback.ref_id == ref_id).order_by(Callback.round)
    ).all()
    return [_row(user, c, now) for c in rows]


def schedule(
    session: Session,
    ref_kind: str,
    ref_id: int,
    *,
    ref_number: str,
    summary: str,
    due_at: datetime,
    at: datetime,
    by: CurrentUser | None,
    room_code: str | None = None,
    contact_name: str | None = None,
    phone: str | None = None,
) -> CallbackRow:
    """Put a callback for a record in the queue, inside the caller's transaction. A record has at
    most one pending callback: scheduling again while one is pending returns that one."""
    pending = session.scalars(
        select(Callback).where(Callback.ref_kind == ref_kind, Callback.ref_id == ref_id, Callback.state == PENDING)
    ).first()
    if pending is not None:
        return _row(None, pending, at)
    last = session.scalar(select(func.max(Callback.round)).where(Callback.ref_kind == ref_kind, Callback.ref_id == ref_id))
    cb = Callback(
        ref_kind=ref_kind,
        ref_id=ref_id,
        round=int(last or 0) + 1,
        ref_number=ref_number,
        summary=" ".join(summary.split())[:200],
        room_code=room_code,
        contact_name=contact_name,
        phone=phone,
        state=PENDING,
        scheduled_at=at,
        due_at=due_at,
    )
    session.add(cb)
    session.flush()
    audit.record(
        session,
        by,
        "callback",
        cb.id,
        "schedule",
        after={
            "ref_kind": ref_kind,
            "ref_id": ref_id,
            "round": cb.round,
            "due_at": due_at,
        },
        at=at,
    )
    return _row(None, cb, at)


def cancel_pending(session: Session, ref_kind: str, ref_id: int, *, by: CurrentUser | None, at: datetime) -> int:
    """Withdraw a record's pending callback (e.g. the record was cancelled). Returns how many."""
    rows = session.scalars(
        select(Callback).where(Callback.ref_kind == ref_kind, Callback.ref_id == ref_id, Callback.state == PENDING)
    ).all()
    for cb in rows:
        cb.state = CANCELLED
        audit.record(
            session,
            by,
            "callback",
            cb.id,
            "cancel",
            before={"state": PENDING},
            after={"state": CANCELLED},
            at=at,
        )
    session.flush()
    return len(rows)


class CallbackService:
    def __init__(self, db: Database, clock: Clock, settings: Any = None) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings
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
            return [_row(user, c, now) for c in s.scalars(q.limit(limit))]

    def for_record(self, user: CurrentUser, ref_kind: str, ref_id: int) -> list[CallbackRow]:
        with self._db.read() as s:
            return rows_for(s, user, ref_kind, ref_id, self._clock.now())

    def get(self, user: CurrentUser, callback_id: int) -> CallbackRow:
        with self._db.read() as s:
            c = s.get(Callback, callback_id)
            if c is None:
                raise NotFound("not_found")
            return _row(user, c, self._clock.now())

    def reveal_phone(self, user: CurrentUser, callback_id: int) -> str:
        """The full number to dial: a deliberate act, written to the audit trail."""
        require(user, Action.CALLBACK_RECORD)
        if not user.can(Action.PII_VIEW):
            require(user, Action.PII_UNMASK)
        with self._db.write() as s:
            c = s.get(Callback, callback_id)
            if c is None:
                raise NotFound("not_found")
            audit.record(s, user, "callback", c.id, "unmask", after={"field": "phone"}, at=self._clock.now())
            return c.phone or ""

    # --- recording ----------------------------------------------------------------------------

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
            cb = s.scalars(select(Callback).where(Callback.id == callback_id).with_for_update()).first()
            if cb is None:
                raise NotFound("not_found")
            if cb.version != expected_version:
                raise ConflictError("conflict")
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
            b, a = audit.diff(before, audit.snapshot(cb, _FIELDS))
            audit.record(s, user, "callback", cb.id, "record", before=b, after=a, at=now)
            row = _row(user, cb, now)
            hook = self._hooks.get(cb.ref_kind)
            outcome = hook.on_callback_recorded(s, user, row) if hook is not None else None
            return RecordedCallback(row, outcome)

    # --- what the rest of the app shows -------------------------------------------------------

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        require(user, Action.CALLBACK_RECORD)
        now = self._clock.now()
        local = to_local(now)
        end_of_day = local.replace(hour=23, minute=59, second=59, microsecond=999999)
        with self._db.read() as s:
            base = select(func.count()).select_from(Callback).where(Callback.state == PENDING)
            overdue = s.scalar(base.where(Callback.due_at < now)) or 0
            today = s.scalar(base.where(Callback.due_at >= now, Callback.due_at <= end_of_day)) or 0
        return [
            StatusCount("callback.overdue", int(overdue), "danger"),
            StatusCount("callback.due_today", int(today), "warning"),
        ]

    def handover_items(self, user: CurrentUser, shift_start: datetime, shift_end: datetime) -> list[HandoverItem]:
        """Every callback still owed, overdue ones first: the next shift must make them."""
        if not user.can(Action.CALLBACK_RECORD):
            return []
        now = self._clock.now()
        with self._db.read() as s:
            rows = s.scalars(select(Callback).where(Callback.state == PENDING).order_by(Callback.due_at, Callback.id)).all()
            return [
                HandoverItem(
                    section="callback.due",
                    ref_kind=c.ref_kind,
                    ref_id=c.ref_id,
                    ref_number=c.ref_number,
                    summary=c.summary,
                    state=c.state,
                    due_at=c.due_at,
                    overdue=c.due_at < now,
                    extra={
                        "callback_id": str(c.id),
                        "room": c.room_code or "",
                        "contact": c.contact_name or "",
                    },
                )
                for c in rows
            ]


# --- the registration (frontdesk.features) -------------------------------------------------------


def _build(env: FeatureEnv) -> CallbackService:
    return CallbackService(env.db, env.clock, env.get("settings"))


FEATURE = Feature(
    kind=CALLBACK,
    key="callbacks",
    build=_build,
    vocabulary=Vocabulary("Callbacks", "回访"),
    tabs=(TabSpec("frontdesk.ui.callback_tab:CallbackTab", 40, Action.CALLBACK_RECORD),),
)
