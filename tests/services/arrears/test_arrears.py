"""欠费催缴: the finance list imported (bad lines rejected with their reasons), the round by
building with each call's outcome and reason, the printed notice, and the statistics — paid
after contact when a later import no longer lists the room."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from frontdesk.services.errors import ValidationError
from frontdesk.services.permissions import CurrentUser
from tests.support.orders import add_rooms, fast
from tests.support.printing import pdf_text

pytestmark = pytest.mark.usefixtures("fast")
__all__ = ["fast", "arrears_list"]

HEADER = ["房号", "业主姓名", "联系电话", "收费项目", "所属期间", "欠费金额"]
GOOD = [
    ["3-2-1502", "陈建国", "13912345600", "物业费", "2026年1-6月", "1,260.00"],
    ["3-2-1502", "陈建国", "13912345600", "垃圾清运费", "2026年", "120"],
    ["3-2-1503", "李秀英", "13912345601", "物业费", "2026年1-6月", "980.5"],
    ["5-1-201", "王芳", "", "物业费", "2026年4-6月", "630"],
]
BAD = [
    ["9-9-999", "某某", "", "物业费", "2026年", "100"],
    ["3-2-1503", "李秀英", "", "车位费", "2026年", "abc"],
    ["5-1-201", "王芳", "", "物业费", "", "630"],
    ["3-2-1502", "陈建国", "", "物业费", "2026年1-6月", "1260"],
]


def arrears_list(path: Path, rows: list[list[str]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["肯彤名邸 欠费明细表"])
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_import_round_notice_and_statistics(
    services, receptionist: CurrentUser, supervisor: CurrentUser, clock, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    add_rooms(services)
    svc = services.arrears
    preview = svc.preview_import(receptionist, arrears_list(tmp_path / "a.xlsx", GOOD + BAD))
    assert preview.rooms == 3 and preview.total == Decimal("2990.50")
    assert [(r.line, [(p.field, p.code) for p in r.problems]) for r in preview.rejected] == [
        (7, [("room", "room_unknown")]),
        (8, [("amount", "bad_number")]),
        (9, [("period", "required")]),
        (10, [("item", "arrears_duplicate")]),
    ]
    result = svc.commit_import(receptionist, preview)
    assert (result.created, result.updated, result.settled, result.rejected) == (3, 0, 0, 4)
    rows = {r.room: r for r in svc.page(receptionist, "open", "", None, 50).rows}
    assert rows["3-2-1502"].total == Decimal("1380.00") and rows["3-2-1502"].debts == "物业费、垃圾清运费"
    assert rows["3-2-1502"].phone != "13912345600"  # masked for the receptionist
    assert svc.reveal_phone(receptionist, rows["3-2-1502"].id) == "13912345600"
    assert svc.buildings(receptionist) == ["3", "5"]
    assert {r.room for r in svc.page(receptionist, "open|building:3", "", None, 50).rows} == {"3-2-1502", "3-2-1503"}

    # the round: three calls
    a, b, c = rows["3-2-1502"], rows["3-2-1503"], rows["5-1-201"]
    with pytest.raises(ValidationError) as past:
        svc.act(
            receptionist,
            a.id,
            a.version,
            "call",
            {"reached": True, "reason": "经济困难", "promised": True, "promised_on": svc.today() - timedelta(days=1)},
        )
    assert past.value.errors == {"promised_on": "promise_past"}
    a = svc.act(
        receptionist,
        a.id,
        a.version,
        "call",
        {"reached": True, "reason": "经济困难", "promised": True, "promised_on": svc.today() + timedelta(days=5)},
    )
    b = svc.act(receptionist, b.id, b.version, "call", {"reached": True, "reason": "对服务不满", "note": "电梯长期故障"})
    c = svc.act(receptionist, c.id, c.version, "call", {"reached": False})
    assert (a.state, b.state, c.state) == ("promised", "contacted", "open")
    assert a.reason == "经济困难" and b.reason == "对服务不满" and c.calls == 1

    # the notice
    text = "".join(pdf_text(svc.printable(receptionist, a.id).render()).split())
    for expected in ("催缴通知单", "3-2-1502", "陈建国", "壹仟叁佰捌拾元整", "1,380.00", "盖章", "回执"):
        assert expected in text, expected
    assert svc.notices(receptionist, [a.id, b.id]).render().count(b"/Type /Page") >= 2
    assert ("通知单", "已打印 2 次") in svc.detail(receptionist, a.id).lines

    # a later list without 3-2-1502: settled after contact; 5-1-201 settled too, but never reached
    later = svc.preview_import(receptionist, arrears_list(tmp_path / "b.xlsx", [GOOD[2]]))
    clock.advance(days=3)
    result = svc.commit_import(receptionist, later)
    assert (result.created, result.updated, result.settled) == (0, 1, 2)
    st = svc.statistics(supervisor)
    assert (st.rooms, st.amount, st.contacted, st.promised, st.settled) == (1, Decimal("980.50"), 2, 1, 2)
    assert (st.settled_after_contact, st.settled_after_contact_amount) == (1, Decimal("1380.00"))
    assert dict(st.reasons) == {"对服务不满": 1, "经济困难": 1, "房屋空置": 0, "有争议": 0, "其他": 0}
    month = dict(svc.month_counts(supervisor, 2026, 11))
    assert month["欠费原因：经济困难"] == 1 and month["欠费原因：对服务不满"] == 1
    # a debt the list does not hold, added by hand and settled by hand with its receipt
    manual = svc.create(
        receptionist,
        {
            "room": (None, "3-2-1503"),
            "owner": "李秀英",
            "phone": "",
            "debts": [{"item": "有偿维修", "period": "2026年11月", "amount": "85"}],
        },
    )
    assert manual.state == "open" and manual.total == Decimal("85.00")
    again = svc.commit_import(receptionist, later)  # the list does not touch a case added by hand
    assert (again.created, again.updated, again.settled) == (0, 1, 0)
    paid = svc.act(receptionist, manual.id, manual.version, "settle", {"receipt": "SJ20261130001", "settled_note": ""})
    assert paid.state == "settled"
    assert any("收据 SJ20261130001" in v for _k, v in svc.detail(receptionist, manual.id).lines)
    svc.export_statistics(supervisor, tmp_path / "st.xlsx")
    assert (tmp_path / "st.xlsx").stat().st_size > 0
