"""The bundled TrueType font, registered with reportlab once per process and embedded as a subset.

Building the subset (the glyphs a PDF uses, cut out of the 4 MB face) is the largest single cost
of a repeat render: reportlab rebuilds it for every PDF, although a form printed again (preview,
then print; a reprint; the next order of the same kind) mostly needs the very same glyphs. The
face's ``makeSubset`` is therefore memoised by the subset it is asked for (a few recent ones),
and serialised: reportlab's font file reader keeps a read position, so two renders on two
worker threads must not subset at the same time.

The second cost is compressing that subset into the PDF (reportlab deflates every stream with
``zlib.compress`` at its default level, some milliseconds for the font): the compressed form of the
recent subsets is kept too (:class:`_DeflateCache`, in place of the ``zlib`` reportlab's PDF
writer calls), so the same subset is deflated once. Only font subsets are kept: page contents are
deflated every time, as before.

Emoji (😀 typed into a complaint) are not in the Chinese face: the bundled Noto Emoji (monochrome
outlines, SIL OFL, resources/fonts) is registered when a text first needs it, and
:func:`font_runs` cuts a text into runs of the one face or the other. A character neither face
has is printed as a visible marker (:data:`SYMBOL_MARK` for a symbol, :data:`MISSING_MARK` for
a letter), never as a box; controls, joiners and selectors neither has are left out."""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from functools import lru_cache
from typing import Any

from frontdesk.paths import EMOJI_FONT_FILE, FONT_FILE

FONT = "FrontDeskSans"  # WenQuanYi Micro Hei: Chinese, Latin letters and digits in one face
EMOJI_FONT = "FrontDeskEmoji"  # Noto Emoji: the emoji the Chinese face lacks
#: printed for a symbol (an emoji newer than the emoji font) neither face has
SYMBOL_MARK = "［表情］"
#: printed for any other character neither face has (a rare name character): 〓, the 缺字 mark
MISSING_MARK = "〓"
#: how many recent subsets are kept (each some tens of KB)
SUBSET_CACHE = 16
_lock = threading.Lock()
_registered = False


def _memoise_subsets(face: Any, deflate: _DeflateCache) -> None:
    make = face.makeSubset
    cache: OrderedDict[tuple[int, ...], bytes] = OrderedDict()
    lock = threading.Lock()

    def make_subset(subset: list[int]) -> bytes:
        key = tuple(subset)
        with lock:
            data = cache.get(key)
            if data is None:
                data = make(subset)
                cache[key] = data
                if len(cache) > SUBSET_CACHE:
                    cache.popitem(last=False)
            else:
                cache.move_to_end(key)
        deflate.remember(data)
        return data

    face.makeSubset = make_subset


