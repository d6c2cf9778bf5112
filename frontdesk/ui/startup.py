"""From opening the database to the main window: checks, first start, login.

Dialogs are opened non-blocking (``open()``) so the flow is driven by signals, and tests can
reach ``flow.dialog`` and ``flow.window`` while the event loop runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from frontdesk.services.permissions import CurrentUser


class StartupFlow(QObject):
    window_shown = Signal(object)
    failed = Signal(str)

    def __init__(self, db_url: str, data_dir: Path, settings: QSettings | None = None) -> None:
        super().__init__()
        self.db_url = db_url
        self.data_dir = data_dir
        self.settings = settings
        self.services = None  # type: ignore[var-annotated]
        self.dialog: QDialog | None = None
        self.window = None  # type: ignore[var-annotated]
        self.error_text = ""

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def start(self) -> bool:
        """Check and open the database, then show the first-start or login dialog."""
        from frontdesk.db import Database
        from frontdesk.schema import DatabaseStartError, prepare_database
        from frontdesk.services.container import build_services

        db = Database(self.db_url)
        try:
            prepare_database(db, self.backup_dir)
        except DatabaseStartError as exc:
            db.dispose()
            self.error_text = self.describe_start_error(exc)
            self.failed.emit(self.error_text)
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("无法打开数据库"), self.error_text)
            self.dialog = box  # type: ignore[assignment]
            box.open()
            return False
        self.services = build_services(db, data_dir=self.data_dir)
        if self.services.staff.needs_first_user():
            self.show_first_start()
        else:
            self.show_login()
        return True

    def describe_start_error(self, exc) -> str:  # type: ignore[no-untyped-def]
        from frontdesk.schema import head_revision

        if exc.code == "newer":
            return self.tr(
                "这个数据库由更新版本的 FrontDesk 创建（数据库版本 {0}，本程序支持到 {1}）。\n"
                "为保护数据，本程序没有做任何修改。请升级 FrontDesk 后再打开。"
            ).format(exc.revision, head_revision())
        text = self.tr("数据库文件已损坏或不是 FrontDesk 数据库，程序没有写入任何内容。\n文件：{0}\n原因：{1}\n\n").format(
            self.db_url, exc.detail
        )
        if exc.latest_backup is not None:
            text += self.tr(
                "恢复方法：退出程序，把损坏的文件改名保存，再将最近的备份\n{0}\n复制到原位置并改名为原文件名，然后重新启动。"
            ).format(exc.latest_backup)
        else:
            text += self.tr("没有找到自动备份（备份目录：{0}）。请联系系统管理员。").format(self.backup_dir)
        return text

    def show_first_start(self) -> None:
        from frontdesk.ui.login_dialog import FirstStartDialog

        dlg = FirstStartDialog(self.services.staff)
        dlg.accepted.connect(lambda: self.on_first_user_created(dlg.user))
        self.dialog = dlg
        dlg.open()

    def on_first_user_created(self, user: CurrentUser | None) -> None:
        if user is None:
            return
        self.after_first_start(user)

    def after_first_start(self, user: CurrentUser) -> None:
        """Hook for the demo-data offer on an empty estate; then the main window."""
        self.show_main_window(user)

    def show_login(self) -> None:
        from frontdesk.ui.login_dialog import LoginDialog

        dlg = LoginDialog(
            self.services.staff, centre=self.services.settings.get("centre.name"),
            db_text=self.services.db.describe(),
        )
        dlg.accepted.connect(lambda: self.show_main_window(dlg.user))
        self.dialog = dlg
        dlg.open()

    def show_main_window(self, user: CurrentUser | None) -> QWidget | None:
        if user is None:
            return None
        from frontdesk.ui.bus import EventBus
        from frontdesk.ui.context import UiContext
        from frontdesk.ui.counter import counter_name
        from frontdesk.ui.main_window import MainWindow

        self.dialog = None
        ctx = UiContext(self.services, user, EventBus(), counter=counter_name(self.settings))
        self.window = MainWindow(ctx, self.settings)
        self.window.show()
        # what waits for the person logging in (e.g. a handover to acknowledge) comes first
        for tab in self.window.tab_widgets():
            hook = getattr(tab, "after_login", None)
            if hook is not None:
                hook()
        self.window_shown.emit(self.window)
        return self.window
