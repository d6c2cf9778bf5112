"""Moved to :mod:`frontdesk.ui.call_log.model` (kept so that other features' imports keep working)."""

from __future__ import annotations

from frontdesk.ui.call_log.model import (
    DUE_TODAY_BG,
    LINK_FG,
    OVERDUE_BG,
    OVERDUE_FG,
    ROW_ROLE,
    CallLogModel,
    channel_name,
    kind_name,
    linked_record,
    outcome_name,
    outcome_text,
)

__all__ = [
    "DUE_TODAY_BG", "LINK_FG", "OVERDUE_BG", "OVERDUE_FG", "ROW_ROLE", "CallLogModel", "channel_name",
    "kind_name", "linked_record", "outcome_name", "outcome_text",
]  # fmt: skip
