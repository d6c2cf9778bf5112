"""The callback queue's registration (frontdesk.features)."""

from __future__ import annotations

from frontdesk.services.callbacks.rows import CALLBACK, VOCABULARY
from frontdesk.services.callbacks.service import CallbackService
from frontdesk.services.core.features import Feature, TabSpec, service_of
from frontdesk.services.permissions import Action

FEATURE = Feature(
    kind=CALLBACK,
    key="callbacks",
    build=service_of(CallbackService, "settings"),
    vocabulary=VOCABULARY,
    tabs=(TabSpec("frontdesk.ui.callbacks.tab:CallbackTab", 40, Action.CALLBACK_RECORD, title="回访"),),
    summary="工单完工和投诉处理后的回访队列：按到期先后回访，记录满意度。",
)
