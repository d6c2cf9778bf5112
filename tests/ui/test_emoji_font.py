"""Emoji on screen: a PC with no emoji font of its own draws them from the bundled Noto Emoji,
never as boxes (this test machine has none: DejaVu Sans has 😀 but not 👍 or 🧹)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QTableWidgetItem

from frontdesk.paths import EMOJI_FONT_FAMILY, EMOJI_FONT_FILE
from frontdesk.ui.shell import appsetup

TEXT = "业主很满意\U0001f600\U0001f44d，已打扫\U0001f9f9\u2764\ufe0f"


def glyph_runs(text: str, font) -> list[tuple[str, list[int]]]:  # type: ignore[no-untyped-def]
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_emoji_are_drawn_from_a_font_that_has_them(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    before = qapp.font()
    try:
        appsetup.install_font(qapp)
        label = QLabel(TEXT)
        qtbot.addWidget(label)
        runs = glyph_runs(TEXT, label.font())
        assert all(0 not in glyphs for _family, glyphs in runs), runs  # glyph 0 is the box
        assert EMOJI_FONT_FAMILY in {family for family, _glyphs in runs}, runs
        metrics = QFontMetrics(label.font())
        assert all(metrics.inFontUcs4(ord(ch)) for ch in "\U0001f600\U0001f44d\U0001f9f9\u2764")
        assert appsetup.install_emoji_font(qapp) is None  # once is enough: now the PC "has" one

        table = QTableWidget(1, 1)  # a list's cell, as a complaint's content shows in its list
        qtbot.addWidget(table)
        table.setItem(0, 0, QTableWidgetItem(TEXT))
        table.setColumnWidth(0, 380)
        table.resize(420, 80)
        table.show()
        label.resize(420, 40)
        label.show()
        qtbot.waitExposed(label)
        label.grab().save("/tmp/shots/emoji_label.png")
        table.grab().save("/tmp/shots/emoji_table.png")
    finally:
        qapp.setFont(before)


def test_the_emoji_font_is_bundled_with_its_licence() -> None:
    assert EMOJI_FONT_FILE.is_file() and EMOJI_FONT_FILE.stat().st_size < 1_000_000  # about 0.9 MB
    licence = (EMOJI_FONT_FILE.parent / "LICENSE-noto-emoji.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
