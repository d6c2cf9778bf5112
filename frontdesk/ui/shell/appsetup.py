"""Application-wide set-up: the bundled font, the translation, the look."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from frontdesk.paths import EMOJI_FONT_FILE, FONT_FAMILY, FONT_FILE, TRANSLATIONS

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
_installed: list[QTranslator] = []


def install_font(app: QApplication, point_size: int = 10) -> str:
    """Use the bundled font everywhere, so a PC without Chinese fonts shows no boxes; emoji the
    PC has no font for come from the bundled emoji font (:func:`install_emoji_font`)."""
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else FONT_FAMILY
    font = QFont(family, point_size)
    app.setFont(font)
    install_emoji_font(app)
    return family


#: emoji a PC's own emoji font must have for it to be used (Unicode 6 and 11: 👍 🧹)
EMOJI_SAMPLE = "\U0001f44d\U0001f9f9"


def renders_whole(text: str, font: QFont) -> bool:
    """Every character of ``text`` is drawn with a real glyph of some font (no box)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    return bool(runs) and all(0 not in run.glyphIndexes() for run in runs)


def install_emoji_font(app: QApplication) -> str | None:
    """Emoji typed into a record (😀 in a complaint) show as emoji, not boxes: a PC with an emoji
    font of its own (Windows' Segoe UI Emoji, in colour) keeps it; one without gets the bundled
    Noto Emoji (resources/fonts, SIL OFL) as Qt's emoji font, or, with a Qt older than 6.9,
    as the application font's fallback family. Returns the family used, None for the PC's own."""
    if renders_whole(EMOJI_SAMPLE, app.font()):
        return None
    font_id = QFontDatabase.addApplicationFont(str(EMOJI_FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    family = families[0]
    if hasattr(QFontDatabase, "addApplicationEmojiFontFamily"):  # Qt 6.9
        QFontDatabase.addApplicationEmojiFontFamily(family)
    else:
        font = app.font()
        font.setFamilies([*font.families(), family])
        app.setFont(font)
    return str(family)


def language(settings: QSettings) -> str:
    value = str(settings.value("ui/language", "zh_CN"))
    return value if value in LANGUAGES else "zh_CN"


def install_translation(app: QApplication, lang: str) -> bool:
    """Chinese is the source language; English comes from resources/translations/frontdesk_en.qm
    and each feature's resources/translations/<feature>/frontdesk_en.qm."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if lang == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        # Qt's own words (OK / Cancel in message boxes, file dialogs, edit menus) in Chinese too
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        # … and the few that Qt's catalogue leaves in English (resources/translations/qtbase_extra_zh_CN.ts)
        extra = QTranslator(app)
        if extra.load(str(TRANSLATIONS / "qtbase_extra_zh_CN.qm")):
            app.installTranslator(extra)
            _installed.append(extra)
        return True
    tr = QTranslator(app)
    if not tr.load(str(TRANSLATIONS / f"frontdesk_{lang}.qm")):
        return False
    app.installTranslator(tr)
    _installed.append(tr)
    # each feature's own words (resources/translations/<feature>/, tools/update_translations.py)
    for qm in sorted(TRANSLATIONS.glob(f"*/frontdesk_{lang}.qm")):
        feature = QTranslator(app)
        if feature.load(str(qm)):
            app.installTranslator(feature)
            _installed.append(feature)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return True


STYLE = """
QTabBar::tab { padding: 6px 16px; font-size: 11pt; }
QTableView { gridline-color: #ddd; selection-background-color: #cfe3fa; selection-color: #000; }
QHeaderView::section { padding: 4px; background: #f3f4f6; border: 0; border-bottom: 1px solid #ccc; }
QPushButton { padding: 4px 12px; }
QLineEdit, QComboBox, QDateTimeEdit, QPlainTextEdit, QTextEdit { padding: 2px; }
QComboBox { padding: 2px 6px 2px 4px; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)
