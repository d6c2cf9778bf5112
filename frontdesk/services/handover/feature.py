"""The handover's registration (frontdesk.features): its kind, service, tab and words."""

from __future__ import annotations

from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec
from frontdesk.services.handover.export import export_handovers
from frontdesk.services.handover.rules import HANDOVER
from frontdesk.services.handover.service import HandoverService
from frontdesk.services.handover.words import VOCABULARY


def _build(env: FeatureEnv) -> HandoverService:
    return HandoverService(env.db, env.clock, env.get("staff"), env.get("settings"), env.get("handover_sources"))


FEATURE = Feature(
    kind=HANDOVER,
    key="handover",
    build=_build,
    vocabulary=VOCABULARY,
    export=export_handovers,
    tabs=(TabSpec("frontdesk.ui.handover.tab:HandoverTab", 90, None),),
)
