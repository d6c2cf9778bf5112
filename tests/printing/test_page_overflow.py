"""Every form at its worst case (tests/printing/worst_cases.py) read back page by page as a
reader of the paper would: poppler's ``pdftotext`` gives the text *visible* on each page (text
drawn past the edge is not on paper, though pypdf would still find it in the content stream).

For every form: no text lies past a page's edge; every value is on paper (whole, or in pieces on
consecutive pages when a row or box splits); every page carries the centre, the title, the serial,
a copy label and 第 N 页 共 M 页."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from frontdesk.services.clock import FixedClock
from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser
from tests.printing.worst_cases import WORST_CASES, Builder, Printed, Users

pytestmark = [
    pytest.mark.usefixtures("cheap_hashing"),
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed"),
]


@dataclass
class Page:
    width: float
    height: float
    text: str  # visible text in drawing order, whitespace removed
    words: list[tuple[float, float, float, float, str]]


def _flat(text: str) -> str:
    return "".join(text.split())


def visible_pages(pdf: bytes, tmp: Path) -> list[Page]:
    path = tmp / "form.pdf"
    path.write_bytes(pdf)
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    texts = raw.stdout.decode("utf-8").split("\f")
    boxes = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", boxes.stdout.decode("utf-8"))
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    root = ET.fromstring(xml)
    pages = []
    for i, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page")):
        words = [
            (float(w.get("xMin", 0)), float(w.get("yMin", 0)), float(w.get("xMax", 0)), float(w.get("yMax", 0)), w.text or "")
            for w in page.findall("h:word", ns)
        ]
        pages.append(Page(float(page.get("width", 0)), float(page.get("height", 0)), _flat(texts[i]), words))
    return pages


def stream_chars(pdf: bytes) -> Counter[str]:
    """Every character drawn, on the page or not (pypdf reads the content streams)."""
    reader = PdfReader(io.BytesIO(pdf))
    return Counter(_flat("".join(page.extract_text() or "" for page in reader.pages)))


def found_in_order(value: str, pages: list[Page]) -> bool:
    """``value`` is on paper: whole on one page, or its successive pieces on successive pages
    (a row or box split at a page's foot goes on at the next page's head)."""
    rest = _flat(value)
    for start in range(len(pages)):
        left, k = rest, start
        while left and k < len(pages):
            text = pages[k].text
            lo, hi = 0, len(left)  # the longest head of ``left`` on this page
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if left[:mid] in text:
                    lo = mid
                else:
                    hi = mid - 1
            if lo == 0:
                break
            left = left[lo:]
            k += 1
        if not left:
            return True
    return False


@pytest.fixture
def users(services: Services, supervisor: CurrentUser, receptionist: CurrentUser, butler: CurrentUser) -> Users:
    return Users(supervisor, receptionist, butler)


@pytest.mark.parametrize("build", [b for _, b in WORST_CASES], ids=[n for n, _ in WORST_CASES])
def test_worst_case_lies_on_paper_whole_and_headed(
    build: Builder, services: Services, users: Users, clock: FixedClock, tmp_path: Path
) -> None:
    printed: Printed = build(services, users, clock)
    if os.environ.get("FRONTDESK_PRINT_DUMP"):  # to look at the worst cases: pdftoppm -png -r 60
        Path(os.environ["FRONTDESK_PRINT_DUMP"], f"{build.__name__}.pdf").write_bytes(printed.pdf)
    pages = visible_pages(printed.pdf, tmp_path)
    assert pages
    # nothing past an edge: every visible word inside its page, and no character drawn but unseen
    for n, page in enumerate(pages, start=1):
        outside = [w for w in page.words if w[0] < 0 or w[1] < 0 or w[2] > page.width + 0.5 or w[3] > page.height + 0.5]
        assert outside == [], f"page {n}: {outside[:3]}"
    seen = Counter("".join(p.text for p in pages))
    drawn = stream_chars(printed.pdf)
    unseen = drawn - seen
    assert not unseen, f"drawn off the page: {''.join(sorted(unseen.elements()))[:80]}"
    # every value is on paper
    missing = [v[:30] for v in printed.values if not found_in_order(v, pages)]
    assert missing == []
    # every page headed and footed
    copies: Counter[str] = Counter()
    for n, page in enumerate(pages, start=1):
        for head in printed.heads:
            assert _flat(head) in page.text, f"page {n} lacks {head}"
        m = re.search(r"第(\d+)页共(\d+)页", page.text)
        assert m is not None, f"page {n} has no 第 N 页 共 M 页"
        if printed.labels:
            label = next((lb for lb in printed.labels if _flat(lb) in page.text), None)
            assert label is not None, f"page {n} carries no copy label"
            copies[label] += 1
            assert int(m.group(1)) <= int(m.group(2))
    if printed.labels:
        assert set(copies) == set(printed.labels)
