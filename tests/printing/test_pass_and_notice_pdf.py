"""The printed 放行条 and 整改通知单, read back: every field, both copies, fonts embedded, QR readable."""

from __future__ import annotations

import io
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from frontdesk.printing.rectification_notice_pdf import render_notice
from frontdesk.printing.release_pass_pdf import render_release_pass
from frontdesk.services.container import Services
from frontdesk.services.notices.rows import NoticeInput
from frontdesk.services.permissions import CurrentUser
from frontdesk.services.release_passes.rows import ItemInput, PassInput
from frontdesk.services.validation import id_check_digit
from tests.support.estate import add_room
from tests.support.printing import fonts

ID_17 = "44030619900307201"
CARRIER_ID = ID_17 + id_check_digit(ID_17)
CENTRE = "翠湖花园物业服务中心"


pytestmark = pytest.mark.usefixtures("cheap_hashing")


def text_of(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Every font used (forms included) → whether it is embedded."""
    return {f.name: f.embedded for f in fonts(pdf)}


def issue_pass(services: Services, user: CurrentUser, items: int = 4):  # type: ignore[no-untyped-def]
    add_room(services, "3-2-1502", "张伟", "13812345678")
    lines = [
        ItemInput("双人床（含床垫）", 1, "已拆开"),
        ItemInput("三人沙发", 1, "灰色布艺"),
        ItemInput("纸箱", 12, "衣物、书籍"),
        ItemInput("冰箱", 1, "海尔 双开门"),
    ]
    lines += [ItemInput(f"餐椅{n}", 2, "") for n in range(max(0, items - 4))]
    return services.release_passes.issue(
        user,
        PassInput(
            room="3-2-1502",
            carrier_name="刘建国",
            carrier_phone="13900001111",
            carrier_id_number=CARRIER_ID,
            items=lines[:items],
            reason="搬家",
            plate="粤B12345",
            confirm_method="phone",
            confirm_note="业主本人接听",
        ),
    )


def test_pass_pdf_holds_every_field_on_both_copies(services: Services, receptionist: CurrentUser) -> None:
    pp = issue_pass(services, receptionist)
    pdf = render_release_pass(pp, CENTRE)
    pages = text_of(pdf)
    assert len(pages) == 1  # two copies on one A4 sheet, cut apart
    text = pages[0]
    for expected in (
        CENTRE,
        "大件物品放行条",
        "FX20261127001",
        "3-2-1502",
        "翠湖花园",
        "张伟",
        "刘建国",
        "440306********" + CARRIER_ID[-4:],
        "搬家",
        "粤B12345",
        "2026-11-27 08:00–20:00",
        "双人床（含床垫）",
        "三人沙发",
        "纸箱",
        "12",
        "衣物、书籍",
        "海尔 双开门",
        "共 4 项，合计 15 件",
        "电话确认业主",
        "李前台",
        "业主本人接听",
        "门岗核验人",
        "携物人签字",
        "沿虚线剪开",
    ):
        assert expected in text, expected
    assert text.count("FX20261127001") == 2
    # the counterfoil has the phone in full, the gate copy masked; the ID number is never printed whole
    assert text.count("13900001111") == 1 and "139****1111" in text
    assert CARRIER_ID not in text
    labels = "".join(text.split())
    assert "第一联存根联" in labels and "第二联门岗联" in labels
    assert "副本" not in text
    fonts = fonts_of(pdf)
    assert fonts and all(fonts.values()), fonts


def test_pass_qr_decodes_to_the_signed_payload(services: Services, receptionist: CurrentUser) -> None:
    import pypdfium2 as pdfium
    import zxingcpp

    pp = issue_pass(services, receptionist)
    page = pdfium.PdfDocument(render_release_pass(pp, CENTRE))[0]
    found = zxingcpp.read_barcodes(page.render(scale=2).to_pil())
    assert [r.text for r in found] == [pp.payload]  # one QR code: on the gate copy only


def test_reprint_says_copy_with_the_same_serial(services: Services, receptionist: CurrentUser) -> None:
    pp = issue_pass(services, receptionist)
    again = services.release_passes.reprint(receptionist, pp.detail.id)
    text = text_of(render_release_pass(again, CENTRE))[0]
    assert "副本（第 1 次补打，11-27 09:30）" in text and text.count("FX20261127001") == 2
    assert "副 本" in text  # the watermark


def test_eight_item_lines_still_fit_two_copies_on_a_sheet(services: Services, receptionist: CurrentUser) -> None:
    pp = issue_pass(services, receptionist, items=8)
    pages = text_of(render_release_pass(pp, CENTRE))
    assert len(pages) == 1 and "餐椅3" in pages[0] and "共 8 项" in pages[0]


def test_notice_pdf_first_and_second(services: Services, receptionist: CurrentUser, butler: CurrentUser, clock) -> None:  # type: ignore[no-untyped-def]
    add_room(services, "3-2-1502", "张伟", "13812345678")
    ns = services.notices
    first = ns.issue(
        receptionist,
        NoticeInput(
            room="3-2-1502",
            addressee_kind="owner",
            addressee_name="张伟",
            findings="卫生间东侧墙面横向开槽，长约 1.2 米、深约 6 厘米。",
            clause_nos=["第八条", "第十条"],
            requirement="恢复墙体原状，卫生间重做防水并闭水试验。",
            deadline=date(2026, 11, 30),
        ),
    )
    first = first.__class__(**{**first.__dict__, "centre": CENTRE})
    pdf = render_notice(first)
    pages = text_of(pdf)
    assert len(pages) == 2  # 通知联 and 存根联, a page each
    for text in pages:
        flat = "".join(text.split())
        for expected in (
            CENTRE,
            "整改通知单",
            "ZG20261127001",
            "3-2-1502",
            "张伟",
            "2026年11月27日",
            "卫生间东侧墙面横向开槽",
            "《装修管理规定》第八条",
            "严禁拆改房屋承重墙",
            "第十条",
            "恢复墙体原状",
            "请于2026年11月30日前整改完毕",
            "逾期未整改",
            "签收人",
            "签收日期",
            "李前台",
            "盖章",
        ):
            assert "".join(expected.split()) in flat, expected
    assert "第一联通知联" in "".join(pages[0].split()) and "第二联存根联" in "".join(pages[1].split())
    assert all(fonts_of(pdf).values())

    clock.set(datetime(2026, 11, 30, 3, 0, tzinfo=timezone.utc))
    ns.reinspect(butler, first.detail.id, "not_rectified", "墙体未恢复。", expected_version=first.detail.version)
    second = ns.issue(
        receptionist,
        NoticeInput(
            room="3-2-1502",
            addressee_kind="owner",
            addressee_name="张伟",
            findings="墙体仍未恢复",
            clause_nos=["第八条"],
            requirement="立即恢复",
            deadline=date(2026, 12, 2),
            previous_id=first.detail.id,
        ),
    )
    text = "".join(text_of(render_notice(second))[0].split())
    assert "第二次整改通知单" in text and "ZG20261127001号整改通知单" in text
    assert "仍未整改（墙体未恢复）" in text and "ZG20261130001" in text
