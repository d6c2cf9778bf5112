"""From the database check to the main window: first start, login, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from frontdesk.ui.shell.login_dialog import FirstStartDialog, LoginDialog
from frontdesk.ui.shell.startup import StartupFlow
from tests.support.keyboard import type_text


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "frontdesk.ini"), QSettings.Format.IniFormat)


def _flow(db_path: Path, tmp_path: Path, qsettings: QSettings) -> StartupFlow:
    return StartupFlow(f"sqlite:///{db_path.as_posix()}", tmp_path / "data", qsettings)


def _close(flow: StartupFlow) -> None:
    if flow.window is not None:
        flow.window.close()
    if flow.services is not None:
        flow.services.db.dispose()


def test_first_start_then_skip_demo(qtbot, tmp_path: Path, qsettings: QSettings) -> None:  # type: ignore[no-untyped-def]
    flow = _flow(tmp_path / "new.db", tmp_path, qsettings)
    assert flow.start()
    dlg = flow.dialog
    assert isinstance(dlg, FirstStartDialog)
    type_text(qtbot, dlg.name, "王建国")
    qtbot.keyClicks(dlg.username, "boss")
    qtbot.keyClicks(dlg.password, "secret-1")
    qtbot.keyClicks(dlg.password2, "secret-2")
    dlg.on_create_clicked()
    assert dlg.errors.text("password2") == "两次输入的密码不一致"
    dlg.password2.setText("secret-1")
    dlg.on_create_clicked()
    box = flow.dialog
    assert isinstance(box, QMessageBox) and "演示数据" in box.text()
    info = box.informativeText()  # the logins are in the question itself: no README at the counter
    assert "README" not in info and "demo1234" in info and "zhuguan" not in info
    assert "前台客服：qiantai、qiantai2" in info and "门岗：menggang" in info and "客服管家：guanjia、guanjia2" in info
    box.grab().save("/tmp/shots/shell_demo_question.png")
    with qtbot.waitSignal(flow.window_shown):
        qtbot.mouseClick(flow.demo_no, Qt.MouseButton.LeftButton)
    assert flow.window.windowTitle() == "物业服务中心 — FrontDesk 客服前台"
    assert flow.services.registry.room_count() == 0
    assert {n for _i, n in flow.services.staff.departments()} == {
        "客服部",
        "工程部",
        "秩序维护部",
        "环境部",
        "财务部",
    }
    _close(flow)


def test_login_window_comes_before_the_database_layer(
    qtbot,
    db_path: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    qsettings: QSettings,
    services,
    supervisor,
) -> None:
    qsettings.setValue("ui/centre_name", "肯彤名邸物业服务中心")
    flow = _flow(db_path, tmp_path, qsettings)
    assert flow.start()
    dlg = flow.dialog
    assert isinstance(dlg, LoginDialog) and dlg.title.text() == "肯彤名邸物业服务中心"
    qtbot.keyClicks(dlg.username, "boss")
    qtbot.keyClicks(dlg.password, "secret-boss")
    if not flow.ready:  # pressed before the database is open: waits, then logs in by itself
        dlg.on_login_clicked()
        assert dlg.error.text() == "正在打开数据库，请稍候 …"
    with qtbot.waitSignal(flow.window_shown, timeout=15_000):
        if flow.ready:
            dlg.on_login_clicked()
    assert flow.window.ctx.user.username == "boss"
    _close(flow)


def test_wrong_password_keeps_the_name(
    qtbot,
    db_path: Path,
    tmp_path: Path,
    qsettings: QSettings,  # type: ignore[no-untyped-def]
    services,
    supervisor,
) -> None:
    flow = _flow(db_path, tmp_path, qsettings)
    flow.start()
    qtbot.waitUntil(lambda: flow.ready, timeout=15_000)
    dlg = flow.dialog
    dlg.username.setText("boss")
    dlg.password.setText("wrong")
    dlg.on_login_clicked()
    assert dlg.error.text() == "登录名或密码不正确。"
    assert dlg.username.text() == "boss" and dlg.password.text() == "" and dlg.isVisible()
    _close(flow)


def test_newer_database_is_refused_in_chinese(qtbot, db_path: Path, tmp_path: Path, qsettings: QSettings) -> None:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '29991231_01'")
    con.commit()
    con.close()
    flow = _flow(db_path, tmp_path, qsettings)
    assert not flow.start()
    assert isinstance(flow.dialog, QMessageBox)
    assert "更新版本的 FrontDesk" in flow.error_text and "没有做任何修改" in flow.error_text


def test_damaged_file_is_reported(qtbot, tmp_path: Path, qsettings: QSettings) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    flow = _flow(path, tmp_path, qsettings)
    assert not flow.start()
    assert "已损坏" in flow.error_text and "没有找到自动备份" in flow.error_text
    assert str(path) in flow.error_text and "sqlite:///" not in flow.error_text  # a file, not a URL
    assert "内部页面已损坏" in flow.error_text or "无法读取数据库" in flow.error_text


def test_a_file_that_is_no_database_is_named_in_words(qtbot, tmp_path: Path, qsettings: QSettings) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库" * 200, encoding="utf-8")
    backups = tmp_path / "data" / "backups"
    backups.mkdir(parents=True, exist_ok=True)
    import sqlite3

    good = sqlite3.connect(backups / "frontdesk-20261126-080000-daily.db")  # a backup that verifies
    good.execute("CREATE TABLE t (x)")
    good.commit()
    good.close()
    (backups / "frontdesk-20261127-080000-daily.db").write_bytes(b"")  # a failed copy: never the advice
    flow = _flow(path, tmp_path, qsettings)
    assert not flow.start()
    assert "文件开头不是 SQLite 数据库" in flow.error_text and "not_a_database" not in flow.error_text
    assert "frontdesk-20261126-080000-daily.db" in flow.error_text  # the backup to restore


def test_quitting_leaves_a_complete_database_file(qtbot, db_path: Path, tmp_path: Path, qsettings: QSettings) -> None:  # type: ignore[no-untyped-def]
    import shutil

    flow = _flow(db_path, tmp_path, qsettings)
    flow.start()
    qtbot.waitUntil(lambda: flow.ready, timeout=15_000)
    with flow.services.db.write() as s:
        from frontdesk.models import Project

        s.add(Project(name="退出前写入"))
    _close(flow)
    flow.shutdown()
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "copy-of-db-only.db"
    shutil.copyfile(db_path, copy)  # what someone copying "the database" takes
    con = sqlite3.connect(copy)
    assert con.execute("SELECT count(*) FROM project WHERE name = '退出前写入'").fetchone() == (1,)
    con.close()
