"""The complaint loop as data: states, steps, the state machine table, and the pure checks
of what is typed at each step."""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterable
from datetime import timedelta
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from frontdesk.models import Setting
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.features import Vocabulary
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.permissions import Action, CurrentUser
from frontdesk.services.settings import DEFAULTS
from frontdesk.services.validation import (
    LONG_TEXT_MAX,
    FieldError,
    clean_text,
)

#: the record kind this feature registers (frontdesk.features)
COMPLAINT = Kind("complaint")

PREFIX = "TS"
#: the alert a 重大 complaint raises (the same alert window as urgent work orders)
ALERT_KIND = "complaint.major"
#: the call log's channel codes, in the words of the complaint form
CALL_CHANNELS = {"phone": "来电", "visit": "来访", "online": "线上", "other": "其他"}
SEVERITIES = ("一般", "重大")
MAJOR = "重大"
#: the callback queue's codes (services.callbacks): 满意 / 基本满意 / 不满意
SATISFACTIONS = ("satisfied", "basic", "unsatisfied")
UNSATISFIED = "unsatisfied"
MAX_PROPOSALS = 3
PERSON_MAX = 50
#: a complaint's time may be a little ahead of this PC's clock (another counter's clock drifts)
FUTURE_TOLERANCE = timedelta(minutes=5)


class State(str, Enum):
    """The step a complaint waits for, or how it ended."""

    JUDGE = "judge"  # 待判断 (step 2)
    INVESTIGATE = "investigate"  # 待调查 (step 3)
    PROPOSE = "propose"  # 待提方案 (step 4)
    APPROVE = "approve"  # 待审批 (step 4)
    IMPLEMENT = "implement"  # 待实施 (step 5)
    CALLBACK = "callback"  # 待回访 (step 6)
    CLOSE = "close"  # 待总结 (step 6)
    CLOSED = "closed"  # 已关闭
    INVALID = "invalid"  # 投诉不成立，已答复

    @property
    def step(self) -> int:
        return STEP_OF_STATE[self]

    @property
    def is_open(self) -> bool:
        return self not in (State.CLOSED, State.INVALID)


STEP_OF_STATE: dict[State, int] = {
    State.JUDGE: 2, State.INVESTIGATE: 3, State.PROPOSE: 4, State.APPROVE: 4,
    State.IMPLEMENT: 5, State.CALLBACK: 6, State.CLOSE: 6, State.CLOSED: 6, State.INVALID: 2,
}  # fmt: skip
OPEN_STATES = tuple(s for s in State if s.is_open)
ENDED_STATES = (State.CLOSED, State.INVALID)

#: state groups offered by the list filter
STATE_GROUPS: dict[str, tuple[State, ...]] = {
    "open": OPEN_STATES,
    "ended": ENDED_STATES,
    **{s.value: (s,) for s in State},
}

_FIELDS = (
    "number", "state", "due_at", "complainant", "room_id", "phone", "received_at", "channel", "category",
    "content", "severity", "call_id", "valid", "judge_note", "invalid_reply", "department_id",
    "responsible_person", "cause", "proposals", "chosen_proposal", "approval_comment", "approved",
    "actions_taken", "complainant_accepted", "complainant_opinion", "satisfaction", "callback_comment",
    "improvement", "summary",
)  # fmt: skip


# --- what callers send -----------------------------------------------------------------------

#: the words of complaints (translated under the context "complaints"): the one set of state
#: words the list, the detail view, the export and the printed forms use
VOCABULARY = Vocabulary(
    "complaints",
    "投诉",
    states={
        State.JUDGE: "待判断",
        State.INVESTIGATE: "待调查",
        State.PROPOSE: "待提方案",
        State.APPROVE: "待审批",
        State.IMPLEMENT: "待实施",
        State.CALLBACK: "待回访",
        State.CLOSE: "待总结",
        State.CLOSED: "已关闭",
        State.INVALID: "不成立",
    },  # fmt: skip
    labels={
        "satisfaction": {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意"},
        "method": {"phone": "电话", "visit": "上门", "sms": "短信", "wechat": "微信"},
        "valid": {"yes": "有效", "no": "无效", "unknown": "待判断"},
    },
    counts={"complaint.overdue": "投诉超时 {0}", "complaint.to_approve": "投诉待审批 {0}"},
)


# --- the state machine, as data the UI can ask ---------------------------------------------------


#: (state it must be in, permission it needs) for each step action
def _t(sources: Iterable[State], action: str, target: State | None, permission: Action) -> Transition[State, str]:
    return Transition(frozenset(sources), action, target, permission)


#: every step action: the states it may be taken from, where it leads (None: the step's outcome
#: decides — a judged complaint is valid or not, an implemented solution accepted or not) and
#: who may take it. The step a record finishes is the step of the state it leaves.
MACHINE: StateMachine[State, str] = StateMachine(
    [
        _t(OPEN_STATES, "edit", None, Action.COMPLAINT_CREATE),
        _t((State.JUDGE,), "judge", None, Action.COMPLAINT_HANDLE),
        _t((State.INVESTIGATE,), "investigate", State.PROPOSE, Action.COMPLAINT_HANDLE),
        _t((State.PROPOSE,), "propose", State.APPROVE, Action.COMPLAINT_HANDLE),
        _t((State.APPROVE,), "approve", State.IMPLEMENT, Action.COMPLAINT_APPROVE),
        _t((State.APPROVE,), "return", State.PROPOSE, Action.COMPLAINT_APPROVE),
        _t((State.IMPLEMENT,), "implement", None, Action.COMPLAINT_HANDLE),
        _t((State.CLOSE,), "close", State.CLOSED, Action.COMPLAINT_CLOSE),
    ]
)


#: the fields a step stamps with when and by whom it was taken (``judged_at``, ``judged_by``)
STAMPS = {
    "judge": "judged", "investigate": "investigated", "propose": "proposed", "approve": "approved",
    "return": "approved", "implement": "implemented", "close": "closed",
}  # fmt: skip


def available_actions(user: CurrentUser, state: State | str) -> set[str]:
    """The step actions this user may take on a complaint in ``state`` (for enabling buttons;
    the service checks again on every call)."""
    return set(MACHINE.allowed(user, state))


# --- helpers -------------------------------------------------------------------------------------


def _setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is not None:
        return row.value
    return copy.deepcopy(DEFAULTS.get(key))


class _SessionSettings:
    """Settings read inside the caller's transaction (for callbacks.due_from)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str) -> Any:
        return _setting(self._s, key)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", text))


def _clean_choice(value: str, allowed: Iterable[str]) -> str:
    value = (value or "").strip()
    if not value:
        raise FieldError("required")
    if value not in list(allowed):
        raise FieldError("invalid")
    return value


def _clean_person(value: str | None) -> str:
    text = clean_text(value, max_len=PERSON_MAX, required=True, multiline=False)
    assert text is not None
    return text


def _required_text(value: str | None, max_len: int = LONG_TEXT_MAX) -> str:
    text = clean_text(value, max_len=max_len, required=True)
    assert text is not None
    return text
