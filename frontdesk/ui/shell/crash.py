"""What happens to an exception nothing caught: it is written to a rotating log file in the data
folder, and a Chinese dialog says that something went wrong, where the log is, and offers the
details to copy for support. The application keeps running: Qt returns to its event loop after a
slot raised, so the counter can go on (or save and restart) instead of vanishing mid-shift.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import tempfile
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "frontdesk.log"
LOG_BYTES = 1_000_000
LOG_KEEP = 5

log = logging.getLogger("frontdesk")


def log_path_for(data_dir: Path) -> Path:
    """``<data folder>/logs/frontdesk.log``; the temporary folder when the data folder cannot be made."""
    for folder in (data_dir / "logs", Path(tempfile.gettempdir()) / "FrontDesk-logs"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return folder / LOG_NAME
        except OSError:
            continue
    return Path(tempfile.gettempdir()) / LOG_NAME


def setup_logging(data_dir: Path) -> Path:
    """Log warnings and errors of the ``frontdesk`` loggers to a rotating file; return its path."""
    path = log_path_for(data_dir)
    for handler in list(log.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    try:
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_KEEP, encoding="utf-8")
    except OSError:
        return path
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


class _Relay(QObject):
    """Carries an exception raised in a worker thread to the GUI thread, which shows it."""

    raised = Signal(str)


class CrashHandler:
    """Installed as ``sys.excepthook`` and ``threading.excepthook``. One dialog at a time: an
    exception repeating (say in a paint event) is logged each time but shown once."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.box: QMessageBox | None = None
        self.shown = 0
        self._relay = _Relay()
        self._relay.raised.connect(self.show)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def excepthook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        detail = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unhandled exception\n%s", detail)
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            self._relay.raised.emit(detail)  # queued to the GUI thread
            return
        self.show(detail)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def show(self, detail: str) -> None:
        if self.box is not None and self.box.isVisible():
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("CrashHandler", "程序出错"),
            QCoreApplication.translate(
                "CrashHandler",
                "程序遇到了一个意外错误，刚才的操作可能没有完成。已保存的数据不受影响。\n\n"
                "可以继续使用；如果再次出现，请保存手头的工作后重新启动程序，并把下面的日志文件发给系统管理员：\n{0}",
            ).format(self.log_path),
        )
        box.setDetailedText(detail)  # selectable text: copy it for support
        copy = box.addButton(QCoreApplication.translate("CrashHandler", "复制详情"), QMessageBox.ButtonRole.ActionRole)
        carry_on = box.addButton(QCoreApplication.translate("CrashHandler", "继续使用"), QMessageBox.ButtonRole.AcceptRole)
        box.setEscapeButton(carry_on)  # Esc and the window's close button answer it too
        copy.clicked.disconnect()  # keep the box open: copying is not an answer
        copy.clicked.connect(lambda: self.copy(detail))
        self.box = box
        self.shown += 1
        box.open()

    def copy(self, detail: str) -> None:
        clipboard = QApplication.clipboard()
        clipboard.setText(f"{self.log_path}\n\n{detail}")


def install(data_dir: Path) -> CrashHandler:
    """Log to ``data_dir`` and catch every exception nothing else caught."""
    handler = CrashHandler(setup_logging(data_dir))
    handler.install()
    return handler
