"""The printed 交接班记录: every field read back from the PDF, the font embedded, long handovers
flowing over pages, and no Qt needed to print."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from frontdesk.printing.handover_pdf import render_handover, suggested_file_name
from frontdesk.services.clock import LOCAL_TZ, FixedClock
from frontdesk.services.container import Services
from frontdesk.services.contracts import HandoverItem
from frontdesk.services.handover.rows import HandoverNotes, MessageInput
from frontdesk.services.permissions import CurrentUser, Role
from tests.conftest import make_user
from tests.support.handover import FakeSource
from tests.support.printing import fonts, page_count, pdf_text

pytestmark = pytest.mark.usefixtures("cheap_hashing")
COUNTER = "前台一号机"
DUE = datetime(2026, 11, 27, 3, tzinfo=timezone.utc)  # 11:00 local


def _flat(pdf: bytes) -> str:
    return "".join(pdf_text(pdf).split())


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(
        [
            HandoverItem("order.urgent", "order", 7, "WX20261127007", "6-1-201 厨房水管爆裂", "in_progress", DUE),
            HandoverItem("order.open", "order", 3, "WX20261126012", "3-2-1502 卫生间地漏反水", "dispatched", DUE, True),
            HandoverItem("call.followup", "call", 11, "#11", "1-3-802 咨询装修押金退还", "follow_up", DUE),
            HandoverItem("pass.issued", "pass", 4, "FX20261127004", "3-2-1502 沙发×1、纸箱×6", "issued", DUE),
            HandoverItem(
                "call.shift_counts", "call", 0, "", "", extra={"channel.phone": "23", "channel.visit": "9", "total": "32"}
            ),
        ]
    )


@pytest.fixture
def sv(services: Services, clock: FixedClock, source: FakeSource) -> Services:
    clock.set(datetime(2026, 11, 27, 15, 50, tzinfo=LOCAL_TZ).astimezone(timezone.utc))
    services.handover_sources.clear()  # only the fake: the real features are in the e2e test
    services.handover_sources.append(source)
    return services


def _acknowledged(sv: Services, writer: CurrentUser):  # type: ignore[no-untyped-def]
    make_user(sv, Role.RECEPTIONIST, "zhang", "张婷")
    d = sv.handover.open_draft(writer, COUNTER)
    key = next(i.key for i in d.items if i.ref_number == "WX20261126012")
    notes = HandoverNotes(
        keys_lent="3-2-1502 入户门钥匙借给工程部刘建国 14:20",
        cash="350.50",
        receipts="物业费收据 3 张（No.0012–0014）",
        watch_notes="6 栋电梯维保，明早 9:00 前停梯；粤B12345 临时停车至 20:00",
        messages=[MessageInput("张婷", "3-2-1502 业主 17:00 来取钥匙")],
        remarks={key: "已电话催工程部"},
    )
    s = sv.handover.submit(writer, d.id, notes, expected_version=d.version)
    return sv.handover.acknowledge(
        None, s.id, username="zhang", password="secret-zhang", note="现金已点清", expected_version=s.version
    )


def test_every_field_is_printed_with_the_font_embedded(sv: Services, receptionist: CurrentUser, clock: FixedClock) -> None:
    d = _acknowledged(sv, receptionist)
    pdf = render_handover(d, centre="肯彤名邸物业服务中心", printed_at=clock.now(), printed_by="张婷")
    text = _flat(pdf)
    expected = [
        "肯彤名邸物业服务中心",
        "交接班记录",
        d.number,
        "2026-11-27早班08:00–16:00",
        COUNTER,
        "交班人",
        "李前台",
        "接班人",
        "张婷",
        "交接时间",
        "2026-11-2715:50",
        "来电来访：来电23·来访9·合计32",
        # the open items, worded
        "本班紧急工单",
        "WX20261127007",
        "6-1-201厨房水管爆裂",
        "处理中",
        "未关闭工单",
        "WX20261126012",
        "3-2-1502卫生间地漏反水",
        "已派单",
        "11-2711:00（已逾期）",
        "已电话催工程部",
        "待跟进来电来访",
        "#11",
        "待跟进",
        "本班开具放行条",
        "FX20261127004",
        "已开具",
        # the notes
        "借出钥匙",
        "3-2-1502入户门钥匙借给工程部刘建国14:20",
        "¥350.50（叁佰伍拾元伍角）",
        "物业费收据3张（No.0012–0014）",
        "粤B12345临时停车至20:00",
        "致张婷：3-2-1502业主17:00来取钥匙",
        "接班意见",
        "现金已点清",
        "交班人签字",
        "接班人签字",
        d.ack_digest[:12],
    ]
    missing = [e for e in expected if e.replace(" ", "") not in text]
    assert missing == []
    assert "共4项" in text  # the tally is not an item
    used = fonts(pdf)
    assert used and all(f.embedded for f in used), used
    assert page_count(pdf) == 1
    assert suggested_file_name(d) == f"交接班记录_{d.number}.pdf"


def test_an_unacknowledged_sheet_says_so(sv: Services, receptionist: CurrentUser, clock: FixedClock) -> None:
    d = sv.handover.open_draft(receptionist, COUNTER)
    s = sv.handover.submit(receptionist, d.id, HandoverNotes(), expected_version=d.version)
    text = _flat(render_handover(s, centre="物业服务中心", printed_at=clock.now(), printed_by="李前台"))
    assert "待接班" in text and "尚未确认接班" in text


def test_a_correction_names_what_it_corrects(sv: Services, receptionist: CurrentUser, clock: FixedClock) -> None:
    d = _acknowledged(sv, receptionist)
    c = sv.handover.correct(receptionist, d.id, "现金少写 50 元")
    c = sv.handover.submit(receptionist, c.id, HandoverNotes(cash="400.50"), expected_version=c.version)
    text = _flat(render_handover(c, centre="物业服务中心", printed_at=clock.now(), printed_by="李前台"))
    assert f"本记录更正{d.number}。原因：现金少写50元" in text and "更正" in text


def test_a_long_handover_flows_over_pages(sv: Services, source: FakeSource, receptionist: CurrentUser, clock: FixedClock) -> None:
    source.items = [
        HandoverItem("order.open", "order", n, f"WX20261127{n:03d}", f"第 {n} 号楼 公区照明维修", "new", DUE + timedelta(hours=n))
        for n in range(1, 61)
    ]
    d = sv.handover.open_draft(receptionist, COUNTER)
    s = sv.handover.submit(receptionist, d.id, HandoverNotes(watch_notes="注意"), expected_version=d.version)
    pdf = render_handover(s, centre="物业服务中心", printed_at=clock.now(), printed_by="李前台")
    assert page_count(pdf) >= 2
    text = _flat(pdf)
    assert "交接班记录（续）" in text and "WX20261127060" in text and "交班人签字" in text


def test_printing_needs_no_qt() -> None:
    code = (
        "import sys; import frontdesk.printing.handover_pdf, frontdesk.printing.handover_words;"
        "assert 'PySide6' not in sys.modules, 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])
