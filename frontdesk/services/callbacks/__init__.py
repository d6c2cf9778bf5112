"""回访: one callback queue for every kind of record (work orders now, complaints next).

The seed's rule: every finished job is called back within three days (必须保证在三天之内完成回访),
and the call is recorded in full (时间, 回访人, 方式, 满意度, 意见).

A feature takes part in three steps, none of which makes this module import the feature:

1. It schedules a callback inside its own transaction when the record is finished::

       callbacks.schedule(session, "order", order.id, ref_number=..., summary=...,
                          due_at=callbacks.due_from(settings, now), at=now, by=user, ...)

2. It registers a hook once, at start-up (its ``Feature.wire``)::

       services.callbacks.register_hook("order", work_order_service)

3. When someone records the callback, the hook's ``on_callback_recorded(session, user, callback)``
   runs in the same transaction and returns an outcome code (e.g. "called_back" or "reopened");
   raising a ServiceError there undoes the whole recording. The recording's change set names
   the callback and the owner's kind (the kind named ``ref_kind``).

Layout: ``rows`` (rows, codes, words, the hook protocol), ``queue`` (calls made inside another
feature's transaction), ``service`` (the queue's own reads and the recording), ``feature``.
"""

from __future__ import annotations

from frontdesk.services.callbacks.feature import FEATURE
from frontdesk.services.callbacks.rows import CALLBACK, METHODS, SATISFACTION, CallbackRow

__all__ = ["CALLBACK", "CallbackRow", "FEATURE", "METHODS", "SATISFACTION"]
