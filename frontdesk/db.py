"""Connection set-up: the one module that knows which database engine is behind the URL.

SQLite (one counter) gets WAL, foreign keys, a busy timeout, full fsync and write transactions
that begin IMMEDIATE, so a read-then-write never dies with "database is locked". PostgreSQL
(several counters) needs none of that. Everything else talks to :class:`Database` only.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

if TYPE_CHECKING:  # SQLAlchemy is imported when a Database is made, not with this module: the
    # start-up check of a SQLite file and the first window need only the standard library
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session

SQLITE_BUSY_TIMEOUT_MS = 10_000
#: SQLite refuses a LIKE pattern over 50,000 bytes; a search never needs more than this
SEARCH_PATTERN_MAX = 200
SQLITE_HEADER = b"SQLite format 3\x00"


class Database:
    """An engine plus two session factories: ``read()`` and ``write()``."""

    def __init__(self, url: str | URL, *, echo: bool = False) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.orm import sessionmaker

        self.url = make_url(url)
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            _configure_sqlite(self.engine)
        _guard_reads(self.engine)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(fd_write=True), expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def describe(self) -> str:
        """Where the data lives, for the status bar (no password)."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; whatever it did is rolled back."""
        try:
            with self._read() as session:
                yield session
        except Exception as exc:
            out = self._translate(exc)
            if out is exc:
                raise
            raise out from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed on success, rolled back on any exception. A stale
        versioned row becomes a ``ConflictError``, a database that cannot store (read-only, disk
        full, gone) a ``StorageError``: no database error type escapes to the caller."""
        try:
            with self._write.begin() as session:
                yield session
        except Exception as exc:
            out = self._translate(exc)
            if out is exc:
                raise
            raise out from exc

    def _translate(self, exc: Exception) -> Exception:
        out = translate_db_error(exc)
        path = self.sqlite_path
        if getattr(out, "code", "") == "db_unavailable" and path is not None and disk_low(path.parent):
            from frontdesk.services.errors import StorageError

            return StorageError("disk_full", detail=getattr(out, "params", {}).get("detail", ""))
        return out

    def dispose(self) -> None:
        self.engine.dispose()

    def close(self) -> None:
        """At quit: fold SQLite's write-ahead log back into the database file, so the .db file
        alone holds everything (a copy of it is a complete copy), then release the connections."""
        if self.is_sqlite:
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            except Exception:  # noqa: BLE001 - a busy checkpoint is retried by SQLite at next start
                pass
        self.engine.dispose()


def translate_db_error(exc: Exception) -> Exception:
    """The service error for a database error that no service handles itself; any other
    exception unchanged."""
    from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
    from sqlalchemy.orm.exc import StaleDataError

    from frontdesk.services.errors import ConflictError, StorageError, ValidationError

    if isinstance(exc, StaleDataError):
        return ConflictError()
    if isinstance(exc, UnicodeEncodeError):  # a lone surrogate that no check caught
        return ValidationError({"text": "bad_characters"})
    if isinstance(exc, OperationalError) and "pattern too complex" in str(exc.orig):
        return ValidationError({"text": "too_long"}, field_params={"text": {"max": SEARCH_PATTERN_MAX}})
    sqlstate = str(getattr(getattr(exc, "orig", None), "sqlstate", "") or "")
    if isinstance(exc, DBAPIError) and sqlstate in ("40001", "40P01", "55P03"):
        # PostgreSQL gave up one of two transactions that waited on each other (serialization
        # failure, deadlock, lock not available): the other counter's change won; nothing of
        # this one was stored
        return ConflictError()
    if isinstance(exc, IntegrityError) and (sqlstate == "23505" or "UNIQUE constraint failed" in str(exc.orig)):
        # two counters created the same thing at the same instant: the other one's is kept
        return ConflictError()
    if isinstance(exc, DBAPIError) and getattr(exc, "connection_invalidated", False):
        return StorageError("db_unavailable", detail=str(exc.orig))
    if isinstance(exc, OperationalError):
        text = str(exc.orig).lower()
        name = str(getattr(exc.orig, "sqlite_errorname", ""))
        if "readonly" in text or "read-only" in text or name.startswith("SQLITE_READONLY"):
            return StorageError("db_readonly", detail=str(exc.orig))
        if "full" in text or name.startswith("SQLITE_FULL") or "no space" in text:
            return StorageError("disk_full", detail=str(exc.orig))
        if "disk i/o" in text or name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "connection" in text:
            return StorageError("db_unavailable", detail=str(exc.orig))
    return exc


def _readable(value: Any) -> Any:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "replace").decode("utf-8")
    return value


def _guard_reads(engine: Engine) -> None:
    """A query's text parameters are made encodable (a lone surrogate becomes "?"): looking up
    what was typed may find nothing, never crash. Writes are refused instead (see
    translate_db_error), so nothing stored is ever altered."""
    from sqlalchemy import event

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _before(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> Any:
        if executemany or not statement.lstrip().upper().startswith(("SELECT", "WITH")):
            return statement, parameters
        if isinstance(parameters, dict):
            parameters = {k: _readable(v) for k, v in parameters.items()}
        elif isinstance(parameters, list | tuple):
            parameters = type(parameters)(_readable(v) for v in parameters)
        return statement, parameters


def _configure_sqlite(engine: Engine) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how each transaction starts.
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")  # a power cut never loses a committed record
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("fd_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


# --- read-only checks of a SQLite file, done before anything may write to it -----------------


def sqlite_file_of(url: str) -> Path | None:
    """The file of a plain ``sqlite:///path`` URL, read without SQLAlchemy; None for any other
    URL (another database, in-memory, or with options: those take the ordinary way)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    rest = unquote(url[len(prefix) :])
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


