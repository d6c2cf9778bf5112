"""收发文件登记: documents received and sent, signed for, returned or archived."""

from __future__ import annotations

from frontdesk.ui.common.kind_tab import KindTab


class DocumentTab(KindTab):
    feature_key = "documents"
