"""访客登记: the generic record tab (the guard sees it too, starting on 今日预约/在访)."""

from __future__ import annotations

from frontdesk.ui.common.kind_tab import KindTab


class VisitorTab(KindTab):
    feature_key = "visitors"