class SqliteFileProblem(Exception):
    """The file cannot be used. ``kind`` says whether it is damaged (``corrupt``: not a
    database, or failing its integrity check) or could not be read for another reason
    (``unreadable``: permissions, a full disk, an I/O error) — only a damaged file is called damaged."""

    def __init__(self, detail: str, *, kind: str = "corrupt") -> None:
        super().__init__(detail)
        self.detail = detail
        self.kind = kind


_DAMAGED = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def sqlite_error_kind(exc: BaseException) -> str:
    """``corrupt`` when SQLite says the file is damaged or not a database, else ``unreadable``."""
    name = str(getattr(exc, "sqlite_errorname", ""))
    if name:
        return "corrupt" if name.startswith(_DAMAGED) else "unreadable"
    text = str(exc).lower()
    return "corrupt" if "malformed" in text or "not a database" in text else "unreadable"


def _open_for_check(path: Path) -> sqlite3.Connection:
    """A connection that writes nothing, not even the ``-wal``/``-shm`` files SQLite makes beside a
    WAL database: without a ``-wal`` file the database file alone is complete, so it is read as
    immutable; with one, read-only (its log and index exist already)."""
    wal = path.with_name(path.name + "-wal")
    query = "mode=ro" if wal.exists() else "immutable=1"
    return sqlite3.connect(f"{path.as_uri()}?{query}", uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)


def inspect_sqlite_file(path: Path) -> str | None:
    """Check a SQLite file without writing to it; return its alembic revision (None if unversioned).

    Raises :class:`SqliteFileProblem` when the file is not a database, fails ``quick_check``, or
    cannot be read.
    """
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise SqliteFileProblem(str(exc), kind="unreadable") from exc
    if header != SQLITE_HEADER:
        raise SqliteFileProblem("not_a_database")
    try:
        con = _open_for_check(path)
    except sqlite3.Error as exc:
        raise SqliteFileProblem(str(exc), kind=sqlite_error_kind(exc)) from exc
    try:
        rows = con.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            raise SqliteFileProblem("; ".join(str(r[0]) for r in rows[:5]))
        has_table = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if not has_table:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error as exc:
        raise SqliteFileProblem(str(exc), kind=sqlite_error_kind(exc)) from exc
    finally:
        con.close()


def table_counts(con: sqlite3.Connection) -> dict[str, int]:
    """Every table's row count, to compare a backup with its source."""
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {n: int(con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in sorted(names)}


class BackupFailed(Exception):
    """The copy could not be made or did not verify; the partial file has been deleted."""

    def __init__(self, detail: str, *, disk_full: bool = False) -> None:
        super().__init__(detail)
        self.detail = detail
        self.disk_full = disk_full


def verify_backup(path: Path, expected: dict[str, int] | None = None) -> bool:
    """A backup counts only if it opens, passes ``quick_check`` and (when ``expected`` is given)
    holds the same number of rows in every table as its source."""
    try:
        if path.stat().st_size == 0:
            return False
        inspect_sqlite_file(path)
        if expected is None:
            return True
        con = _open_for_check(path)
        try:
            return table_counts(con) == expected
        finally:
            con.close()
    except (OSError, sqlite3.Error, SqliteFileProblem):
        return False


def backup_sqlite_file(path: Path, dest: Path) -> None:
    """Copy a live SQLite database (WAL included) with SQLite's online backup API, then verify the
    copy. The copy is written under a temporary name and only renamed to ``dest`` once verified, so
    a ``*.db`` file in the backup folder is always a good one. Raises :class:`BackupFailed` (with
    nothing left behind) when the copy cannot be made or does not match."""
    partial = dest.with_name(dest.name + ".partial")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        try:
            out = sqlite3.connect(str(partial))
            try:
                src.backup(out)
            finally:
                out.close()
            expected = table_counts(src)
        finally:
            src.close()
        if not verify_backup(partial, expected):
            raise BackupFailed("verify_failed")
        os.replace(partial, dest)
    except (OSError, sqlite3.Error, BackupFailed) as exc:
        partial.unlink(missing_ok=True)
        for extra in ("-wal", "-shm", "-journal"):
            partial.with_name(partial.name + extra).unlink(missing_ok=True)
        full = isinstance(exc, OSError) and exc.errno == errno.ENOSPC
        full = full or "full" in str(exc).lower() or disk_low(dest.parent, path)
        raise BackupFailed(exc.detail if isinstance(exc, BackupFailed) else str(exc), disk_full=full) from exc


#: below this much free space a start refuses to write (a migration, a backup, the WAL need room)
LOW_DISK_BYTES = 2 * 1024 * 1024


def disk_low(folder: Path, db_file: Path | None = None) -> bool:
    """Too little room left in ``folder`` for a copy of ``db_file`` and some margin."""
    import shutil

    try:
        while not folder.exists() and folder.parent != folder:
            folder = folder.parent
        free = shutil.disk_usage(folder).free
        size = db_file.stat().st_size if db_file is not None and db_file.exists() else 0
    except OSError:
        return False
    return free < size + LOW_DISK_BYTES
