"""Faults at start-up: each one refused in its own words, nothing written, backups verified.

Where this machine allows it (root with tmpfs), the full and the read-only disk are real
file systems mounted for the test; otherwise the OS errors are simulated at the file layer.
A read-only *file* is simulated (root may write any file whatever its mode).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontdesk import schema
from frontdesk.db import Database, backup_sqlite_file, verify_backup
from frontdesk.schema import DatabaseStartError, latest_backup, prepare_database


def _url(p: Path) -> str:
    return f"sqlite:///{p.as_posix()}"


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def _prepare(path: Path, backups: Path) -> schema.PrepareResult:
    db = Database(_url(path))
    try:
        return prepare_database(db, backups)
    finally:
        db.dispose()


def _refused(path: Path, backups: Path) -> DatabaseStartError:
    with pytest.raises(DatabaseStartError) as info:
        _prepare(path, backups)
    return info.value


def _good_backup(src: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    backup_sqlite_file(src, dest)
    return dest


# --- a small real disk where the machine allows it ------------------------------------------


class SmallDisk:
    def __init__(self, root: Path, real: bool) -> None:
        self.root = root
        self.real = real

    def fill(self, leave: int = 0) -> None:
        """Fill the disk, leaving about ``leave`` bytes free."""
        with open(self.root / "filler", "wb") as fh:
            try:
                while shutil.disk_usage(self.root).free > leave + 4096:
                    fh.write(b"\0" * 4096)
                    fh.flush()
            except OSError:
                pass

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.root)], check=True, capture_output=True)


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """A 12 MB tmpfs mounted for the test; skipped where mounting is not allowed."""
    root = Path(f"/tmp/fd-disk-{uuid.uuid4().hex[:8]}")
    root.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(root)], capture_output=True)
    if not _can_mount() or done.returncode != 0:
        root.rmdir()
        pytest.skip("cannot mount a tmpfs here; the simulated variant covers this case")
    try:
        yield SmallDisk(root, real=True)
    finally:
        subprocess.run(["umount", "-l", str(root)], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


# --- backups are verified ----------------------------------------------------------------------


def test_a_backup_is_verified_and_only_then_named_db(db_path: Path, tmp_path: Path) -> None:
    dest = _good_backup(db_path, tmp_path / "b" / "x.db")
    assert verify_backup(dest)
    assert _files(dest.parent) == {"x.db"}  # no partial, no -wal beside it
    con = sqlite3.connect(dest)
    assert con.execute("PRAGMA quick_check").fetchone() == ("ok",)
    con.close()


def test_a_nearly_full_disk_leaves_no_empty_backup_and_the_next_start_tries_again(db_path: Path, small_disk: SmallDisk) -> None:
    path = small_disk.root / "frontdesk.db"
    shutil.copyfile(db_path, path)
    con = sqlite3.connect(path)  # a database of 4 MB: larger than the room left
    con.execute("CREATE TABLE ballast (b BLOB)")
    con.executemany("INSERT INTO ballast VALUES (?)", [(b"x" * 4000,)] * 1000)
    con.commit()
    con.close()
    backups = small_disk.root / "backups"
    small_disk.fill(leave=3 * 1024 * 1024)  # room to start, not to copy
    before = path.read_bytes()
    res = _prepare(path, backups)
    assert res.backup is None and res.backup_problem == "disk_full"
    assert not backups.exists() or not list(backups.iterdir())  # the failed copy was deleted
    assert path.read_bytes() == before
    (small_disk.root / "filler").unlink()
    again = _prepare(path, backups)  # room again: today's backup is made now
    assert again.backup is not None and verify_backup(again.backup)


def test_a_failed_backup_is_deleted_and_reported_simulated(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups = tmp_path / "backups"

    class FullDisk(sqlite3.Connection):
        def backup(self, target, **kwargs):  # type: ignore[no-untyped-def]
            raise sqlite3.OperationalError("database or disk is full")

    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(*a, **{**k, "factory": FullDisk}))
    res = _prepare(db_path, backups)
    monkeypatch.undo()
    assert res.backup is None and res.backup_problem == "disk_full"
    assert list(backups.iterdir()) == []
    again = _prepare(db_path, backups)
    assert again.backup is not None and verify_backup(again.backup)


def test_a_backup_whose_counts_differ_is_refused(db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import frontdesk.db as dbmod

    real = dbmod.table_counts
    calls: list[int] = []

    def source_has_more(con: sqlite3.Connection) -> dict[str, int]:
        calls.append(1)
        counts = real(con)
        return {**counts, "project": counts["project"] + 1} if len(calls) == 1 else counts

    monkeypatch.setattr(dbmod, "table_counts", source_has_more)
    with pytest.raises(dbmod.BackupFailed):
        backup_sqlite_file(db_path, tmp_path / "b" / "x.db")
    assert list((tmp_path / "b").iterdir()) == []


def test_restore_advice_names_the_newest_verified_backup(db_path: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    good = _good_backup(db_path, backups / "frontdesk-20261126-080000-daily.db")
    (backups / "frontdesk-20261127-080000-daily.db").write_bytes(b"")  # a 0-byte copy, newer
    (backups / "frontdesk-20261128-080000-daily.db").write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    assert latest_backup(backups) == good
    data = bytearray(db_path.read_bytes())
    data[2 * 4096 + 100 : 5 * 4096] = b"\xff" * (3 * 4096 - 100)
    db_path.write_bytes(bytes(data))
    err = _refused(db_path, backups)
    assert err.code == "corrupt" and err.latest_backup == good


# --- each fault its own code, nothing written -------------------------------------------------


def test_a_read_only_file_is_refused_before_anything_is_written(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema, "_can_write", lambda p: Path(p) != db_path)
    before = db_path.read_bytes()
    err = _refused(db_path, tmp_path / "backups")
    assert err.code == "readonly_file" and err.path == db_path
    assert db_path.read_bytes() == before
    assert _files(db_path.parent) == {db_path.name}  # no -wal, no -shm, no backup


def test_a_read_only_folder_is_not_called_damaged(db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "_can_write", lambda p: Path(p) != db_path.parent)
    err = _refused(db_path, tmp_path / "backups")
    assert err.code == "readonly_folder" and err.path == db_path.parent
    assert _files(db_path.parent) == {db_path.name}


def test_a_read_only_disk_is_refused_for_real(db_path: Path, small_disk: SmallDisk) -> None:
    path = small_disk.root / "frontdesk.db"
    shutil.copyfile(db_path, path)
    small_disk.read_only()
    err = _refused(path, small_disk.root / "backups")
    assert err.code == "readonly_folder"
    assert _files(small_disk.root) == {"frontdesk.db"}


def test_a_full_disk_is_not_called_damaged(db_path: Path, small_disk: SmallDisk) -> None:
    path = small_disk.root / "frontdesk.db"
    shutil.copyfile(db_path, path)
    before = path.read_bytes()
    small_disk.fill()
    err = _refused(path, small_disk.root / "backups")
    assert err.code == "disk_full"
    assert path.read_bytes() == before
    assert _files(small_disk.root) == {"frontdesk.db", "filler"}


def test_a_full_disk_simulated(db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage(10**9, 10**9, 0))
    err = _refused(db_path, tmp_path / "backups")
    assert err.code == "disk_full"


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    path = tmp_path / "gone" / "frontdesk.db"
    err = _refused(path, tmp_path / "backups")
    assert err.code == "folder_missing" and err.path == path.parent
    assert not path.parent.exists()


def test_an_empty_file_with_good_backups_is_not_a_new_database(db_path: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    good = _good_backup(db_path, backups / "frontdesk-20261126-080000-daily.db")
    empty = tmp_path / "work" / "frontdesk.db"
    empty.parent.mkdir()
    empty.write_bytes(b"")
    err = _refused(empty, backups)
    assert err.code == "empty_file" and err.latest_backup == good
    assert empty.stat().st_size == 0 and _files(empty.parent) == {"frontdesk.db"}


def test_an_empty_file_without_backups_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "frontdesk.db"
    path.write_bytes(b"")
    assert _prepare(path, tmp_path / "backups").created


@pytest.mark.parametrize("fault", ["corrupt", "newer"])
def test_the_read_only_check_leaves_no_wal_or_shm_beside_a_refused_database(db_path: Path, tmp_path: Path, fault: str) -> None:
    if fault == "newer":
        con = sqlite3.connect(db_path)
        con.execute("UPDATE alembic_version SET version_num = '29991231_01'")
        con.commit()
        con.close()
    else:
        data = bytearray(db_path.read_bytes())
        data[2 * 4096 + 100 : 5 * 4096] = b"\xff" * (3 * 4096 - 100)
        db_path.write_bytes(bytes(data))
    assert _files(db_path.parent) == {db_path.name}
    err = _refused(db_path, tmp_path / "backups")
    assert err.code == fault
    assert _files(db_path.parent) == {db_path.name}


def test_an_io_error_is_not_called_damaged(db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import frontdesk.db as dbmod

    def broken(path: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(dbmod, "_open_for_check", broken)
    err = _refused(db_path, tmp_path / "backups")
    assert err.code == "unreadable" and "disk I/O error" in err.detail


# --- what the user reads ----------------------------------------------------------------------


@pytest.fixture
def flow_for(tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from frontdesk.ui.shell.startup import StartupFlow

    made = []

    def make(path: Path, data_dir: Path | None = None) -> StartupFlow:
        settings = QSettings(str(tmp_path / "fd.ini"), QSettings.Format.IniFormat)
        flow = StartupFlow(_url(path), data_dir or tmp_path / "data", settings)
        made.append(flow)
        return flow

    yield make
    for flow in made:
        if flow.dialog is not None:
            if flow.error_text:  # the refusal box quits the app when answered: not in a test run
                flow.dialog.finished.disconnect()
            flow.dialog.close()
        if flow.services is not None:
            flow.services.db.dispose()


_ENGLISH = ("sqlalchemy", "OperationalError", "Traceback", "Errno")


def _words(flow) -> str:  # type: ignore[no-untyped-def]
    text = str(flow.error_text)
    assert not any(w in text for w in _ENGLISH), text
    return text


def test_words_for_a_read_only_file(flow_for, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(schema, "_can_write", lambda p: Path(p) != db_path)
    flow = flow_for(db_path)
    assert not flow.start()  # refused at once: no login that would fail later
    text = _words(flow)
    assert "只读" in text and "已损坏" not in text and "没有写入任何内容" in text and "取消“只读”" in text
    assert {n for n in _files(db_path.parent) if n.startswith(db_path.name)} == {db_path.name}


def test_words_for_a_read_only_folder(flow_for, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(schema, "_can_write", lambda p: Path(p) != db_path.parent)
    flow = flow_for(db_path)
    assert not flow.start()
    text = _words(flow)
    assert "文件夹是只读的" in text and "已损坏" not in text and "备份" not in text


def test_words_for_a_full_disk(flow_for, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage(10**9, 10**9, 1000))
    flow = flow_for(db_path)
    assert not flow.start()
    text = _words(flow)
    assert "磁盘空间不足" in text and "已损坏" not in text


def test_words_for_a_missing_folder(flow_for, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    flow = flow_for(tmp_path / "网络盘" / "frontdesk.db")
    assert not flow.start()
    text = _words(flow)
    assert "找不到数据库所在的文件夹" in text and "网络盘" in text


def test_words_for_a_data_folder_that_cannot_be_made(flow_for, tmp_path: Path, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    flow = flow_for(db_path, data_dir=blocker / "FrontDesk")
    assert not flow.start()
    text = _words(flow)
    assert "无法创建数据文件夹" in text and str(blocker / "FrontDesk") in text


def test_words_for_an_empty_file_with_backups(flow_for, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = _good_backup(db_path, tmp_path / "data" / "backups" / "frontdesk-20261126-080000-daily.db")
    empty = tmp_path / "w" / "frontdesk.db"
    empty.parent.mkdir()
    empty.write_bytes(b"")
    flow = flow_for(empty)
    assert not flow.start()
    text = _words(flow)
    assert "0 字节" in text and str(good) in text and "已损坏" not in text


def test_a_failed_daily_backup_is_told_and_the_start_goes_on(  # type: ignore[no-untyped-def]
    flow_for, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    import frontdesk.db as dbmod

    def no_room(path: Path, dest: Path) -> None:
        raise dbmod.BackupFailed("database or disk is full", disk_full=True)

    monkeypatch.setattr(schema, "backup_sqlite_file", no_room)
    flow = flow_for(db_path)
    # the careful way (the fast path opens in the background): a first start needs no login
    monkeypatch.setattr(type(flow), "_fast_path_possible", lambda self: False)
    assert flow.start()
    assert flow.backup_warning is not None and "磁盘空间不足" in flow.backup_warning.text()
    flow.backup_warning.close()


def test_a_write_refused_by_the_database_is_a_service_error(db: Database) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from frontdesk.db import translate_db_error
    from frontdesk.services.errors import StorageError

    def op(message: str) -> OperationalError:
        return OperationalError("INSERT", {}, sqlite3.OperationalError(message))

    for message, code in [
        ("attempt to write a readonly database", "db_readonly"),
        ("database or disk is full", "disk_full"),
        ("disk I/O error", "db_unavailable"),
    ]:
        out = translate_db_error(op(message))
        assert isinstance(out, StorageError) and out.code == code
    with pytest.raises(StorageError):
        with db.write() as s:
            s.execute(text("SELECT 1"))
            raise op("attempt to write a readonly database")


# --- unhandled exceptions -----------------------------------------------------------------------


def test_an_unhandled_exception_is_logged_and_shown_in_words(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import sys

    from PySide6.QtWidgets import QApplication

    from frontdesk.ui.shell import crash

    handler = crash.CrashHandler(crash.setup_logging(tmp_path / "data"))
    try:
        raise ValueError("boom 测试")
    except ValueError:
        handler.excepthook(*sys.exc_info())
    box = handler.box
    assert box is not None and box.isVisible()
    assert "意外错误" in box.text() and str(tmp_path / "data" / "logs" / "frontdesk.log") in box.text()
    assert "ValueError: boom 测试" in box.detailedText()
    copy = next(b for b in box.buttons() if b.text() == "复制详情")
    copy.click()
    assert box.isVisible()  # copying is not an answer
    assert "ValueError: boom 测试" in QApplication.clipboard().text()
    try:
        raise RuntimeError("again")
    except RuntimeError:
        handler.excepthook(*sys.exc_info())
    assert handler.shown == 1  # one box at a time
    box.close()  # the window's close button: the same as 继续使用
    assert not box.isVisible()
    for h in crash.log.handlers:
        h.flush()
    logged = (tmp_path / "data" / "logs" / "frontdesk.log").read_text(encoding="utf-8")
    assert "ValueError: boom 测试" in logged and "RuntimeError: again" in logged
