"""交接班本: the shift handover, compiled from the records, written, handed over and acknowledged.

The open items come from every feature registered in ``Services.handover_sources`` (filled by
services/container.py from each Feature's ``handover`` flag); this package knows none of them by
name, so a feature that lands later joins the compilation by registering itself. A source that
fails does not stop the handover: its name is kept in ``compile_errors`` and shown to the writer.

Life of an entry (rules.MACHINE): draft → submitted (交班) → acknowledged (接班, with the
incoming person's own username and password); a submitted entry may be withdrawn to a draft.
Acknowledged entries are frozen here and by database triggers; a correction is a new entry with
``corrects_id``.

Modules: ``rows`` (what the service returns and receives), ``rules`` (limits, checks, the state
machine, the signed content), ``shifts`` (shift definitions and windows), ``base`` (settings,
compiling, reading), ``queries`` (lists, search, counts), ``service`` (the transactions),
``feature`` (the registration).
"""

from frontdesk.services.errors import ValidationError
from frontdesk.services.handover.export import COLUMNS
from frontdesk.services.handover.feature import FEATURE
from frontdesk.services.handover.rows import (
    CounterStatus,
    DraftSaved,
    HandoverDetail,
    HandoverNotes,
    HandoverQuery,
    HandoverRow,
    ItemRow,
    MessageForMe,
    MessageInput,
    MessageRow,
)
from frontdesk.services.handover.rules import (
    COUNT_PREFIX,
    HANDOVER,
    MACHINE,
    PREFIX,
    SECTION_ORDER,
    STATES,
    clean_cash,
    format_fen,
    is_tally,
    item_key,
)
from frontdesk.services.handover.service import HandoverService
from frontdesk.services.handover.words import VOCABULARY

__all__ = [
    "COLUMNS",
    "COUNT_PREFIX",
    "FEATURE",
    "HANDOVER",
    "MACHINE",
    "PREFIX",
    "SECTION_ORDER",
    "STATES",
    "VOCABULARY",
    "CounterStatus",
    "DraftSaved",
    "HandoverDetail",
    "HandoverNotes",
    "HandoverQuery",
    "HandoverRow",
    "HandoverService",
    "ItemRow",
    "MessageForMe",
    "MessageInput",
    "MessageRow",
    "ValidationError",
    "clean_cash",
    "format_fen",
    "is_tally",
    "item_key",
]
