"""Where things are: bundled resources next to the code, user data from Qt's standard locations."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttf"
FONT_FAMILY = "WenQuanYi Micro Hei"
TRANSLATIONS = RESOURCES / "translations"


def user_data_dir(*, create: bool = True) -> Path:
    """The per-user data folder (e.g. %APPDATA%/FrontDesk/FrontDesk on Windows). Needs a
    QCoreApplication with organisation and application names set. With ``create=False`` it is
    not made here (the start-up flow makes it, and says so in words when it cannot)."""
    from PySide6.QtCore import QStandardPaths

    path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path
