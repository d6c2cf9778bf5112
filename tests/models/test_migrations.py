"""Migrations: a linear, date-prefixed chain that matches the models exactly."""

from __future__ import annotations

import re
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from frontdesk.db import Database
from frontdesk.db_text import alembic_include_name
from frontdesk.models import Base
from frontdesk.schema import MIGRATIONS_DIR, alembic_config, head_revision, known_revisions, upgrade


def test_chain_is_linear_and_named_by_date() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    heads = script.get_heads()
    assert heads == [head_revision()]
    revs = list(reversed(list(script.walk_revisions())))
    assert [r.revision for r in revs] == known_revisions()
    for prev, cur in zip(revs, revs[1:], strict=False):
        assert cur.down_revision == prev.revision
    for p in (MIGRATIONS_DIR / "versions").glob("*.py"):
        m = re.match(r"^(\d{8}_\d{2,3})_\w+\.py$", p.name)
        assert m, p.name
        assert f"revision = '{m.group(1)}'" in p.read_text() or f'revision = "{m.group(1)}"' in p.read_text()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{(tmp_path / 'm.db').as_posix()}")
    upgrade(db)
    with db.engine.connect() as conn:
        opts = {"compare_type": True, "include_name": alembic_include_name}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    db.dispose()
    assert diff == []


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    from alembic import command

    db = Database(f"sqlite:///{(tmp_path / 'd.db').as_posix()}")
    upgrade(db)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    upgrade(db)
    db.dispose()


def test_room_sort_keys_are_filled_for_existing_rooms(tmp_path: Path) -> None:
    """20261127_02 adds the natural-order key and computes it for rooms already there."""
    import sqlite3

    db = Database(f"sqlite:///{(tmp_path / 'r.db').as_posix()}")
    upgrade(db, "20261127_01")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO project (id, name, version, created_at, updated_at) VALUES (1, 'P', 1, '2026-01-01', '2026-01-01')"
        )
        conn.exec_driver_sql("INSERT INTO building (id, project_id, number, version) VALUES (1, 1, '10', 1)")
        conn.exec_driver_sql("INSERT INTO unit (id, building_id, number, version) VALUES (1, 1, '1', 1)")
        for i, code in enumerate(["10-1-1001", "10-1-101", "2-1-101"], start=1):
            conn.exec_driver_sql(
                "INSERT INTO room (id, project_id, unit_id, number, code, status, version, created_at, "
                f"updated_at) VALUES ({i}, 1, 1, 'x', '{code}', '未交付', 1, '2026-01-01', '2026-01-01')"
            )
    upgrade(db)
    db.dispose()
    con = sqlite3.connect(tmp_path / "r.db")
    codes = [r[0] for r in con.execute("SELECT code FROM room ORDER BY sort_key")]
    con.close()
    assert codes == ["2-1-101", "10-1-101", "10-1-1001"]
