"""``--self-check`` (what the installed bundle runs in CI and at the counter) and ``--smoke-test``.

The checks run in-process here; the bundle itself is built and checked by ``dev.py bundle``
(CI), never inside pytest.
"""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from frontdesk import self_check
from frontdesk.self_check import CheckFailed, run_checks
from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser

ROOT = Path(__file__).resolve().parent.parent


def _url(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def test_every_check_passes_and_says_what_it_checked(qapp, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    results = run_checks(_url(db_path), data_dir, out=out)
    text = out.getvalue()
    assert [r.name for r in results if not r.ok] == [], text
    names = [r.name for r in results]
    for needed in ("程序模块", "数据库", "字体", "界面翻译", "时区数据", "Qt 插件", "放行条 PDF", "签名密钥"):
        assert needed in names
    by_name = {r.name: r.detail for r in results}
    assert "升级到 20" in by_name["数据库"] and "已是最新" in by_name["数据库"]
    assert "WenQuanYi Micro Hei" in by_name["字体"]
    assert "Qt PDF 读出 1 页" in by_name["放行条 PDF"]
    assert "篡改" in by_name["签名密钥"]
    assert text.splitlines()[0].startswith("FrontDesk ")
    assert text.rstrip().endswith("全部通过。")
    assert list(data_dir.iterdir()) == []  # it wrote only into its own temporary folder


def test_a_database_made_by_a_newer_version_fails_the_check(db_path: Path, tmp_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '29991231_01'")
    with pytest.raises(CheckFailed, match="更新版本"):
        self_check.check_database(_url(db_path), tmp_path)


def test_a_new_database_is_reported_not_created(tmp_path: Path) -> None:
    target = tmp_path / "not-yet.db"
    work = tmp_path / "work"
    work.mkdir()
    assert "尚未创建" in self_check.check_database(_url(target), work)
    assert not target.exists()


def test_a_missing_font_fails_the_check(qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import frontdesk.paths

    monkeypatch.setattr(frontdesk.paths, "FONT_FILE", tmp_path / "gone.ttf")
    with pytest.raises(CheckFailed, match="缺少字体文件"):
        self_check.check_font()


def test_a_failed_check_makes_the_exit_code_non_zero(qapp, db_path: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken() -> str:
        raise ImportError("No module named 'reportlab.graphics.barcode.code128'")

    monkeypatch.setattr(self_check, "check_signing_key", lambda work: broken())
    out = io.StringIO()
    results = run_checks(_url(db_path), tmp_path, out=out)
    failed = [r for r in results if not r.ok]
    assert [r.name for r in failed] == ["签名密钥"]
    assert "code128" in failed[0].detail
    assert "未通过：签名密钥" in out.getvalue()


def _app(*args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp / "data"), XDG_CONFIG_HOME=str(tmp / "config"))
    env.pop("FRONTDESK_DB", None)
    data = ["--data-dir", str(tmp / "data")]
    return subprocess.run(
        [sys.executable, str(ROOT / "app.py"), *args, *data], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_self_check_from_the_command_line(db_path: Path, tmp_path: Path) -> None:
    done = _app("--self-check", "--db", _url(db_path), tmp=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[通过] 放行条 PDF" in done.stdout and "全部通过。" in done.stdout


def test_the_report_can_go_to_a_file(db_path: Path, tmp_path: Path) -> None:
    """The Windows bundle has no console: ``--output`` is how a script reads the report."""
    report = tmp_path / "自检.txt"
    done = _app("--self-check", "--db", _url(db_path), "--output", str(report), tmp=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "全部通过" not in done.stdout
    text = report.read_text(encoding="utf-8")
    assert "[通过] 签名密钥" in text and text.rstrip().endswith("全部通过。")


def test_smoke_test_reports_the_login_window(services: Services, supervisor: CurrentUser, db_path: Path, tmp_path: Path) -> None:
    services.db.dispose()
    shot = tmp_path / "first.png"
    done = _app("--smoke-test", str(shot), "--db", _url(db_path), tmp=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "LoginDialog" in done.stdout
    assert shot.stat().st_size > 1000


def test_smoke_test_fails_on_a_refused_database(db_path: Path, tmp_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '29991231_01'")
    done = _app("--smoke-test", "--db", _url(db_path), tmp=tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "更新版本" in done.stdout


def test_data_dir_holds_the_backups(db_path: Path, tmp_path: Path) -> None:
    """``--data-dir``: the daily backup of the database goes there, not into the user's AppData."""
    done = _app("--smoke-test", "--db", _url(db_path), tmp=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert [p.name.endswith("-daily.db") for p in (tmp_path / "data" / "backups").iterdir()] == [True]


def test_without_a_console_the_report_is_a_message_box(qapp, db_path: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The Windows bundle is a windowed program (no sys.stdout): the 安装自检 shortcut shows the
    report in a message box. (The look is left as it is: the test process keeps its own style.)"""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from frontdesk import main as entry
    from frontdesk.ui.shell import appsetup

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    monkeypatch.setattr(qapp, "platformName", lambda: "windows")
    for name in ("apply_style", "install_font", "install_translation"):
        monkeypatch.setattr(appsetup, name, lambda *args: None)
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    monkeypatch.setattr(sys, "stdout", None)
    try:
        code = entry.main(["--self-check", "--db", _url(db_path), "--data-dir", str(tmp_path / "data")])
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    assert code == 0
    ((title, text),) = shown
    assert title == "FrontDesk 安装自检"
    assert "[通过] 放行条 PDF" in text and text.rstrip().endswith("全部通过。")
