"""The login hook: through the real start-up flow, the handover waiting at this counter comes first."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from frontdesk.services.clock import LOCAL_TZ, FixedClock
from frontdesk.services.container import Services
from frontdesk.services.handover import HandoverNotes
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.ui.handover.tab import HandoverTab
from frontdesk.ui.shell.login_dialog import LoginDialog
from frontdesk.ui.shell.startup import StartupFlow
from tests.conftest import make_user

pytestmark = pytest.mark.usefixtures("cheap_hashing")


def test_login_shows_the_waiting_handover_first(
    qtbot,
    services: Services,
    clock: FixedClock,
    receptionist: CurrentUser,
    db_path: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    clock.set(datetime(2026, 11, 27, 15, 50, tzinfo=LOCAL_TZ).astimezone(timezone.utc))
    make_user(services, Role.RECEPTIONIST, "zhang", "张前台")
    d = services.handover.open_draft(receptionist, "前台一号机")
    s = services.handover.submit(receptionist, d.id, HandoverNotes(keys_lent="3-2-1502 钥匙"), expected_version=d.version)
    settings = QSettings(str(tmp_path / "fd.ini"), QSettings.Format.IniFormat)
    settings.setValue("counter/name", "前台一号机")
    flow = StartupFlow(f"sqlite:///{db_path.as_posix()}", tmp_path, settings)
    assert flow.start()
    login = flow.dialog
    assert isinstance(login, LoginDialog)
    qtbot.addWidget(login)
    qtbot.keyClicks(login.username, "zhang")
    qtbot.keyClicks(login.password, "secret-zhang")
    with qtbot.waitSignal(flow.window_shown):
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.addWidget(flow.window)
    assert flow.window.ctx.counter == "前台一号机"
    # the handover tab is built and asked right after the window's first paint (MainWindow.after_login)
    qtbot.waitUntil(lambda: getattr(flow.window.tab_for_kind("handover"), "ack_dialog", None) is not None)
    tab = flow.window.tab_for_kind("handover")
    assert isinstance(tab, HandoverTab) and flow.window.tabs.currentWidget() is tab
    ack = tab.ack_dialog
    assert ack is not None and ack.isVisible() and ack.detail.id == s.id and ack.isModal()
    assert ack.username.text() == "zhang"
    flow.services.db.dispose()
