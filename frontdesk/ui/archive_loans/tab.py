"""档案借阅."""

from __future__ import annotations

from frontdesk.ui.common.kind_tab import KindTab


class ArchiveLoanTab(KindTab):
    feature_key = "archive_loans"
