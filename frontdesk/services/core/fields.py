"""A record kind's form as data: the fields it asks for, and one function that cleans and checks
what was typed into them.

The same :class:`FormField` tuple drives the form the generic record tab builds
(``ui/common/kind_tab``) and the service's checks (:func:`read_values`), so a kind declares each
field once: its name, its words, its type and its limits. Every error is collected, so the user
sees them all at once, each next to its field (``rows`` fields name the cell:
``workers.1.phone``).

Values the form hands in, by type:

========== ===================================== =========================================
type       from the form                         cleaned
========== ===================================== =========================================
text       str (one line)                        str or None
multiline  str                                   str or None
name       str (a person's name)                 str or None
phone      str                                   str or None (validation.clean_phone)
idcard     str                                   str or None (GB 11643 check digit)
date       ``date`` or "YYYY-MM-DD"              date or None
datetime   aware ``datetime``                    datetime or None
choice     str                                   str (one of the choices) or None
multi      list[str]                             list[str] (each one of the choices)
money      str ("1200.50")                       Decimal (two places, ≥ 0) or None
int        int or str                            int or None
bool       bool                                  bool
room       (project id or None, code text)       the same pair, code trimmed (the service
                                                 resolves it through the registry)
staff      staff id (int) or None                int or None
staffs     list of staff ids                     list[int] (several people, e.g. attendees)
password   str (typed hidden: a second person's  str as typed or None (never stripped: the
           password, e.g. an approval)           service verifies it and never stores it)
rows       list[dict] (a table of items)         list[dict] of the columns' cleaned values
========== ===================================== =========================================
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from frontdesk.services.validation import (
    Collector,
    FieldError,
    clean_id_number,
    clean_name,
    clean_phone,
    clean_text,
)

FieldType = Literal[
    "text",
    "multiline",
    "name",
    "phone",
    "idcard",
    "date",
    "datetime",
    "choice",
    "multi",
    "money",
    "int",
    "bool",
    "room",
    "staff",
    "staffs",
    "rows",
    "password",
]

MONEY_MAX = Decimal("9999999.99")
#: a staff field's default: the user at the counter
ME = "me"
ROWS_MAX = 50


@dataclass(frozen=True)
class FormField:
    """One field of a record kind's form. ``label`` is Chinese source text (translated in the
    ``RecordKind`` context; tools/update_translations collects it). ``choices`` are fixed
    choices; ``choices_from`` names a settings option (a list of words) that supplies them
    instead, so a centre can change them. ``columns`` are a ``rows`` field's columns."""

    name: str
    label: str
    type: FieldType = "text"
    required: bool = False
    max_len: int = 200
    choices: tuple[str, ...] = ()
    choices_from: str = ""
    placeholder: str = ""
    columns: tuple[FormField, ...] = ()
    #: a number's bounds (``int``) and a table's most rows (``rows``)
    low: int = 0
    high: int = 9999
    #: shown masked in lists and details for roles that may not see owners' numbers
    masked: bool = False
    #: the form starts with this (None: empty, or today for a date, now for a datetime; a
    #: ``timedelta`` for a datetime: that long from now; ``ME`` for a staff field: whoever is
    #: logged in at the counter)
    default: Any = None
    #: whether the kind's printed form carries it (False: kept for the counter only, e.g. where a
    #: poster hangs); the page-overflow test looks on paper for every printed value
    printed: bool = True
    #: what :func:`sample_values` puts here instead of its type's sample (None: the type's), for
    #: a field whose value must name something real (an order's number: "")
    sample: Any = None


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise FieldError("bad_date") from None


def _money(value: Any) -> Decimal | None:
    text = str(value if value is not None else "").strip().replace(",", "").replace("，", "")
    if not text:
        return None
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise FieldError("bad_number") from None
    if not amount.is_finite() or amount < 0 or amount > MONEY_MAX:
        raise FieldError("bad_money", max=str(MONEY_MAX))
    if amount != amount.quantize(Decimal("0.01")):
        raise FieldError("bad_money_places")
    return amount.quantize(Decimal("0.01"))


def _int(value: Any, low: int, high: int) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise FieldError("bad_number") from None
    if not low <= number <= high:
        raise FieldError("out_of_range", low=low, high=high)
    return number


