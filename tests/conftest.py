"""Shared fixtures: a migrated SQLite database in a temp folder, services on a fixed clock, users."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from frontdesk.db import Database  # noqa: E402
from frontdesk.schema import prepare_database  # noqa: E402
from frontdesk.services.clock import FixedClock  # noqa: E402
from frontdesk.services.container import Services, build_services  # noqa: E402
from frontdesk.services.permissions import CurrentUser, Role  # noqa: E402

START = datetime(2026, 11, 27, 1, 30, tzinfo=timezone.utc)  # 09:30 in Shanghai


@pytest.fixture(autouse=True, scope="session")
def _none_guard(qapp):  # type: ignore[no-untyped-def]
    """The whole suite makes far more Qt calls than a day at the counter: keep None alive as the
    app does (frontdesk/ui/none_guard.py)."""
    from frontdesk.ui import gc_guard, none_guard

    none_guard.install(qapp)
    gc_guard.install(qapp)  # as the app: garbage collected on the GUI thread only


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing():  # type: ignore[no-untyped-def]
    """Argon2id with minimal cost in tests: the production parameters take ~0.1–0.3 s per hash,
    and most tests create and log in several accounts. Hashes still verify the same way."""
    from argon2 import PasswordHasher

    from frontdesk.services import staff

    real = staff._hasher
    staff._hasher = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    yield
    staff._hasher = real


@pytest.fixture(autouse=True, scope="session")
def _no_demo_history():  # type: ignore[no-untyped-def]
    """Demo data without its months of history unless a test asks (``history_days=``): the
    history goes through the services record by record and takes minutes (tests/services/
    test_demo_history.py tells a short one)."""
    from frontdesk.services import demo_history

    real = demo_history.DEFAULT_DAYS
    demo_history.DEFAULT_DAYS = 0
    yield
    demo_history.DEFAULT_DAYS = real


@pytest.fixture
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap Argon2 for one test, also after code that swaps the hasher; use with
    ``pytestmark = pytest.mark.usefixtures("cheap_hashing")``."""
    from tests.support.login import cheap_passwords

    cheap_passwords(monkeypatch)


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once per run; each test copies the file (migrating costs ~0.5 s)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = Database(f"sqlite:///{path.as_posix()}")
    prepare_database(db, path.parent / "backups")
    db.dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, _template_db: Path) -> Path:
    import shutil

    dest = tmp_path / "frontdesk.db"
    shutil.copyfile(_template_db, dest)
    return dest


@pytest.fixture
def db(db_path: Path):  # type: ignore[no-untyped-def]
    database = Database(f"sqlite:///{db_path.as_posix()}")
    yield database
    database.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def services(db: Database, clock: FixedClock) -> Services:
    return build_services(db, clock)


def make_user(services: Services, role: Role, username: str, name: str) -> CurrentUser:
    """Create a login of ``role`` (through the supervisor, as in the app)."""
    if services.staff.needs_first_user():
        boss = services.staff.create_first_supervisor("王主管", "boss", "secret-boss")
    else:
        boss = services.staff.login("boss", "secret-boss")
    if role == Role.SUPERVISOR and username == "boss":
        return boss
    depts = dict((n, i) for i, n in services.staff.departments())
    row = services.staff.create_staff(
        boss, name=name, role=role, department_id=depts.get("客服部"), username=username, password="secret-" + username
    )
    return CurrentUser(row.id, row.name, role, username)


@pytest.fixture
def supervisor(services: Services) -> CurrentUser:
    return make_user(services, Role.SUPERVISOR, "boss", "王主管")


@pytest.fixture
def receptionist(services: Services, supervisor: CurrentUser) -> CurrentUser:
    return make_user(services, Role.RECEPTIONIST, "li", "李前台")


@pytest.fixture
def butler(services: Services, supervisor: CurrentUser) -> CurrentUser:
    return make_user(services, Role.BUTLER, "zhao", "赵管家")


@pytest.fixture
def estate(services: Services):  # type: ignore[no-untyped-def]
    """A small estate (see tests/support/estate.py)."""
    from tests.support.estate import make_estate

    return make_estate(services.db, services.clock)


@pytest.fixture(autouse=True)
def _close_leftover_windows():  # type: ignore[no-untyped-def]
    """A dialog one test left open (e.g. opened with open() and never answered) must not make the
    next test's window think the user is busy in a modal dialog."""
    yield
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return  # a service test: Qt was never loaded, keep it that way
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for w in QApplication.topLevelWidgets():
        if w.isVisible():
            w.close()
