"""Keyset paging: a list query returns a :class:`Page` of rows and an opaque cursor for the next.

The cursor encodes the sort key of the last row given (e.g. ``(created_at, id)``); the next
query continues strictly after it, so a page never repeats or skips a row when new ones are
saved meanwhile, and page N costs the same as page 1 (no OFFSET)."""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from frontdesk.services.errors import ValidationError

Row = TypeVar("Row")

DEFAULT_PAGE_SIZE = 200


@dataclass(frozen=True)
class Page(Generic[Row]):
    rows: list[Row]
    #: pass back to get the rows after these; None when there are no more
    next_cursor: str | None = None
    #: the number of matching rows when the query counted them (None: not counted)
    total: int | None = None

    @property
    def has_more(self) -> bool:
        return self.next_cursor is not None


def _encode_value(v: Any) -> Any:
    if isinstance(v, datetime):
        return {"dt": v.isoformat()}
    if isinstance(v, date):
        return {"d": v.isoformat()}
    if isinstance(v, Decimal):
        return {"dec": str(v)}
    return v


def _decode_value(v: Any) -> Any:
    if isinstance(v, dict):
        if "dt" in v:
            return datetime.fromisoformat(v["dt"])
        if "d" in v:
            return date.fromisoformat(v["d"])
        if "dec" in v:
            return Decimal(v["dec"])
    return v


def encode_cursor(key: Sequence[Any]) -> str:
    raw = json.dumps([_encode_value(v) for v in key], separators=(",", ":"), ensure_ascii=True)
    return base64.urlsafe_b64encode(raw.encode("ascii")).decode("ascii")


def decode_cursor(cursor: str | None) -> tuple[Any, ...] | None:
    """The sort key a cursor stands for; a damaged cursor is a validation error, not a crash."""
    if not cursor:
        return None
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii")))
        if not isinstance(values, list):
            raise ValueError
        return tuple(_decode_value(v) for v in values)
    except (ValueError, UnicodeError) as exc:
        raise ValidationError({"cursor": "bad_cursor"}) from exc


def page_of(rows: list[Row], limit: int, key: Any) -> Page[Row]:
    """Build a page from a query that fetched ``limit + 1`` rows: the extra row only says there
    are more. ``key(row)`` is the row's sort key, as the query orders by it."""
    if len(rows) > limit:
        rows = rows[:limit]
        return Page(rows, encode_cursor(key(rows[-1])))
    return Page(rows, None)
