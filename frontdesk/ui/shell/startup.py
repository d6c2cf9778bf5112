"""From opening the database to the main window: checks, first start, demo data, login.

Dialogs are opened non-blocking (``open()``) so the flow is driven by signals, and tests can
reach ``flow.dialog`` and ``flow.window`` while the event loop runs.

Fast path: when the database is a SQLite file already at the current schema (checked with the
standard library only), the login window appears at once and the database layer (SQLAlchemy,
the services: about half a second of imports) is opened in the background while the user types.
Anything unusual — a new, older, newer or damaged database — takes the careful way first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from frontdesk.services.permissions import Action, CurrentUser


class _Progress(QObject):
    reported = Signal(int, int)


class StartupFlow(QObject):
    window_shown = Signal(object)
    failed = Signal(str)
    #: the database is checked and the services are built (the fast path opens them late)
    services_ready = Signal()

    def __init__(self, db_url: str, data_dir: Path, settings: QSettings | None = None) -> None:
        super().__init__()
        self.db_url = db_url
        self.data_dir = data_dir
        self.settings = settings
        self.services: Any = None
        self.dialog: QDialog | None = None
        self.window: Any = None
        self.error_text = ""
        self.prepared: Any = None
        #: the note shown when today's backup could not be made (the start goes on)
        self.backup_warning: QMessageBox | None = None
        self.demo_result: Any = None
        self._opening = False
        self._pending_login: tuple[str, str] | None = None

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def start(self) -> bool:
        """Check and open the database, then show the first-start or login dialog."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from frontdesk.schema import DatabaseStartError

            self._fail(DatabaseStartError("data_dir", detail=exc.strerror or str(exc), path=self.data_dir))
            return False
        if self._fast_path_possible():
            self.show_login()
            self._open_in_background()
            return True
        try:
            self.services = self._open_database()
        except Exception as exc:
            self._fail(exc)
            return False
        self._show_first_dialog()
        self._warn_if_backup_failed()
        return True

    # --- opening the database ------------------------------------------------------------------

    def _fast_path_possible(self) -> bool:
        from frontdesk.db import SqliteFileProblem, inspect_sqlite_file, sqlite_file_of
        from frontdesk.schema import DatabaseStartError, check_sqlite_location, head_revision

        path = sqlite_file_of(self.db_url)
        try:
            if path is None or not path.is_file() or path.stat().st_size == 0:
                return False
            # a file that cannot be written (read-only, a full disk) is refused the careful way
            check_sqlite_location(path, self.backup_dir)
            return inspect_sqlite_file(path) == head_revision()
        except (SqliteFileProblem, DatabaseStartError, OSError):
            return False

    def _open_database(self) -> Any:
        """Check (refuse newer, report damaged), back up and upgrade; then build the services.
        Runs on the GUI thread or a worker; touches no widget."""
        from frontdesk.db import Database
        from frontdesk.schema import prepare_database
        from frontdesk.services.container import build_services

        db = Database(self.db_url)
        try:
            self.prepared = prepare_database(db, self.backup_dir)
        except Exception:
            db.dispose()
            raise
        services = build_services(db, data_dir=self.data_dir)
        services.staff.needs_first_user()  # warm the connection and the mappers
        # While the user types the password, also load what the main window is made of, so that
        # it appears soon after 登录 (importing defines classes only; no widget is made here).
        import frontdesk.ui.admin  # noqa: F401
        import frontdesk.ui.registry.occupant_dialog  # noqa: F401
        import frontdesk.ui.registry.tab  # noqa: F401
        import frontdesk.ui.shell.main_window  # noqa: F401
        from frontdesk.ui.shell.tabs import preload_tab_modules

        preload_tab_modules(services.features)
        return services

    def _open_in_background(self) -> None:
        from frontdesk.ui.common.worker import run_in_background

        self._opening = True
        run_in_background(self._open_database, self.on_database_opened, self.on_database_failed)

    def on_database_opened(self, services: Any) -> None:
        self._opening = False
        self.services = services
        self.services_ready.emit()
        self._warn_if_backup_failed()
        if services.staff.needs_first_user():  # a database left before its first account was made
            if self.dialog is not None:
                self.dialog.done(QDialog.DialogCode.Rejected)
            self.show_first_start()
            return
        self._remember_centre()
        login = self.dialog
        if login is not None and hasattr(login, "set_centre"):
            login.set_centre(services.settings.get("centre.name"))
        if self._pending_login is not None and login is not None and hasattr(login, "finish_login"):
            self._pending_login = None
            login.finish_login()

    def on_database_failed(self, exc: Exception) -> None:
        self._opening = False
        if self.dialog is not None:
            self.dialog.done(QDialog.DialogCode.Rejected)
        self._fail(exc)

    def _fail(self, exc: Exception) -> None:
        from frontdesk.schema import DatabaseStartError

        if isinstance(exc, DatabaseStartError):
            self.error_text = self.describe_start_error(exc)
        else:
            from frontdesk.services.errors import ServiceError
            from frontdesk.ui.common.messages import error_message

            reason = error_message(exc) if isinstance(exc, ServiceError) else str(exc).splitlines()[0][:200]
            self.error_text = self.tr("无法打开数据库 {0}：{1}\n程序没有写入任何内容。").format(self._db_text(), reason)
        self.failed.emit(self.error_text)
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("无法打开数据库"), self.error_text)
        box.finished.connect(lambda _result: QCoreApplication.exit(2))  # nothing else to do
        self.dialog = box
        box.open()

    def describe_start_error(self, exc) -> str:  # type: ignore[no-untyped-def]
        """Each fault in its own words: what is wrong, that nothing was written, what to do."""
        from frontdesk.schema import head_revision

        code, path, detail = exc.code, exc.path, exc.detail
        if code == "newer":
            return self.tr(
                "这个数据库由更新版本的 FrontDesk 创建（数据库版本 {0}，本程序支持到 {1}）。\n"
                "为保护数据，本程序没有做任何修改。请升级 FrontDesk 后再打开。"
            ).format(exc.revision, head_revision())
        if code == "data_dir":
            return self.tr(
                "无法创建数据文件夹：\n{0}\n原因：{1}\n\n程序没有写入任何内容。请让系统管理员给当前 Windows 用户"
                "这个位置的写入权限，或用 --db 参数指定其他位置的数据库，然后重新启动。"
            ).format(path, detail)
        if code == "folder_missing":
            return self.tr(
                "找不到数据库所在的文件夹：\n{0}\n\n程序没有写入任何内容。如果数据库在移动硬盘或网络盘上，请先连接好；"
                "如果文件夹被移动或改名，请把它放回原来的位置，然后重新启动。"
            ).format(path)
        if code == "readonly_folder":
            return self.tr(
                "数据库所在的文件夹是只读的（当前用户没有写入权限）：\n{0}\n\n数据库文件本身没有问题，程序没有写入任何内容。"
                "FrontDesk 需要在这个文件夹里保存数据和日志文件。请让系统管理员给当前 Windows 用户这个文件夹的写入权限，"
                "然后重新启动。"
            ).format(path)
        if code == "readonly_file":
            return self.tr(
                "数据库文件是只读的，程序无法保存数据：\n{0}\n\n文件本身没有问题，程序没有写入任何内容。"
                "请在文件的“属性”中取消“只读”，或让系统管理员给当前 Windows 用户写入权限，然后重新启动。"
            ).format(path)
        if code == "disk_full":
            return self.tr(
                "磁盘空间不足：{0} 所在的磁盘已满或几乎已满。\n\n数据库文件没有问题，程序没有写入任何内容。"
                "请删除不需要的文件、清空回收站，腾出至少 {1} MB 空间后重新启动。"
            ).format(path, 100)
        if code == "backup_failed":
            return self.tr(
                "升级数据库前的备份没有成功（{0}），未完成的备份文件已删除。\n为保护数据，程序没有升级，也没有修改数据库。"
                "\n请检查备份文件夹 {1} 能否写入、磁盘是否有空间，然后重新启动。"
            ).format(detail, path)
        if code == "unreadable":
            return self.tr(
                "无法读取数据库文件：\n{0}\n原因：{1}\n\n这不表示文件已损坏，程序没有写入任何内容。"
                "请检查文件是否被其他程序占用、所在的磁盘或网络盘是否正常，然后重新启动。"
            ).format(path, detail)
        if code == "empty_file":
            return self.tr(
                "数据库文件是空的（0 字节），可能在写入时被中断或被其他程序清空：\n{0}\n\n"
                "程序没有把它当作新数据库，也没有写入任何内容。\n"
                "恢复方法：退出程序，把这个空文件改名保存，再将最近的备份\n{1}\n复制到原位置并改名为原文件名，然后重新启动。"
            ).format(path, exc.latest_backup)
        from frontdesk.db import sqlite_file_of

        where = sqlite_file_of(self.db_url) or self.db_url
        text = self.tr("数据库文件已损坏或不是 FrontDesk 数据库，程序没有写入任何内容。\n文件：{0}\n原因：{1}\n\n").format(
            where, self.corruption_reason(detail)
        )
        if exc.latest_backup is not None:
            text += self.tr(
                "恢复方法：退出程序，把损坏的文件改名保存，再将最近的备份\n{0}\n复制到原位置并改名为原文件名，然后重新启动。"
            ).format(exc.latest_backup)
        else:
            text += self.tr("没有找到自动备份（备份目录：{0}）。请联系系统管理员。").format(self.backup_dir)
        return text

    def _warn_if_backup_failed(self) -> None:
        """Today's backup could not be made: the partial copy is gone; say so, and go on."""
        prepared = self.prepared
        if prepared is None or not getattr(prepared, "backup_problem", None):
            return
        if prepared.backup_problem == "disk_full":
            text = self.tr(
                "今天的自动备份没有做成：磁盘空间不足。未完成的备份文件已删除，数据库本身没有受影响。\n"
                "请尽快腾出磁盘空间（备份文件夹：{0}）；下次启动时会再备份。"
            ).format(self.backup_dir)
        else:
            text = self.tr(
                "今天的自动备份没有做成（{0}）。未完成的备份文件已删除，数据库本身没有受影响。\n"
                "请检查备份文件夹 {1} 能否写入；下次启动时会再备份。"
            ).format(prepared.backup_detail, self.backup_dir)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("自动备份失败"), text, parent=self.dialog)
        self.backup_warning = box
        box.open()

    def corruption_reason(self, detail: str) -> str:
        """SQLite's own words turned into the user's; the original kept in brackets for support."""
        if detail == "not_a_database":
            return self.tr("文件开头不是 SQLite 数据库（可能被其他程序覆盖，或不是数据库文件）")
        if "malformed" in detail or "corrupt" in detail or "btree" in detail.lower() or "page" in detail:
            return self.tr("数据库内部页面已损坏（{0}）").format(detail)
        return self.tr("无法读取数据库（{0}）").format(detail)

    def _remember_centre(self) -> None:
        """The login window shows the centre's name before the database is open: keep a copy."""
        if self.settings is not None and self.services is not None:
            self.settings.setValue("ui/centre_name", self.services.settings.get("centre.name"))

    # --- logging in (the login dialog calls these) ---------------------------------------------

    @property
    def ready(self) -> bool:
        return self.services is not None

    def login(self, username: str, password: str) -> CurrentUser:
        """Log in; the dialog only calls this once ``ready`` (see request_login)."""
        return self.services.staff.login(username, password)  # type: ignore[no-any-return]

    def request_login(self, username: str, password: str) -> None:
        """The user pressed 登录 before the database was open: log in as soon as it is."""
        self._pending_login = (username, password)

    # --- the dialogs -----------------------------------------------------------------------------

    def _show_first_dialog(self) -> None:
        if self.services.staff.needs_first_user():
            self.show_first_start()
        else:
            self._remember_centre()
            self.show_login()

    def show_first_start(self) -> None:
        from frontdesk.ui.shell.login_dialog import FirstStartDialog

        dlg = FirstStartDialog(self.services.staff)
        dlg.accepted.connect(lambda: self.on_first_user_created(dlg.user))
        self.dialog = dlg
        dlg.open()

    def on_first_user_created(self, user: CurrentUser | None) -> None:
        if user is None:
            return
        self.after_first_start(user)

    def after_first_start(self, user: CurrentUser) -> None:
        """On an empty estate, offer demo data (a question that does not block); then the main window."""
        if not user.can(Action.DEMO_LOAD) or not self.services.demo.estate_is_empty():
            self.show_main_window(user)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("载入演示数据？"), self.tr("数据库里还没有房间。要先载入一套演示数据试用吗？")
        )
        box.setInformativeText(
            self.tr(
                "演示数据包括 3 个项目（两个住宅小区和一座写字楼）、约 3,100 个房间、5,400 位住户，"
                "以及各部门的员工和下面这些演示账号。\n\n{0}\n\n"
                "正式使用时，请换一个新的数据库，从 Excel / CSV 导入贵公司的业户档案。"
            ).format(self.demo_logins_text())
        )
        box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 440px; }")
        self.demo_yes = box.addButton(self.tr("载入演示数据"), QMessageBox.ButtonRole.AcceptRole)
        self.demo_no = box.addButton(self.tr("不用，直接开始"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.demo_yes)
        box.finished.connect(lambda _r: self.on_demo_answered(box.clickedButton() is self.demo_yes, user))
        self.dialog = box
        box.open()

    def demo_logins_text(self) -> str:
        """The demo logins and their password, for the question itself (no README at the counter).
        The supervisor is the account just made, so the demo one is not created."""
        from frontdesk.services.demo import DEMO_LOGINS, DEMO_PASSWORD
        from frontdesk.ui.common.labels import role_name

        by_role: dict[str, list[str]] = {}
        for username, _name, role, _dept in DEMO_LOGINS:
            if role.value != "supervisor":
                by_role.setdefault(role.value, []).append(username)
        lines = [self.tr("演示账号（密码都是 {0}）：").format(DEMO_PASSWORD)]
        lines += [self.tr("　{0}：{1}").format(role_name(role), self.tr("、").join(names)) for role, names in by_role.items()]
        return "\n".join(lines)

    def on_demo_answered(self, load: bool, user: CurrentUser) -> None:
        if not load:
            self.show_main_window(user)
            return
        from PySide6.QtWidgets import QProgressDialog

        from frontdesk.ui.common.worker import run_in_background

        progress = QProgressDialog(self.tr("正在载入演示数据 …"), "", 0, 100)
        progress.setWindowTitle(self.tr("演示数据"))
        progress.setCancelButton(None)  # the load is one transaction: it finishes or leaves nothing
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(360)
        signal = _Progress(progress)
        signal.reported.connect(lambda done, total: progress.setValue(done * 100 // max(total, 1)))
        self.dialog = progress
        progress.open()
        demo = self.services.demo

        def done(result: Any) -> None:
            progress.close()
            self.demo_result = result
            self.show_main_window(user)

        def failed(exc: Exception) -> None:
            from frontdesk.services.errors import ServiceError
            from frontdesk.ui.common.messages import error_message

            progress.close()
            self.show_main_window(user)
            text = error_message(exc) if isinstance(exc, ServiceError) else str(exc)
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("演示数据"), self.tr("没有载入演示数据：{0}").format(text), parent=self.window
            )
            self.dialog = box
            box.open()

        run_in_background(lambda: demo.load(user, progress=signal.reported.emit), done, failed)

    def show_login(self) -> None:
        from frontdesk.ui.shell.login_dialog import LoginDialog

        centre = str(self.settings.value("ui/centre_name", "")) if self.settings is not None else ""
        if self.services is not None:
            centre = self.services.settings.get("centre.name")
        dlg = LoginDialog(self, centre=centre, db_text=self._db_text())
        dlg.accepted.connect(lambda: self.show_main_window(dlg.user))
        self.dialog = dlg
        dlg.open()

    def _db_text(self) -> str:
        if self.services is not None:
            return str(self.services.db.describe())
        from frontdesk.db import sqlite_file_of

        path = sqlite_file_of(self.db_url)
        return str(path) if path is not None else self.db_url

    def show_main_window(self, user: CurrentUser | None) -> QWidget | None:
        if user is None:
            return None
        from frontdesk.ui.common.bus import EventBus
        from frontdesk.ui.common.context import UiContext
        from frontdesk.ui.shell.counter import counter_name
        from frontdesk.ui.shell.main_window import MainWindow

        self.dialog = None
        ctx = UiContext(self.services, user, EventBus(), counter=counter_name(self.settings))
        window = MainWindow(ctx, self.settings)
        self.window = window
        window.switch_user_requested.connect(self.on_switch_user)
        window.show()
        # what waits for the person logging in (e.g. a handover to acknowledge) comes first
        window.after_login()
        self.window_shown.emit(window)
        return window

    def on_switch_user(self) -> None:
        """切换用户: the old window has closed (layout saved, logout audited); log in again on the
        same database. The next person gets a window built for their role."""
        old = self.window
        self.window = None
        self.show_login()
        if old is not None:
            old.deleteLater()

    def shutdown(self) -> None:
        """At quit: leave a complete database file behind (see Database.close)."""
        if self.services is not None:
            self.services.db.close()
