"""The centre's logo on every printed form (the header draws it left of the centre's name).

The logo lives in the settings (``centre.logo``, a PNG the settings service scaled); the print
preview reads it on the GUI thread before a form is rendered and hands it here with
:func:`use_logo`, so every form's header — whichever feature made the form — prints the current
logo without each form passing it along. With no logo the header shows the centre's name alone,
as before. No Qt, no database here.
"""

from __future__ import annotations

import io
import threading
from typing import Any

_lock = threading.Lock()
_logo: tuple[bytes, Any] | None = None  # the PNG and its reportlab ImageReader


def use_logo(png: bytes | None) -> None:
    """The logo forms print from now on (None: no logo)."""
    global _logo
    with _lock:
        if png is None:
            _logo = None
        elif _logo is None or _logo[0] != png:
            from reportlab.lib.utils import ImageReader

            _logo = (png, ImageReader(io.BytesIO(png)))


def current_logo() -> Any | None:
    """The reportlab ImageReader of the logo, or None."""
    with _lock:
        return _logo[1] if _logo is not None else None
