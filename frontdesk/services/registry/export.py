"""Exporting the estate: rooms and their current occupants in the import columns
(:mod:`.files`), so an export can be imported again. xlsx goes through the one writer
(:func:`frontdesk.printing.xlsx.write_table`) with the column specs below; CSV is UTF-8 with a
BOM, which Excel opens correctly."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from frontdesk.db import Database
from frontdesk.models import Building, Occupant, Room, Unit
from frontdesk.printing.xlsx import write_table
from frontdesk.services import audit
from frontdesk.services.core.columns import Cell, Column
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.files import FIELDS, HEADERS, OCCUPANT_FIELDS, VOCABULARY
from frontdesk.services.validation import mask_id_number, mask_phone

SHEET = "业户档案"
_WIDTHS = dict(zip(FIELDS, (12, 8, 8, 10, 8, 10, 10, 8, 12, 6, 16, 16, 22, 20, 30), strict=True))
_NUMBERS = ("floor", "area")  # stay numbers in xlsx; everything else is text, so Excel keeps
# phone and ID numbers digit for digit


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    rooms: int
    masked: bool  # phones and ID numbers masked (the user's role may not see them)


Progress = Callable[[int, int], None]

#: one export line: the file's cells in column order (FIELDS), as read from the database
Line = tuple[Any, ...]


def _fmt_number(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


def _column(j: int, field: str) -> Column[Line]:
    def value(line: Line) -> Cell:
        v = line[j]
        if field in _NUMBERS:
            return v  # type: ignore[no-any-return]  # an int floor or a float area, or None
        return _fmt_number(v)

    return Column(field, HEADERS[j], value, width=_WIDTHS[field])


#: the export's column specs, in the import's column order
COLUMNS: tuple[Column[Line], ...] = tuple(_column(j, f) for j, f in enumerate(FIELDS))


def _occupant_cells(o: Occupant, full: bool) -> list[Any]:
    return [
        VOCABULARY.label("kind", o.kind),
        o.name,
        VOCABULARY.label("gender", o.gender) if o.gender else "",
        (o.phone or "") if full else mask_phone(o.phone),
        (o.phone2 or "") if full else mask_phone(o.phone2),
        (o.id_number or "") if full else mask_id_number(o.id_number),
        o.plates or "",
        o.notes or "",
    ]


def _write_csv(path: Path, lines: list[Line]) -> None:
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        for line in lines:
            w.writerow([_fmt_number(v) for v in line])
    tmp.replace(path)


def _write_xlsx(path: Path, lines: list[Line]) -> None:
    write_table(path, SHEET, HEADERS, ([c.cell(line) for c in COLUMNS] for line in lines), [c.width for c in COLUMNS])


def export_registry(
    db: Database,
    user: CurrentUser,
    path: str | Path,
    *,
    project_id: int | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Rooms and their current occupants in the import columns; CSV (UTF-8 with BOM, which
    Excel opens correctly) or xlsx by the file's suffix. Phones and ID numbers are written in
    full only for roles that may see them; the export itself is audited."""
    require(user, Action.REGISTRY_EXPORT)
    path = Path(path)
    full = user.can(Action.PII_VIEW)
    report = progress or (lambda _d, _t: None)
    lines: list[Line] = []
    with db.read() as s:
        stmt = select(Room).order_by(Room.project_id, Room.sort_key)
        if project_id is not None:
            stmt = stmt.where(Room.project_id == project_id)
        units = {u.id: u for u in s.scalars(select(Unit))}
        buildings = {b.id: b.number for b in s.scalars(select(Building))}
        rooms = list(s.scalars(stmt).unique())
        for k, room in enumerate(rooms):
            unit = units[room.unit_id]
            base = [
                room.project.name,
                buildings[unit.building_id],
                unit.number,
                room.number,
                room.floor,
                room.area,
                room.status,
            ]
            people = [o for o in room.occupants if o.active]
            if not people:
                lines.append((*base, *[""] * len(OCCUPANT_FIELDS)))
            for o in people:
                lines.append((*base, *_occupant_cells(o, full)))
            if k % 500 == 0:
                report(k, len(rooms) * 2)
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(path, lines)
    else:
        _write_csv(path, lines)
    with db.write() as s:
        audit.record(
            s,
            user,
            "export",
            path.name[:40],
            "export",
            after={"rows": len(lines), "rooms": len(rooms), "masked": not full, "project_id": project_id},
        )
    report(1, 1)
    return ExportResult(path, len(lines), len(rooms), not full)
