"""会议纪要: written at the counter with its attendees and actions, issued and printed; each
action followed until its owner has done it (the view 我负责的待办)."""

from __future__ import annotations

from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.ui.common.kind_tab import KindTab
from frontdesk.ui.common.messages import add_messages

add_messages(
    "Minutes",
    errors={
        "minutes_no_open_action": QT_TRANSLATE_NOOP("Minutes", "没有未完成的第 {seq} 项待办"),
        "minutes_actions_open": QT_TRANSLATE_NOOP("Minutes", "还有未完成的待办，不能办结"),
    },
)


class MinutesTab(KindTab):
    feature_key = "minutes"
