"""整改通知单: rectification notices to a room's owner or renovation contractor, and their follow-up.

A notice quotes clauses of the 装修管理规定 (configurable, snapshotted into the notice so the
printed text never changes afterwards) and sets a deadline. At the deadline it is due for
re-inspection: 已整改 closes it; 未整改 calls for a second notice that refers to the first.

``rules`` (kind, limits, state machine), ``rows`` (inputs and frozen rows), ``queries`` (lists,
contracts), ``service`` (changes), ``export`` (vocabulary, column specs), ``feature`` (registration).
"""

from __future__ import annotations

from frontdesk.services.notices.feature import FEATURE
from frontdesk.services.notices.rows import NoticeDetail, NoticeInput, NoticePrint
from frontdesk.services.notices.rules import NOTICE

__all__ = ["FEATURE", "NOTICE", "NoticeDetail", "NoticeInput", "NoticePrint"]
