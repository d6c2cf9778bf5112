"""事件: declared with its scope, the words for callers and the expected end; resolved or cancelled."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from frontdesk.ui.common.kind_tab import KindTab
from frontdesk.ui.common.messages import add_messages


class IncidentTab(KindTab):
    feature_key = "incidents"


add_messages(
    "Incident",
    errors={"bad_buildings": str(QT_TRANSLATE_NOOP("Incident", "请写楼栋号，如 3、4、5 或 3-5；留空表示全项目"))},
)
