"""交付批次 and 交房 through the services: the developer's list imported with its rejects,
appointments into half-day slots with a capacity, one room's checklist with meters, keys and
defects that become repair orders, 已交房 in the registry, deferral, move-in, the vacant list,
the printed forms and the figures."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from frontdesk.services.errors import ServiceError, ValidationError
from tests.support.deliveries import BAD_LINE, PROJECT, buyer, developer_list, make_rooms


@pytest.fixture
def batch(services, supervisor, receptionist, tmp_path):  # type: ignore[no-untyped-def]
    make_rooms(services, supervisor, tmp_path)
    svc = services.deliveries
    row = svc.create(receptionist, {"name": "一期 8 栋集中交付", "starts_on": svc.today(), "notes": ""})
    preview = svc.preview_buyers(receptionist, row.id, developer_list(tmp_path))
    return svc.commit_buyers(receptionist, preview, row.version)


def _book(services, user, code, days=1, slot="上午"):  # type: ignore[no-untyped-def]
    svc = services.handovers_in
    values = {"room": (None, code), "appt_date": svc.today() + timedelta(days=days), "slot": slot, "channel": "来电预约"}
    return svc.create(user, values)


def test_the_developers_list_is_previewed_with_its_rejects(services, supervisor, receptionist, tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_rooms(services, supervisor, tmp_path)
    svc = services.deliveries
    row = svc.create(receptionist, {"name": "一期", "starts_on": svc.today(), "notes": ""})
    preview = svc.preview_buyers(receptionist, row.id, developer_list(tmp_path))
    assert len(preview.rows) == 50
    [bad] = preview.rejected
    assert bad.line == BAD_LINE and [(p.field, p.code) for p in bad.problems] == [("id_number", "bad_id_check")]
    row = svc.commit_buyers(receptionist, preview, row.version)
    assert row.rooms == 50
    again = svc.preview_buyers(receptionist, row.id, developer_list(tmp_path))
    assert not again.rows and all(
        p.code == "delivery_room_in_batch" for r in again.rejected for p in r.problems if p.field == "room"
    )


def test_slots_have_a_capacity_and_tomorrow_is_listed(services, receptionist, batch) -> None:  # type: ignore[no-untyped-def]
    svc = services.handovers_in
    first = _book(services, receptionist, "8-1-101")
    assert first.number.startswith("FW") and first.buyer_name == buyer(1)[0] and first.state == "booked"
    assert first.phone != buyer(1)[1]  # a receptionist sees the phone masked …
    assert svc.reveal_phone(receptionist, first.id) == buyer(1)[1]  # … and reveals it to ring, audited
    with pytest.raises(ValidationError) as twice:
        _book(services, receptionist, "8-1-101", days=2)
    assert twice.value.errors == {"room": "handover_exists"}
    with pytest.raises(ValidationError) as unknown:
        _book(services, receptionist, "3-2-1502")
    assert unknown.value.errors["room"] in {"handover_not_in_batch", "room_unknown", "room_ambiguous"}
    for i in range(2, 7):
        _book(services, receptionist, f"8-1-{i}01")
    with pytest.raises(ValidationError) as full:
        _book(services, receptionist, "8-1-701")
    assert full.value.errors == {"slot": "handover_slot_full"}
    assert _book(services, receptionist, "8-1-701", slot="下午").slot == "下午"
    tomorrow = svc.page(receptionist, "tomorrow", "", None, 50).rows
    assert len(tomorrow) == 7
    assert any(c.code == "handover_in.tomorrow" and c.count == 7 for c in svc.status_counts(receptionist))


def _run_checklist(services, user, row, defects=2):  # type: ignore[no-untyped-def]
    svc = services.handovers_in
    row = svc.act(user, row.id, row.version, "start")
    papers = {
        "papers": ["身份证件已核验", "购房合同已核验"],
        "fees": [{"item": "物业服务费", "receipt": "SJ0001", "amount": "1280.50"}],
        "documents": ["业主公约", "物业服务协议", "装修管理规定"],
    }
    row = svc.act(user, row.id, row.version, "papers", papers)
    people = svc.action_values(user, row.id, "people")
    assert people["occupants"][0]["relation"] == "本人"
    people["occupants"].append({"name": "王芳", "relation": "配偶", "phone": "13700001111", "id_number": ""})
    people.update(consent=True, water="12.5", electricity="0.80", gas="")
    row = svc.act(user, row.id, row.version, "people", people)
    keys = [
        {"kind": "入户门钥匙", "handed": "3", "held": "1", "numbers": ""},
        {"kind": "门禁卡", "handed": "2", "held": "0", "numbers": "A1001,A1002"},
    ]
    row = svc.act(user, row.id, row.version, "keys", {"keys": keys})
    rows = [
        {"part": "卫生间", "category": "管道疏通", "description": "地漏排水慢"},
        {"part": "主卧", "category": "门窗", "description": "窗户密封条脱落"},
    ][:defects]
    return svc.act(user, row.id, row.version, "inspect", {"defects": rows})


def test_one_rooms_handover_end_to_end(services, receptionist, supervisor, batch) -> None:  # type: ignore[no-untyped-def]
    svc = services.handovers_in
    row = _run_checklist(services, receptionist, _book(services, receptionist, "8-1-101", days=0))
    with pytest.raises(ServiceError) as early:
        svc.act(receptionist, row.id, row.version, "complete")
    assert early.value.code == "handover_defects_not_ordered"
    row = svc.act(receptionist, row.id, row.version, "to_orders")
    assert (row.defects, row.orders) == (2, 2)
    detail = svc.detail(receptionist, row.id)
    numbers = [v.split("工单 ")[1] for k, v in detail.lines if k == "验房缺陷"]
    assert len(numbers) == 2 and all(n.startswith("WX") for n in numbers)
    assert (
        services.work_orders.source_title(supervisor, "handover_in", row.id) == f"交房验房 {row.number}（8-1-101 {buyer(1)[0]}）"
    )
    with pytest.raises(ServiceError):
        svc.act(receptionist, row.id, row.version, "complete")  # not re-inspected yet
    row = svc.act(receptionist, row.id, row.version, "reinspect", {"result": "已整改", "note": "复验合格"})
    row = svc.act(receptionist, row.id, row.version, "complete")
    assert row.state == "handed" and row.keys_held == "入户门钥匙×1"
    room = services.registry.resolve(supervisor, "8-1-101")
    assert room.status == "已交房"
    people = {o.name for o in services.registry.room(supervisor, room.id).occupants}
    assert {buyer(1)[0], "王芳"} <= people
    assert [r.id for r in svc.page(receptionist, "vacant", "", None, 50).rows] == [row.id]

    pdf = PdfReader(io.BytesIO(svc.printable(receptionist, row.id).render()))
    text = "".join(p.extract_text() for p in pdf.pages)
    assert "交房验收单" in text and "第二联" in text and numbers[0] in text and "SJ0001" in text and "12.50" in text
    keys_pdf = PdfReader(io.BytesIO(svc.print_form(receptionist, row.id, "keys").render()))
    assert "A1001" in keys_pdf.pages[0].extract_text()

    row = svc.act(receptionist, row.id, row.version, "check", {"checked_on": svc.today(), "result": "正常", "note": ""})
    assert row.last_check.endswith("正常")
    move_in = {
        "moved_in_on": svc.today(),
        "occupants": [{"name": buyer(1)[0], "relation": "本人", "phone": "", "id_number": "", "plates": "粤B12345"}],
        "cards": "A1001",
        "consent": True,
    }
    row = svc.act(receptionist, row.id, row.version, "move_in", move_in)
    assert row.state == "moved_in" and "move_in" in row.prints
    assert services.registry.resolve(supervisor, "8-1-101").status == "已入住"
    owner = next(o for o in services.registry.room(supervisor, room.id).occupants if o.name == buyer(1)[0])
    assert "粤B12345" in (owner.plates or "")
    assert svc.page(receptionist, "vacant", "", None, 50).rows == []
    form = PdfReader(io.BytesIO(svc.print_form(receptionist, row.id, "move_in").render()))
    assert "粤B12345" in form.pages[0].extract_text()


def test_vacant_rooms_fall_due_for_their_periodic_check(services, receptionist, batch, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.handovers_in
    row = _run_checklist(services, receptionist, _book(services, receptionist, "8-1-101", days=0), defects=0)
    row = svc.act(receptionist, row.id, row.version, "complete")
    assert svc.page(receptionist, "check_due", "", None, 10).rows == []
    clock.advance(days=31)
    assert [r.id for r in svc.page(receptionist, "check_due", "", None, 10).rows] == [row.id]
    assert any(c.code == "handover_in.check_due" and c.count == 1 for c in svc.status_counts(receptionist))
    row = svc.act(receptionist, row.id, row.version, "check", {"checked_on": svc.today(), "result": "异常", "note": "阳台窗未关"})
    assert row.last_check == f"{svc.today()} 异常"
    assert svc.page(receptionist, "check_due", "", None, 10).rows == []


def test_deferred_and_the_figures(services, receptionist, supervisor, batch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svc = services.handovers_in
    row = _book(services, receptionist, "8-2-101", days=0)
    with pytest.raises(ValidationError):
        svc.act(receptionist, row.id, row.version, "defer", {"reason": "", "note": ""})
    row = svc.act(receptionist, row.id, row.version, "defer", {"reason": "费用未缴清", "note": "物业费未缴"})
    assert row.state == "deferred"
    assert services.registry.resolve(supervisor, "8-2-101").status == "未交付"
    assert svc.page(receptionist, "vacant", "", None, 50).rows == []
    handed = _run_checklist(services, receptionist, _book(services, receptionist, "8-2-201", days=0), defects=0)
    svc.act(receptionist, handed.id, handed.version, "complete")
    now = svc.now()
    figures = dict(svc.month_counts(receptionist, now.year, now.month))
    assert figures["交付户数"] == 50 and figures["预约"] == 2 and figures["已交房"] == 1 and figures["暂缓"] == 1
    assert services.deliveries.row(receptionist, batch.id).handed == 1
    waiting = dict(services.deliveries.detail(receptionist, batch.id).lines)["未预约"]
    assert waiting.startswith("48 户：8-1-101、") and "8-2-101" not in waiting
    path = tmp_path / "stats.xlsx"
    svc.export_statistics(receptionist, path, now.year, now.month)
    cells = [c for r in load_workbook(path).active.iter_rows(values_only=True) for c in r if c is not None]
    assert "交房入住统计表" in "".join(str(c) for c in cells) and PROJECT not in cells
