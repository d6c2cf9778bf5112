"""``python app.py --demo-data``: the start-up check first, then demo data into an empty estate."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from frontdesk.cli import load_demo_command


def test_demo_data_from_the_command_line(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'new.db').as_posix()}"
    out, err = io.StringIO(), io.StringIO()
    assert load_demo_command(url, tmp_path, out=out, err=err) == 0
    text = out.getvalue()
    assert "已写入演示数据：3 个项目" in text and "3104 个房间" in text
    assert "zhuguan（客服主管）" in text and "demo1234" in text
    con = sqlite3.connect(tmp_path / "new.db")
    assert con.execute("SELECT count(*) FROM room").fetchone()[0] == 3104
    con.close()
    again_out, again_err = io.StringIO(), io.StringIO()
    assert load_demo_command(url, tmp_path, out=again_out, err=again_err) == 1
    assert "已有楼盘数据，没有写入演示数据" in again_err.getvalue()


def test_refuses_a_newer_database_without_writing(db_path: Path, tmp_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '29991231_01'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    err = io.StringIO()
    assert load_demo_command(f"sqlite:///{db_path.as_posix()}", tmp_path, out=io.StringIO(), err=err) == 2
    assert "更新版本的 FrontDesk" in err.getvalue()
    assert db_path.read_bytes() == before
