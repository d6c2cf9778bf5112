"""Alerts on screen: every counter polls the shared database and shows open alerts in a window
that stays on top until a supervisor acknowledges them (urgent orders, major complaints).

The watcher looks at ``services.alerts.open_alerts`` (an indexed query) in the worker pool
when a change set names ALERT (made here, or at another counter and found by the one poller,
ui/shell/poller) and when time has passed (the poller's ``time_passed``). Acknowledging needs
a supervisor: the one logged in, or one who types their login and password at this counter.
"""

from __future__ import annotations

import logging
from datetime import datetime

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.alerts import AlertRow
from frontdesk.services.core.changes import ALERT, ChangeSet
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import Action, CurrentUser
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import dialog_buttons, error_banner, password_field, stack, submit
from frontdesk.ui.common.form_parts import label, line_edit, note
from frontdesk.ui.common.forms import FieldErrors
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.worker import run_in_background
from frontdesk.ui.work_orders.words import alert_kind_name, short_when

log = logging.getLogger(__name__)


class AcknowledgeDialog(QDialog):
    """A supervisor takes charge of an alert. At a receptionist's counter the supervisor signs
    in here with their own login and password (checked, not logged in)."""

    def __init__(self, ctx: UiContext, alert: AlertRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.alert = alert
        self.acknowledged: AlertRow | None = None
        self.needs_login = not ctx.user.can(Action.ALERT_ACK)
        self.setWindowTitle(self.tr("确认报警 — {0}").format(alert.ref_number))
        self.setMinimumWidth(420)
        self.errors = FieldErrors()
        form = QFormLayout()
        intro = label(
            "",
            "font-weight:bold;",
            wrap=True,
            text=self.tr("{0} {1}\n{2}").format(alert_kind_name(alert.kind), alert.ref_number, alert.summary),
        )
        self.username = line_edit("ack_username")
        self.password = password_field("ack_password")
        if self.needs_login:
            form.addRow(note(self.tr("报警须由客服主管确认。请主管输入本人的登录名和密码。"), "color:#555"))
            self.errors.add_row(form, self.tr("主管登录名"), "username", self.username)
            self.errors.add_row(form, self.tr("密码"), "password", self.password)
        self.note = line_edit("ack_note", self.tr("处置意见，如：已通知工程部赶往现场"))
        self.errors.add_row(form, self.tr("处置意见"), "note", self.note)
        self.banner = error_banner("ack_banner")
        buttons, _ok = dialog_buttons(self, self.tr("确认收到"), self.tr("取消"), self.on_ok_clicked)
        stack(self, intro, form, self.banner, buttons)

    def _supervisor(self) -> CurrentUser | None:
        if not self.needs_login:
            return self.ctx.user
        if not self.username.text().strip():
            self.errors.set("username", self.tr("请输入主管的登录名"))
            return None
        try:
            who = self.ctx.services.staff.verify(self.username.text(), self.password.text())
        except ServiceError as exc:
            self.password.clear()
            self.banner.setText(error_message(exc))
            return None
        if not who.can(Action.ALERT_ACK):
            self.password.clear()
            self.banner.setText(self.tr("{0} 没有确认报警的权限，请由客服主管确认。").format(who.name))
            return None
        return who

    def on_ok_clicked(self) -> None:
        self.errors.clear()
        self.banner.clear()
        who = self._supervisor()
        if who is None:
            return
        # the change set (ALERT and the alerted record's kind) is published by submit
        ok, self.acknowledged = submit(
            self.ctx,
            self.errors,
            self.banner,
            self.ctx.services.alerts.acknowledge,
            who,
            self.alert.id,
            expected_version=self.alert.version,
            note=self.note.text(),
        )
        if ok:
            self.accept()


class AlertCard(QFrame):
    def __init__(self, window: AlertWindow, alert: AlertRow) -> None:
        super().__init__()
        self.alert = alert
        self.setObjectName(f"alert_{alert.id}")
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ background:#fff5f5; border:1px solid #f1aeb5; border-radius:6px; }}")
        title = QLabel(self.tr("{0}　{1}").format(alert_kind_name(alert.kind), alert.ref_number))
        title.setStyleSheet("font-size:15px; font-weight:bold; color:#b42318; border:0;")
        body = QLabel(alert.summary)
        body.setWordWrap(True)
        body.setStyleSheet("font-size:14px; border:0;")
        meta = QLabel(self.tr("{0} {1} 报").format(short_when(alert.raised_at, window.now()), alert.raised_by_name))
        meta.setStyleSheet("color:#666; border:0;")
        self.view_button = QPushButton(self.tr("查看"))
        self.ack_button = QPushButton(self.tr("主管确认…"))
        self.ack_button.setObjectName("ack_button")
        self.ack_button.setStyleSheet("font-weight:bold;")
        self.view_button.clicked.connect(lambda: window.open_record(alert))
        self.ack_button.clicked.connect(lambda: window.acknowledge(alert))
        buttons = QHBoxLayout()
        buttons.addWidget(meta, 1)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.ack_button)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(body)
        lay.addLayout(buttons)


