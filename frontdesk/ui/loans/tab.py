"""物品借用."""

from __future__ import annotations

from frontdesk.ui.common.kind_tab import KindTab


class LoanTab(KindTab):
    feature_key = "loans"
