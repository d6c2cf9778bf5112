"""The callback queue's rows, codes and words, and the hook a record kind registers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from sqlalchemy.orm import Session

from frontdesk.models import Callback
from frontdesk.services.core.changes import Kind  # noqa: E402 - the kind goes with the feature
from frontdesk.services.core.features import Vocabulary
from frontdesk.services.core.service_clock import ClockView
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.permissions import Action, CurrentUser
from frontdesk.services.registry.service import phone_for

#: the record kind this feature registers (frontdesk.features)
CALLBACK = Kind("callback")

METHODS = ("phone", "visit", "sms", "wechat")  # 电话 / 上门 / 短信 / 微信
SATISFACTION = ("satisfied", "basic", "unsatisfied")  # 满意 / 基本满意 / 不满意
PENDING, DONE, CANCELLED = "pending", "done", "cancelled"
#: a callback is recorded once, while it is pending (the service keeps its own refusal code,
#: callback_not_pending, which the counter's message words)
MACHINE: StateMachine[str, str] = StateMachine([Transition(frozenset({PENDING}), "record", DONE, Action.CALLBACK_RECORD)])
DEFAULT_DUE_DAYS = 3
#: the queue's words (states, methods, satisfaction), translated under "Callbacks"
VOCABULARY = Vocabulary(
    "Callbacks",
    "回访",
    states={PENDING: "待回访", DONE: "已回访", CANCELLED: "已取消"},
    labels={
        "method": {"phone": "电话", "visit": "上门", "sms": "短信", "wechat": "微信"},
        "satisfaction": {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意"},
    },
    counts={"callback.overdue": "回访逾期 {0}", "callback.due_today": "今日应回访 {0}"},
)
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
    #: what the reader may do to it (MACHINE.allowed): the form is enabled from this
    allowed: frozenset[str] = frozenset()
    #: the service clock (services.core.service_clock) where the list read it
    clock: ClockView | None = field(default=None, kw_only=True)


@dataclass(frozen=True)
class RecordedCallback:
    callback: CallbackRow
    #: what the owning feature did with the result, e.g. "called_back", "reopened"
    outcome: str | None


class CallbackHook(Protocol):
    def on_callback_recorded(self, session: Session, user: CurrentUser, callback: CallbackRow) -> str | None: ...


def row_of(user: CurrentUser | None, c: Callback, now: datetime) -> CallbackRow:
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
        MACHINE.allowed(user, c.state) if user else frozenset(),
    )
