"""A room's history (业户档案): every kind's records of one room, newest first, gathered from each
registered feature's ``room_records`` (services/core/history.py); a role sees only what it may."""

from __future__ import annotations

from datetime import timedelta

from frontdesk.services.call_log.rows import CallInput
from frontdesk.services.container import Services
from frontdesk.services.core.history import one_line
from frontdesk.services.notices.rows import NoticeInput
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.services.release_passes.rows import ItemInput, PassInput
from tests.conftest import make_user
from tests.support.complaints import intake
from tests.support.orders import order_input

ROOM = "3-2-1502"


def _pass(item: str) -> PassInput:
    items = [ItemInput(name=item, quantity=1)]
    return PassInput(room=ROOM, owner_name="张伟", carrier_is_owner=True, items=items, reason="其他", reason_note="换新")


def test_the_rooms_calls_orders_complaints_passes_and_notices_newest_first(
    services: Services,
    receptionist: CurrentUser,
    estate,
    clock,  # type: ignore[no-untyped-def]
) -> None:
    sv = services
    sv.call_log.create(receptionist, CallInput(room=ROOM, person="张伟", content="卫生间顶上漏水", kind="repair"))
    clock.advance(minutes=5)
    order = sv.work_orders.create(receptionist, order_input(room=ROOM, description="卫生间顶上漏水，楼上排查"))
    clock.advance(minutes=5)
    complaint = sv.complaints.create(receptionist, intake(room=ROOM))
    clock.advance(minutes=5)
    issued = sv.release_passes.issue(
        receptionist,
        _pass("旧沙发"),
    )
    clock.advance(minutes=5)
    due = sv.clock.local_now().date() + timedelta(days=3)
    notice = sv.notices.issue(
        receptionist,
        NoticeInput(
            room=ROOM, addressee_name="张伟", findings="卫生间墙面开槽", clause_nos=["第八条"], requirement="恢复", deadline=due
        ),
    )
    sv.call_log.create(receptionist, CallInput(room="3-2-1501", content="别的房间"))
    got = sv.room_history(receptionist, estate.room_3_2_1502)
    assert [(e.kind, e.number) for e in got] == [
        ("notice", notice.detail.number),
        ("pass", issued.detail.number),
        ("complaint", complaint.number),
        ("order", order.number),
        ("call", ""),
    ]
    assert [e.at for e in got] == sorted((e.at for e in got), reverse=True)
    by_kind = {e.kind: e for e in got}
    assert by_kind["order"].id == order.id and by_kind["order"].state == "new"
    assert by_kind["pass"].summary == "张伟：旧沙发×1"
    assert by_kind["call"].summary == "卫生间顶上漏水" and by_kind["call"].state == "closed"
    assert all("13812345678" not in e.summary for e in got)  # no phone on the card's lines


def test_a_guard_sees_only_the_passes(services: Services, supervisor: CurrentUser, receptionist: CurrentUser, estate) -> None:  # type: ignore[no-untyped-def]
    services.call_log.create(receptionist, CallInput(room=ROOM, content="咨询"))
    services.release_passes.issue(
        receptionist,
        _pass("冰箱"),
    )
    guard = make_user(services, Role.GUARD, "guard", "门岗")
    assert {e.kind for e in services.room_history(guard, estate.room_3_2_1502)} == {"pass"}


def test_one_line() -> None:
    assert one_line("第一行\n第二行  多  空格") == "第一行 第二行 多 空格"
    assert one_line("长" * 100, 10) == "长" * 9 + "…"
