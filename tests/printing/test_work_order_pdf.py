"""The printed 维修工作单 read back: every field, Chinese, letters and digits, fonts embedded."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from frontdesk.printing.work_order_pdf import render_work_order, suggested_file_name
from frontdesk.services.work_orders.rows import ChargeLine
from tests.support.orders import (  # noqa: F401 - fast is a fixture
    PHONE,
    add_rooms,
    add_technicians,
    advance,
    completion,
    engineering_id,
    fast,
    order_input,
)
from tests.support.printing import fonts, page_count, pdf_text

pytestmark = pytest.mark.usefixtures("fast")
CENTRE = "肯彤名邸物业服务中心"


def _flat(pdf: bytes) -> str:
    return pdf_text(pdf).replace("\n", "")


def test_every_field_of_a_finished_order_is_printed(services, receptionist, supervisor, clock) -> None:
    add_rooms(services)
    techs = add_technicians(services, supervisor)
    wo = services.work_orders
    o = wo.create(receptionist, order_input(appointment_at=clock.now() + timedelta(hours=5), urgency="urgent"))
    o = wo.dispatch(
        receptionist,
        o.id,
        department_id=engineering_id(services),
        technician_id=techs[0],
        expected_version=o.version,
    )
    clock.advance(hours=1)
    o = wo.start(receptionist, o.id, expected_version=o.version)
    clock.advance(hours=2)
    o = wo.complete(
        receptionist,
        o.id,
        completion(owner_comment="师傅很细心", owner_confirmation="phone"),
        expected_version=o.version,
    )
    cb = services.callbacks.for_record(receptionist, "order", o.id)[0]
    clock.advance(days=1)
    services.callbacks.record(
        receptionist,
        cb.id,
        expected_version=cb.version,
        method="phone",
        satisfaction="basic",
        comments="维修及时，但师傅没有清理现场",
    )
    data = wo.print_data(receptionist, o.id)
    assert data.phone == PHONE  # the technician must be able to call, whoever prints
    pdf = render_work_order(data, centre=CENTRE, printed_at=clock.now(), printed_by="李前台")
    assert page_count(pdf) == 1  # both copies on one A4 sheet
    text = _flat(pdf)
    expected = [
        CENTRE,
        "维修工作单",
        o.number,
        "肯彤名邸",
        "3-2-1502",
        "陈先生",
        PHONE,
        "水",
        "紧急",
        "有偿",
        "厨房水槽下水管漏水，地面有积水",
        "工程部",
        "张师傅",
        "更换下水管及密封圈，试水无渗漏",
        "PVC下水管 50mm",
        "人工费",
        "35.00",
        "50.00",
        "捌拾伍元整",
        "¥ 85.00",
        "电话确认",
        "师傅很细心",
        "维修人员签字",
        "业主签字",
        "回访方式",
        "基本满意",
        "回访意见",
        "维修及时，但师傅没有清理现场",
        "李前台",
        "第一联",
        "维修联",
        "存根联",
        "沿虚线剪开",
        "2026-11-27 09:30",  # reported (local time)
        "2026-11-27 14:30",  # appointment
        "2026-11-27 10:30",  # started
        "2026-11-27 12:30",  # completed
        "2026-11-28 12:30",  # called back, and printed
        "2026-11-27 13:30",  # due: 4 h for 紧急
    ]
    for needle in expected:
        assert needle in text, needle
    assert text.count(o.number) >= 2 and text.count("3-2-1502") >= 2  # on both copies
    used = fonts(pdf)
    assert used and all(f.embedded for f in used), used
    assert all("WenQuanYi" in f.name for f in used)
    assert suggested_file_name(data) == f"维修工作单_{o.number}.pdf"


def test_a_new_public_order_leaves_room_to_write(services, receptionist, clock) -> None:
    o = services.work_orders.create(
        receptionist,
        order_input(room="", public=True, location="5栋电梯厅", phone="", category="公共设施", paid=False),
    )
    pdf = render_work_order(
        services.work_orders.print_data(receptionist, o.id),
        centre=CENTRE,
        printed_at=clock.now(),
        printed_by="李前台",
    )
    text = _flat(pdf)
    assert "公区：5栋电梯厅" in text and "无偿" in text and "不收取费用" in text
    assert "补打" not in text
    services.work_orders.record_print(receptionist, o.id)
    again = render_work_order(
        services.work_orders.print_data(receptionist, o.id),
        centre=CENTRE,
        printed_at=clock.now(),
        printed_by="李前台",
    )
    assert "补打" in _flat(again) and "第 2 次打印" in _flat(again)


def test_many_lines_print_each_copy_on_its_own_page(services, receptionist, supervisor, clock) -> None:
    add_rooms(services)
    techs = add_technicians(services, supervisor)
    o = advance(
        services,
        receptionist,
        services.work_orders.create(receptionist, order_input()),
        "in_progress",
        techs[0],
    )
    lines = [ChargeLine(f"配件{i:02d}", "2", "个", "12.5") for i in range(20)]
    o = services.work_orders.complete(receptionist, o.id, completion(lines=lines), expected_version=o.version)
    pdf = render_work_order(
        services.work_orders.print_data(receptionist, o.id),
        centre=CENTRE,
        printed_at=clock.now(),
        printed_by="李前台",
    )
    assert page_count(pdf) == 2
    text = _flat(pdf)
    assert text.count("配件19") == 2 and "伍佰元整" in text


@pytest.mark.parametrize("confirmation", ["signed", "phone", "absent"])
def test_a_typical_finished_order_prints_both_copies_on_one_sheet(
    services, receptionist, supervisor, clock, confirmation: str
) -> None:
    """Three material lines, an owner's comment, a callback done: both copies on one A4 sheet,
    with the cut line between them, whatever the owner's confirmation."""
    add_rooms(services)
    techs = add_technicians(services, supervisor)
    o = advance(
        services,
        receptionist,
        services.work_orders.create(
            receptionist, order_input(description="厨房水槽下水管漏水，地面有积水，楼下业主反映天花板有水渍，请尽快上门查看处理")
        ),
        "in_progress",
        techs[0],
    )
    lines = [
        ChargeLine("PVC下水管 50mm", "1", "根", "35"),
        ChargeLine("密封圈及玻璃胶", "2", "个", "8.5"),
        ChargeLine("人工费", "1", "次", "50"),
    ]
    done = completion(
        work_done="更换厨房下水管及密封圈，重新打胶，试水 30 分钟无渗漏，已清理现场",
        lines=lines,
        owner_confirmation=confirmation,
        owner_comment="师傅很细心，处理及时",
    )
    o = services.work_orders.complete(receptionist, o.id, done, expected_version=o.version)
    cb = services.callbacks.for_record(receptionist, "order", o.id)[0]
    services.callbacks.record(
        receptionist, cb.id, expected_version=cb.version, method="phone", satisfaction="satisfied", comments="满意，没有再漏水"
    )
    pdf = render_work_order(
        services.work_orders.print_data(receptionist, o.id), centre=CENTRE, printed_at=clock.now(), printed_by="李前台"
    )
    assert page_count(pdf) == 1
    text = _flat(pdf)
    assert "沿虚线剪开" in text and "第一联维修联" in text.replace(" ", "") and "第二联存根联" in text.replace(" ", "")


def test_the_domain_and_printing_import_without_qt() -> None:
    code = (
        "import sys; import frontdesk.models, frontdesk.services.container;"
        "import frontdesk.printing.work_order_pdf, frontdesk.printing.layout;"
        "assert 'PySide6' not in sys.modules, 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])
