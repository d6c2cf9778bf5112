"""Composition root: arguments → database check → services → first start or login → main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

DB_ENV = "FRONTDESK_DB"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="frontdesk", description="FrontDesk 物业服务中心客服前台")
    p.add_argument("--db", help=f"数据库 URL（默认：用户数据目录下的 SQLite 文件；也可用环境变量 {DB_ENV}）")
    p.add_argument("--demo-data", action="store_true", help="向空数据库写入演示数据后退出（不启动界面）")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言（默认取设置，初始为简体中文）")
    return p.parse_args(argv)


def database_url(args: argparse.Namespace, data_dir: Path) -> str:
    return args.db or os.environ.get(DB_ENV) or f"sqlite:///{(data_dir / 'frontdesk.db').as_posix()}"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import QCoreApplication, QSettings

    if args.demo_data:
        QCoreApplication.setOrganizationName("FrontDesk")
        QCoreApplication.setApplicationName("FrontDesk")
        _core = QCoreApplication(sys.argv[:1])
        from frontdesk.cli import load_demo_command

        return load_demo_command(database_url(args, _data_dir()), _data_dir())

    from PySide6.QtWidgets import QApplication

    QApplication.setOrganizationName("FrontDesk")
    QApplication.setApplicationName("FrontDesk")
    existing = QApplication.instance()  # typed as QCoreApplication; under pytest-qt it is the QApplication
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    settings = QSettings()
    from frontdesk.ui.shell import appsetup

    appsetup.apply_style(app)
    appsetup.install_font(app)
    appsetup.install_translation(app, args.lang or appsetup.language(settings))
    data_dir = _data_dir(create=False)  # made by the flow, which words a failure
    from frontdesk.ui.shell import crash
    from frontdesk.ui.shell.startup import StartupFlow

    crash.install(data_dir)  # an unhandled exception: logged, shown in words, the app goes on

    flow = StartupFlow(database_url(args, data_dir), data_dir, settings)
    started = flow.start()  # when refused, a message box explains why: keep it on screen
    code = app.exec()
    flow.shutdown()
    return code if started else 2


def _data_dir(*, create: bool = True) -> Path:
    from frontdesk.paths import user_data_dir

    return user_data_dir(create=create)
