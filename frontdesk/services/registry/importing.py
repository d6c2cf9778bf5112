"""Importing the estate (rooms and occupants) from CSV or xlsx (format: :mod:`.files`).

Importing is two calls: :meth:`RegistryIO.preview` reads and checks every line and reports each
rejected one with its reasons; :meth:`RegistryIO.commit` then writes the accepted lines in one
transaction — all of them or, on any failure, none. :meth:`RegistryIO.export` writes the same
columns (:mod:`.export`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from frontdesk.models import Base, Building, Occupant, Project, Room, Unit
from frontdesk.models.registry import code_sort_key
from frontdesk.services import audit
from frontdesk.services.core.changes import ROOM, changes
from frontdesk.services.core.service import Service
from frontdesk.services.core.table_files import RejectedRow, RowProblem
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.registry.export import ExportResult, Progress, export_registry
from frontdesk.services.registry.files import (
    _GENDERS,
    _KINDS,
    OCCUPANT_FIELDS,
    ImportFileError,
    _find_header,
    read_table,
)
from frontdesk.services.registry.rooms import canonical_code, parse_room
from frontdesk.services.registry.service import GENDERS, ROOM_STATUSES, clean_person
from frontdesk.services.validation import FieldError, clean_text


@dataclass(frozen=True)
class ImportRow:
    """One accepted line, cleaned. ``occupant`` is None for a line that only names a room."""

    line: int
    project: str
    building: str
    unit: str
    number: str
    floor: int | None
    area: float | None
    status: str | None
    occupant: dict[str, Any] | None

    @property
    def code(self) -> str:
        return canonical_code(self.building, self.unit, self.number)


@dataclass(frozen=True, kw_only=True)
class ImportCounts:
    """What an import adds and changes (planned by the preview, done by the commit)."""

    new_projects: int
    new_rooms: int
    updated_rooms: int
    new_occupants: int
    updated_occupants: int
    unchanged: int


COUNT_FIELDS = tuple(f.name for f in fields(ImportCounts))


@dataclass(frozen=True, kw_only=True)
class ImportPreview(ImportCounts):
    source: str
    file_format: str  # "xlsx", "UTF-8", "UTF-8 (BOM)", "GBK", "UTF-16"
    columns: tuple[str, ...]  # fields found, in file order
    ignored_columns: tuple[str, ...]  # headers we do not know (their content is not imported)
    rows: tuple[ImportRow, ...]
    rejected: tuple[RejectedRow, ...]
    header_cells: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return bool(self.rows)


@dataclass(frozen=True, kw_only=True)
class ImportResult(ImportCounts):
    skipped: int  # rejected lines the user chose to leave out


# --- checking one line --------------------------------------------------------------------------


def _clean_number_part(value: str, what: str) -> str:
    v = unicodedata.normalize("NFKC", value).strip().upper()
    v = re.sub(r"(号楼|栋|幢|座|单元|号|室|#)$", "", v)
    if not v:
        raise FieldError("required")
    if not re.fullmatch(r"[0-9A-Z]{1,10}", v):
        raise FieldError(f"bad_{what}", value=value)
    return (v.lstrip("0") or "0") if v.isdigit() and what != "room" else v


def _parse_line(cells: dict[str, str], default_project: str | None) -> tuple[ImportRow | None, list[RowProblem]]:
    problems: list[RowProblem] = []

    def check(name: str, fn: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        try:
            return fn(*args, **kw)
        except FieldError as exc:
            problems.append(RowProblem(name, exc.code, dict(exc.params)))
            return None

    for name, value in cells.items():
        if "\ufffd" in value:
            problems.append(RowProblem(name, "bad_characters"))
    if problems:
        return None, problems

    project = check(
        "project",
        clean_text,
        cells.get("project") or default_project or "",
        max_len=100,
        required=True,
        multiline=False,
    )
    raw_room = cells.get("room", "").strip()
    building = unit = number = None
    if cells.get("building", "").strip():
        building = check("building", _clean_number_part, cells["building"], "building")
        unit = check("unit", _clean_number_part, cells.get("unit", "").strip() or "1", "unit")
        number = check("room", _clean_number_part, raw_room, "room")
    elif raw_room:
        q = parse_room(raw_room)
        if q is None or len(q.codes) != 1:
            problems.append(RowProblem("room", "import_room_unclear", {"room": raw_room}))
        else:
            building, unit, number = q.codes[0].split("-")
    else:
        problems.append(RowProblem("room", "required"))

    floor = area = None
    if cells.get("floor", "").strip():
        f = re.sub(r"(层|楼|f)$", "", unicodedata.normalize("NFKC", cells["floor"]).strip().lower())
        if re.fullmatch(r"-?\d{1,3}", f):
            floor = int(f)
        else:
            problems.append(RowProblem("floor", "bad_number"))
    elif number and re.fullmatch(r"\d{3,5}", number):
        floor = int(number[:-2])
    if cells.get("area", "").strip():
        a = re.sub(r"\s*(m2|平方米|平米|平)$", "", unicodedata.normalize("NFKC", cells["area"]).strip().lower())
        try:
            area = float(a)
            if not 0 < area < 100_000:
                raise ValueError(a)
        except ValueError:
            problems.append(RowProblem("area", "bad_number"))
            area = None
    status = cells.get("status", "").strip() or None
    if status is not None and status not in ROOM_STATUSES:
        problems.append(RowProblem("status", "import_bad_status", {"value": status}))

    occupant: dict[str, Any] | None = None
    has_person = any(cells.get(f, "").strip() for f in OCCUPANT_FIELDS if f != "kind")
    if has_person:
        kind_text = cells.get("kind", "").strip()
        kind = _KINDS.get(kind_text.lower(), None) if kind_text else "owner"
        if kind is None:
            problems.append(RowProblem("kind", "import_bad_kind", {"value": kind_text}))
        gender_text = cells.get("gender", "").strip()
        gender = _GENDERS.get(gender_text.lower()) if gender_text else None
        if gender_text and gender not in GENDERS:
            problems.append(RowProblem("gender", "import_bad_gender", {"value": gender_text}))
        occupant = {"kind": kind, "gender": gender, **clean_person(check, lambda f: cells.get(f, ""))}
    if problems:
        return None, problems
    assert project is not None and building and unit and number
    return ImportRow(0, project, building, unit, number, floor, area, status, occupant), []


# --- the service ------------------------------------------------------------------------------


class RegistryIO(Service):
    # --- import -------------------------------------------------------------------------------

    def preview(self, user: CurrentUser, path: str | Path, *, default_project: str | None = None) -> ImportPreview:
        """Read and check every line; nothing is written. Raises ImportFileError for a file that
        cannot be read at all (not a spreadsheet, no header line, no room column …)."""
        require(user, Action.REGISTRY_IMPORT)
        path = Path(path)
        table, fmt = read_table(path)
        found = _find_header(table)
        if found is None:
            if not any(any(c.strip() for c in r) for r in table):
                raise ImportFileError("import_empty")
            raise ImportFileError("import_no_header", expected="、".join(("楼栋", "单元", "姓名", "手机")))
        header_at, mapping = found
        header = table[header_at]
        if "project" not in mapping.values() and not (default_project or "").strip():
            raise ImportFileError("import_no_project")
        ignored = tuple(c for j, c in enumerate(header) if j not in mapping and c.strip())

        rows: list[ImportRow] = []
        rejected: list[RejectedRow] = []
        seen_occupants: dict[tuple[str, str, str], int] = {}
        room_status: dict[tuple[str, str], tuple[str, int]] = {}
        for i, raw in enumerate(table[header_at + 1 :], start=header_at + 2):
            if not any(c.strip() for c in raw):
                continue
            cells = {f: (raw[j] if j < len(raw) else "") for j, f in mapping.items()}
            problems: list[RowProblem] = []
            if any(c.strip() for j, c in enumerate(raw) if j >= len(header)):
                problems.append(RowProblem("", "import_extra_cells"))
            row, line_problems = _parse_line(cells, default_project)
            problems.extend(line_problems)
            if row is not None and not problems:
                key_room = (row.project, row.code)
                if row.status:
                    prev = room_status.get(key_room)
                    if prev and prev[0] != row.status:
                        problems.append(
                            RowProblem(
                                "status",
                                "import_status_conflict",
                                {"value": row.status, "other": prev[0], "line": prev[1]},
                            )
                        )
                    else:
                        room_status[key_room] = (row.status, i)
                if row.occupant is not None:
                    key = (row.project, row.code, row.occupant["name"])
                    if key in seen_occupants:
                        problems.append(RowProblem("name", "import_duplicate", {"line": seen_occupants[key]}))
                    else:
                        seen_occupants[key] = i
            if problems or row is None:
                rejected.append(RejectedRow(i, tuple(raw), tuple(problems)))
            else:
                rows.append(replace(row, line=i))
        with self._db.read() as s:
            counts = _plan(s, rows)
        return ImportPreview(
            source=path.name,
            file_format=fmt,
            columns=tuple(mapping[j] for j in sorted(mapping)),
            ignored_columns=ignored,
            rows=tuple(rows),
            rejected=tuple(rejected),
            header_cells=tuple(header),
            **counts,
        )

    @changes(ROOM)
    def commit(self, user: CurrentUser, preview: ImportPreview, *, progress: Progress | None = None) -> ImportResult:
        """Write the accepted lines in one transaction: all of them, or nothing at all."""
        require(user, Action.REGISTRY_IMPORT)
        if not preview.rows:
            raise ServiceError("import_nothing")
        report = progress or (lambda _d, _t: None)
        now = self._clock.now()
        with self._db.write() as s:
            counts = _apply(s, user, preview.rows, now, report)
            audit.record(
                s,
                user,
                "import",
                preview.source[:40],
                "import",
                at=now,
                after={**counts, "skipped": len(preview.rejected), "format": preview.file_format},
            )
        return ImportResult(**counts, skipped=len(preview.rejected))

    # --- export -------------------------------------------------------------------------------

    def export(
        self,
        user: CurrentUser,
        path: str | Path,
        *,
        project_id: int | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Rooms and their current occupants in the import columns (see :mod:`.export`)."""
        return export_registry(self._db, user, path, project_id=project_id, progress=progress)


