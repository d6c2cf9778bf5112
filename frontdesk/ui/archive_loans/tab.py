"""档案借阅: the generic record tab; a role without ``archive.lend`` sees the register but its
save is refused (and audited)."""

from __future__ import annotations

from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.ui.common.kind_tab import KindTab
from frontdesk.ui.common.messages import add_messages

add_messages(
    "ArchiveLoans",
    fields={
        "approver_not_supervisor": QT_TRANSLATE_NOOP("ArchiveLoans", "业户档案借阅须由客服主管批准"),
        "staff_unknown": QT_TRANSLATE_NOOP("ArchiveLoans", "请选择在职员工"),
    },
)


class ArchiveLoanTab(KindTab):
    feature_key = "archive_loans"
