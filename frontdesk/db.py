"""Connection set-up: the one module that knows which database engine is behind the URL.

SQLite (one counter) gets WAL, foreign keys, a busy timeout, full fsync and write transactions
that begin IMMEDIATE, so a read-then-write never dies with "database is locked". PostgreSQL
(several counters) needs none of that. Everything else talks to :class:`Database` only.
"""

from __future__ import annotations

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
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed on success, rolled back on any exception."""
        with self._write.begin() as session:
            yield session

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
    """The file is not a SQLite database, or fails its integrity check."""


def inspect_sqlite_file(path: Path) -> str | None:
    """Check a SQLite file without writing to it; return its alembic revision (None if unversioned).

    Raises :class:`SqliteFileProblem` when the file is not a database or fails ``quick_check``.
    """
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header != SQLITE_HEADER:
        raise SqliteFileProblem("not_a_database")
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise SqliteFileProblem(str(exc)) from exc
    try:
        rows = con.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            raise SqliteFileProblem("; ".join(str(r[0]) for r in rows[:5]))
        has_table = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if not has_table:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise SqliteFileProblem(str(exc)) from exc
    finally:
        con.close()


def backup_sqlite_file(path: Path, dest: Path) -> None:
    """Copy a live SQLite database (WAL included) with SQLite's online backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(str(dest))
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
