"""Set up a private virtual environment and run the app or the tests.

    python3 dev.py run [app arguments]   set up, then start FrontDesk
    python3 dev.py test [pytest args]    set up, then run the whole test suite
    python3 dev.py check                 set up, then lint and type-check (ruff check,
                                         ruff format --check, mypy); CI runs it before the tests
    python3 dev.py bundle [--check-only] set up, then build the one-folder program for counter PCs
                                         without Python (dist/FrontDesk/, PyInstaller with
                                         packaging/frontdesk.spec) and check it: no test or
                                         development packages inside, its size, --self-check,
                                         --demo-data and the first window; CI runs it after the tests

Works the same on Windows (``py dev.py run``), macOS and Linux; needs only Python 3.10+.
Setting up is skipped when pyproject.toml has not changed since the last run.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
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


BUNDLE_STAMP = VENV / ".frontdesk-bundle-installed"
DIST = ROOT / "dist"
BUNDLE = DIST / "FrontDesk"
BUNDLE_WORK = ROOT / "build" / "pyinstaller"
BUNDLE_CHECK = ROOT / "build" / "bundle-check"
#: top-level packages that must not be in the bundle (test and development tools)
NOT_IN_BUNDLE = ("pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "pypdf", "pypdfium2", "zxingcpp", "pip")


def bundle_executable() -> Path:
    return BUNDLE / ("FrontDesk.exe" if os.name == "nt" else "FrontDesk")


def bundle(py: Path, argv: list[str]) -> int:
    """Build dist/FrontDesk/ with PyInstaller, then check it (see check_bundle)."""
    if "--check-only" not in argv:
        if not BUNDLE_STAMP.exists() or BUNDLE_STAMP.read_text() != _fingerprint():
            print("正在安装打包工具 …", flush=True)
            pip = [str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
            subprocess.check_call([*pip, "-e", f"{ROOT}[bundle]"])
            BUNDLE_STAMP.write_text(_fingerprint())
        print("== 打包 (PyInstaller)", flush=True)
        started = time.perf_counter()
        build = [str(py), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
        build += ["--distpath", str(DIST), "--workpath", str(BUNDLE_WORK), str(ROOT / "packaging" / "frontdesk.spec")]
        if subprocess.call(build, cwd=ROOT) != 0:
            print("打包失败", flush=True)
            return 1
        print(f"打包用时 {time.perf_counter() - started:.0f} 秒：{BUNDLE}", flush=True)
    code = check_bundle(py)
    if code == 0 and os.name == "nt" and "--check-only" not in argv:
        return windows_installer()
    return code


def _version() -> str:
    import re

    text = (ROOT / "frontdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    return match.group(1) if match else "0"


def windows_installer() -> int:
    """Windows: dist/FrontDesk-<version>-setup.exe from packaging/frontdesk.iss, when Inno Setup 6
    is installed (its ISCC.exe on PATH or in Program Files)."""
    import shutil

    found = shutil.which("ISCC")
    candidates = [Path(found)] if found else []
    candidates += [Path(os.environ.get(v, "")) / "Inno Setup 6" / "ISCC.exe" for v in ("ProgramFiles(x86)", "ProgramFiles")]
    iscc = next((c for c in candidates if c.is_file()), None)
    if iscc is None:
        print("没有找到 Inno Setup 6（ISCC.exe）：安装它后再运行 py dev.py bundle，即可生成安装程序。", flush=True)
        return 0
    print("== 安装程序 (Inno Setup)", flush=True)
    return subprocess.call([str(iscc), f"/DAppVersion={_version()}", str(ROOT / "packaging" / "frontdesk.iss")], cwd=ROOT)


def _bundle_modules(py: Path) -> set[str]:
    """Top-level names of every Python module inside the bundle (its PYZ archive included)."""
    script = (
        "import sys\n"
        "from PyInstaller.archive.readers import CArchiveReader\n"
        "names = set()\n"
        "exe = CArchiveReader(sys.argv[1])\n"
        "for name, entry in exe.toc.items():\n"
        "    names.add(name.split('.')[0])\n"
        "    if entry[-1] == 'z':\n"
        "        names.update(n.split('.')[0] for n in exe.open_embedded_archive(name).toc)\n"
        "print('\\n'.join(sorted(names)))\n"
    )
    out = subprocess.run([str(py), "-c", script, str(bundle_executable())], capture_output=True, text=True, check=True)
    names = set(out.stdout.split())
    for path in (BUNDLE / "_internal").iterdir():
        names.add(path.name.split(".")[0])
    return names


#: the Qt plugin folders the counter needs (packaging/frontdesk.spec KEEP_PLUGINS)
QT_PLUGIN_KINDS = {"platforms", "printsupport", "imageformats", "platforminputcontexts", "styles"}


def _bundle_contents() -> list[str]:
    """The Qt plugins by folder, and the resources the program reads from files."""
    internal = BUNDLE / "_internal"
    plugins: dict[str, list[str]] = {}
    for path in sorted(internal.glob("PySide6/**/plugins/*/*")):
        plugins.setdefault(path.parent.name, []).append(path.name.split(".")[0].removeprefix("lib"))
    lines = ["Qt 插件：" + "；".join(f"{kind} ({', '.join(names)})" for kind, names in sorted(plugins.items()))]
    extra = sorted(set(plugins) - QT_PLUGIN_KINDS)
    if extra:
        lines.append("多余的 Qt 插件：" + "、".join(extra))
    if "platforms" not in plugins:
        lines.append("缺少 Qt 插件：platforms")
    if not list(internal.glob("PySide6/**/QtPdf*")):
        lines.append("缺少 Qt PDF 模块")
    bundled = sorted(p.name for p in (internal / "migrations" / "versions").glob("*.py"))
    wanted = {
        "字体": (internal / "resources" / "fonts" / "wqy-microhei.ttf").is_file(),
        "表情字体": (internal / "resources" / "fonts" / "NotoEmoji-Regular.ttf").is_file(),
        "翻译": _same_files(ROOT / "resources" / "translations", internal / "resources" / "translations", "*.qm"),
        "数据库迁移": _same_files(ROOT / "migrations" / "versions", internal / "migrations" / "versions", "*.py"),
        "时区数据 (tzdata)": (internal / "tzdata" / "zoneinfo" / "Asia" / "Shanghai").is_file(),
    }
    present = [name for name, ok in wanted.items() if ok]
    missing = [name for name, ok in wanted.items() if not ok]
    lines.append(f"资源：{'、'.join(present)}（{len(bundled)} 个迁移）")
    if missing:
        lines.append("缺少：" + "、".join(missing))
    return lines


def _same_files(source: Path, bundled: Path, pattern: str) -> bool:
    """Every file of the source folder matching the pattern (subfolders too) is in the bundle."""
    want = {p.relative_to(source) for p in source.rglob(pattern)}
    return bool(want) and want <= {p.relative_to(bundled) for p in bundled.rglob(pattern)}


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def check_bundle(py: Path) -> int:
    """What CI checks on the built folder: no test or development packages, the size, and the
    bundled program itself: --self-check, --demo-data on a new database, and the first window
    (the login, offscreen) on that database. The data folder is a temporary one (--data-dir), and
    so, on Linux, are the settings."""
    import shutil
    import tempfile

    exe = bundle_executable()
    if not exe.is_file():
        print(f"没有找到 {exe}：请先运行 python3 dev.py bundle", flush=True)
        return 1
    failed: list[str] = []
    modules = _bundle_modules(py)
    found = sorted(modules.intersection(NOT_IN_BUNDLE))
    print(f"== 开发和测试用的包：{'、'.join(found) if found else '没有'}（共 {len(modules)} 个顶层模块和文件）", flush=True)
    if found or "frontdesk" not in modules:  # not finding the program itself means the list was not read
        failed.append("开发和测试用的包")
    contents = _bundle_contents()
    for line in contents:
        print(f"== {line}", flush=True)
    if any(line.startswith("缺少") or line.startswith("多余") for line in contents):
        failed.append("内容")
    size = _folder_size(BUNDLE)
    print(f"== 大小：{size / 1e6:.0f} MB（{sum(1 for p in BUNDLE.rglob('*') if p.is_file())} 个文件）", flush=True)
    if BUNDLE_CHECK.exists():
        shutil.rmtree(BUNDLE_CHECK)
    BUNDLE_CHECK.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="frontdesk-bundle-") as tmp:
        home = Path(tmp)
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_CACHE_HOME=str(home / "cache"),
            FRONTDESK_PASS_KEY=str(home / "pass-signing.key"),
        )
        env.pop("FRONTDESK_DB", None)
        db = ["--db", f"sqlite:///{(home / 'demo.db').as_posix()}", "--data-dir", str(home / "data")]
        runs = [
            # a week of history: the full default (90 days) would take minutes of CI's ten
            ("--demo-data", [str(exe), "--demo-data", "--history-days", "7", *db], None),
            ("--self-check", [str(exe), "--self-check", *db], "全部通过"),
            ("第一个窗口", [str(exe), "--smoke-test", str(BUNDLE_CHECK / "first-window.png"), *db], "LoginDialog"),
        ]
        for name, cmd, expect in runs:
            cmd += ["--output", str(BUNDLE_CHECK / f"{name.strip('-')}.txt")]  # no console on Windows
            print(f"== {name}: {' '.join(cmd[1:])}", flush=True)
            started = time.perf_counter()
            try:
                done = subprocess.run(cmd, env=env, cwd=home, capture_output=True, text=True, timeout=300)
            except subprocess.TimeoutExpired:
                print("   5 分钟内没有结束", flush=True)
                failed.append(name)
                continue
            report = BUNDLE_CHECK / f"{name.strip('-')}.txt"
            out = (report.read_text(encoding="utf-8") if report.exists() else "") + done.stdout + done.stderr
            out = out.strip()
            print("   " + out.replace("\n", "\n   "), flush=True)
            ok = done.returncode == 0 and (expect is None or expect in out)
            print(f"   退出码 {done.returncode}，{time.perf_counter() - started:.1f} 秒：{'通过' if ok else '失败'}", flush=True)
            if not ok:
                failed.append(name)
    if failed:
        print("安装包检查未通过：" + "、".join(failed), flush=True)
        return 1
    print(f"安装包检查通过：{BUNDLE}（{size / 1e6:.0f} MB）", flush=True)
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "setup", "check", "bundle"}:
        print(__doc__)
        return 2
    py = setup()
    cmd, rest = argv[0], argv[1:]
    if cmd == "setup":
        return 0
    if cmd == "check":
        return check(py)
    if cmd == "bundle":
        return bundle(py, rest)
    if cmd == "run":
        _linux_display_hint()
        return subprocess.call([str(py), str(ROOT / "app.py"), *rest])
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.call([str(py), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
