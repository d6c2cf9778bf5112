"""The alert window: on every counter of the same database, on top until a supervisor acknowledges."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from frontdesk.db import Database
from frontdesk.services.container import build_services
from frontdesk.ui.shell.alerts import AlertWatcher
from tests.support.keyboard import type_into
from tests.support.orders import add_rooms, fast, make_ctx, order_input  # noqa: F401 - fast is a fixture

pytestmark = pytest.mark.usefixtures("fast")


def test_alert_shows_on_another_counter_and_only_a_supervisor_clears_it(
    qtbot, services, db_path: Path, receptionist, butler, supervisor
) -> None:
    add_rooms(services)
    other_db = Database(f"sqlite:///{db_path.as_posix()}")
    counter2 = build_services(other_db, services.clock)
    try:
        host = QWidget()
        qtbot.addWidget(host)
        watcher = AlertWatcher(make_ctx(counter2, butler), host, interval_ms=60_000)
        assert watcher.poll() == [] and watcher.window is None
        o = services.work_orders.create(receptionist, order_input(urgency="urgent", description="水管爆裂"))
        [alert] = watcher.poll()
        window = watcher.window
        assert window is not None and window.isVisible()
        card = window.card(alert.id)
        assert card is not None and o.number in card.findChildren(type(window.hint))[0].text()
        window.close()
        assert window.isVisible()  # it stays until acknowledged
        dlg = window.acknowledge(alert)
        assert dlg.needs_login  # the butler may not; a supervisor signs in here
        type_into(qtbot, dlg.username, "zhao")
        type_into(qtbot, dlg.password, "secret-zhao")
        dlg.on_ok_clicked()
        assert "没有确认报警的权限" in dlg.banner.text() and dlg.isVisible()
        dlg.username.clear()
        type_into(qtbot, dlg.username, "boss")
        type_into(qtbot, dlg.password, "wrong")
        dlg.on_ok_clicked()
        assert dlg.banner.text() == "登录名或密码不正确。" and dlg.password.text() == ""
        type_into(qtbot, dlg.password, "secret-boss")
        type_into(qtbot, dlg.note, "已通知工程部")
        dlg.on_ok_clicked()
        assert dlg.acknowledged is not None and dlg.acknowledged.acknowledged_by_name == "王主管"
        assert watcher.poll() == [] and not window.isVisible()
        assert services.work_orders.get(receptionist, o.id).events[-1].action == "alert_acknowledged"
        assert watcher.status_label("alert.open", 2) == "未确认报警 2"
        watcher.shutdown()
    finally:
        other_db.dispose()
