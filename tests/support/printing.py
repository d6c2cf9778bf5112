"""Reading a PDF back in tests: its text, and whether every font in it is embedded.

Any printed form's test can use these (work orders, passes, notices, complaint forms)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import DictionaryObject


@dataclass(frozen=True)
class FontInfo:
    name: str
    subtype: str
    embedded: bool


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _fonts_in(resources: DictionaryObject | None, seen: set[int], out: dict[str, FontInfo]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    fonts = resources.get("/Font")
    if fonts is not None:
        for _key, ref in fonts.get_object().items():
            font = ref.get_object()
            name = str(font.get("/BaseFont", "?"))
            subtype = str(font.get("/Subtype", "?"))
            descriptors = [font.get("/FontDescriptor")]
            for desc_font in font.get("/DescendantFonts", []) or []:
                descriptors.append(desc_font.get_object().get("/FontDescriptor"))
            embedded = any(
                d is not None and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")) for d in descriptors
            )
            out[name] = FontInfo(name, subtype, embedded)
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for _key, ref in xobjects.get_object().items():
            xo = ref.get_object()
            if id(xo) in seen or xo.get("/Subtype") != "/Form":
                continue
            seen.add(id(xo))
            _fonts_in(xo.get("/Resources"), seen, out)


def fonts(pdf: bytes) -> list[FontInfo]:
    """Every font used on any page or in any form XObject."""
    reader = PdfReader(io.BytesIO(pdf))
    out: dict[str, FontInfo] = {}
    for page in reader.pages:
        _fonts_in(page.get("/Resources"), set(), out)
    return sorted(out.values(), key=lambda f: f.name)


def printed_pdf(qtbot, tab) -> bytes:  # type: ignore[no-untyped-def]
    """The PDF a tab's print preview shows (rendered off the GUI thread); closes the preview."""
    dlg = tab.preview
    qtbot.waitUntil(lambda: dlg.ready, timeout=15000)
    pdf = dlg.pdf_bytes
    dlg.close()
    assert pdf is not None
    return pdf


def qr_codes(pdf: bytes, scale: float = 2) -> list[str]:
    """The text of every QR code on every page, read off the rendered pages by a real QR reader."""
    import pypdfium2 as pdfium
    import zxingcpp

    doc = pdfium.PdfDocument(pdf)
    return [r.text for page in doc for r in zxingcpp.read_barcodes(page.render(scale=scale).to_pil())]
