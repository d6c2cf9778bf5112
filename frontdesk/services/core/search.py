"""Global search (Ctrl+K), the part every kind shares.

The words typed are each looked for in any of a kind's :class:`Field` s and a record must hold
every word: a room in any spelling (``3-2-1502``, ``3栋2单元1502``), a phone typed whole or by
its last four or more digits, a record number, a name, content. One query per kind ANDs the
words (:func:`where`). Each hit says which field every word matched (:func:`matched`), the value
shown as the user's role may see it: a phone masked for a role without ``pii.view`` (the digits
that matched may be the hidden ones; the search never reveals them, unmasking stays the record's
audited action). :func:`rank` puts exact record numbers and exact rooms first, then the newest,
across kinds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, false, or_
from sqlalchemy.orm import Session

from frontdesk.services.contracts import SearchHit, SearchMatch
from frontdesk.services.core.counting import search_text
from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.services.permissions import CurrentUser

#: the words of a search that are each looked for (the rest of a pasted text is dropped)
MAX_WORDS = 6
#: a phone is looked for by at least its last four digits
PHONE_MIN = 4
#: a full mobile or a landline with its area code: looked up whole (an indexed equality)
PHONE_WHOLE = 11
#: the context of the field labels below (a generic kind's fields use their form's labels)
CONTEXT = "SearchField"

# the labels of the fields the kinds below the record machinery search (one table, one context)
NUMBER = QT_TRANSLATE_NOOP("SearchField", "编号")
ROOM = QT_TRANSLATE_NOOP("SearchField", "房号")
PHONE = QT_TRANSLATE_NOOP("SearchField", "电话")
CONTENT = QT_TRANSLATE_NOOP("SearchField", "内容")
OWNER = QT_TRANSLATE_NOOP("SearchField", "业主")
CARRIER = QT_TRANSLATE_NOOP("SearchField", "携物人")
CARRIER_PHONE = QT_TRANSLATE_NOOP("SearchField", "携物人电话")
REPORTER = QT_TRANSLATE_NOOP("SearchField", "报修人")
LOCATION = QT_TRANSLATE_NOOP("SearchField", "位置")
DESCRIPTION = QT_TRANSLATE_NOOP("SearchField", "故障描述")
HANDLING = QT_TRANSLATE_NOOP("SearchField", "处理情况")
CATEGORY = QT_TRANSLATE_NOOP("SearchField", "类别")
PERSON = QT_TRANSLATE_NOOP("SearchField", "来电人")
FOLLOW_UP = QT_TRANSLATE_NOOP("SearchField", "跟进备注")
COMPLAINANT = QT_TRANSLATE_NOOP("SearchField", "投诉人")
ADDRESSEE = QT_TRANSLATE_NOOP("SearchField", "致")
ADDRESSEE_PHONE = QT_TRANSLATE_NOOP("SearchField", "联系电话")
FINDINGS = QT_TRANSLATE_NOOP("SearchField", "检查发现")
OCCUPANT = QT_TRANSLATE_NOOP("SearchField", "住户")
BUILDING = QT_TRANSLATE_NOOP("SearchField", "楼栋")
HANDLED_BY = QT_TRANSLATE_NOOP("SearchField", "经办人")
SOURCE_NUMBER = QT_TRANSLATE_NOOP("SearchField", "来源单号")
RECEIPT_NUMBER = QT_TRANSLATE_NOOP("SearchField", "收据号")
ITEMS = QT_TRANSLATE_NOOP("SearchField", "交接事项")
MESSAGE = QT_TRANSLATE_NOOP("SearchField", "留言")
NOTES = QT_TRANSLATE_NOOP("SearchField", "交接记录")
AUTHOR = QT_TRANSLATE_NOOP("SearchField", "交班人")
ACK_BY = QT_TRANSLATE_NOOP("SearchField", "接班人")

#: the labels of columns a kind searches that its form does not name
_COLUMN_LABELS = {
    "room_code": ROOM,
    "building": BUILDING,
    "handled_by_name": HANDLED_BY,
    "source_number": SOURCE_NUMBER,
    "receipt_number": RECEIPT_NUMBER,
    "phone": PHONE,
}


def label_of(column: str) -> str:
    """A searched column's label when no form field names it (context :data:`CONTEXT`)."""
    return _COLUMN_LABELS.get(column, CONTENT)


How = Literal["text", "mention", "coded", "number", "phone", "room", "equal"]