# --- planning and applying -------------------------------------------------------------------


def _existing(s: Session, rows: tuple[ImportRow, ...] | list[ImportRow]) -> tuple[dict[str, int], dict[tuple[int, str], Room]]:
    names = {r.project for r in rows}
    projects = {p.name: p.id for p in s.scalars(select(Project).where(Project.name.in_(names)))} if names else {}
    rooms: dict[tuple[int, str], Room] = {}
    if projects:
        for room in s.scalars(select(Room).where(Room.project_id.in_(projects.values()))).unique():
            rooms[(room.project_id, room.code)] = room
    return projects, rooms


def _occupant_changes(o: Occupant, data: dict[str, Any]) -> dict[str, Any]:
    """Fields the file gives (non-empty) that differ from what is stored."""
    return {k: v for k, v in data.items() if k != "name" and v not in (None, "") and getattr(o, k) != v}


def _plan(s: Session, rows: list[ImportRow]) -> dict[str, int]:
    projects, rooms = _existing(s, rows)
    new_projects = {r.project for r in rows if r.project not in projects}
    new_rooms: set[tuple[str, str]] = set()
    updated_rooms: set[tuple[str, str]] = set()
    new_occ = upd_occ = unchanged = 0
    for r in rows:
        room = rooms.get((projects.get(r.project, -1), r.code))
        if room is None:
            new_rooms.add((r.project, r.code))
        elif (r.status and r.status != room.status) or (r.area is not None and r.area != room.area):
            updated_rooms.add((r.project, r.code))
        if r.occupant is None:
            if room is not None and (r.project, r.code) not in updated_rooms:
                unchanged += 1
            continue
        match = None
        if room is not None:
            match = next((o for o in room.occupants if o.active and o.name == r.occupant["name"]), None)
        if match is None:
            new_occ += 1
        elif _occupant_changes(match, r.occupant):
            upd_occ += 1
        else:
            unchanged += 1
    return {
        "new_projects": len(new_projects),
        "new_rooms": len(new_rooms),
        "updated_rooms": len(updated_rooms),
        "new_occupants": new_occ,
        "updated_occupants": upd_occ,
        "unchanged": unchanged,
    }


