"""Start-up check of the database: refuse what is newer or broken, back up, then upgrade.

Cheap when nothing is to do: the stored revision is compared with the head read from the
migration file names; alembic is imported only when an upgrade is needed.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from frontdesk.db import (
    SQLITE_HEADER,
    BackupFailed,
    Database,
    SqliteFileProblem,
    backup_sqlite_file,
    disk_low,
    inspect_sqlite_file,
    verify_backup,
)

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
    """Why the app cannot open this database; nothing has been written. ``code`` names the fault,
    the UI words it (ui/shell/startup.py):

    ``newer`` a later FrontDesk's database; ``corrupt`` the file is damaged or not a database;
    ``unreadable`` it could not be read (an I/O error; not called damaged); ``empty_file`` a 0-byte
    file while verified backups exist; ``folder_missing`` the database's folder does not exist;
    ``readonly_folder`` / ``readonly_file`` no permission to write; ``disk_full`` no room left;
    ``backup_failed`` the copy before an upgrade could not be made (so no upgrade); ``data_dir``
    the data folder cannot be created. ``path`` is the file or folder concerned,
    ``latest_backup`` the newest verified backup (for the restore advice).
    """

    def __init__(
        self,
        code: str,
        *,
        detail: str = "",
        revision: str = "",
        latest_backup: Path | None = None,
        path: Path | None = None,
    ):
        super().__init__(f"{code}: {detail or revision}")
        self.code = code
        self.detail = detail
        self.revision = revision
        self.latest_backup = latest_backup
        self.path = path


@dataclass(frozen=True)
class PrepareResult:
    upgraded_from: str | None
    backup: Path | None
    created: bool
    #: the day's backup could not be made (``disk_full`` or ``failed``); the start goes on, the
    #: user is told. None when it was made or was not due.
    backup_problem: str | None = None
    backup_detail: str = ""


def _backups_newest_first(backup_dir: Path) -> list[Path]:
    try:
        return sorted(backup_dir.glob("*.db"), key=lambda p: p.name, reverse=True) if backup_dir.is_dir() else []
    except OSError:
        return []


def latest_backup(backup_dir: Path) -> Path | None:
    """The newest backup that verifies (opens and passes ``quick_check``): the one to restore.
    A 0-byte or damaged copy beside it is skipped."""
    for candidate in _backups_newest_first(backup_dir):
        if verify_backup(candidate):
            return candidate
    return None


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


def _can_write(path: Path) -> bool:
    """May this process write ``path``? (A read-only file attribute on Windows, permissions or a
    read-only mount elsewhere.)"""
    return os.access(path, os.W_OK)


def check_sqlite_location(path: Path, backup_dir: Path) -> None:
    """Refuse, before anything is written, a SQLite file that cannot be used as it is: each fault
    with its own code. A missing file in a writable folder is fine (a new database)."""
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseStartError("folder_missing", path=folder)
    if path.exists() and not path.is_file():
        raise DatabaseStartError("unreadable", detail="not_a_file", path=path)
    size = path.stat().st_size if path.exists() else None
    if size == 0:
        good = latest_backup(backup_dir)
        if good is not None:  # an emptied database is not a new one while its backups exist
            raise DatabaseStartError("empty_file", path=path, latest_backup=good)
    # SQLite keeps its write-ahead log beside the file: the folder must be writable too
    if not _can_write(folder):
        raise DatabaseStartError("readonly_folder", path=folder)
    if size is not None and not _can_write(path):
        raise DatabaseStartError("readonly_file", path=path)
    if disk_low(folder):
        raise DatabaseStartError("disk_full", path=folder)


def _problem(exc: SqliteFileProblem, path: Path, backup_dir: Path) -> DatabaseStartError:
    if exc.kind == "corrupt":
        return DatabaseStartError("corrupt", detail=exc.detail, path=path, latest_backup=latest_backup(backup_dir))
    if disk_low(path.parent):
        return DatabaseStartError("disk_full", detail=exc.detail, path=path.parent)
    return DatabaseStartError("unreadable", detail=exc.detail, path=path)


def prepare_database(db: Database, backup_dir: Path, *, now: datetime | None = None) -> PrepareResult:
    """Check, back up and upgrade the database. Nothing is written before the checks pass."""
    path = db.sqlite_path
    if path is not None:
        check_sqlite_location(path, backup_dir)
    try:
        current = current_revision(db)
    except SqliteFileProblem as exc:
        assert path is not None
        raise _problem(exc, path, backup_dir) from exc
    known = known_revisions()
    head = known[-1]
    if current == head:
        result = _with_daily_backup(db, backup_dir, current, now)
        _record_version(db, head)
        return result
    if current is not None and current not in known:
        raise DatabaseStartError("newer", revision=current)
    backup = None
    created = current is None and (path is None or not path.exists() or path.stat().st_size == 0)
    if path is not None and path.exists() and path.stat().st_size > 0:
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        backup = backup_dir / f"{path.stem}-{stamp}-{current or 'empty'}.db"
        try:
            backup_sqlite_file(path, backup)
        except BackupFailed as exc:  # no upgrade without a good copy to go back to
            code = "disk_full" if exc.disk_full else "backup_failed"
            raise DatabaseStartError(code, detail=exc.detail, path=backup_dir) from exc
    try:
        upgrade(db)
    except Exception as exc:
        if path is not None and disk_low(path.parent):
            raise DatabaseStartError("disk_full", detail=str(exc), path=path.parent) from exc
        raise
    _record_version(db, head)
    return PrepareResult(upgraded_from=current, backup=backup, created=created)


def _record_version(db: Database, head: str) -> None:
    """The audit trail notes the first time each program version opens this database."""
    from frontdesk.version import record_first_open

    record_first_open(db, head)


def _with_daily_backup(db: Database, backup_dir: Path, current: str | None, now: datetime | None) -> PrepareResult:
    try:
        daily = daily_backup(db, backup_dir, now=now)
    except BackupFailed as exc:
        problem = "disk_full" if exc.disk_full else "failed"
        return PrepareResult(current, None, False, backup_problem=problem, backup_detail=exc.detail)
    return PrepareResult(upgraded_from=current, backup=daily, created=False)


DAILY_KEEP = 7
_DAILY_EVERY_S = 20 * 3600


def daily_backup(db: Database, backup_dir: Path, *, now: datetime | None = None) -> Path | None:
    """Once a day, at the first start, copy a SQLite database to ``backup_dir`` (the newest
    DAILY_KEEP daily copies are kept), so a damaged file always has a recent backup to restore.
    Only a verified copy counts: a recent 0-byte or damaged file does not stop today's backup.
    Raises :class:`BackupFailed` (the failed copy deleted) when it cannot be made.
    PostgreSQL is backed up on the server (pg_dump), not by the counters."""
    import time

    path = db.sqlite_path
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    for recent in _backups_newest_first(backup_dir):
        if time.time() - recent.stat().st_mtime >= _DAILY_EVERY_S:
            continue
        if recent.stat().st_size > 0 and _has_header(recent):
            return None
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    dest = backup_dir / f"{path.stem}-{stamp}-daily.db"
    backup_sqlite_file(path, dest)
    for old in sorted(backup_dir.glob("*-daily.db"))[:-DAILY_KEEP]:
        old.unlink(missing_ok=True)
    return dest


def _has_header(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


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
