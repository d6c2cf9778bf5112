"""Build resources/translations/*.qm from the committed .ts sources with Qt's lrelease.

A build step (run by dev.py), not something the app does at run time.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"


def lrelease() -> Path:
    base = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease.exe"):
        p = base / name
        if p.exists():
            return p
    raise SystemExit("lrelease not found in the PySide6 wheel")


def main() -> int:
    tool = lrelease()
    for ts in sorted(TS_DIR.rglob("*.ts")):  # the shared file and one per feature folder
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.check_call([str(tool), "-silent", str(ts), "-qm", str(qm)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
