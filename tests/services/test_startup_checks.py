"""The database check at start: newer refused, corrupt reported, backup before upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from frontdesk.db import Database
from frontdesk.schema import DatabaseStartError, head_revision, known_revisions, prepare_database


def _url(p: Path) -> str:
    return f"sqlite:///{p.as_posix()}"


def test_new_database_is_created(tmp_path: Path) -> None:
    db = Database(_url(tmp_path / "new.db"))
    res = prepare_database(db, tmp_path / "backups")
    assert res.created and res.backup is None
    assert not (tmp_path / "backups").exists()
    again = prepare_database(db, tmp_path / "backups")
    assert again.upgraded_from == head_revision()
    assert again.backup is not None and again.backup.name.endswith("-daily.db")  # the day's copy
    third = prepare_database(db, tmp_path / "backups")
    assert third.backup is None  # once a day is enough
    db.dispose()


def test_newer_database_is_refused_and_untouched(db_path: Path, tmp_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '29991231_01'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    mtime = db_path.stat().st_mtime_ns
    db = Database(_url(db_path))
    with pytest.raises(DatabaseStartError) as info:
        prepare_database(db, tmp_path / "backups")
    db.dispose()
    assert info.value.code == "newer" and info.value.revision == "29991231_01"
    assert db_path.read_bytes() == before and db_path.stat().st_mtime_ns == mtime
    assert not (tmp_path / "backups").exists()


def test_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    from frontdesk.schema import upgrade

    path = tmp_path / "old.db"
    db = Database(_url(path))
    revs = known_revisions()
    if len(revs) < 2:
        pytest.skip("needs two migrations to have an older database")
    upgrade(db, revs[-2])
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO project (name, version, created_at, updated_at) VALUES ('旧项目', 1, '2026-01-01', '2026-01-01')"
        )
    res = prepare_database(db, tmp_path / "backups")
    db.dispose()
    assert res.upgraded_from == revs[-2]
    assert res.backup is not None and res.backup.exists()
    con = sqlite3.connect(res.backup)
    assert con.execute("SELECT name FROM project").fetchone() == ("旧项目",)
    con.close()


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b""])
def test_not_a_database_is_reported(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(content)
    db = Database(_url(path))
    if not content:
        prepare_database(db, tmp_path / "backups")  # an empty file is a new database
        db.dispose()
        return
    with pytest.raises(DatabaseStartError) as info:
        prepare_database(db, tmp_path / "backups")
    db.dispose()
    assert info.value.code == "corrupt"
    assert path.read_bytes() == content


def test_corrupt_pages_are_reported_with_latest_backup(db_path: Path, tmp_path: Path) -> None:
    import shutil

    backups = tmp_path / "backups"
    backups.mkdir()
    shutil.copyfile(db_path, backups / "frontdesk-20261126-080000-x.db")
    shutil.copyfile(db_path, backups / "frontdesk-20261127-080000-x.db")
    (backups / "frontdesk-20261128-080000-x.db").write_bytes(b"")  # a failed copy is never the advice
    data = bytearray(db_path.read_bytes())
    page = 4096
    for i in range(2 * page + 100, min(len(data), 5 * page)):
        data[i] = 0xFF  # scribble over b-tree pages, keep the header
    db_path.write_bytes(bytes(data))
    db = Database(_url(db_path))
    with pytest.raises(DatabaseStartError) as info:
        prepare_database(db, backups)
    db.dispose()
    assert info.value.code == "corrupt"
    assert info.value.latest_backup == backups / "frontdesk-20261127-080000-x.db"


def test_daily_backups_are_pruned(db_path: Path, tmp_path: Path) -> None:
    import os
    import time

    from frontdesk.schema import DAILY_KEEP, daily_backup

    backups = tmp_path / "backups"
    backups.mkdir()
    for day in range(1, 12):
        old = backups / f"frontdesk-202611{day:02d}-080000-daily.db"
        old.write_bytes(b"")
        os.utime(old, (time.time() - 86400 * (30 - day),) * 2)
    db = Database(_url(db_path))
    made = daily_backup(db, backups)
    db.dispose()
    assert made is not None and made.exists()
    kept = sorted(p.name for p in backups.glob("*-daily.db"))
    assert len(kept) == DAILY_KEEP and made.name in kept
    con = sqlite3.connect(made)
    assert con.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    con.close()
