"""Emoji in printed forms: drawn from the bundled emoji face (embedded), a character no face has
printed as a visible marker, never as a box; the text reads back as typed."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from frontdesk.printing.complaint_pdf import complaint_form_pdf
from frontdesk.printing.fonts import EMOJI_FONT, FONT, MISSING_MARK, SYMBOL_MARK, ensure_fonts, font_runs, one_face
from frontdesk.printing.layout import text_width
from tests.support.complaints import intake, make_estate
from tests.support.printing import fonts, pdf_text

pytestmark = pytest.mark.usefixtures("cheap_hashing")

GRIN, THUMB, BROOM, HEART = "\U0001f600", "\U0001f44d", "\U0001f9f9", "\u2764\ufe0f"
RARE_NAME = "\U00020bb7"  # 𠮷, a CJK Extension B character neither face has
NO_FACE = "\U0001fbc5"  # 🯅 STICK FIGURE (Unicode 13), a symbol in neither face


def glyph(font_name: str, ch: str) -> int:
    return int(pdfmetrics.getFont(font_name).face.charToGlyph.get(ord(ch), 0))  # type: ignore[attr-defined]


def test_text_is_cut_into_runs_of_the_face_that_has_each_glyph() -> None:
    ensure_fonts()
    assert font_runs("3-2-1502 卫生间漏水") == ((FONT, "3-2-1502 卫生间漏水"),)
    runs = font_runs(f"业主很满意{GRIN}{THUMB}，已打扫{BROOM}{HEART}")
    assert runs == ((FONT, "业主很满意"), (EMOJI_FONT, GRIN + THUMB), (FONT, "，已打扫"), (EMOJI_FONT, BROOM + HEART))
    for name, piece in runs:  # every character drawn has a real glyph in its run's face
        assert all(glyph(name, ch) for ch in piece), (name, piece)
    assert glyph(FONT, GRIN) == 0  # (the Chinese face alone would print a box)
    assert font_runs(f"{RARE_NAME}先生{NO_FACE}") == ((FONT, f"{MISSING_MARK}先生{SYMBOL_MARK}"),)
    assert font_runs("👨\u200d🔧")[0] == (EMOJI_FONT, "👨")  # a joined sequence: its parts, joiner left out or blank
    assert text_width(f"好{GRIN}", 10) > text_width("好", 10) + 5  # the emoji takes room on the line
    assert one_face(f"保洁{BROOM}{THUMB}卫生") == f"保洁{SYMBOL_MARK}卫生"  # for a chart's labels: one face only


def test_a_complaint_with_emoji_prints_them(services, receptionist, tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_estate(services)
    typed = f"楼上装修噪音太大{GRIN}{THUMB}，请尽快处理{BROOM}，{RARE_NAME}女士转告"
    c = services.complaints.create(receptionist, intake(content=typed))
    pdf = complaint_form_pdf(services.complaints.print_form(receptionist, c.id))
    used = fonts(pdf)
    assert any("NotoEmoji" in f.name for f in used) and all(f.embedded for f in used), used
    flat = "".join(pdf_text(pdf).split())
    assert f"楼上装修噪音太大{GRIN}{THUMB}，请尽快处理{BROOM}" in flat
    assert f"{MISSING_MARK}女士转告" in flat
    (tmp_path / "emoji.pdf").write_bytes(pdf)
    import shutil
    import subprocess

    if shutil.which("pdftoppm"):  # for a person to look at: /tmp/shots/emoji_complaint-1.png
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(tmp_path / "emoji.pdf"), "/tmp/shots/emoji_complaint"],
            check=False,
        )
