"""Start-up time of FrontDesk against a bare PySide6 window, each in a fresh process.

    python benchmarks/bench_startup.py [--runs N] [--typing-ms MS]

Prints ``name: value`` lines, every ratio measured in the same run:
  bare_window_s      a QMainWindow with a label: process start → first paint
  first_paint_s      FrontDesk: process start → the login window painted
  login_to_main_ms   FrontDesk: Enter pressed (``--typing-ms`` after the login window appeared,
                     as a person reads and types; default 2000) → the main window painted with
                     its first tab's rows, whichever tab that is (Argon2id check included)
  start_s            first_paint_s + login_to_main_ms: how long the person waits, the typing left out
  open_db_s          of the typing time, opening the database layer (SQLAlchemy, the services,
                     the start-up check) in the background after the login window
  first_paint_ratio  first_paint_s / bare_window_s       (aim ≤ 1.5)
  start_ratio        start_s / bare_window_s              (aim ≤ 5, goal 3)
  start_cpu_ratio    CPU time of a FrontDesk run / of a bare run (Unix only; includes the typing
                     pause's background work): far less sensitive to other work on the machine
Medians of N runs, the two kinds interleaved. The children run as on a user's PC: without
PYTHONDONTWRITEBYTECODE, after a warm-up run of each kind, so FrontDesk's modules load from
bytecode as they do after the first start. The database is a fresh demo estate with its
history (``--history-days``, default the product's 90) in a temporary folder; the user's own
settings and data are not touched.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and obj is w:
            print(json.dumps({"paint": time.time()}), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
import json
w = QMainWindow()
w.setCentralWidget(QLabel("FrontDesk"))
w.resize(1280, 800)
watch = Watch()
w.installEventFilter(watch)
w.show()
app.exec()
"""

PROBE = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
url, username, password, typing_ms = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
marks = {}

class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow():
            kind = type(obj).__name__
            if kind == "LoginDialog" and "login" not in marks:
                marks["login"] = time.time()
                # a person reads the window and types: Enter comes typing_ms after it appears
                QTimer.singleShot(typing_ms, lambda: self.log_in(obj))
            elif kind == "MainWindow" and "main" not in marks:
                if getattr(obj, "first_tab_ready", lambda: True)():  # older windows filled every tab at once
                    marks["main"] = time.time()
                    QTimer.singleShot(0, lambda: self.done(obj))
                elif "waiting" not in marks:
                    marks["waiting"] = 1.0
                    QTimer.singleShot(1, lambda: self.wait_ready(obj))
        return False

    def wait_ready(self, window):
        # the window painted before its first tab's rows came: the next paint with them counts
        if getattr(window, "first_tab_ready", lambda: True)():
            window.update()
        else:
            QTimer.singleShot(1, lambda: self.wait_ready(window))

    def log_in(self, dlg):
        dlg.username.setText(username)
        dlg.password.setText(password)
        marks["enter"] = time.time()
        dlg.on_login_clicked()

    def done(self, window):
        print(json.dumps(marks), flush=True)
        window.close()
        app.quit()

watch = Watch()
app.installEventFilter(watch)
import frontdesk.ui.shell.startup as startup  # imported by main() anyway; wrapped to time the database opening
_opened = startup.StartupFlow.on_database_opened
def on_database_opened(self, services):
    marks["ready"] = time.time()
    return _opened(self, services)
startup.StartupFlow.on_database_opened = on_database_opened
from frontdesk.main import main
main(["--db", url])
"""


SETUP = r"""
import sys
from pathlib import Path
from frontdesk.db import Database
from frontdesk.schema import prepare_database
from frontdesk.services.container import build_services
url, backups, days = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
db = Database(url)
prepare_database(db, backups)
result = build_services(db).demo.load(None, history_days=days)
print(result.rooms, "rooms;", result.history)
db.close()
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(home / "config")  # QSettings (window layout) stays in here
    env["XDG_DATA_HOME"] = str(home / "data")  # so do backups
    env["HOME"] = str(home)
    env["APPDATA"] = str(home / "appdata")
    env["PYTHONPATH"] = str(ROOT)
    # a user's PC keeps the compiled modules: only the very first start compiles from source
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _cpu() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _run(args: list[str], env: dict[str, str]) -> tuple[float, dict[str, float]]:
    t0 = time.time()
    c0 = _cpu()
    out = subprocess.run([sys.executable, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"run failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
    marks = json.loads(lines[-1])
    marks["cpu"] = _cpu() - c0
    return t0, marks


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--typing-ms", type=int, default=2000, help="login window shown this long before Enter")
    parser.add_argument("--history-days", type=int, default=90, help="days of demo history (the product's default: 90)")
    parser.add_argument("--db-file", help="a demo SQLite database to start on (copied) instead of making one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as d:
        home = Path(d)
        env = _env(home)
        db = home / "bench.db"
        url = f"sqlite:///{db.as_posix()}"
        if args.db_file:
            shutil.copyfile(args.db_file, db)
        else:
            t_setup = time.time()
            setup = subprocess.run(
                [sys.executable, "-c", SETUP, url, str(home / "backups"), str(args.history_days)],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=1800,
            )
            if setup.returncode != 0:
                raise SystemExit(setup.stdout + setup.stderr)
            print(f"setup_s: {time.time() - t_setup:.1f}  ({setup.stdout.strip()})", file=sys.stderr)
        from frontdesk.services.demo import DEMO_PASSWORD

        bare, paint, to_main, opened, bare_cpu, start_cpu = [], [], [], [], [], []
        probe = ["-c", PROBE, url, "qiantai", DEMO_PASSWORD, str(args.typing_ms)]
        # warm-up: the file cache, and the bytecode of FrontDesk's modules written as on a user's PC
        _run(["-c", BARE], env)
        _run(probe, env)
        for _ in range(args.runs):
            t0, marks = _run(["-c", BARE], env)
            bare.append(marks["paint"] - t0)
            bare_cpu.append(marks["cpu"])
            t0, marks = _run(probe, env)
            paint.append(marks["login"] - t0)
            to_main.append(marks["main"] - marks["enter"])
            opened.append(marks["ready"] - marks["login"])
            start_cpu.append(marks["cpu"])
    b, p, m = statistics.median(bare), statistics.median(paint), statistics.median(to_main)
    s = p + m
    o = statistics.median(opened)
    print(f"bare_window_s: {b:.3f}")
    print(f"first_paint_s: {p:.3f}")
    print(f"login_to_main_ms: {m * 1000:.0f}")
    print(f"start_s: {s:.3f}")
    print(f"open_db_s: {o:.3f}")
    print(f"first_paint_ratio: {p / b:.2f}")
    print(f"start_ratio: {s / b:.2f}")
    if statistics.median(bare_cpu) > 0:
        print(f"start_cpu_ratio: {statistics.median(start_cpu) / statistics.median(bare_cpu):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
