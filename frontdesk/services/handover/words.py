"""The handover's words: its Vocabulary, the one set of state words for lists, detail, the
接班 dialog, the export and the status bar."""

from __future__ import annotations

from frontdesk.services.core.features import Vocabulary


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
