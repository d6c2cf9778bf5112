"""大件物品放行条: issuing release passes at the counter and checking them at the gate.

A pass is immutable once issued (it is printed and signed); only its state moves:
issued → used (let through at the gate) / void; an issued pass past its window is expired.
Every issue, void, reprint, gate check and release is written to the audit trail.

``rules`` (kind, limits, state machine), ``rows`` (inputs and frozen rows), ``queries`` (lists,
contracts), ``service`` (changes), ``export`` (column specs, vocabulary), ``feature`` (registration).
"""

from frontdesk.services.release_passes.export import EXPORT_COLUMNS, VOCABULARY
from frontdesk.services.release_passes.feature import FEATURE
from frontdesk.services.release_passes.rows import GateCheck, ItemInput, PassDetail, PassInput, PassItem, PassPrint
from frontdesk.services.release_passes.rules import (
    CONFIRM_METHODS,
    GATE_OUTCOMES,
    ITEM_NAME_MAX,
    ITEM_NOTE_MAX,
    MACHINE,
    MAX_DAYS_AHEAD,
    MAX_ITEMS,
    MAX_QUANTITY,
    MAX_WINDOW,
    PASS,
    PREFIX,
    REASONS,
    STATES,
    effective_state,
)
from frontdesk.services.release_passes.service import ReleasePassService

__all__ = [
    "CONFIRM_METHODS",
    "EXPORT_COLUMNS",
    "FEATURE",
    "GATE_OUTCOMES",
    "ITEM_NAME_MAX",
    "ITEM_NOTE_MAX",
    "MACHINE",
    "MAX_DAYS_AHEAD",
    "MAX_ITEMS",
    "MAX_QUANTITY",
    "MAX_WINDOW",
    "PASS",
    "PREFIX",
    "REASONS",
    "STATES",
    "VOCABULARY",
    "GateCheck",
    "ItemInput",
    "PassDetail",
    "PassInput",
    "PassItem",
    "PassPrint",
    "ReleasePassService",
    "effective_state",
]
