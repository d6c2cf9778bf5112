"""物品借用: the generic record tab."""

from __future__ import annotations

from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.ui.common.kind_tab import KindTab
from frontdesk.ui.common.messages import add_messages

add_messages(
    "Loans",
    fields={
        "refund_over_deposit": QT_TRANSLATE_NOOP("Loans", "退还押金不能多于收取的押金（{deposit} 元）"),
    },
)


class LoanTab(KindTab):
    feature_key = "loans"
