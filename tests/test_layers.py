"""The domain is usable without the GUI: models, services and printing never import Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_domain_does_not_import_pyside() -> None:
    code = (
        "import sys, pkgutil, importlib\n"
        "import frontdesk.models, frontdesk.services, frontdesk.printing, frontdesk.db, frontdesk.schema\n"
        "for pkg in (frontdesk.models, frontdesk.services, frontdesk.printing):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(f'{pkg.__name__}.{m.name}')\n"
        "import frontdesk.services.container, frontdesk.cli\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(len(list(sys.modules)), bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
