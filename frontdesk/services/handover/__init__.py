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

from __future__ import annotations

from frontdesk.services.handover.export import COLUMNS
from frontdesk.services.handover.feature import FEATURE
from frontdesk.services.handover.rows import HandoverDetail, HandoverNotes, HandoverQuery, HandoverRow, ItemRow, MessageInput
from frontdesk.services.handover.rules import HANDOVER, MACHINE, format_fen
from frontdesk.services.handover.service import HandoverService
from frontdesk.services.handover.words import VOCABULARY

__all__ = [
    "COLUMNS",
    "FEATURE",
    "HANDOVER",
    "HandoverDetail",
    "HandoverNotes",
    "HandoverQuery",
    "HandoverRow",
    "HandoverService",
    "ItemRow",
    "MACHINE",
    "MessageInput",
    "VOCABULARY",
    "format_fen",
]
