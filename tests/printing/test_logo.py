"""The centre's logo: taken as PNG or JPG, scaled, kept in the settings, printed at the top of
every page of every form; no logo, the name alone as before."""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image
from pypdf import PdfReader

from frontdesk.printing.layout import Cell, Column, Copy, Grid, Header, Table, render_copies
from frontdesk.printing.letterhead import current_logo, use_logo
from frontdesk.services.container import Services
from frontdesk.services.errors import PermissionDenied, ValidationError
from frontdesk.services.permissions import CurrentUser
from frontdesk.services.settings import LOGO_BOX

pytestmark = pytest.mark.usefixtures("cheap_hashing")


def picture(fmt: str, size: tuple[int, int] = (1200, 800)) -> bytes:
    img = Image.new("RGB", size, (200, 30, 30))
    for x in range(0, size[0], 40):
        for y in range(size[1]):
            img.putpixel((x, y), (255, 255, 255))
    out = io.BytesIO()
    img.save(out, format=fmt)
    return out.getvalue()


def images_per_page(pdf: bytes) -> list[int]:
    counts = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        n = 0
        stack = [page.get("/Resources")]
        while stack:
            res = stack.pop()
            if res is None:
                continue
            for ref in (res.get_object().get("/XObject") or {}).values():
                xo = ref.get_object()
                if xo.get("/Subtype") == "/Image":
                    n += 1
                elif xo.get("/Subtype") == "/Form":
                    stack.append(xo.get("/Resources"))
        counts.append(n)
    return counts


def two_page_form() -> bytes:
    rows = [[str(i), "厨房水槽下水管漏水，地面有积水" * 3] for i in range(60)]
    blocks = [
        Header("肯彤名邸物业服务中心", "测试清单", serial="CS1"),
        Grid([[Cell("房号", "3-2-1502")]]),
        Table([Column("序号", 0.5), Column("内容", 5)], rows),
    ]
    return render_copies([Copy("存档", blocks)], title="测试清单", two_per_page=False)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_a_logo_is_scaled_and_kept(services: Services, supervisor: CurrentUser, fmt: str) -> None:
    settings = services.settings
    assert settings.centre_logo() is None
    assert settings.set_centre_logo(supervisor, picture(fmt)) is True
    kept = settings.centre_logo()
    assert kept is not None and kept.startswith(b"\x89PNG")
    with Image.open(io.BytesIO(kept)) as img:
        assert img.size == (300, LOGO_BOX[1])  # 1200 × 800 into 600 × 200, proportions kept
    assert len(base64.b64decode(settings.get("centre.logo"))) == len(kept)
    entry = services.audit.recent(supervisor, 1)[0]
    assert entry.action == "update" and "iVBOR" not in str(entry.__dict__)  # the picture is not in the trail
    assert settings.set_centre_logo(supervisor, None) is False and settings.centre_logo() is None


def test_a_small_logo_is_not_enlarged(services: Services, supervisor: CurrentUser) -> None:
    services.settings.set_centre_logo(supervisor, picture("PNG", (120, 40)))
    with Image.open(io.BytesIO(services.settings.centre_logo() or b"")) as img:
        assert img.size == (120, 40)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"GIF89a....", "bad_image"),
        (b"\x89PNG\r\n\x1a\nbroken", "bad_image"),
        (b"\xff\xd8\xff" + b"0" * (9 * 1024 * 1024), "image_too_large"),
    ],
)
def test_anything_else_is_refused_beside_the_field(services: Services, supervisor: CurrentUser, data: bytes, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        services.settings.set_centre_logo(supervisor, data)
    assert info.value.errors == {"centre_logo": code}
    assert services.settings.centre_logo() is None


def test_only_who_manages_settings_sets_the_logo(services: Services, receptionist: CurrentUser) -> None:
    with pytest.raises(PermissionDenied):
        services.settings.set_centre_logo(receptionist, picture("PNG"))


def test_every_page_carries_the_logo_and_none_without_one(services: Services, supervisor: CurrentUser) -> None:
    services.settings.set_centre_logo(supervisor, picture("PNG"))
    try:
        use_logo(services.settings.centre_logo())
        assert current_logo() is not None
        with_logo = two_page_form()
        assert images_per_page(with_logo) == [1, 1]
    finally:
        use_logo(None)
    assert images_per_page(two_page_form()) == [0, 0]
