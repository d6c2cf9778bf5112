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
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        help="数据目录：默认数据库、备份和放行条签名密钥的位置（默认：用户数据目录，Windows 上为 %%APPDATA%%\\FrontDesk\\…）",
    )
    p.add_argument("--demo-data", action="store_true", help="向空数据库写入演示数据后退出（不启动界面）")
    p.add_argument("--history-days", type=int, default=None, help="与 --demo-data 一起：演示数据包含多少天的业务历史（默认 90）")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言（默认取设置，初始为简体中文）")
    p.add_argument(
        "--self-check",
        action="store_true",
        help="检查安装是否完整（数据库、字体、翻译、放行条 PDF、签名密钥等），逐项报告后退出；全部通过时退出码为 0",
    )
    p.add_argument(
        "--smoke-test",
        metavar="PNG",
        nargs="?",
        const="",
        help="正常启动，第一个窗口（登录或首次使用）出现后报告并退出；给出 PNG 路径时另存窗口截图",
    )
    p.add_argument(
        "--output",
        metavar="FILE",
        help="把 --self-check、--demo-data、--smoke-test 的报告写入文件（Windows 上的程序没有控制台窗口）",
    )
    p.add_argument("--version", action="version", version=f"FrontDesk {_version_text()}")
    return p.parse_args(argv)


def _version_text() -> str:
    from frontdesk.version import build_info

    info = build_info()
    return f"{info.version}（构建于 {info.built}）" if info.built else f"{info.version}（从源码运行）"


def database_url(args: argparse.Namespace, data_dir: Path) -> str:
    return args.db or os.environ.get(DB_ENV) or f"sqlite:///{(data_dir / 'frontdesk.db').as_posix()}"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.output:
        return _with_output(args)
    return _main(args)


def _with_output(args: argparse.Namespace) -> int:
    """``--output FILE``: what would go to the console goes to the file (UTF-8)."""
    saved = sys.stdout, sys.stderr
    with open(args.output, "w", encoding="utf-8") as stream:
        sys.stdout = sys.stderr = stream
        try:
            return _main(args)
        finally:
            sys.stdout, sys.stderr = saved


def _main(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings

    if args.self_check:
        return _self_check(args)
    if args.demo_data:
        QCoreApplication.setOrganizationName("FrontDesk")
        QCoreApplication.setApplicationName("FrontDesk")
        _core = QCoreApplication(sys.argv[:1])
        from frontdesk.cli import load_demo_command

        return load_demo_command(database_url(args, _data_dir(args)), _data_dir(args), history_days=args.history_days)

    from PySide6.QtWidgets import QApplication

    QApplication.setOrganizationName("FrontDesk")
    QApplication.setApplicationName("FrontDesk")
    existing = QApplication.instance()  # typed as QCoreApplication; under pytest-qt it is the QApplication
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from frontdesk.ui import gc_guard, none_guard

    none_guard.install(app)  # the bindings' lost references to None (see the module)
    gc_guard.install(app)  # garbage (Qt objects among it) collected on the GUI thread only
    settings = QSettings()
    from frontdesk.ui.shell import appsetup

    appsetup.apply_style(app)
    appsetup.install_font(app)
    appsetup.install_translation(app, args.lang or appsetup.language(settings))
    data_dir = _data_dir(args, create=False)  # made by the flow, which words a failure
    from frontdesk.ui.shell import crash
    from frontdesk.ui.shell.startup import StartupFlow

    crash.install(data_dir)  # an unhandled exception: logged, shown in words, the app goes on

    flow = StartupFlow(database_url(args, data_dir), data_dir, settings)
    started = flow.start()  # when refused, a message box explains why: keep it on screen
    if args.smoke_test is not None:
        _report_first_window(flow, args.smoke_test)
    code = app.exec()
    flow.shutdown()
    return code if started else 2


def _data_dir(args: argparse.Namespace, *, create: bool = True) -> Path:
    if args.data_dir:
        path = Path(args.data_dir)
        if create:
            path.mkdir(parents=True, exist_ok=True)
        return path
    from frontdesk.paths import user_data_dir

    return user_data_dir(create=create)


def _self_check(args: argparse.Namespace) -> int:
    """``--self-check``: see frontdesk/self_check.py. Prints to the console; the Windows bundle
    has none (it is a windowed program), so there the report is shown in a message box."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen: check everything but the window
    import io

    from PySide6.QtWidgets import QApplication, QMessageBox

    QApplication.setOrganizationName("FrontDesk")
    QApplication.setApplicationName("FrontDesk")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from frontdesk.self_check import run_checks

    console = sys.stdout
    report = io.StringIO()
    data_dir = _data_dir(args)
    results = run_checks(database_url(args, data_dir), data_dir, out=console if console is not None else report)
    ok = all(r.ok for r in results)
    if console is None and app.platformName() != "offscreen":  # offscreen: nobody could close the box
        from frontdesk.ui.shell import appsetup

        appsetup.apply_style(app)
        appsetup.install_font(app)
        appsetup.install_translation(app, "zh_CN")  # the box's own button in Chinese too
        box = QMessageBox(
            QMessageBox.Icon.Information if ok else QMessageBox.Icon.Critical, "FrontDesk 安装自检", report.getvalue()
        )
        box.exec()
    app.processEvents()
    return 0 if ok else 1


def _report_first_window(flow: object, png: str, timeout_s: float = 120.0) -> None:
    """``--smoke-test``: once the first window is on screen and the database is open, say which
    window it is (and save its picture), then quit: 0 when it is the login or first-start
    window, 2 when the database was refused, 1 when nothing appeared in time."""
    import time

    from PySide6.QtCore import QCoreApplication, QTimer

    started = time.perf_counter()
    timer = QTimer()
    timer.setInterval(50)

    def finish(code: int, text: str) -> None:
        timer.stop()
        print(text, flush=True)
        dialog = getattr(flow, "dialog", None)
        if dialog is not None:
            dialog.hide()
        QCoreApplication.exit(code)

    def poll() -> None:
        error = getattr(flow, "error_text", "")
        if error:
            finish(2, f"无法打开数据库：{error}")
            return
        dialog = getattr(flow, "dialog", None)
        if dialog is not None and dialog.isVisible() and getattr(flow, "ready", False):
            if png:
                dialog.grab().save(png)
            seconds = time.perf_counter() - started
            finish(0, f"第一个窗口：{dialog.windowTitle()}（{type(dialog).__name__}），用时 {seconds:.2f} 秒")
        elif time.perf_counter() - started > timeout_s:
            finish(1, f"{timeout_s:.0f} 秒内没有出现窗口")

    timer.timeout.connect(poll)
    timer.start()
    _keep.append(timer)


_keep: list[object] = []
