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
deflated every time, as before."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from frontdesk.paths import FONT_FILE

FONT = "FrontDeskSans"  # WenQuanYi Micro Hei: Chinese, Latin letters and digits in one face
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


def ensure_fonts() -> str:
    """Register the font with reportlab (thread-safe, once); returns its name for setFont()."""
    global _registered
    if _registered:
        return FONT
    with _lock:
        if not _registered:
            from reportlab.pdfbase import pdfdoc, pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            if not isinstance(pdfdoc.zlib, _DeflateCache):
                pdfdoc.zlib = _DeflateCache(pdfdoc.zlib)
            font = TTFont(FONT, str(FONT_FILE))
            _memoise_subsets(font.face, pdfdoc.zlib)
            pdfmetrics.registerFont(font)
            _registered = True
    return FONT
