"""Phone numbers as they read on paper. The services store the digits as typed (0755-26881234 is
kept as ``075526881234``); a landline prints with its area code set apart again."""

from __future__ import annotations

import re


def phone_text(phone: str | None) -> str:
    """``075526881234`` → ``0755-26881234``, ``01088886666`` → ``010-88886666``; a mobile number,
    a service number or a masked one (138****5678) prints as it is."""
    if not phone:
        return ""
    if not re.fullmatch(r"0\d{9,11}", phone):
        return phone
    cut = 3 if phone[1] in "12" else 4
    return f"{phone[:cut]}-{phone[cut:]}"
