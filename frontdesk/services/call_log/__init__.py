"""来电来访登记: logging calls and visits, looking up the caller, follow-ups, search and export.

Entries are listed newest first by ``sort_key`` (see models.call_log) in keyset pages; the text
is found through the two-character index of frontdesk.db_text, written in the same transaction
as the entry. Work orders and complaints made from an entry call :meth:`CallLogService.mark_converted`
(or :func:`mark_converted_in` inside their own transaction); the work orders reach the call log
through :class:`OrderSource` (registered in services.container). An entry becomes one record at
most: a work order or a complaint, once.

Layout: ``rows`` (inputs, rows, constants, the vocabulary), ``rules`` (pure checks, the state
machine), ``queries`` (reading), ``export`` (column specs → xlsx), ``service`` (transactions),
``convert`` (linking an entry to what it became), ``feature`` (the registration).
"""

from __future__ import annotations

from frontdesk.services.call_log.feature import FEATURE
from frontdesk.services.call_log.rows import (
    CALL,
    CHANNELS,
    KINDS,
    OUTCOMES,
    PAGE_SIZE,
    VOCABULARY,
    CallerLookup,
    CallFilter,
    CallInput,
    CallRow,
)
from frontdesk.services.call_log.service import CallLogService

__all__ = [
    "CALL",
    "CHANNELS",
    "CallFilter",
    "CallInput",
    "CallLogService",
    "CallRow",
    "CallerLookup",
    "FEATURE",
    "KINDS",
    "OUTCOMES",
    "PAGE_SIZE",
    "VOCABULARY",
]
