"""Reading a room from the way people say and type it.

``3-2-1502``, ``3栋2单元1502``, ``3#2-1502``, ``3号楼2单元1502室``, full-width ``３－２－１５０２``
and, where unambiguous, ``321502`` all name building 3, unit 2, room 1502 (canonical ``3-2-1502``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_MARKERS = re.compile(r"(号楼|楼栋|栋|幢|座|号|单元|室|房|楼|#|＃)")
_TOKEN = re.compile(r"[0-9A-Za-z]+")


@dataclass(frozen=True)
class RoomQuery:
    """What a spelling can mean: exact canonical codes, or patterns with an unknown unit."""

    codes: tuple[str, ...] = ()
    building_room: tuple[tuple[str, str], ...] = ()  # (building, room) with any unit


def canonical_code(building: str, unit: str, room: str) -> str:
    return f"{building}-{unit}-{room}"


def _strip_zeros(tok: str) -> str:
    return (tok.lstrip("0") or "0") if tok.isdigit() else tok.upper()


def parse_room(text: str) -> RoomQuery | None:
    """Candidates for a typed room, or None when the text does not look like a room at all."""
    s = unicodedata.normalize("NFKC", text or "").strip()
    if not s or len(s) > 40:
        return None
    if re.search(r"[^\w\s#\-/—－_]", s.replace("·", "")):
        return None
    # anything other than digits, latin letters, separators and the usual markers is not a room
    rest = _MARKERS.sub(" ", s)
    if re.search(r"[^\sA-Za-z0-9\-/_—]", rest):
        return None
    tokens = _TOKEN.findall(rest)
    if not tokens or not any(t.isdigit() for t in tokens):
        return None
    if len(tokens) == 3:
        b, u = _strip_zeros(tokens[0]), _strip_zeros(tokens[1])
        return RoomQuery(codes=(canonical_code(b, u, tokens[2].upper()),))
    if len(tokens) == 2:
        return RoomQuery(building_room=((_strip_zeros(tokens[0]), tokens[1].upper()),))
    if len(tokens) == 1 and tokens[0].isdigit() and 4 <= len(tokens[0]) <= 9:
        d = tokens[0]
        pairs = tuple((d[:b], d[b:]) for b in (1, 2) if len(d) - b in (3, 4) and not d.startswith("0") and d[b] != "0")
        return RoomQuery(codes=tuple(_compact_splits(d)), building_room=pairs)
    return None


def _compact_splits(digits: str) -> list[str]:
    """``321502`` → 3-2-1502, 32-1-502 …: every split with a 1–2 digit building, a 1-digit unit
    and a 3–4 digit room. The caller keeps the ones that exist; one hit is an answer."""
    out: list[str] = []
    for b_len in (1, 2):
        for r_len in (3, 4):
            if b_len + 1 + r_len != len(digits):
                continue
            b, u, r = digits[:b_len], digits[b_len], digits[b_len + 1 :]
            if b.startswith("0") or u == "0" or r.startswith("0"):
                continue
            out.append(canonical_code(b, u, r))
    return out
