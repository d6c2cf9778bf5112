"""Who a call is made for, checked against the database at every action.

Services trusted the ``CurrentUser`` they were handed: a receptionist's id carrying a supervisor
role could approve, and a deactivated user's session kept its rights. Every public method that
takes ``user`` now checks it first (one primary-key read); a service calling another checks once.
"""

from __future__ import annotations

import contextvars
import functools
import inspect
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from frontdesk.db import Database
from frontdesk.services.permissions import CurrentUser

#: the user already checked in this call (a service calling another checks once)
_checked: contextvars.ContextVar[CurrentUser | None] = contextvars.ContextVar("frontdesk_user_checked", default=None)


def check_user(db: Database, user: CurrentUser) -> None:
    """The user a call is made for, against the database: the account exists, is active and
    still has the role the session carries. A deactivation or a role change takes effect at the
    next action; a ``CurrentUser`` made up with someone else's role is refused. One primary-key
    read of three columns per action."""
    from frontdesk.models import Staff  # models import late: this module is imported by the services' base
    from frontdesk.services.errors import AuthError

    with db.read() as s:
        row = s.execute(select(Staff.active, Staff.role).where(Staff.id == user.id)).one_or_none()
    if row is None or not row.active or row.role != user.role.value:
        raise AuthError("session_ended")


def _checking(fn: Callable[..., Any]) -> Callable[..., Any]:
    position = list(inspect.signature(fn).parameters).index("user")  # 0 is self

    @functools.wraps(fn)
    def inner(self: Any, *args: Any, **kwargs: Any) -> Any:
        user = kwargs.get("user") if "user" in kwargs else (args[position - 1] if len(args) >= position else None)
        db = getattr(self, "_db", None)
        if not isinstance(user, CurrentUser) or db is None or _checked.get() == user:
            return fn(self, *args, **kwargs)
        check_user(db, user)
        token = _checked.set(user)
        try:
            return fn(self, *args, **kwargs)
        finally:
            _checked.reset(token)

    inner.__user_checked__ = True  # type: ignore[attr-defined]
    return inner


class UserChecked:
    """Every public method of a subclass that takes ``user`` checks it against the database
    first (:func:`check_user`) on the subclass's ``_db``."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, fn in list(vars(cls).items()):
            if name.startswith("_") or not inspect.isfunction(fn) or getattr(fn, "__user_checked__", False):
                continue
            if "user" in inspect.signature(fn).parameters:
                setattr(cls, name, _checking(fn))
