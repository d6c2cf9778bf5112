"""The handover's registration (frontdesk.features): its kind, service, tab and words."""

from __future__ import annotations

from frontdesk.services.core.features import Feature, TabSpec, service_of
from frontdesk.services.handover.export import export_handovers
from frontdesk.services.handover.rules import HANDOVER
from frontdesk.services.handover.service import HandoverService
from frontdesk.services.handover.words import VOCABULARY

FEATURE = Feature(
    kind=HANDOVER,
    key="handover",
    build=service_of(HandoverService, "staff", "settings", "handover_sources"),
    vocabulary=VOCABULARY,
    export=export_handovers,
    tabs=(TabSpec("frontdesk.ui.handover.tab:HandoverTab", 90, None, title="交接班"),),
    summary="交接班：系统汇总本班未结事项，补充留言后交班，接班人确认。",
)