class AlertWindow(QWidget):
    """Stays on top of everything, cannot be closed while an alert is open."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Window
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.CustomizeWindowHint
            | Qt.WindowType.WindowTitleHint,
        )
        self.ctx = ctx
        self.setObjectName("alert_window")
        self.setWindowTitle(self.tr("紧急报警 — 请主管立即处理"))
        self.resize(460, 280)
        head = QLabel(self.tr("⚠ 紧急情况，请客服主管立即处理"))
        head.setObjectName("alert_head")
        head.setStyleSheet("background:#c0392b; color:white; font-size:16px; font-weight:bold; padding:10px;")
        self.hint = QLabel()
        self.hint.setStyleSheet("color:#555; padding:0 4px;")
        self.hint.setWordWrap(True)
        self.cards_box = QWidget()
        self.cards = QVBoxLayout(self.cards_box)
        self.cards.setContentsMargins(6, 6, 6, 6)
        self.cards.setSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards_box)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 8)
        lay.addWidget(head)
        lay.addWidget(self.hint)
        lay.addWidget(scroll, 1)
        self.alerts: list[AlertRow] = []
        self.dialog: AcknowledgeDialog | None = None

    def now(self) -> datetime:
        return self.ctx.services.clock.now()

    def set_alerts(self, alerts: list[AlertRow]) -> None:
        if [(a.id, a.version) for a in alerts] == [(a.id, a.version) for a in self.alerts]:
            return
        self.alerts = list(alerts)
        while self.cards.count():
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for a in alerts:
            self.cards.addWidget(AlertCard(self, a))
        self.cards.addStretch(1)
        if self.ctx.user.can(Action.ALERT_ACK):
            self.hint.setText(self.tr("共 {0} 条未确认。处理后请点“主管确认”。").format(len(alerts)))
        else:
            self.hint.setText(self.tr("共 {0} 条未确认，已通知客服主管；主管可在本机输入账号确认。").format(len(alerts)))

    def card(self, alert_id: int) -> AlertCard | None:
        return self.cards_box.findChild(AlertCard, f"alert_{alert_id}")

    def open_record(self, alert: AlertRow) -> None:
        self.ctx.bus.open_requested.emit(alert.ref_kind, alert.ref_id)

    def acknowledge(self, alert: AlertRow) -> AcknowledgeDialog:
        self.dialog = AcknowledgeDialog(self.ctx, alert, self)
        self.dialog.open()
        return self.dialog

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.alerts:
            event.ignore()  # stays until a supervisor has acknowledged every alert
            return
        super().closeEvent(event)


class AlertWatcher(QObject):
    """Looks for open alerts and keeps the alert window in step with the database."""

    alerts_changed = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget, interval_ms: int | None = None) -> None:
        """``interval_ms``: look this often by itself too (the main window leaves it to the poller)."""
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self.window: AlertWindow | None = None
        self._known: set[int] = set()
        self._looking = False
        self._again = False
        self._stopped = False
        self.timer = QTimer(self)
        if interval_ms is not None:
            self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.look)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.look)
        ctx.bus.changes.connect(self.on_changes)  # bound: dropped with the watcher
        if interval_ms is not None:
            self.timer.start()
        self._soon.start()

    def on_changes(self, changes: ChangeSet) -> None:
        """An alert was raised (an urgent order, a major complaint: their change sets note ALERT)
        or acknowledged, here or at another counter: look at once."""
        if ALERT in changes:
            self._soon.start()

    def look(self) -> None:
        """Fetch the open alerts in the worker pool and show them (a look asked for while one
        runs follows it)."""
        if self._stopped:
            return
        if self._looking:
            self._again = True
            return
        self._looking = True
        user = self.ctx.user
        alerts = self.ctx.services.alerts
        run_in_background(lambda: alerts.open_alerts(user), self._on_fetched, self._on_fetch_failed)

    def _on_fetched(self, alerts: list[AlertRow]) -> None:
        if not shiboken6.isValid(self) or self._stopped:
            return
        self._looking = False
        self.show_alerts(alerts)
        if self._again:
            self._again = False
            self.look()

    def _on_fetch_failed(self, exc: Exception) -> None:
        # the database may be briefly unreachable (network share, server restart)
        log.warning("looking for alerts failed: %s", exc)
        if shiboken6.isValid(self):
            self._looking = False

    def poll(self) -> list[AlertRow]:
        """Look now, on this thread (scripts and tests); the open alerts."""
        try:
            alerts = self.ctx.services.alerts.open_alerts(self.ctx.user)
        except Exception:  # the database may be briefly unreachable (network share, server restart)
            log.exception("polling alerts failed")
            return []
        return self.show_alerts(alerts)

    def show_alerts(self, alerts: list[AlertRow]) -> list[AlertRow]:
        ids = {a.id for a in alerts}
        new = ids - self._known
        if ids != self._known:
            self.alerts_changed.emit(len(ids))
        self._known = ids
        if alerts:
            if self.window is None:
                self.window = AlertWindow(self.ctx, self._parent)
            self.window.set_alerts(alerts)
            if new or not self.window.isVisible():
                self.window.show()
                if QGuiApplication.platformName() != "offscreen":  # headless: nothing to raise
                    self.window.raise_()
                    self.window.activateWindow()
                if new:
                    QApplication.beep()
        elif self.window is not None:
            self.window.alerts = []
            self.window.hide()
        return alerts

    def shutdown(self) -> None:
        """The main window is closing: stop looking and take the alert window down with it."""
        self._stopped = True
        self.timer.stop()
        self._soon.stop()
        if self.window is not None:
            self.window.alerts = []
            self.window.close()

    def status_label(self, code: str, count: int) -> str | None:
        if code == "alert.open":
            return self.tr("未确认报警 {0}").format(count)
        return None
