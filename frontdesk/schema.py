"""Start-up check of the database: refuse what is newer or broken, back up, then upgrade.

Cheap when nothing is to do: the stored revision is compared with the head read from the
migration file names; alembic is imported only when an upgrade is needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from frontdesk.db import Database, SqliteFileProblem, backup_sqlite_file, inspect_sqlite_file

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
_REV_FILE = re.compile(r"^(\d{8}_\d{2,3})_\w+\.py$")


def known_revisions() -> list[str]:
    """Revision ids in order; file names are ``YYYYMMDD_NN_slug.py`` (or ``_NNN_``: 20261203_181
    comes after 20261203_01 and before 20261203_19… by number) and the chain is linear."""
    revs = [m.group(1) for p in (MIGRATIONS_DIR / "versions").iterdir() if (m := _REV_FILE.match(p.name))]
    return sorted(revs, key=lambda r: (r[:8], int(r[9:])))


def head_revision() -> str:
    return known_revisions()[-1]


class DatabaseStartError(Exception):
    """Why the app cannot open this database. ``code`` is newer / corrupt; the UI words it."""

    def __init__(self, code: str, *, detail: str = "", revision: str = "", latest_backup: Path | None = None):
        super().__init__(f"{code}: {detail or revision}")
        self.code = code
        self.detail = detail
        self.revision = revision
        self.latest_backup = latest_backup


@dataclass(frozen=True)
class PrepareResult:
    upgraded_from: str | None
    backup: Path | None
    created: bool


def latest_backup(backup_dir: Path) -> Path | None:
    files = sorted(backup_dir.glob("*.db")) if backup_dir.exists() else []
    return files[-1] if files else None


def current_revision(db: Database) -> str | None:
    """The stored revision, read without writing anything."""
    path = db.sqlite_path
    if path is not None:
        if not path.exists() or path.stat().st_size == 0:
            return None
        return inspect_sqlite_file(path)
    from sqlalchemy import inspect, text

    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def prepare_database(db: Database, backup_dir: Path, *, now: datetime | None = None) -> PrepareResult:
    """Check, back up and upgrade the database. Nothing is written before the checks pass."""
    path = db.sqlite_path
    try:
        current = current_revision(db)
    except SqliteFileProblem as exc:
        raise DatabaseStartError("corrupt", detail=str(exc), latest_backup=latest_backup(backup_dir)) from exc
    known = known_revisions()
    head = known[-1]
    if current == head:
        daily = daily_backup(db, backup_dir, now=now)
        return PrepareResult(upgraded_from=current, backup=daily, created=False)
    if current is not None and current not in known:
        raise DatabaseStartError("newer", revision=current)
    backup = None
    created = current is None and (path is None or not path.exists() or path.stat().st_size == 0)
    if path is not None and path.exists() and path.stat().st_size > 0:
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        backup = backup_dir / f"{path.stem}-{stamp}-{current or 'empty'}.db"
        backup_sqlite_file(path, backup)
    upgrade(db)
    return PrepareResult(upgraded_from=current, backup=backup, created=created)


DAILY_KEEP = 7
_DAILY_EVERY_S = 20 * 3600


def daily_backup(db: Database, backup_dir: Path, *, now: datetime | None = None) -> Path | None:
    """Once a day, at the first start, copy a SQLite database to ``backup_dir`` (the newest
    DAILY_KEEP daily copies are kept), so a damaged file always has a recent backup to restore.
    PostgreSQL is backed up on the server (pg_dump), not by the counters."""
    import time

    path = db.sqlite_path
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    newest = latest_backup(backup_dir)
    if newest is not None and time.time() - newest.stat().st_mtime < _DAILY_EVERY_S:
        return None
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    dest = backup_dir / f"{path.stem}-{stamp}-daily.db"
    backup_sqlite_file(path, dest)
    for old in sorted(backup_dir.glob("*-daily.db"))[:-DAILY_KEEP]:
        old.unlink(missing_ok=True)
    return dest


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
