"""The callback queue's registration (frontdesk.features)."""

from __future__ import annotations

from frontdesk.services.callbacks.rows import CALLBACK, VOCABULARY
from frontdesk.services.callbacks.service import CallbackService
from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec
from frontdesk.services.permissions import Action

# --- the registration (frontdesk.features) -------------------------------------------------------


def _build(env: FeatureEnv) -> CallbackService:
    return CallbackService(env.db, env.clock, env.get("settings"))


FEATURE = Feature(
    kind=CALLBACK,
    key="callbacks",
    build=_build,
    vocabulary=VOCABULARY,
    tabs=(TabSpec("frontdesk.ui.callbacks.tab:CallbackTab", 40, Action.CALLBACK_RECORD),),
)
