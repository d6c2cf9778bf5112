"""Roles and the permission matrix. Every service call checks it: a hidden button is not a permission."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from frontdesk.services.errors import PermissionDenied


class Role(str, Enum):
    RECEPTIONIST = "receptionist"  # 前台客服
    BUTLER = "butler"  # 客服管家
    SUPERVISOR = "supervisor"  # 客服主管
    ADMIN = "admin"  # 系统管理员
    GUARD = "guard"  # 门岗（秩序维护员）
    TECHNICIAN = "technician"  # 维修工（通常不登录）
    CLERK = "clerk"  # 职员（财务部、环境部等，不登录）


LOGIN_ROLES = (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR, Role.ADMIN, Role.GUARD)


class Action(str, Enum):
    # registry and people
    REGISTRY_VIEW = "registry.view"
    REGISTRY_EDIT = "registry.edit"
    REGISTRY_IMPORT = "registry.import"
    REGISTRY_EXPORT = "registry.export"
    PII_VIEW = "pii.view"  # see phones unmasked without asking
    PII_UNMASK = "pii.unmask"  # reveal one masked value, deliberately and logged
    STAFF_MANAGE = "staff.manage"
    SETTINGS_MANAGE = "settings.manage"
    AUDIT_VIEW = "audit.view"
    DEMO_LOAD = "demo.load"
    # call and visit log
    CALL_CREATE = "call.create"
    CALL_EDIT = "call.edit"
    CALL_VIEW = "call.view"
    CALL_EXPORT = "call.export"
    # work orders
    ORDER_VIEW = "order.view"
    ORDER_CREATE = "order.create"
    ORDER_EDIT = "order.edit"
    ORDER_DISPATCH = "order.dispatch"
    ORDER_PROGRESS = "order.progress"  # start, complete, hold, resume
    ORDER_CANCEL = "order.cancel"
    ORDER_CLOSE = "order.close"
    ORDER_EXPORT = "order.export"
    CALLBACK_RECORD = "callback.record"
    ALERT_ACK = "alert.ack"
    # complaints
    COMPLAINT_VIEW = "complaint.view"
    COMPLAINT_CREATE = "complaint.create"
    COMPLAINT_HANDLE = "complaint.handle"  # judge, investigate, propose, implement
    COMPLAINT_APPROVE = "complaint.approve"
    COMPLAINT_CLOSE = "complaint.close"
    COMPLAINT_STATS = "complaint.stats"
    COMPLAINT_EXPORT = "complaint.export"
    # release passes and rectification notices
    PASS_ISSUE = "pass.issue"
    PASS_VOID = "pass.void"
    PASS_REPRINT = "pass.reprint"
    PASS_VERIFY = "pass.verify"
    PASS_VIEW = "pass.view"
    PASS_EXPORT = "pass.export"
    NOTICE_ISSUE = "notice.issue"
    NOTICE_REINSPECT = "notice.reinspect"
    NOTICE_VIEW = "notice.view"
    # handover
    HANDOVER_WRITE = "handover.write"
    HANDOVER_ACK = "handover.ack"
    HANDOVER_VIEW_ALL = "handover.view_all"


_A = Action
#: the role matrix as data, one line per role: the role whose actions it also has (the front desk
#: under the butler under the supervisor), then its own; the administrator may do everything
_ROLES: tuple[tuple[Role, Role | None, frozenset[Action]], ...] = (
    (Role.RECEPTIONIST, None, frozenset({
        _A.REGISTRY_VIEW, _A.REGISTRY_EXPORT, _A.PII_UNMASK,
        _A.CALL_CREATE, _A.CALL_EDIT, _A.CALL_VIEW, _A.CALL_EXPORT,
        _A.ORDER_VIEW, _A.ORDER_CREATE, _A.ORDER_EDIT, _A.ORDER_DISPATCH, _A.ORDER_PROGRESS, _A.ORDER_EXPORT,
        _A.CALLBACK_RECORD,
        _A.COMPLAINT_VIEW, _A.COMPLAINT_CREATE, _A.COMPLAINT_HANDLE, _A.COMPLAINT_EXPORT,
        _A.PASS_ISSUE, _A.PASS_REPRINT, _A.PASS_VERIFY, _A.PASS_VIEW, _A.PASS_EXPORT,
        _A.NOTICE_ISSUE, _A.NOTICE_VIEW,
        _A.HANDOVER_WRITE, _A.HANDOVER_ACK,
    })),
    (Role.BUTLER, Role.RECEPTIONIST, frozenset({
        _A.REGISTRY_EDIT, _A.NOTICE_REINSPECT, _A.COMPLAINT_CLOSE, _A.ORDER_CLOSE,
    })),
    (Role.SUPERVISOR, Role.BUTLER, frozenset({
        _A.REGISTRY_IMPORT, _A.PII_VIEW, _A.STAFF_MANAGE, _A.SETTINGS_MANAGE, _A.AUDIT_VIEW, _A.DEMO_LOAD,
        _A.ORDER_CANCEL, _A.ALERT_ACK, _A.COMPLAINT_APPROVE, _A.COMPLAINT_STATS,
        _A.PASS_VOID, _A.HANDOVER_VIEW_ALL,
    })),
    (Role.ADMIN, None, frozenset(Action)),
    (Role.GUARD, None, frozenset({_A.PASS_VERIFY, _A.PASS_VIEW})),
    (Role.TECHNICIAN, None, frozenset()),
    (Role.CLERK, None, frozenset()),
)  # fmt: skip


def _matrix() -> dict[Role, frozenset[Action]]:
    """Each role's actions: its own and those of the role it builds on."""
    matrix: dict[Role, frozenset[Action]] = {}
    for role, base, own in _ROLES:
        matrix[role] = own | (matrix[base] if base is not None else frozenset())
    return matrix


MATRIX: dict[Role, frozenset[Action]] = _matrix()


#: actions registered by features (services.core.features.Feature.permissions), beyond the table above
_GRANTED: dict[Role, set[str]] = {role: set() for role in Role}


def grant(action: str, roles: Iterable[Role]) -> None:
    """Give ``roles`` (and always the administrator) a feature's action. Registering the same
    grant again is harmless, so every build of the services may do it."""
    code = _code(action)
    for role in (*roles, Role.ADMIN):
        _GRANTED[role].add(code)


def _code(action: str) -> str:
    return str(action.value) if isinstance(action, Enum) else str(action)


@dataclass(frozen=True)
class CurrentUser:
    """Who is logged in at this counter; passed to every service call."""

    id: int
    name: str
    role: Role
    username: str

    def can(self, action: Action | str) -> bool:
        return action in MATRIX[self.role] or _code(action) in _GRANTED[self.role]


def can(user: CurrentUser, action: Action | str) -> bool:
    return user.can(action)


def require(user: CurrentUser, action: Action | str) -> None:
    if not user.can(action):
        raise PermissionDenied("forbidden", action=_code(action), role=user.role.value)