def _staff(value: Any) -> int | None:
    """A member of staff by id (the service checks that they exist and are active); anything
    else (a name typed that matched nobody) is ``unknown_staff``."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).strip().isdigit():
        raise FieldError("unknown_staff")
    return int(value)


def _choice(value: Any, allowed: Sequence[str]) -> str | None:
    text = clean_text(str(value) if value is not None else None, max_len=100, multiline=False)
    if text is None:
        return None
    if allowed and text not in allowed:
        raise FieldError("not_a_choice")
    return text


def _clean(f: FormField, value: Any, choices: Sequence[str]) -> Any:
    if f.type in ("text", "multiline"):
        return clean_text(None if value is None else str(value), max_len=f.max_len, multiline=f.type == "multiline")
    if f.type == "name":
        return clean_name(None if value is None else str(value), required=False, max_len=min(f.max_len, 50))
    if f.type == "phone":
        return clean_phone(None if value is None else str(value))
    if f.type == "idcard":
        return clean_id_number(None if value is None else str(value))
    if f.type == "date":
        return _date(value)
    if f.type == "datetime":
        if value is None or isinstance(value, datetime):
            return value
        raise FieldError("bad_date")
    if f.type == "choice":
        return _choice(value, choices)
    if f.type == "multi":
        picked = [_choice(v, choices) for v in (value or [])]
        return [p for p in dict.fromkeys(picked) if p]
    if f.type == "money":
        return _money(value)
    if f.type == "int":
        return _int(value, f.low, f.high)
    if f.type == "staff":
        return _staff(value)
    if f.type == "staffs":
        people = [_staff(v) for v in (value or [])]
        return [p for p in dict.fromkeys(people) if p is not None]
    if f.type == "bool":
        return bool(value)
    if f.type == "password":
        return None if value in (None, "") else str(value)
    if f.type == "room":
        project, code = value if isinstance(value, tuple) else (None, value)
        text = clean_text(None if code is None else str(code), max_len=50, multiline=False)
        return None if text is None else (project, text)
    raise ValueError(f"unknown field type {f.type!r}")


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value is False


def read_values(
    fields: Sequence[FormField],
    values: Mapping[str, Any],
    choices: Mapping[str, Sequence[str]] | None = None,
    *,
    prefix: str = "",
    collector: Collector | None = None,
) -> dict[str, Any]:
    """``values`` cleaned field by field: every field of ``fields`` is in the result (None when
    empty). A missing required value, a bad value or a value past its limit is a field error;
    all of them are raised together as one ``ValidationError``. ``choices`` gives the words of
    each ``choices_from`` option (the service reads them from the settings)."""
    errors = collector or Collector()
    out: dict[str, Any] = {}
    for f in fields:
        name = f"{prefix}{f.name}"
        allowed = f.choices or tuple((choices or {}).get(f.choices_from, ()))
        if f.type == "rows":
            out[f.name] = _rows(f, values.get(f.name), choices, name, errors)
            continue
        cleaned = errors.check(name, _clean, f, values.get(f.name), allowed)
        if name in errors.errors:
            out[f.name] = None
            continue
        if f.required and _empty(cleaned):
            errors.add(name, "required")
        out[f.name] = cleaned
    if collector is None:
        errors.raise_if_any()
    return out


def _rows(
    f: FormField, value: Any, choices: Mapping[str, Sequence[str]] | None, name: str, errors: Collector
) -> list[dict[str, Any]]:
    if value is not None and (isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence)):
        errors.add(name, "invalid")
        return []
    if any(not isinstance(r, Mapping) for r in value or []):
        errors.add(name, "invalid")
        return []
    given = [r for r in (value or []) if any(not _empty(v) for v in r.values())]
    if f.required and not given:
        errors.add(name, "required")
    if len(given) > min(f.high, ROWS_MAX):
        errors.add(name, "too_many", max=min(f.high, ROWS_MAX))
        return []
    return [read_values(f.columns, row, choices, prefix=f"{name}.{i}.", collector=errors) for i, row in enumerate(given)]


def choice_keys(fields: Sequence[FormField]) -> set[str]:
    """The settings options the fields take their choices from (rows' columns included)."""
    out: set[str] = set()
    for f in fields:
        if f.choices_from:
            out.add(f.choices_from)
        out |= choice_keys(f.columns)
    return out


def sample_values(
    fields: Sequence[FormField],
    text: str,
    choices: Mapping[str, Sequence[str]],
    *,
    today: date,
    room: str = "3-2-1502",
    staff_id: int | None = None,
) -> dict[str, Any]:
    """Values that pass :func:`read_values` for ``fields``, with ``text`` in every free-text
    field: what the generic tests (every export writes text as text) and demo data fill a kind's
    form with, so a new kind needs no seeder of its own."""
    out: dict[str, Any] = {}
    for f in fields:
        words = f.choices or tuple(choices.get(f.choices_from, ()))
        if f.sample is not None:
            out[f.name] = f.sample
            continue
        out[f.name] = {
            "text": text[: f.max_len],
            "multiline": text[: f.max_len],
            "name": "张伟",
            "phone": "13812345678",
            "idcard": "11010519491231002X",
            "date": today,
            # tomorrow: a due time the service takes for a new record
            "datetime": datetime.combine(today + timedelta(days=1), datetime.min.time()).astimezone(),
            "choice": words[0] if words else None,
            "multi": list(words[:1]),
            "money": "1200.50",
            "int": max(f.low, 1) if f.high >= 1 else f.low,
            "bool": True,
            "room": (None, room),
            "staff": staff_id,
            "staffs": [staff_id] if staff_id is not None else [],
            "password": None,
            "rows": [sample_values(f.columns, text, choices, today=today, room=room, staff_id=staff_id)],
        }[f.type]
    return out
