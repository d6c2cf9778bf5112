"""The audit trail records the first time each program version opens a database; the build stamp."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from frontdesk import version
from frontdesk.db import Database
from frontdesk.models import AuditEvent, Setting
from frontdesk.schema import head_revision, prepare_database
from frontdesk.services.container import Services


def _first_opens(db: Database) -> list[AuditEvent]:
    with db.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == version.AUDIT_ACTION).order_by(AuditEvent.id)).all())


def test_a_new_database_records_the_version_that_made_it(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{(tmp_path / 'new.db').as_posix()}")
    try:
        assert prepare_database(db, tmp_path / "backups").created
        (event,) = _first_opens(db)
        assert (event.entity, event.entity_id, event.actor_name) == ("program", version.VERSION, "系统")
        assert event.after is not None
        assert event.after["program_version"] == version.VERSION
        assert event.after["schema_revision"] == head_revision()
        assert event.after["build"] == (version.build_info().built or "从源码运行")
        assert event.after["host"]
        prepare_database(db, tmp_path / "backups")  # every later start of the same version: nothing new
        assert len(_first_opens(db)) == 1
    finally:
        db.dispose()


def test_each_new_version_is_recorded_once(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert [e.entity_id for e in _first_opens(db)] == [version.VERSION]  # the test template was made by this version
    monkeypatch.setattr(version, "VERSION", "9.9.9")
    prepare_database(db, tmp_path / "backups")
    prepare_database(db, tmp_path / "backups")
    assert [e.entity_id for e in _first_opens(db)] == [version.__version__, "9.9.9"]
    with db.read() as s:
        seen = s.get(Setting, version.SEEN_KEY)
        assert seen is not None and set(seen.value) == {version.__version__, "9.9.9"}  # type: ignore[arg-type]


def test_the_marker_is_not_a_setting(services: Services) -> None:
    assert version.SEEN_KEY not in services.settings.all()


def test_a_version_recorded_meanwhile_by_another_counter_is_not_recorded_again(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quick check saw nothing; before the write transaction began, another counter starting
    the same version recorded it: the check inside the transaction sees that and writes nothing."""
    from contextlib import contextmanager

    monkeypatch.setattr(version, "VERSION", "9.9.9")

    class NothingYet:
        def get(self, *args: object) -> None:
            return None

    @contextmanager
    def read_before_the_other_counter():  # type: ignore[no-untyped-def]
        yield NothingYet()
        with db.write() as s:  # the other counter, just after our quick check
            row = s.get(Setting, version.SEEN_KEY)
            assert row is not None
            row.value = {**row.value, "9.9.9": "2026-12-03T06:00:00+00:00"}  # type: ignore[dict-item]

    monkeypatch.setattr(db, "read", read_before_the_other_counter)
    assert version.record_first_open(db, head_revision()) is False
    monkeypatch.undo()
    assert [e.entity_id for e in _first_opens(db)] == [version.__version__]


def test_build_info_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "build_info.json"
    monkeypatch.setattr(version, "BUILD_INFO_FILE", path)
    version.build_info.cache_clear()
    try:
        assert version.build_info().from_source
        version.write_build_info(path, built=datetime(2026, 12, 3, 6, 5, tzinfo=timezone.utc), commit="abc1234")
        assert json.loads(path.read_text(encoding="utf-8"))["version"] == version.VERSION
        version.build_info.cache_clear()
        info = version.build_info()
        assert (info.built, info.commit, info.from_source) == ("2026-12-03 06:05 UTC", "abc1234", False)
    finally:
        version.build_info.cache_clear()
