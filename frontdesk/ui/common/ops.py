"""Running a service call from the UI, in one place (Anki's CollectionOp/QueryOp).

:func:`run_op` calls a mutating service method, collects the change set it reports
(services.core.changes), publishes it on the application bus and hands the result on. A
``ServiceError`` is shown once, here: field errors beside their fields when a form is given,
otherwise in a message box; a conflict goes to the form's conflict handler. Widgets never emit changes themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from frontdesk.services.core.changes import ChangeSet, call_op
from frontdesk.services.errors import ConflictError, ServiceError, ValidationError
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.messages import error_message

R = TypeVar("R")


class ErrorSink(Protocol):
    """Where a form shows its errors (ui.forms.FieldErrors has ``show``)."""

    def show(self, exc: ValidationError) -> list[str]: ...


def show_error(parent: QWidget | None, exc: ServiceError, errors: ErrorSink | None = None) -> None:
    if isinstance(exc, ValidationError) and errors is not None:
        unplaced = errors.show(exc)
        if not unplaced:
            return
    QMessageBox.warning(parent, QCoreApplication.translate("ops", "无法保存"), error_message(exc))


def run_op(
    ctx: UiContext,
    parent: QWidget | None,
    fn: Callable[..., R],
    *args: Any,
    errors: ErrorSink | None = None,
    on_conflict: Callable[[ConflictError], None] | None = None,
    **kwargs: Any,
) -> tuple[bool, R | None]:
    """Run ``fn(*args, **kwargs)`` (a mutating service call) now; publish what it changed.
    Returns (True, result), or (False, None) after showing the error."""
    try:
        result, changes = call_op(fn, *args, **kwargs)
    except ConflictError as exc:
        if on_conflict is not None:
            on_conflict(exc)
        else:
            show_error(parent, exc, errors)
        return False, None
    except ServiceError as exc:
        show_error(parent, exc, errors)
        return False, None
    publish(ctx, changes)
    return True, result


def call_and_publish(ctx: UiContext, fn: Callable[..., R], *args: Any, **kwargs: Any) -> R:
    """For views that show a refused call in place (their own banner, beside a field, a wrong
    password, a frozen entry): run the call and publish what it changed; a ``ServiceError``
    comes back to the caller unpublished (its transaction was rolled back)."""
    result, changed = call_op(fn, *args, **kwargs)
    publish(ctx, changed)
    return result


def ask(say: Callable[[str], Any], fn: Callable[..., R], *args: Any, **kwargs: Any) -> tuple[bool, R | None]:
    """For a view that reads a record (or reveals a number) and shows a refusal in its own place
    (a banner, a message line, a message box): ``fn(*args, **kwargs)``, or the ``ServiceError``
    worded and handed to ``say``. Returns (True, result), or (False, None) after saying why."""
    try:
        return True, fn(*args, **kwargs)
    except ServiceError as exc:
        say(error_message(exc))
        return False, None


def publish(ctx: UiContext, changes: ChangeSet) -> None:
    ctx.bus.publish(changes)
