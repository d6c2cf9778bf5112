"""Global search finds a record by any field a receptionist types — a phone whole or by its last
digits (a pass's carrier too), a room in any spelling (the handover's free text too) — says which
field matched, masked as the role requires, and ranks exact numbers and rooms first, then the
newest across kinds."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from frontdesk.models.system import AuditEvent
from frontdesk.services.call_log.rows import CallInput
from frontdesk.services.complaints import ComplaintInput
from frontdesk.services.container import Services
from frontdesk.services.handover.rows import HandoverNotes, MessageInput
from frontdesk.services.notices.rows import NoticeInput
from frontdesk.services.permissions import CurrentUser
from frontdesk.services.release_passes.rows import ItemInput, PassInput
from frontdesk.services.settings import DEFAULTS
from frontdesk.services.validation import id_check_digit
from tests.support.estate import add_room
from tests.support.orders import fast, order_input  # noqa: F401 - fast is a fixture

pytestmark = pytest.mark.usefixtures("fast")

OWNER = "13812345678"
CARRIER = "13900001502"
ID_17 = "11010519800101123"


def _carrier_pass(services: Services, user: CurrentUser) -> int:
    data = PassInput(
        room="3-2-1502",
        carrier_name="刘师傅",
        carrier_phone=CARRIER,
        carrier_id_number=ID_17 + id_check_digit(ID_17),
        items=[ItemInput("双人床", 1, "")],
        reason="搬家",
        confirm_method="phone",
        confirm_note="业主本人接听",
    )
    return services.release_passes.issue(user, data).detail.id


@pytest.fixture
def world(services: Services, receptionist: CurrentUser, clock) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """One record of each kind in 3-2-1502, a minute apart (oldest first), and a handover whose
    message writes the room as 3-2-1502."""
    services.staff.ensure_departments(list(DEFAULTS["departments"]))
    add_room(services, "3-2-1502", "张伟", OWNER)
    add_room(services, "3-2-1503", "李娜", "13700009999")
    ids: dict[str, int] = {}
    ids["order"] = services.work_orders.create(receptionist, order_input(room="3栋2单元1502", phone="13600001502")).id
    clock.advance(minutes=1)
    ids["call"] = services.call_log.create(
        receptionist, CallInput(room="3-2-1502", person="张伟", phone="13500001502", content="询问装修押金")
    ).id
    clock.advance(minutes=1)
    ids["complaint"] = services.complaints.create(
        receptionist,
        ComplaintInput(complainant="张伟", room="3-2-1502", phone="13400001502", category="噪音扰民", content="楼上夜间装修噪音"),
    ).id
    clock.advance(minutes=1)
    ids["pass"] = _carrier_pass(services, receptionist)
    clock.advance(minutes=1)
    ids["notice"] = services.notices.issue(
        receptionist,
        NoticeInput(
            room="3-2-1502",
            addressee_name="张伟",
            addressee_phone="13300001502",
            findings="卫生间墙面开槽过深",
            clause_nos=["第八条"],
            requirement="恢复原状",
            deadline=date(2026, 12, 30),
        ),
    ).detail.id
    clock.advance(minutes=1)
    ids["visitor"] = services.visitors.create(
        receptionist,
        {
            "visitor_name": "陈明",
            "room": (None, "3-2-1502"),
            "reason": "探亲访友",
            "phone": "13200001502",
            "expected": False,
            "visit_date": services.visitors.today(),
        },
    ).id
    clock.advance(minutes=1)
    h = services.handover.open_draft(receptionist, "前台一号机")
    notes = HandoverNotes(watch_notes="6 栋电梯维保", messages=[MessageInput("刘芳", "3-2-1502 业主下午来取钥匙")])
    ids["handover"] = services.handover.submit(receptionist, h.id, notes, expected_version=h.version).id
    return ids


def _found(services: Services, user: CurrentUser, text: str) -> set[tuple[str, int]]:
    return {(h.kind, h.id) for h in services.search(user, text)}


def test_a_room_in_any_spelling_finds_the_same_records_of_every_kind(services, receptionist, world) -> None:  # type: ignore[no-untyped-def]
    expected = {(kind, id_) for kind, id_ in world.items()}
    for spelling in ("3-2-1502", "3栋2单元1502", "3#2-1502", "3号楼2单元1502室"):
        found = _found(services, receptionist, spelling)
        assert expected <= found, (spelling, expected - found)
        assert not {k for k, _ in found - expected} - {"room"}, spelling
    assert _found(services, receptionist, "3-2-1502") == _found(services, receptionist, "3栋2单元1502")


@pytest.mark.parametrize("kind", ["order", "call", "complaint", "pass", "notice", "visitor"])
def test_a_phone_whole_or_its_last_digits_finds_its_record(services, receptionist, world, kind) -> None:  # type: ignore[no-untyped-def]
    phone = {
        "order": "13600001502",
        "call": "13500001502",
        "complaint": "13400001502",
        "pass": CARRIER,
        "notice": "13300001502",
        "visitor": "13200001502",
    }[kind]
    for typed in (phone, phone[:3] + "-" + phone[3:7] + "-" + phone[7:], phone[-4:], phone[-6:]):
        assert (kind, world[kind]) in _found(services, receptionist, typed), typed
    # another number ending differently does not find it
    assert (kind, world[kind]) not in _found(services, receptionist, phone[:-1] + "9")


def test_the_carrier_phone_finds_the_pass_and_says_so_masked(services, receptionist, supervisor, world) -> None:  # type: ignore[no-untyped-def]
    hits = [h for h in services.search(receptionist, "00001502") if h.kind == "pass"]
    assert [h.id for h in hits] == [world["pass"]]
    assert [(m.label, m.value) for m in hits[0].matched] == [("携物人电话", "139****1502")]
    assert CARRIER not in repr(services.search(receptionist, CARRIER))
    # a role that sees owners' numbers sees it whole
    full = [h for h in services.search(supervisor, CARRIER) if h.kind == "pass"]
    assert [(m.label, m.value) for m in full[0].matched] == [("携物人电话", CARRIER)]
    # the list's filter finds it by the phone too
    assert [p.id for p in services.release_passes.list_passes(receptionist, text="1502", limit=10)] == [world["pass"]]


def test_each_hit_names_the_fields_its_words_matched(services, receptionist, world) -> None:  # type: ignore[no-untyped-def]
    with services.db.read() as s:
        audited = s.scalar(select(func.count()).select_from(AuditEvent))
    hits = {(h.kind, h.id): h for h in services.search(receptionist, "1502")}
    reasons = {k: [(m.label, m.value) for m in h.matched] for k, h in hits.items()}
    assert reasons[("order", world["order"])] == [("电话", "136****1502")]
    assert reasons[("call", world["call"])] == [("电话", "135****1502")]
    assert reasons[("complaint", world["complaint"])] == [("电话", "134****1502")]
    assert reasons[("notice", world["notice"])] == [("联系电话", "133****1502")]
    assert reasons[("visitor", world["visitor"])] == [("电话", "132****1502")]
    # two words: each names its field; text is cut around the match
    hit = next(h for h in services.search(receptionist, "3栋2单元1502 噪音") if h.kind == "complaint")
    assert [(m.label, m.value) for m in hit.matched] == [("房号", "3-2-1502"), ("内容", "楼上夜间装修噪音")]
    hit = next(h for h in services.search(receptionist, "3栋2单元1502") if h.kind == "handover")
    assert [m.label for m in hit.matched] in (["交接事项"], ["留言"]) and "3-2-1502" in hit.matched[0].value
    # the owner's phone in the registry, masked; searching unmasks nothing and audits nothing
    room = next(h for h in services.search(receptionist, OWNER) if h.kind == "room")
    assert [(m.label, m.value) for m in room.matched] == [("电话", "138****5678")]
    assert OWNER not in repr(services.search(receptionist, OWNER))
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == audited


def test_exact_numbers_and_rooms_first_then_the_newest_across_kinds(services, receptionist, world, clock) -> None:  # type: ignore[no-untyped-def]
    order = services.work_orders.get(receptionist, world["order"])
    # a newer order elsewhere that mentions the number in its text still comes after the exact one
    clock.advance(minutes=5)
    services.work_orders.create(receptionist, order_input(room="3-2-1503", description=f"同 {order.number} 漏水"))
    hits = services.search(receptionist, order.number)
    assert (hits[0].kind, hits[0].id) == ("order", world["order"])
    # the room typed whole: that room's records first (the room itself, then newest first,
    # whatever their kind), then the rest (the handover that mentions the room)
    clock.advance(minutes=1)
    services.call_log.create(receptionist, CallInput(room="3-2-1503", person="李娜", content="3-2-1502 楼上漏水"))
    hits = services.search(receptionist, "3-2-1502")
    kinds = [(h.kind, h.id) for h in hits]
    exact = [k for k in kinds if k[0] == "room" or k in {(kind, i) for kind, i in world.items() if kind != "handover"}]
    assert kinds[: len(exact)] == exact
    dated = [h for h in hits[: len(exact)] if h.at is not None]
    assert [h.at for h in dated] == sorted((h.at for h in dated), reverse=True)
    assert [h.kind for h in dated] == ["visitor", "notice", "pass", "complaint", "call", "order"]
    assert kinds[len(exact)] == ("handover", world["handover"])
    # a plain word: newest first across kinds
    hits = [h for h in services.search(receptionist, "张伟") if h.at is not None]
    assert [h.kind for h in hits] == ["notice", "pass", "complaint", "call"]  # the pass: its owner


def test_words_typed_apart_are_one_phone_and_pasted_text_is_cut(services, receptionist, world) -> None:  # type: ignore[no-untyped-def]
    assert ("call", world["call"]) in _found(services, receptionist, "135 0000 1502")
    assert _found(services, receptionist, "3-2-1502 漏水 不存在的词") == set()
    assert services.search(receptionist, "   ") == []
    assert services.search(receptionist, "%") == []


@pytest.mark.parametrize("storage", ["fts5", "portable"])
def test_call_words_of_digits_are_phone_room_or_text_on_either_index(services, receptionist, storage) -> None:  # type: ignore[no-untyped-def]
    """A word of digits in a contact is its phone's end, a room it names or text; several such
    words each look in the text index (each its own match in one statement)."""
    from frontdesk.db_text import BigramIndex
    from frontdesk.services.call_log import CallLogService

    svc = services.call_log
    if storage == "portable":
        index = BigramIndex("call_log", portable=True)
        with services.db.write() as s:
            for stmt in index.create_ddl("sqlite"):
                s.connection().exec_driver_sql(stmt)
        svc = CallLogService(services.db, services.clock, text_index=index)
    add_room(services, "3-2-1502", "张伟", OWNER)
    a = svc.create(receptionist, CallInput(room="3-2-1502", person="张伟", phone="13500001502", content="楼上漏水"))
    b = svc.create(receptionist, CallInput(person="王五", phone="13500009999", content="咨询 2345 号车位停车"))
    assert [h.id for h in svc.search(receptionist, "1502 漏水", 20)] == [a.id]
    assert [h.id for h in svc.search(receptionist, "2345 9999", 20)] == [b.id]
    hit = svc.search(receptionist, "9999 2345", 20)[0]
    assert [(m.label, m.value) for m in hit.matched] == [("电话", "135****9999"), ("内容", "咨询 2345 号车位停车")]
