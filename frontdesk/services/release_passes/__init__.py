"""大件物品放行条: issuing release passes at the counter and checking them at the gate.

A pass is immutable once issued (it is printed and signed); only its state moves:
issued → used (let through at the gate) / void; an issued pass past its window is expired.
Every issue, void, reprint, gate check and release is written to the audit trail.

``rules`` (kind, limits, state machine), ``rows`` (inputs and frozen rows), ``queries`` (lists,
contracts), ``service`` (changes), ``export`` (column specs, vocabulary), ``feature`` (registration).
"""

from __future__ import annotations

from frontdesk.services.release_passes.feature import FEATURE
from frontdesk.services.release_passes.rows import GateCheck, ItemInput, PassDetail, PassInput, PassPrint
from frontdesk.services.release_passes.rules import ITEM_NAME_MAX, ITEM_NOTE_MAX, MAX_ITEMS, MAX_QUANTITY, PASS, REASONS

__all__ = [
    "FEATURE",
    "GateCheck",
    "ITEM_NAME_MAX",
    "ITEM_NOTE_MAX",
    "ItemInput",
    "MAX_ITEMS",
    "MAX_QUANTITY",
    "PASS",
    "PassDetail",
    "PassInput",
    "PassPrint",
    "REASONS",
]
