"""The registration of rectification notices (frontdesk.features)."""

from __future__ import annotations

from frontdesk.services.core.features import Feature, TabSpec, service_of
from frontdesk.services.notices.export import VOCABULARY
from frontdesk.services.notices.rules import NOTICE, PREFIX
from frontdesk.services.notices.service import RectificationService
from frontdesk.services.permissions import Action

FEATURE = Feature(
    kind=NOTICE,
    key="notices",
    build=service_of(RectificationService, "settings"),
    vocabulary=VOCABULARY,
    tabs=(TabSpec("frontdesk.ui.notices.tab:NoticeTab", 80, Action.NOTICE_VIEW, title="整改通知"),),
    prefix=PREFIX,
    export=RectificationService.export_xlsx,
    summary="装修违规等的整改通知单：开具打印、到期复查、未整改再次通知。",
)