@dataclass(frozen=True)
class Field:
    """A field a kind searches. ``column`` is the model attribute (for ``room``: the room id
    column; the hit's room code is handed to :func:`matched`). ``how``: ``text`` a substring,
    ``mention`` a substring or a room the word names in any spelling (free text where people
    write rooms their own way), ``coded`` a substring or the canonical code of a room the word
    names (text the app wrote, e.g. a handover item's summary), ``number`` a record number (any
    part, any case), ``phone`` whole or by its last digits, ``room`` the rooms the word names,
    ``equal`` the whole value (a category). ``masked``: a phone shown masked to roles without
    ``pii.view``."""

    label: str
    column: Any
    how: How = "text"
    masked: bool = True
    context: str = CONTEXT


@dataclass(frozen=True)
class Word:
    """One typed word, read once per search: ``phone`` the digits a phone field is searched
    for ("" when the word is not a phone or its end), ``whole`` that number as stored when typed
    whole, ``rooms`` the rooms it names (id → canonical code)."""

    text: str
    phone: str = ""
    whole: str = ""
    rooms: dict[int, str] = field(default_factory=dict)

    @property
    def spellings(self) -> tuple[str, ...]:
        """The usual ways people write the rooms this word names (for free text)."""
        out: list[str] = []
        for code in dict.fromkeys(self.rooms.values()):
            out.extend(room_spellings(code))
        return tuple(dict.fromkeys(out))


def room_spellings(code: str) -> tuple[str, ...]:
    """``3-2-1502`` → the spellings a person may write: 3-2-1502, 3栋2单元1502, 3#2-1502, …"""
    parts = code.split("-")
    if len(parts) != 3:
        return (code,)
    b, u, r = parts
    return (code, f"{b}栋{u}单元{r}", f"{b}号楼{u}单元{r}", f"{b}#{u}-{r}")


def split_words(text: str | None) -> list[str]:
    """The words of a search (cleaned, at most :data:`MAX_WORDS`); digit groups typed apart are
    one phone when together they are as long as one (``138 1234 5678``)."""
    out: list[str] = []
    run: list[str] = []
    for w in [*search_text(text, min_chars=1).split(), ""]:
        if w and _digit_group(w):
            run.append(w)
            continue
        if run:
            out.extend(["".join(run)] if len(run) > 1 and 11 <= len(_only_digits("".join(run))) <= 13 else run)
            run = []
        if w:
            out.append(w)
    return out[:MAX_WORDS]


def _digit_group(w: str) -> bool:
    return bool(re.fullmatch(r"[0-9\-]+", unicodedata.normalize("NFKC", w)))


def _only_digits(w: str) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", w))


def phone_of(word: str) -> tuple[str, str]:
    """(digits a phone ends with, the number as stored when typed whole) for a word written like
    a phone (digits, spaces, dashes, brackets, a leading +; not a room such as ``3-2-1502``),
    else ("", "")."""
    norm = unicodedata.normalize("NFKC", word).strip()
    if not re.fullmatch(r"\+?[0-9\s\-()（）]+", norm):
        return "", ""
    digits = _only_digits(norm)
    if re.fullmatch(r"\d{1,3}\s*-\s*\d{1,2}\s*-\s*\d{3,5}", norm):  # 3-2-1502: a room, not a phone
        return "", ""
    if len(digits) < PHONE_MIN:
        return "", ""
    whole = ""
    if len(digits) >= PHONE_WHOLE:
        from frontdesk.services.validation import FieldError, clean_phone

        try:
            whole = clean_phone(norm) or ""
        except FieldError:
            whole = ""
    return digits, whole


#: the words read during one global search, by text: every kind reads the same words, and the
#: rooms a word names are looked up once, not once per kind
_READ: ContextVar[dict[str, list[Word]] | None] = ContextVar("search_words_read", default=None)


@contextmanager
def words_read_once() -> Iterator[None]:
    """Within this block, :func:`read_words` reads a text's words once (one global search
    across every kind)."""
    token = _READ.set({})
    try:
        yield
    finally:
        _READ.reset(token)


def read_words(s: Session, text: str | None) -> list[Word]:
    """The words of ``text``, each with the phone and the rooms it names."""
    from frontdesk.services.registry.service import rooms_matching

    cache = _READ.get()
    key = text or ""
    if cache is not None and key in cache:
        return cache[key]
    out = []
    for w in split_words(text):
        phone, whole = phone_of(w)
        rooms = {r.id: r.code for r in rooms_matching(s, w)}
        out.append(Word(unicodedata.normalize("NFKC", w), phone, whole, rooms))
    if cache is not None:
        cache[key] = out
    return out


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _condition(f: Field, w: Word) -> ColumnElement[bool] | None:
    col = f.column
    if f.how == "text":
        return col.like(_like(w.text), escape="\\")  # type: ignore[no-any-return]
    if f.how in ("mention", "coded"):
        also = w.spellings if f.how == "mention" else tuple(dict.fromkeys(w.rooms.values()))
        return or_(*[col.like(_like(t), escape="\\") for t in dict.fromkeys((w.text, *also))])
    if f.how == "number":
        return col.like(_like(w.text.upper()), escape="\\")  # type: ignore[no-any-return]
    if f.how == "equal":
        return col == w.text  # type: ignore[no-any-return]
    if f.how == "phone":
        if not w.phone:
            return None
        if w.whole:
            return col == w.whole  # type: ignore[no-any-return]
        return col.like("%" + w.phone)  # type: ignore[no-any-return]
    if f.how == "room":
        return col.in_(list(w.rooms)) if w.rooms else None
    raise ValueError(f.how)


