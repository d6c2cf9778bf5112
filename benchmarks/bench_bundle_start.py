"""Start time of the built bundle (dist/FrontDesk/, ``python3 dev.py bundle``) against ``python app.py``.

Both start on the same demo estate, offscreen, with ``--smoke-test``: the process runs until the
login window is on screen and the database is open, then quits. Reported (medians of N runs,
after one warm-up run of each, so both read their files from the disk cache):

    bundle_start_s / source_start_s    wall time of the whole process, start to exit
    bundle_window_s / source_window_s  from main() to the login window, as the program measures it
    start_ratio                        bundle / source (below 1: the bundle starts faster)

Usage: python benchmarks/bench_bundle_start.py [runs]   (run it with the project's .venv Python)
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ROOT / "dist" / "FrontDesk" / ("FrontDesk.exe" if os.name == "nt" else "FrontDesk")


def _run(cmd: list[str], env: dict[str, str], report: Path) -> tuple[float, float]:
    started = time.perf_counter()
    done = subprocess.run([*cmd, "--output", str(report)], env=env, capture_output=True, text=True, timeout=300)
    wall = time.perf_counter() - started
    text = report.read_text(encoding="utf-8")
    if done.returncode != 0 or "LoginDialog" not in text:
        raise SystemExit(f"{cmd[0]} failed ({done.returncode}): {text}{done.stdout}{done.stderr}")
    match = re.search(r"用时 ([0-9.]+) 秒", text)
    return wall, float(match.group(1)) if match else float("nan")


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    if not EXE.is_file():
        print(f"{EXE} not found: run python3 dev.py bundle first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="frontdesk-bench-") as tmp:
        home = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home / "d"), XDG_CONFIG_HOME=str(home / "c"))
        env.pop("FRONTDESK_DB", None)
        db = ["--db", f"sqlite:///{(home / 'demo.db').as_posix()}", "--data-dir", str(home / "data")]
        subprocess.run([str(EXE), "--demo-data", *db], env=env, check=True, capture_output=True)
        commands = {
            "bundle": [str(EXE), "--smoke-test", *db],
            "source": [sys.executable, str(ROOT / "app.py"), "--smoke-test", *db],
        }
        source_env = dict(env, PYTHONPATH=str(ROOT))
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for name, cmd in commands.items():  # warm-up: fill the disk cache
            _run(cmd, source_env if name == "source" else env, home / "warm.txt")
        for _ in range(runs):
            for name, cmd in commands.items():  # interleaved, so a busy moment hits both
                results[name].append(_run(cmd, source_env if name == "source" else env, home / f"{name}.txt"))
    medians = {name: (statistics.median(w for w, _ in r), statistics.median(s for _, s in r)) for name, r in results.items()}
    for name, (wall, window) in medians.items():
        print(f"{name}_start_s: {wall:.2f}")
        print(f"{name}_window_s: {window:.2f}")
    print(f"start_ratio: {medians['bundle'][0] / medians['source'][0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
