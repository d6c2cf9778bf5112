"""The data folder is one ``FrontDesk`` folder (QA: it was ``FrontDesk/FrontDesk``); a PC whose data
already sits in the older folder keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from frontdesk.paths import user_data_dir


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    before = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    QCoreApplication.setOrganizationName("FrontDesk")
    QCoreApplication.setApplicationName("FrontDesk")
    yield tmp_path / "share"
    QCoreApplication.setOrganizationName(before[0])
    QCoreApplication.setApplicationName(before[1])


def test_one_frontdesk_folder(home: Path) -> None:
    path = user_data_dir()
    assert path == home / "FrontDesk" and path.is_dir()
    assert path.parent.name != "FrontDesk"


def test_data_in_the_older_folder_stays_in_use(home: Path) -> None:
    older = home / "FrontDesk" / "FrontDesk"
    older.mkdir(parents=True)
    (older / "frontdesk.db").write_bytes(b"x")
    assert user_data_dir() == older  # nothing is left behind
    (older / "frontdesk.db").unlink()
    assert user_data_dir() == home / "FrontDesk"  # an empty older folder is not used
