"""访客登记."""

from __future__ import annotations

from frontdesk.ui.common.kind_tab import KindTab


class VisitorTab(KindTab):
    feature_key = "visitors"
