"""投诉登记: complaints through the six-step closed loop of seed 第六篇 (投诉处理流程).

1 受理 accept → 2 判断 judge (an invalid complaint gets its reply and ends) → 3 调查 investigate →
4 方案 propose, approved or sent back by a supervisor → 5 实施 implement (the complainant accepts
and signs) → 6 回访与总结 callback and summary → closed. An unsatisfied callback reopens step 5.

The package: ``rules`` (states, the state machine table, the vocabulary, pure checks), ``rows``
(what callers send and get back), ``queries`` (reading), ``steps`` (the one step mechanism),
``service`` (step 1 and the step methods), ``stats`` (the monthly table), ``export`` (the list
export's column specs) and ``feature`` (the registration). The public names are here.
"""

from __future__ import annotations

from frontdesk.services.complaints.export import LIST_COLUMNS
from frontdesk.services.complaints.feature import FEATURE
from frontdesk.services.complaints.rows import ComplaintDetail, ComplaintFilter, ComplaintInput, ComplaintRow
from frontdesk.services.complaints.rules import COMPLAINT, MAJOR, MAX_PROPOSALS, VOCABULARY, State
from frontdesk.services.complaints.stats import MonthlyStats, StatsLine

__all__ = [
    "COMPLAINT",
    "ComplaintDetail",
    "ComplaintFilter",
    "ComplaintInput",
    "ComplaintRow",
    "FEATURE",
    "LIST_COLUMNS",
    "MAJOR",
    "MAX_PROPOSALS",
    "MonthlyStats",
    "State",
    "StatsLine",
    "VOCABULARY",
]
