"""Collect every translatable string of frontdesk/ into resources/translations/frontdesk_en.ts.

Runs Qt's lupdate (from the PySide6 wheel) over the Python sources. New strings appear in the
.ts as unfinished; write their English in the .ts (Qt Linguist: ``pyside6-linguist``, or any
text editor) and commit it. ``tools/build_translations.py`` turns the .ts into the .qm the app
loads. Strings no longer in the code are dropped. No line numbers are stored, so a .ts only
changes when texts change.

    python tools/update_translations.py            update the .ts
    python tools/update_translations.py --check    exit 1 if the .ts lacks strings or English
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "frontdesk"
TS_FILE = ROOT / "resources" / "translations" / "frontdesk_en.ts"


def lupdate() -> Path:
    import PySide6

    base = Path(PySide6.__file__).parent
    for name in ("lupdate", "lupdate.exe", "Qt/libexec/lupdate", "Qt/bin/lupdate.exe"):
        p = base / name
        if p.exists():
            return p
    raise SystemExit("lupdate not found in the PySide6 wheel")


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts: Path) -> None:
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    subprocess.check_call(
        [
            str(lupdate()),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "zh_CN",
            "-target-language",
            "en",
            *files,
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
    )


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → English, or None when unfinished."""
    out: dict[tuple[str, str], str | None] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete") and tr.text
            out[(name, msg.findtext("source") or "")] = tr.text if done and tr is not None else None
    return out


def check() -> list[str]:
    """What is wrong with the committed .ts: strings missing from it, or without English."""
    problems = []
    committed = messages(TS_FILE) if TS_FILE.exists() else {}
    with tempfile.TemporaryDirectory() as d:
        fresh = Path(d) / "fresh.ts"
        run_lupdate(fresh)
        wanted = messages(fresh)
    for key in wanted:
        if key not in committed:
            problems.append(f"not in the .ts: {key[0]}: {key[1]}")
        elif committed[key] is None:
            problems.append(f"no English yet: {key[0]}: {key[1]}")
    return problems


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = check()
        for p in problems:
            print(p)
        return 1 if problems else 0
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    run_lupdate(TS_FILE)
    unfinished = [k for k, v in messages(TS_FILE).items() if v is None]
    print(f"{TS_FILE.relative_to(ROOT)}: {len(messages(TS_FILE))} strings, {len(unfinished)} without English")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
