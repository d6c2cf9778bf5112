"""钥匙借还."""

from __future__ import annotations

from frontdesk.ui.common.kind_tab import KindTab


class KeyTab(KindTab):
    feature_key = "keys"
