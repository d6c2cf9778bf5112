"""快递/包裹代收."""

from __future__ import annotations

from frontdesk.ui.common.kind_tab import KindTab


class ParcelTab(KindTab):
    feature_key = "parcels"