class _DeflateCache:
    """``zlib`` for reportlab's PDF writer, remembering the deflated form of the font subsets."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self._cache: OrderedDict[bytes, bytes | None] = OrderedDict()  # subset → deflated (None: not yet)
        self._lock = threading.Lock()

    def remember(self, subset: bytes) -> None:
        """``subset`` is a font subset: keep its deflated form once it is made."""
        with self._lock:
            if subset not in self._cache:
                self._cache[subset] = None
                if len(self._cache) > SUBSET_CACHE:
                    self._cache.popitem(last=False)

    def compress(self, data: bytes, level: int = -1) -> bytes:
        with self._lock:
            known = isinstance(data, bytes) and data in self._cache
            hit = self._cache.get(data) if known and level == -1 else None
        if hit is not None:
            return hit
        out = bytes(self._real.compress(data, level))
        if known and level == -1:
            with self._lock:
                if data in self._cache:
                    self._cache[data] = out
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def _read_back_beyond_the_bmp() -> None:
    """reportlab writes a subset's ToUnicode map (what copying text out of the PDF, searching it
    and reading it back give) as four hex digits per character, which garbles a character beyond
    U+FFFF (😀 read back as ὠ): such characters are written as their UTF-16 pair instead."""
    from reportlab.pdfbase import ttfonts

    make = ttfonts.makeToUnicodeCMap
    if getattr(make, "frontdesk", False):
        return

    def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        text: str = make(fontname, subset)
        for i, code in enumerate(subset):
            if code > 0xFFFF:
                pair = chr(code).encode("utf-16-be").hex().upper()
                text = text.replace(f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{pair}>", 1)
        return text

    to_unicode_cmap.frontdesk = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = to_unicode_cmap


def ensure_fonts() -> str:
    """Register the fonts with reportlab (thread-safe, once); returns the main one's name for
    setFont() (the emoji face is :data:`EMOJI_FONT`, reached through :func:`font_runs`)."""
    global _registered
    if _registered:
        return FONT
    with _lock:
        if not _registered:
            from reportlab.pdfbase import pdfdoc, pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            if not isinstance(pdfdoc.zlib, _DeflateCache):
                pdfdoc.zlib = _DeflateCache(pdfdoc.zlib)
            _read_back_beyond_the_bmp()
            font = TTFont(FONT, str(FONT_FILE))
            _memoise_subsets(font.face, pdfdoc.zlib)
            pdfmetrics.registerFont(font)
            _faces["main"] = font.face.charToGlyph
            _registered = True
    return FONT


#: the two faces' character maps (code point → glyph), each once registered
_faces: dict[str, dict[int, int]] = {}
#: any character outside the ranges the Chinese face wholly covers (ASCII, Latin-1, CJK
#: punctuation, the 20 902 basic ideographs, full-width forms): only a text with one is looked
#: at character by character
_UNCOMMON = re.compile("[^\x20-\x7e\xa0-\xff\u3000-\u3003\u3005-\u3017\u4e00-\u9fa5\uff01-\uff5e]")


def _emoji_face() -> dict[int, int]:
    """The emoji face's character map, registered with reportlab when first needed (a form with
    no emoji does not pay for it); empty without the file (emoji then print as the marker)."""
    face = _faces.get("emoji")
    if face is not None:
        return face
    with _lock:
        if "emoji" not in _faces:
            from reportlab.pdfbase import pdfdoc, pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            cmap: dict[int, int] = {}
            if EMOJI_FONT_FILE.is_file():
                emoji = TTFont(EMOJI_FONT, str(EMOJI_FONT_FILE))
                _memoise_subsets(emoji.face, pdfdoc.zlib)
                pdfmetrics.registerFont(emoji)
                cmap = emoji.face.charToGlyph
            _faces["emoji"] = cmap
    return _faces["emoji"]


def _symbol(ch: str) -> bool:
    """A symbol, or a code point in the emoji blocks newer than this Python's Unicode tables."""
    category = unicodedata.category(ch)
    return category.startswith("S") or (category == "Cn" and 0x1F000 <= ord(ch) <= 0x1FBFF)


@lru_cache(maxsize=8192)
def font_runs(text: str) -> tuple[tuple[str, str], ...]:
    """``text`` as (font name, piece) runs: the Chinese face wherever it has the glyph, the emoji
    face for what only it has, a marker for what neither has. Text wholly in the Chinese face
    (nearly all) is one run, unchanged."""
    main = ensure_fonts()
    if not text or _UNCOMMON.search(text) is None:
        return ((main, text),)
    inside = _faces["main"]
    if all(inside.get(ord(ch)) for ch in text):
        return ((main, text),)
    emoji = _emoji_face()
    runs: list[list[str]] = []
    for ch in text:
        code = ord(ch)
        if inside.get(code):
            name, piece = main, ch
        elif emoji.get(code):
            name, piece = EMOJI_FONT, ch
        elif unicodedata.category(ch) in ("Cc", "Cf", "Mn", "Me"):  # a control, joiner or selector: nothing to see
            continue
        else:
            name, piece = main, SYMBOL_MARK if _symbol(ch) else MISSING_MARK
        if runs and runs[-1][0] == name:
            runs[-1][1] += piece
        else:
            runs.append([name, piece])
    return tuple((name, piece) for name, piece in runs) or ((main, ""),)


def one_face(text: str) -> str:
    """``text`` for a place that draws in the Chinese face alone (a chart's labels, drawn by
    reportlab's graphics): what only the emoji face has becomes :data:`SYMBOL_MARK`."""
    return "".join(piece if name == FONT else SYMBOL_MARK for name, piece in font_runs(text))