def phone_condition(column: Any, text: str) -> list[ColumnElement[bool]]:
    """For a list's text filter: ``column`` (a phone) holding the number typed whole or ending
    with the digits typed; nothing when the text is not written like a phone."""
    phone, whole = phone_of(text)
    if not phone:
        return []
    return [_condition(Field("", column, "phone"), Word(text, phone, whole))]  # type: ignore[list-item]


def word_condition(fields: Sequence[Field], w: Word) -> ColumnElement[bool]:
    """The word in any of the fields."""
    conds = [c for c in (_condition(f, w) for f in fields) if c is not None]
    return or_(*conds) if conds else false()


def where(fields: Sequence[Field], words: Sequence[Word]) -> ColumnElement[bool]:
    """Every word, each in any of the fields."""
    return and_(*[word_condition(fields, w) for w in words])


def _hit(f: Field, w: Word, value: Any, room: str) -> int:
    """Where in ``value`` the word is (-1: not there)."""
    if f.how == "room":
        return 0 if room and room in w.rooms.values() else -1
    text = "" if value is None else str(value)
    if not text:
        return -1
    if f.how == "phone":
        if w.whole and text == w.whole:
            return 0
        return 0 if w.phone and not w.whole and text.endswith(w.phone) else -1
    if f.how == "equal":
        return 0 if text == w.text else -1
    if f.how == "number":
        return text.upper().find(w.text.upper())
    at = text.casefold().find(w.text.casefold())
    if at < 0 and f.how in ("mention", "coded"):
        at = min((i for i in (text.find(sp) for sp in w.spellings) if i >= 0), default=-1)
    return at


def _shown(user: CurrentUser, f: Field, value: Any, room: str, at: int, w: Word) -> str:
    if f.how == "room":
        return room
    text = str(value)
    if f.how == "phone":
        from frontdesk.services.registry.service import phone_for

        return phone_for(user, text) if f.masked else text
    return snippet(text, at, len(w.text))


def snippet(text: str, at: int, length: int, width: int = 28) -> str:
    """``text`` on one line, cut to about ``width`` characters around position ``at``."""
    text = " ".join(text.split()) if "\n" in text or "  " in text else text
    if len(text) <= width:
        return text
    start = max(0, min(at - width // 3, len(text) - width))
    out = text[start : start + width]
    return ("…" if start > 0 else "") + out + ("…" if start + width < len(text) else "")


def matched(
    user: CurrentUser, fields: Sequence[Field], words: Sequence[Word], record: Any, room: str = ""
) -> tuple[SearchMatch, ...]:
    """Which field each word matched in ``record`` (the first field in the kind's order), each
    value as ``user`` may see it; one entry per field."""
    out: dict[str, SearchMatch] = {}
    for w in words:
        for f in fields:
            value = None if f.how == "room" else getattr(record, f.column.key, None)
            at = _hit(f, w, value, room)
            if at >= 0:
                out.setdefault(f.label, SearchMatch(f.label, _shown(user, f, value, room, at, w), f.context))
                break
    return tuple(out.values())


def exact_rooms(words: Sequence[Word]) -> set[str]:
    """The room codes the words name exactly (one room, in any spelling)."""
    out: set[str] = set()
    for w in words:
        codes = set(w.rooms.values())
        if len(codes) == 1:
            out |= codes
    return out


def rank(hits: Sequence[SearchHit], text: str, rooms: set[str]) -> list[SearchHit]:
    """Exact record numbers and exact rooms first, then the newest, whatever their kind; a hit
    without a time (a room) before the dated records of its tier."""
    numbers = {w.upper() for w in split_words(text)}

    def key(h: SearchHit) -> tuple[int, int, float]:
        exact = (h.number and h.number.upper() in numbers) or (h.room and h.room in rooms)
        stamp = h.at.timestamp() if isinstance(h.at, datetime) else 0.0
        return (0 if exact else 1, 0 if h.at is None else 1, -stamp)

    return sorted(hits, key=key)
