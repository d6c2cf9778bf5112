"""Running a service call from the UI, in one place (Anki's CollectionOp/QueryOp).

:func:`call_and_publish` runs a mutating service method, collects the change set it reports
(services.core.changes) and publishes it on the application bus; a ``ServiceError`` comes
back to the view, which shows it in its place. Dialogs use ``dialog_parts.submit`` (field
errors beside their fields, the rest in the banner) and forms ``ServiceForm.save``, both built
on the same two steps. Widgets never emit changes themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from frontdesk.services.core.changes import ChangeSet, call_op
from frontdesk.services.errors import ServiceError
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.messages import error_message

R = TypeVar("R")


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
