"""工作联系单: the registration (frontdesk.features) and the service."""

from __future__ import annotations

from frontdesk.services.core.records import record_feature
from frontdesk.services.letters.service import LETTER, OPTIONS, PERMISSIONS, LetterRow, LetterService

FEATURE = record_feature(LetterService, "letters", "frontdesk.ui.letters.tab:LetterTab", 85, PERMISSIONS, OPTIONS, group="文书")

__all__ = ["FEATURE", "LETTER", "LetterRow", "LetterService"]
