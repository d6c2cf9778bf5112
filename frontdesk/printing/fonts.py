"""The bundled TrueType font, registered with reportlab once per process and embedded as a subset."""

from __future__ import annotations

import threading

from frontdesk.paths import FONT_FILE

FONT = "FrontDeskSans"  # WenQuanYi Micro Hei: Chinese, Latin letters and digits in one face
_lock = threading.Lock()
_registered = False


def ensure_fonts() -> str:
    """Register the font with reportlab (thread-safe, once); returns its name for setFont()."""
    global _registered
    if _registered:
        return FONT
    with _lock:
        if not _registered:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE)))
            _registered = True
    return FONT
