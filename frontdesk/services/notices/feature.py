"""The registration of rectification notices (frontdesk.features)."""

from __future__ import annotations

from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec
from frontdesk.services.notices.export import VOCABULARY
from frontdesk.services.notices.rules import NOTICE, PREFIX
from frontdesk.services.notices.service import RectificationService
from frontdesk.services.permissions import Action


def _build(env: FeatureEnv) -> RectificationService:
    return RectificationService(env.db, env.clock, env.get("settings"))


FEATURE = Feature(
    kind=NOTICE,
    key="notices",
    build=_build,
    vocabulary=VOCABULARY,
    tabs=(TabSpec("frontdesk.ui.notices.tab:NoticeTab", 80, Action.NOTICE_VIEW),),
    prefix=PREFIX,
    export=lambda svc, user, path: svc.export_xlsx(user, path),
)
