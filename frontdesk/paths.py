"""Where things are: bundled resources next to the code, user data from Qt's standard locations."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttf"
FONT_FAMILY = "WenQuanYi Micro Hei"
#: the fallback for emoji the Chinese font lacks (monochrome outlines, so PDFs can embed them too)
EMOJI_FONT_FILE = RESOURCES / "fonts" / "NotoEmoji-Regular.ttf"
EMOJI_FONT_FAMILY = "Noto Emoji"
TRANSLATIONS = RESOURCES / "translations"


APP_FOLDER = "FrontDesk"


def user_data_dir(*, create: bool = True) -> Path:
    """The per-user data folder: one ``FrontDesk`` folder in Qt's generic data location (on
    Windows %LOCALAPPDATA%/FrontDesk, on Linux ~/.local/share/FrontDesk, on macOS
    ~/Library/Application Support/FrontDesk) — not ``FrontDesk/FrontDesk``, which Qt's
    per-application location made of the organisation and application names. A PC that already
    keeps its data in that older folder goes on using it, so nothing is left behind. With
    ``create=False`` it is not made here (the start-up flow makes it, and says so in words when
    it cannot)."""
    from PySide6.QtCore import QStandardPaths

    Loc = QStandardPaths.StandardLocation
    path = Path(QStandardPaths.writableLocation(Loc.GenericDataLocation)) / APP_FOLDER
    older = Path(QStandardPaths.writableLocation(Loc.AppDataLocation))
    if older != path and older.is_dir() and any(older.iterdir()) and _holds_only(path, older):
        path = older
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def _holds_only(path: Path, older: Path) -> bool:
    """``path`` is missing or holds nothing but the way to ``older`` (on Linux the older folder
    ~/.local/share/FrontDesk/FrontDesk lies inside the new one)."""
    if not path.exists():
        return True
    return all(child == older or child in older.parents for child in path.iterdir())
