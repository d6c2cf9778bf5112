"""Column specs: one list per record list drives its on-screen table and its xlsx export.

``header`` is a Chinese source text; the UI translates it under ``context`` (the feature's
vocabulary context) and the export receives the translated header. ``value`` gives the typed
cell (str, int, Decimal, date, datetime) that the export writes as such; ``text`` gives what the
screen shows (default: the value formatted)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from frontdesk.services.clock import to_local

Row = TypeVar("Row")
Cell = str | int | Decimal | date | datetime | None


def format_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return to_local(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return str(value)


@dataclass(frozen=True)
class Column(Generic[Row]):
    key: str
    header: str
    value: Callable[[Row], Cell]
    text: Callable[[Row], str] | None = None
    width: int = 12  # characters, for the export and the initial on-screen width
    align_right: bool = False
    export: bool = True

    def display(self, row: Row) -> str:
        return self.text(row) if self.text is not None else format_cell(self.value(row))

    def cell(self, row: Row) -> Any:
        """The export's cell: a datetime in local time without tzinfo (xlsx has no zones)."""
        v = self.value(row)
        if isinstance(v, datetime):
            return to_local(v).replace(tzinfo=None)
        return v


def export_rows(columns: Sequence[Column[Row]], rows: Sequence[Row]) -> list[list[Any]]:
    cols = [c for c in columns if c.export]
    return [[c.cell(r) for c in cols] for r in rows]
