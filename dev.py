"""Set up a private virtual environment and run the app or the tests.

    python3 dev.py run [app arguments]   set up, then start FrontDesk
    python3 dev.py test [pytest args]    set up, then run the whole test suite
    python3 dev.py check                 set up, then lint and type-check (ruff check,
                                         ruff format --check, mypy); CI runs it before the tests

Works the same on Windows (``py dev.py run``), macOS and Linux; needs only Python 3.10+.
Setting up is skipped when pyproject.toml has not changed since the last run.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".frontdesk-installed"


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _fingerprint() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def setup() -> Path:
    py = _venv_python()
    if not py.exists():
        print("正在创建虚拟环境 .venv …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    if not STAMP.exists() or STAMP.read_text() != _fingerprint():
        print("正在安装依赖 …", flush=True)
        pip = [str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        subprocess.check_call([*pip, "-e", f"{ROOT}[test,dev]"])
        STAMP.write_text(_fingerprint())
    subprocess.check_call([str(py), str(ROOT / "tools" / "build_translations.py")])
    return py


def _linux_display_hint() -> None:
    """Qt on Linux/X11 needs a few system libraries that a desktop has and a bare server lacks;
    say which, instead of leaving the user with Qt's "could not load the Qt platform plugin"."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print("提示：没有图形界面（DISPLAY / WAYLAND_DISPLAY 未设置）。请在桌面环境中运行，或用 xvfb-run 启动。", flush=True)
        return
    import ctypes.util

    missing = [
        lib for lib in ("xcb-cursor", "xcb-icccm", "xcb-keysyms", "xkbcommon-x11") if ctypes.util.find_library(lib) is None
    ]
    if missing and not os.environ.get("WAYLAND_DISPLAY"):
        print(
            "提示：Qt 需要的系统库缺失："
            + ", ".join(f"lib{m}" for m in missing)
            + "。Debian/Ubuntu 上请运行：sudo apt-get install libxcb-cursor0 libxcb-icccm4 "
            "libxcb-keysyms1 libxkbcommon-x11-0",
            flush=True,
        )


def check(py: Path) -> int:
    """The gates: every one runs, and the first failure decides the exit code."""
    steps = [
        ("ruff check", [str(py), "-m", "ruff", "check", "."]),
        ("ruff format --check", [str(py), "-m", "ruff", "format", "--check", "."]),
        ("mypy", [str(py), "-m", "mypy"]),
    ]
    failed = []
    for name, cmd in steps:
        print(f"== {name}", flush=True)
        if subprocess.call(cmd, cwd=ROOT) != 0:
            failed.append(name)
    if failed:
        print("检查未通过: " + ", ".join(failed), flush=True)
        return 1
    print("检查通过 (ruff, mypy)", flush=True)
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "setup", "check"}:
        print(__doc__)
        return 2
    py = setup()
    cmd, rest = argv[0], argv[1:]
    if cmd == "setup":
        return 0
    if cmd == "check":
        return check(py)
    if cmd == "run":
        _linux_display_hint()
        return subprocess.call([str(py), str(ROOT / "app.py"), *rest])
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.call([str(py), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
