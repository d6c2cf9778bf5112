"""The handover's registration (frontdesk.features): its kind, service, tab and words."""

from __future__ import annotations

from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec, Vocabulary
from frontdesk.services.handover.rules import HANDOVER
from frontdesk.services.handover.service import HandoverService


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


#: the one set of words for a handover's states (lists, detail, ack dialog, status bar); the
#: printed sheet says the same (printing/handover_words.HANDOVER_STATES, same Qt context)
VOCABULARY = Vocabulary(
    context="handover",
    name=QT_TRANSLATE_NOOP("handover", "交接班"),
    states={
        "draft": QT_TRANSLATE_NOOP("handover", "草稿"),
        "submitted": QT_TRANSLATE_NOOP("handover", "待接班"),
        "acknowledged": QT_TRANSLATE_NOOP("handover", "已接班"),
    },
    counts={"handover.unacked": QT_TRANSLATE_NOOP("handover", "交接班超时未接班 {0}")},
)


def _build(env: FeatureEnv) -> HandoverService:
    return HandoverService(env.db, env.clock, env.get("staff"), env.get("settings"), env.get("handover_sources"))


FEATURE = Feature(
    kind=HANDOVER,
    key="handover",
    build=_build,
    vocabulary=VOCABULARY,
    tabs=(TabSpec("frontdesk.ui.handover.tab:HandoverTab", 90, None),),
)
