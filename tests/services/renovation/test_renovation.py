"""装修登记 on the record machinery: the form's checks, the loop from application to closing, the
room's status in the registry, a violation's notice, overdue inspections, the deposit refund,
the gate's card check, the month's figures and the three printed forms."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest

from frontdesk.services.errors import ConflictError, InvalidTransition, PermissionDenied, ValidationError
from frontdesk.services.permissions import Role
from frontdesk.services.validation import id_check_digit
from tests.conftest import make_user
from tests.support.estate import add_room
from tests.support.printing import fonts, page_count, pdf_text

ID1 = "44030619900307201" + id_check_digit("44030619900307201")
ID2 = "11010519850101123" + id_check_digit("11010519850101123")


def application(services: Any, **extra: Any) -> dict[str, Any]:
    today = services.renovation.today()
    values: dict[str, Any] = {
        "room": (None, "3-2-1502"),
        "owner_name": "",
        "owner_phone": "",
        "company": "鑫达装饰工程有限公司",
        "manager": "刘建国",
        "manager_phone": "13900001111",
        "categories": ["水电改造", "墙面"],
        "description": "厨卫水电改造，客厅墙面翻新。",
        "structural": False,
        "planned_start": today,
        "planned_end": today + timedelta(days=30),
        "documents": ["业主身份证", "房产证明"],
        "deposit": "3000",
        "cleanup_fee": "300.50",
        "receipt_no": "SJ0012345",
        "workers": [
            {"name": "王师傅", "phone": "13700001111", "id_number": ID1},
            {"name": "李师傅", "phone": "", "id_number": ID2},
        ],
    }
    values.update(extra)
    return values


def room_status(services: Any, user: Any) -> str:
    return str(services.registry.resolve(user, "3-2-1502").status)


@pytest.fixture
def room(services: Any) -> int:
    return add_room(services, "3-2-1502", "张伟", "13812345678")


def test_every_bad_field_at_once(services, receptionist, room) -> None:  # type: ignore[no-untyped-def]
    svc = services.renovation
    with pytest.raises(ValidationError) as bad:
        svc.create(
            receptionist,
            application(
                services,
                company="",
                categories=["不存在"],
                deposit="12.345",
                workers=[{"name": "王师傅", "phone": "123", "id_number": ID1[:17] + ("0" if ID1[17] != "0" else "1")}],
            ),
        )
    assert bad.value.errors == {
        "company": "required",
        "categories": "not_a_choice",
        "deposit": "bad_money_places",
        "workers.0.phone": "bad_phone",
        "workers.0.id_number": "bad_id_check",
    }
    today = svc.today()
    with pytest.raises(ValidationError) as bad:
        svc.create(
            receptionist, application(services, room=(None, "9-9-9999"), planned_end=today - timedelta(days=1), receipt_no="")
        )
    assert set(bad.value.errors) == {"room", "planned_end", "receipt_no"}
    assert svc.page(receptionist, "all", "", None, 10).rows == []


def test_from_application_to_closing(services, receptionist, butler, supervisor, clock, room) -> None:  # type: ignore[no-untyped-def]
    svc = services.renovation
    row = svc.create(receptionist, application(services))
    assert row.number.startswith("ZX") and row.state == "applied" and row.workers == 2
    detail = svc.detail(receptionist, row.id)
    lines = dict(detail.lines)
    assert lines["业主（申请人）"] == "张伟  138****5678"
    assert "444" not in lines["施工人员"] and f"{row.number}-02  李师傅" in lines["施工人员"]
    assert "approve" not in row.allowed  # the receptionist cannot approve
    with pytest.raises(PermissionDenied):
        svc.act(receptionist, row.id, row.version, "approve")
    with pytest.raises(InvalidTransition):
        svc.printable(receptionist, row.id)
    row = svc.act(butler, row.id, row.version, "approve")
    row = svc.act(receptionist, row.id, row.version, "start")
    assert row.state == "working" and room_status(services, supervisor) == "装修中"

    # a violation opens a notice in the same step
    with pytest.raises(ValidationError) as bad:
        svc.act(butler, row.id, row.version, "inspect", {"day": svc.today(), "result": "违规", "findings": ""})
    assert set(bad.value.errors) == {"findings", "clause", "requirement"}
    clause = svc.choices("renovation.clauses")[0]
    violation = {
        "day": svc.today(),
        "result": "违规",
        "findings": "擅自拆除非承重墙",
        "clause": clause,
        "requirement": "恢复原状",
    }
    with pytest.raises(ConflictError):  # a stale record: refused before any notice is issued
        svc.act(butler, row.id, row.version - 1, "inspect", violation)
    assert services.notices.list_notices(butler, view="all", limit=10) == []
    row = svc.act(
        butler,
        row.id,
        row.version,
        "inspect",
        {
            "day": svc.today(),
            "result": "违规",
            "findings": "擅自拆除非承重墙",
            "clause": clause,
            "requirement": "恢复原状",
            "deadline_days": 3,
        },
    )
    notice_id = svc.last_notice(butler, row.id)
    assert notice_id is not None
    notice = services.notices.print_data(butler, notice_id).detail
    assert notice.room_code == "3-2-1502" and "鑫达装饰" in notice.addressee_name and notice.findings == "擅自拆除非承重墙"
    assert "巡查记录" in dict(svc.detail(butler, row.id).lines)

    row = svc.act(receptionist, row.id, row.version, "finish")
    row = svc.act(butler, row.id, row.version, "fail", {"items": [], "note": "卫生间闭水试验渗漏"})
    assert row.state == "working"
    row = svc.act(receptionist, row.id, row.version, "finish")
    with pytest.raises(ValidationError) as bad:
        svc.act(butler, row.id, row.version, "accept", {"items": svc.choices("renovation.acceptance_items")[1:]})
    assert bad.value.errors == {"items": "not_all_passed"}
    row = svc.act(butler, row.id, row.version, "accept", {"items": svc.choices("renovation.acceptance_items"), "note": "合格"})
    assert row.state == "accepted" and room_status(services, supervisor) == "已入住"
    with pytest.raises(ValidationError) as bad:
        svc.act(receptionist, row.id, row.version, "refund", {"deduction": "3000.01"})
    assert bad.value.errors == {"deduction": "deduction_over_deposit"}
    with pytest.raises(ValidationError) as bad:
        svc.act(receptionist, row.id, row.version, "refund", {"deduction": "200"})
    assert bad.value.errors == {"deduction_reason": "required"}
    row = svc.act(receptionist, row.id, row.version, "refund", {"deduction": "200", "deduction_reason": "损坏电梯轿厢"})
    [deposit] = svc.deposits(receptionist, row.id)
    assert (deposit.deposit, deposit.cleanup_fee, deposit.deduction, deposit.refunded) == (
        Decimal("3000.00"),
        Decimal("300.50"),
        Decimal("200.00"),
        Decimal("2800.00"),
    )
    row = svc.act(receptionist, row.id, row.version, "close")
    assert row.state == "closed" and row.allowed == frozenset()
    assert len(svc.detail(receptionist, row.id).history) == 10


def test_overdue_inspection_and_past_end_are_flagged(services, receptionist, butler, clock, room) -> None:  # type: ignore[no-untyped-def]
    svc = services.renovation
    row = svc.create(receptionist, application(services, planned_end=svc.today() + timedelta(days=10)))
    row = svc.act(butler, row.id, row.version, "approve")
    row = svc.act(receptionist, row.id, row.version, "start")
    clock.advance(days=7)
    assert {c.code: c.count for c in svc.status_counts(receptionist)} == {
        "renovation.inspection_due": 0,
        "renovation.past_end": 0,
    }
    clock.advance(days=1)
    assert [r.id for r in svc.page(receptionist, "inspection_due", "", None, 10).rows] == [row.id]
    row = svc.act(butler, row.id, row.version, "inspect", {"day": svc.today(), "result": "正常", "findings": ""})
    assert svc.page(receptionist, "inspection_due", "", None, 10).rows == []
    clock.advance(days=8)
    items = [
        (i.section, i.ref_number)
        for i in services.handover_items(receptionist, clock.now() - timedelta(hours=8), clock.now())
        if i.ref_kind == "renovation"
    ]
    assert items == [("renovation.inspection_due", row.number), ("renovation.past_end", row.number)]


def test_the_gate_checks_a_worker_card(services, receptionist, butler, supervisor, clock, room) -> None:  # type: ignore[no-untyped-def]
    svc = services.renovation
    guard = make_user(services, Role.GUARD, "gate1", "陈门岗")
    row = svc.create(receptionist, application(services, planned_end=svc.today() + timedelta(days=2)))
    card = f"{row.number}-01"
    assert svc.check_card(guard, card).outcome == "not_approved"
    row = svc.act(butler, row.id, row.version, "approve")
    ok = svc.check_card(guard, card.lower())
    assert ok.outcome == "valid" and ok.card is not None and ok.card.name == "王师傅" and "*" in ok.card.id_number
    row = svc.act(supervisor, row.id, row.version, "suspend", {"reason": "噪音扰民投诉"})
    assert (svc.check_card(guard, card).outcome, svc.check_card(guard, card).reason) == ("suspended", "噪音扰民投诉")
    row = svc.act(supervisor, row.id, row.version, "resume")
    assert row.state == "approved"
    clock.advance(days=3)
    assert svc.check_card(guard, card).outcome == "expired"
    assert svc.check_card(guard, f"{row.number}-09").outcome == "unknown"
    assert svc.check_card(guard, "乱码").outcome == "unknown"
    with pytest.raises(PermissionDenied):
        svc.create(guard, application(services))


def test_month_figures_and_the_three_forms(services, receptionist, butler, room) -> None:  # type: ignore[no-untyped-def]
    svc = services.renovation
    long = "很长的施工内容" * 140
    workers = [
        {"name": "欧阳" + "一二三四五六七八九"[i] + "明", "phone": "", "id_number": ID1 if i == 0 else ID2[:14] + f"{i:03d}"}
        for i in range(9)
    ]
    for w in workers[1:]:
        w["id_number"] += id_check_digit(w["id_number"])
    row = svc.create(
        receptionist, application(services, description=long[:1000], company="很长的施工单位名称" * 11, workers=workers)
    )
    row = svc.act(butler, row.id, row.version, "approve")
    permit = svc.printable(receptionist, row.id).render()
    text = "".join(pdf_text(permit).split())
    assert "装修许可证" in text and row.number in text and "3-2-1502" in text and "刘建国" in text
    assert all(f.embedded for f in fonts(permit))
    cards = svc.printable(receptionist, row.id, "cards").render()
    assert page_count(cards) == 2
    card_text = "".join(pdf_text(cards).split())
    assert "施工人员出入证" in card_text and f"{row.number}-09" in card_text and "欧阳九明" in card_text and ID1 not in card_text
    acceptance = svc.printable(receptionist, row.id, "acceptance").render()
    assert "装修验收单" in pdf_text(acceptance)
    today = svc.today()
    figures = dict(services.monthly_statistics(receptionist, today.year, today.month)["renovation"])
    assert figures["装修申请"] == 1 and figures["审核通过"] == 1 and figures["违规次数"] == 0
