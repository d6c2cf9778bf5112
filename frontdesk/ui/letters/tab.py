"""工作联系单: drafted from a template, sent and printed with its reply slip, replied to, archived."""

from __future__ import annotations

from frontdesk.ui.common.kind_tab import KindTab


class LetterTab(KindTab):
    feature_key = "letters"
