"""Where a 温馨提示 applies: the whole project, some buildings (``3-5``, ``3、4、7``) or some units
(``3-2、4-1``, ``3栋2单元``), read from what the receptionist types, checked against the registry
and kept normalised (``3,4,5`` / ``3-2,4-1``), and matched against a room's place."""

from __future__ import annotations

import re
import unicodedata

from frontdesk.services.core.records import RoomPlace
from frontdesk.services.validation import FieldError

#: the form's words for the scope and the codes kept
SCOPES = {"整个项目": "project", "指定楼栋": "buildings", "指定单元": "units"}
SCOPE_WORDS = {v: k for k, v in SCOPES.items()}
MAX_SPAN = 60  # a range of more buildings than this is taken for a typing slip

_SEP = re.compile(r"[,，、;；\s]+")
_RANGE = re.compile(r"^([0-9A-Za-z]+?)(?:栋|幢|号楼|#)?(?:~|至|到)([0-9A-Za-z]+?)(?:栋|幢|号楼|#)?$")
_BUILDING = re.compile(r"^([0-9A-Za-z]+?)(?:栋|幢|号楼|#)?$")
_UNIT = re.compile(r"^([0-9A-Za-z]+?)(?:栋|幢|号楼|#|-)([0-9A-Za-z]+?)(?:单元)?$")


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text or "").replace("～", "~").replace("—", "~").replace("–", "~")
    return [t for t in _SEP.split(text.strip()) if t]


def parse_buildings(text: str) -> list[str]:
    """``3-5`` / ``3~5`` / ``3至5栋`` (a range), ``3、4、7`` / ``3栋 4栋`` (a list), mixed."""
    out: list[str] = []
    for token in _tokens(text):
        token = token.replace("-", "~") if re.fullmatch(r"\d+-\d+(?:栋|幢|号楼)?", token) else token
        if m := _RANGE.match(token):
            a, b = m.groups()
            if not (a.isdigit() and b.isdigit()) or int(b) < int(a) or int(b) - int(a) > MAX_SPAN:
                raise FieldError("scope_unreadable", value=token)
            out += [str(n) for n in range(int(a), int(b) + 1)]
        elif m := _BUILDING.match(token):
            out.append(m.group(1).upper())
        else:
            raise FieldError("scope_unreadable", value=token)
    return list(dict.fromkeys(out))


def parse_units(text: str) -> list[str]:
    """``3-2`` / ``3栋2单元`` / ``3#2``, several separated by 、 , or spaces."""
    out: list[str] = []
    for token in _tokens(text):
        m = _UNIT.match(token)
        if not m:
            raise FieldError("scope_unreadable", value=token)
        out.append(f"{m.group(1).upper()}-{m.group(2).upper()}")
    return list(dict.fromkeys(out))


def scope_text(scope: str, items: str) -> str:
    """The scope in words: 全小区 / 3栋、4栋、5栋 / 3栋2单元、4栋1单元."""
    if scope == "project":
        return "全小区"
    parts = [p for p in items.split(",") if p]
    if scope == "buildings":
        return "、".join(f"{b}栋" for b in parts)
    return "、".join(f"{b}栋{u}单元" for b, _, u in (p.partition("-") for p in parts))


def covers(scope: str, items: str, place: RoomPlace) -> bool:
    """Whether a notice of this scope concerns a room at ``place``."""
    if scope == "project":
        return True
    parts = set(items.split(","))
    if scope == "buildings":
        return place.building.upper() in parts
    return f"{place.building.upper()}-{place.unit.upper()}" in parts
