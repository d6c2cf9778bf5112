"""Which FrontDesk this is: the version, and when this copy was built.

The version is ``frontdesk.__version__`` (pyproject.toml reads it from there too). A bundle made
by ``python3 dev.py bundle`` carries ``build_info.json`` beside this module with the build date
and commit; run from source there is none, and the 关于 box says so.

The audit trail records the first time each version opens a database
(:func:`record_first_open`, called by ``schema.prepare_database``), so a supervisor can tell
which program version made or upgraded the data, and when each counter PC was updated.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from frontdesk import __version__

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from frontdesk.db import Database
    from frontdesk.models import Setting

VERSION: str = __version__
BUILD_INFO_FILE = Path(__file__).resolve().with_name("build_info.json")

#: the audit trail's words for "this version opened the database for the first time"
AUDIT_ENTITY = "program"
AUDIT_ACTION = "first_open"
#: versions already recorded, kept as a hidden row of the settings table (not an option) so the
#: check at every start is one primary-key read instead of a scan of the audit trail
SEEN_KEY = "program.versions_opened"


@dataclass(frozen=True)
class BuildInfo:
    version: str
    #: when the bundle was built (UTC, "YYYY-MM-DD HH:MM"); None when run from source
    built: str | None
    commit: str | None

    @property
    def from_source(self) -> bool:
        return self.built is None


@cache
def build_info() -> BuildInfo:
    """This copy's version and build stamp (read once)."""
    try:
        data = json.loads(BUILD_INFO_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return BuildInfo(VERSION, None, None)
    built = data.get("built")
    commit = data.get("commit")
    return BuildInfo(VERSION, str(built) if built else None, str(commit) if commit else None)


def is_bundled() -> bool:
    """Running from the PyInstaller bundle rather than from source."""
    return bool(getattr(sys, "frozen", False))


def write_build_info(path: Path, *, built: datetime | None = None, commit: str | None = None) -> dict[str, str | None]:
    """The bundle build writes this file (packaging/frontdesk.spec); the app only reads it."""
    when = (built or datetime.now(timezone.utc)).astimezone(timezone.utc)
    data: dict[str, str | None] = {"version": VERSION, "built": when.strftime("%Y-%m-%d %H:%M UTC"), "commit": commit}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return data


def record_first_open(db: Database, schema_revision: str) -> bool:
    """Record in the audit trail that this version opened this database, the first time it does.
    Returns True when it wrote the record. Two counters starting the same new version at once
    write it once: the loser's transaction fails on the marker row and is dropped."""
    from sqlalchemy.exc import IntegrityError
    from sqlalchemy.orm.exc import StaleDataError

    from frontdesk.models import Setting

    with db.read() as s:
        row = s.get(Setting, SEEN_KEY)
        if row is not None and isinstance(row.value, dict) and VERSION in row.value:
            return False
    try:
        with db.write() as s:
            row = s.get(Setting, SEEN_KEY)
            seen = dict(row.value) if row is not None and isinstance(row.value, dict) else {}
            if VERSION in seen:
                return False
            _write_first_open(s, seen, row, schema_revision)
    except (IntegrityError, StaleDataError):
        return False  # another counter recorded it at the same moment
    return True


def _write_first_open(s: Session, seen: dict[str, str], row: Setting | None, schema_revision: str) -> None:
    import socket

    from frontdesk.models import Setting
    from frontdesk.services import audit

    now = datetime.now(timezone.utc)
    info = build_info()
    seen[VERSION] = now.isoformat(timespec="seconds")
    if row is None:
        s.add(Setting(key=SEEN_KEY, value=seen))
    else:
        row.value = seen
    after = {
        "program_version": VERSION,
        "build": info.built or "从源码运行",
        "schema_revision": schema_revision,
        "host": socket.gethostname(),
    }
    audit.record(s, None, AUDIT_ENTITY, VERSION, AUDIT_ACTION, after=after, at=now)
