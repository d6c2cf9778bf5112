"""A throwaway PostgreSQL server for the tests that prove the shared-database setup.

Uses $FRONTDESK_TEST_PG (a server URL with a database the tests may create databases from) when set;
otherwise starts a private cluster in a temp folder from the PostgreSQL binaries on this machine
(initdb + pg_ctl, Unix socket only, no TCP). Skips when neither is available.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontdesk.db import Database
from frontdesk.schema import prepare_database


def _bindir() -> Path | None:
    for cand in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(cand, "initdb").exists() and Path(cand, "pg_ctl").exists():
            return Path(cand)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _as_postgres(cmd: list[str]) -> list[str]:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A base URL (without database name) of a PostgreSQL server, e.g. postgresql+psycopg://fd@/?host=…"""
    env_url = os.environ.get("FRONTDESK_TEST_PG")
    if env_url:
        yield env_url
        return
    bindir = _bindir()
    if bindir is None or os.name == "nt":
        pytest.skip("no PostgreSQL server binaries here; set FRONTDESK_TEST_PG to test against a server")
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: cannot start PostgreSQL")
    base = Path(f"/tmp/fd-pg-{uuid.uuid4().hex[:8]}")
    base.mkdir()
    data = base / "data"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    subprocess.run(
        _as_postgres(
            [str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "fd", "-E", "UTF8", "--locale=C", "--no-sync"]
        ),
        check=True,
        capture_output=True,
    )
    port = "54329"
    opts = f"-k {base} -p {port} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
    subprocess.run(
        _as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(base / "log"), "-w", "start"]),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://fd@/postgres?host={base}&port={port}"
    finally:
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def _with_db(base_url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(base_url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> str:
    """A migrated template database; each test gets a fresh copy of it."""
    from sqlalchemy import create_engine

    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql("DROP DATABASE IF EXISTS fd_template")
        c.exec_driver_sql("CREATE DATABASE fd_template")
    admin.dispose()
    db = Database(_with_db(pg_server, "fd_template"))
    prepare_database(db, Path("/nonexistent-backups"))
    db.dispose()
    return "fd_template"


@pytest.fixture
def pg_db(pg_server: str, pg_template: str) -> Iterator[Database]:
    from sqlalchemy import create_engine

    name = f"t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    db = Database(_with_db(pg_server, name))
    yield db
    db.dispose()
    with admin.connect() as c:
        c.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.dispose()
