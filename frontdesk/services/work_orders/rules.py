"""维修工作单: repair work orders from the report to the callback.

States (codes; the UI and the printed form word them)::

    new 待派单 → dispatched 已派单 → in_progress 处理中 → completed 已完工
      → called_back 已回访 → closed 已关闭
    on_hold 挂起 (with a reason; resumes to where it was)     cancelled 已取消 (with a reason)

An unsatisfied callback reopens a completed order (back to dispatched, same technician).
:data:`MACHINE` is the whole state machine: which operation is allowed from which state,
and which permission it needs. Every change is an event on the order's timeline.
"""

from __future__ import annotations

from enum import Enum

from frontdesk.services.core.changes import Kind
from frontdesk.services.core.features import Vocabulary
from frontdesk.services.core.states import StateMachine, Transition
from frontdesk.services.permissions import Action, CurrentUser

#: the record kind this feature registers (frontdesk.features)
ORDER = Kind("order")

PREFIX = "WX"
DEFAULT_DEADLINE_HOURS = 72
DESCRIPTION_MAX = 1000
REASON_MAX = 200
MAX_LINES = 20  # material and charge lines on one order (the printed form stays readable)

#: the one set of words for an order's codes: lists, detail, export, the printed form, the
#: handover and the status bar (the UI translates them under the context "WorkOrders")
VOCABULARY = Vocabulary(
    "WorkOrders",
    "维修工单",
    states={
        "new": "待派单", "dispatched": "已派单", "in_progress": "处理中", "completed": "已完工",
        "called_back": "已回访", "closed": "已关闭", "on_hold": "挂起", "cancelled": "已取消",
    },
    labels={
        "urgency": {"normal": "一般", "urgent": "紧急"},
        "paid": {"yes": "有偿", "no": "无偿"},
        "confirmation": {"signed": "业主签字确认", "phone": "电话确认", "absent": "业主不在场"},
        "satisfaction": {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意"},
        "place": {"public": "公区"},
        "overdue": {"yes": "是"},
    },
    counts={"order.overdue": "工单超时 {0}", "order.new": "待派单 {0}"},
)  # fmt: skip


class State(str, Enum):
    NEW = "new"  # 待派单
    DISPATCHED = "dispatched"  # 已派单
    IN_PROGRESS = "in_progress"  # 处理中
    COMPLETED = "completed"  # 已完工
    CALLED_BACK = "called_back"  # 已回访
    CLOSED = "closed"  # 已关闭
    ON_HOLD = "on_hold"  # 挂起
    CANCELLED = "cancelled"  # 已取消


class Op(str, Enum):
    """Everything one can do to an existing order."""

    EDIT = "edit"
    DISPATCH = "dispatch"
    REASSIGN = "reassign"
    START = "start"
    HOLD = "hold"
    RESUME = "resume"
    COMPLETE = "complete"
    CALLBACK = "callback"  # through the callback queue
    CLOSE = "close"
    CANCEL = "cancel"


S = State
T = Transition
#: the whole state machine: (states it may start from, operation, where it leads, permission).
#: Target None: the state stays, or depends on the order (resume: where it was; callback).
MACHINE: StateMachine[State, Op] = StateMachine(
    [
        T(frozenset({S.NEW, S.DISPATCHED, S.IN_PROGRESS, S.ON_HOLD}), Op.EDIT, None, Action.ORDER_EDIT),
        T(frozenset({S.NEW}), Op.DISPATCH, S.DISPATCHED, Action.ORDER_DISPATCH),
        T(frozenset({S.DISPATCHED, S.IN_PROGRESS}), Op.REASSIGN, None, Action.ORDER_DISPATCH),
        T(frozenset({S.DISPATCHED}), Op.START, S.IN_PROGRESS, Action.ORDER_PROGRESS),
        T(frozenset({S.NEW, S.DISPATCHED, S.IN_PROGRESS}), Op.HOLD, S.ON_HOLD, Action.ORDER_PROGRESS),
        T(frozenset({S.ON_HOLD}), Op.RESUME, None, Action.ORDER_PROGRESS),
        T(frozenset({S.IN_PROGRESS}), Op.COMPLETE, S.COMPLETED, Action.ORDER_PROGRESS),
        T(frozenset({S.COMPLETED}), Op.CALLBACK, None, Action.CALLBACK_RECORD),
        T(frozenset({S.CALLED_BACK}), Op.CLOSE, S.CLOSED, Action.ORDER_CLOSE),
        T(frozenset({S.NEW, S.DISPATCHED, S.IN_PROGRESS, S.ON_HOLD}), Op.CANCEL, S.CANCELLED, Action.ORDER_CANCEL),
    ]
)
#: work still to be done: these can be overdue (on hold stops the clock)
WORKING = frozenset({S.NEW, S.DISPATCHED, S.IN_PROGRESS})
FINISHED = frozenset({S.CLOSED, S.CANCELLED})
URGENCIES = ("normal", "urgent")  # 一般 / 紧急
CONFIRMATIONS = ("signed", "phone", "absent")  # 业主签字 / 电话确认 / 业主不在场
ALERT_KIND = "order.urgent"
_AUDIT_FIELDS = (
    "state",
    "room_id",
    "location",
    "reporter",
    "phone",
    "category",
    "description",
    "urgency",
    "paid",
    "appointment_at",
    "due_at",
    "department_id",
    "technician_id",
    "hold_reason",
    "cancel_reason",
    "completed_at",
    "work_done",
    "owner_confirmation",
    "owner_comment",
    "charge_total",
)


def allowed_ops(user: CurrentUser, state: State | str) -> frozenset[Op]:
    """What this user may do to an order in this state (the UI enables its buttons from this)."""
    return MACHINE.allowed(user, State(state))