_ROOMS = Base.metadata.tables["room"]  # Core tables: bulk INSERT … RETURNING without ORM bookkeeping
_OCCUPANTS = Base.metadata.tables["occupant"]
_ROOM_FIELDS = ("project_id", "unit_id", "number", "code", "floor", "area", "status")
_OCC_FIELDS = (
    "room_id",
    "kind",
    "name",
    "gender",
    "phone",
    "phone2",
    "id_number",
    "plates",
    "notes",
    "active",
)


def _apply(s: Session, user: CurrentUser, rows: tuple[ImportRow, ...], now: Any, report: Progress) -> dict[str, int]:
    """Write the lines: projects, buildings and units (a few) through the ORM; new rooms and new
    occupants with one bulk INSERT … RETURNING each; changes to existing records through the ORM
    so their version column moves and a form open elsewhere sees a conflict."""
    projects, rooms = _existing(s, rows)
    counts = dict.fromkeys(COUNT_FIELDS, 0)
    events: list[dict[str, Any]] = []

    def event(entity: str, entity_id: int, action: str, before: dict[str, Any] | None, after: dict[str, Any]) -> None:
        events.append(
            {
                "at": now,
                "actor_id": user.id,
                "actor_name": user.name,
                "entity": entity,
                "entity_id": str(entity_id),
                "action": action,
                "before": before or None,
                "after": after,
            }
        )

    total = len(rows) * 2 + 1
    for name in dict.fromkeys(r.project for r in rows if r.project not in projects):  # file order
        p = Project(name=name, created_at=now, updated_at=now)
        s.add(p)
        s.flush()
        projects[name] = p.id
        counts["new_projects"] += 1
        event("project", p.id, "create", None, {"name": name})
    buildings = {
        (b.project_id, b.number): b.id for b in s.scalars(select(Building).where(Building.project_id.in_(projects.values())))
    }
    units = {
        (u.building_id, u.number): u.id for u in s.scalars(select(Unit).where(Unit.building_id.in_(buildings.values() or [-1])))
    }

    def id_of(known: dict[tuple[int, str], int], key: tuple[int, str], make: Callable[[], Building | Unit]) -> int:
        """The id of a building or unit, added the first time a line names it."""
        found = known.get(key)
        if found is None:
            made = make()
            s.add(made)
            s.flush()
            found = known[key] = made.id
        return found

    def unit_id(pid: int, building: str, unit: str) -> int:
        bid = id_of(buildings, (pid, building), lambda: Building(project_id=pid, number=building))
        return id_of(units, (bid, unit), lambda: Unit(building_id=bid, number=unit))

    # rooms
    new_rooms: dict[tuple[int, str], dict[str, Any]] = {}
    touched: set[int] = set()
    for k, r in enumerate(rows):
        pid = projects[r.project]
        key = (pid, r.code)
        room = rooms.get(key)
        if room is None:
            row = new_rooms.get(key)
            if row is None:
                new_rooms[key] = {
                    "project_id": pid,
                    "unit_id": unit_id(pid, r.building, r.unit),
                    "number": r.number,
                    "code": r.code,
                    "sort_key": code_sort_key(r.code),
                    "floor": r.floor,
                    "area": r.area,
                    "status": r.status or ("已入住" if r.occupant else "未交付"),
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            elif r.status:
                row["status"] = r.status
        elif room.id not in touched:
            changes: dict[str, Any] = {}
            if r.status and r.status != room.status:
                changes["status"] = r.status
            if r.area is not None and r.area != room.area:
                changes["area"] = r.area
            if r.floor is not None and room.floor is None:
                changes["floor"] = r.floor
            if changes:
                before = {f: getattr(room, f) for f in changes}
                for f, v in changes.items():
                    setattr(room, f, v)
                touched.add(room.id)
                counts["updated_rooms"] += 1
                event("room", room.id, "update", before, changes)
        if k % 500 == 0:
            report(k, total)
    room_ids = {key: room.id for key, room in rooms.items()}
    if new_rooms:
        keys = list(new_rooms)
        ids = (
            s.execute(
                insert(_ROOMS).returning(_ROOMS.c.id, sort_by_parameter_order=True),
                [new_rooms[key] for key in keys],
            )
            .scalars()
            .all()
        )
        for key, rid in zip(keys, ids, strict=True):
            room_ids[key] = rid
            counts["new_rooms"] += 1
            event("room", rid, "create", None, {f: new_rooms[key][f] for f in _ROOM_FIELDS})
    report(len(rows), total)

    # occupants
    present = {(room.id, o.name): o for room in rooms.values() for o in room.occupants if o.active}
    new_people: list[dict[str, Any]] = []
    for k, r in enumerate(rows):
        rid = room_ids[(projects[r.project], r.code)]
        if r.occupant is None:
            if (projects[r.project], r.code) not in new_rooms and rid not in touched:
                counts["unchanged"] += 1
            continue
        data = r.occupant
        match = present.get((rid, data["name"]))
        if match is None:
            new_people.append({"room_id": rid, **data, "active": True, "version": 1, "created_at": now, "updated_at": now})
            continue
        changes = _occupant_changes(match, data)
        if changes:
            before = {f: getattr(match, f) for f in changes}
            for f, v in changes.items():
                setattr(match, f, v)
            counts["updated_occupants"] += 1
            event("occupant", match.id, "update", before, changes)
        else:
            counts["unchanged"] += 1
        if k % 500 == 0:
            report(len(rows) + k, total)
    if new_people:
        ids = s.execute(insert(_OCCUPANTS).returning(_OCCUPANTS.c.id, sort_by_parameter_order=True), new_people).scalars().all()
        for person, oid in zip(new_people, ids, strict=True):
            counts["new_occupants"] += 1
            event("occupant", oid, "create", None, {f: person[f] for f in _OCC_FIELDS})
    s.flush()
    if events:
        s.execute(insert(Base.metadata.tables["audit_event"]), events)
    report(total, total)
    return counts


__all__ = [
    "ExportResult",
    "ImportCounts",
    "ImportFileError",
    "ImportPreview",
    "ImportResult",
    "ImportRow",
    "RegistryIO",
    "RejectedRow",
    "RowProblem",
]
