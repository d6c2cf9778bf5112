"""帮助 → 关于 shows the version and the build date (or that it runs from source)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from frontdesk import version
from frontdesk.schema import head_revision
from frontdesk.ui.shell.main_window import MainWindow


def _about(qtbot, make_ctx, user, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append((title, text)))
    window = MainWindow(make_ctx(user))
    qtbot.addWidget(window)
    (help_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "帮助(&H)"]
    (about,) = [a for a in help_menu.actions() if a.text().startswith("关于")]
    about.trigger()
    assert len(shown) == 1
    return shown[0]


def test_about_from_source(qtbot, make_ctx, receptionist, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(version, "BUILD_INFO_FILE", Path("/nonexistent/build_info.json"))
    version.build_info.cache_clear()
    try:
        title, text = _about(qtbot, make_ctx, receptionist, monkeypatch)
    finally:
        version.build_info.cache_clear()
    assert title == "关于 FrontDesk"
    assert f"FrontDesk 客服前台 {version.VERSION}" in text
    assert "从源码运行（不是安装包）" in text
    assert f"数据库结构版本：{head_revision()}" in text


def test_about_in_a_bundle_shows_the_build_date(qtbot, make_ctx, receptionist, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timezone

    path = tmp_path / "build_info.json"
    version.write_build_info(path, built=datetime(2026, 12, 3, 6, 5, tzinfo=timezone.utc), commit="abc1234")
    monkeypatch.setattr(version, "BUILD_INFO_FILE", path)
    version.build_info.cache_clear()
    try:
        _title, text = _about(qtbot, make_ctx, receptionist, monkeypatch)
    finally:
        version.build_info.cache_clear()
    assert "构建时间：2026-12-03 06:05 UTC（abc1234）" in text
    assert "从源码运行" not in text
