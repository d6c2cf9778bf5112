"""Running the handover's service calls from its screens.

The draft, 接班 and settings dialogs show a refused call in their own banner or beside their
fields (and treat a conflict, a wrong password or a frozen entry each their own way), so they
cannot hand the error to :func:`frontdesk.ui.common.ops.run_op`'s message box. They run the call
here instead: what it changed is published the one way (ui.common.ops.publish), and a
``ServiceError`` comes back to the caller unpublished (its transaction was rolled back)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from frontdesk.services.core.changes import call_op
from frontdesk.ui.common.ops import publish
from frontdesk.ui.context import UiContext

R = TypeVar("R")


# SHARED-CANDIDATE: ui.common.ops has run_op (errors shown in a message box) and publish; views
# that show errors in place need "call, publish, let the error through" — this, in core.
def call_and_publish(ctx: UiContext, fn: Callable[..., R], *args: Any, record_id: int = 0, **kwargs: Any) -> R:
    """Run a mutating service call and publish its change set; errors propagate unpublished."""
    result, changed = call_op(fn, *args, **kwargs)
    rid = getattr(result, "id", None)
    publish(ctx, changed, rid if isinstance(rid, int) else record_id)
    return result
