"""The registry service: finding rooms, masking, deliberate unmasking, editing with conflicts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from frontdesk.models import AuditEvent
from frontdesk.services.container import Services
from frontdesk.services.errors import ConflictError, ValidationError
from frontdesk.services.permissions import CurrentUser
from frontdesk.services.registry.service import OccupantInput
from tests.support.estate import OWNER_ID, OWNER_PHONE


@pytest.mark.parametrize("text", ["3-2-1502", "3栋2单元1502", "3#2-1502", "３－２－１５０２", "3号楼2单元1502室"])
def test_find_a_room_by_any_spelling(services: Services, estate, receptionist: CurrentUser, text: str) -> None:  # type: ignore[no-untyped-def]
    rows = services.registry.find(receptionist, text)
    assert [(r.project, r.code) for r in rows] == [("肯彤名邸", "3-2-1502")]
    assert rows[0].owner_name == "张伟"


def test_compact_spelling_where_unambiguous(services: Services, estate, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    assert [r.code for r in services.registry.find(receptionist, "31502")] == ["3-1-502"]
    assert [r.code for r in services.registry.find(receptionist, "321502")] == ["3-2-1502"]


def test_find_by_name_and_phone(services: Services, estate, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    assert [r.code for r in services.registry.find(receptionist, "李娜")] == ["3-2-1502"]
    assert [r.code for r in services.registry.find(receptionist, "张")] == ["3-2-1502"]
    assert [r.code for r in services.registry.find(receptionist, "139 0000 1111")] == ["3-2-1502"]
    assert [r.code for r in services.registry.find(receptionist, "1111")] == ["3-2-1502"]
    assert services.registry.find(receptionist, "not a room") == []
    assert services.registry.find(receptionist, "%") == []  # LIKE wildcards are literal


def test_resolve_unknown_and_ambiguous(services: Services, estate, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        services.registry.resolve(receptionist, "9-9-9999")
    assert info.value.errors == {"room": "room_unknown"}
    with pytest.raises(ValidationError) as info:
        services.registry.resolve(receptionist, "3-1502")  # 3-1-1502 and 3-2-1502
    assert info.value.errors == {"room": "room_ambiguous"}


def test_phones_and_ids_are_masked_for_the_counter(
    services: Services,
    estate,
    receptionist: CurrentUser,  # type: ignore[no-untyped-def]
    supervisor: CurrentUser,
) -> None:
    row = services.registry.find(receptionist, "3-2-1502")[0]
    assert row.owner_phone == "138****5678"
    owner = services.registry.room(receptionist, estate.room_3_2_1502).occupants[0]
    assert (owner.phone, owner.id_number, owner.phone_masked) == ("138****5678", "110105********002X", True)
    boss = services.registry.room(supervisor, estate.room_3_2_1502).occupants[0]
    assert boss.phone == OWNER_PHONE and boss.id_number == "110105********002X"  # ID numbers always masked
    assert OWNER_PHONE not in repr(services.search(receptionist, "3-2-1502"))


def test_unmasking_is_audited(services: Services, estate, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    values = services.registry.reveal_all(receptionist, estate.owner_id)
    assert values == {"phone": OWNER_PHONE, "phone2": "", "id_number": OWNER_ID}
    with services.db.read() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "unmask")).one()
    assert (ev.actor_name, ev.entity, ev.entity_id) == ("李前台", "occupant", str(estate.owner_id))
    assert ev.after["fields"] == ["phone", "id_number"]


def test_paging_walks_every_room_once_in_natural_order(services: Services, estate, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, str]] = []
    after = None
    while True:
        page = services.registry.rooms(receptionist, after=after, limit=7)
        if not page:
            break
        seen.extend((r.project, r.code) for r in page)
        after = page[-1].cursor
    assert len(seen) == len(set(seen)) == estate.rooms
    home = [c for p, c in seen if p == "肯彤名邸"]
    assert home.index("3-1-101") < home.index("10-1-101")
    assert home.index("1-1-202") < home.index("1-1-1501")
    buildings = services.registry.building_rows(receptionist, estate.project_id)
    assert [(b.number, b.rooms) for b in buildings] == [("1", 12), ("3", 12), ("10", 12)]
    only_3 = services.registry.rooms(receptionist, project_id=estate.project_id, building_id=buildings[1].id)
    assert len(only_3) == 12 and all(r.code.startswith("3-") for r in only_3)
    assert services.registry.room_count(project_id=estate.project_id, building_id=buildings[1].id) == 12


def test_edit_keeps_masked_values_and_writes_audit(services: Services, estate, butler: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    owner = services.registry.room(butler, estate.room_3_2_1502).occupants[0]
    data = OccupantInput(
        kind="owner",
        name="张伟",
        gender="M",
        phone=owner.phone,
        phone2="",
        id_number=owner.id_number,
        plates="粤B12345",
        notes="周末在家",
    )
    saved = services.registry.save_occupant(
        butler, estate.room_3_2_1502, data, occupant_id=owner.id, expected_version=owner.version
    )
    assert saved.version == owner.version + 1 and saved.notes == "周末在家"
    with services.db.read() as s:
        from frontdesk.models import Occupant

        stored = s.get(Occupant, owner.id)
        assert stored is not None and stored.phone == OWNER_PHONE and stored.id_number == OWNER_ID
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "update")).one()
        assert ev.before == {"notes": None} and ev.after == {"notes": "周末在家"}


def test_stale_save_is_a_conflict(services: Services, estate, butler: CurrentUser, supervisor: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    mine = services.registry.room(butler, estate.room_3_2_1502).occupants[1]
    theirs = services.registry.room(supervisor, estate.room_3_2_1502).occupants[1]
    services.registry.save_occupant(
        supervisor,
        estate.room_3_2_1502,
        OccupantInput(kind="family", name="李娜", phone="13900001111", notes="新"),
        occupant_id=theirs.id,
        expected_version=theirs.version,
    )
    with pytest.raises(ConflictError):
        services.registry.save_occupant(
            butler,
            estate.room_3_2_1502,
            OccupantInput(kind="family", name="李娜", notes="旧"),
            occupant_id=mine.id,
            expected_version=mine.version,
        )
    room = services.registry.room(butler, estate.room_3_2_1502).room
    services.registry.set_room_status(butler, estate.room_3_2_1502, "装修中", expected_version=room.version)
    with pytest.raises(ConflictError):
        services.registry.set_room_status(butler, estate.room_3_2_1502, "已入住", expected_version=room.version)


def test_bad_input_reports_every_field(services: Services, estate, butler: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    data = OccupantInput(
        kind="owner",
        name="张😀",
        phone="1381234",
        id_number="110105194912310021",
        plates="粤B1",
        notes="长" * 10_000,
    )
    with pytest.raises(ValidationError) as info:
        services.registry.save_occupant(butler, estate.room_3_2_1502, data)
    assert info.value.errors == {
        "name": "emoji_not_allowed",
        "phone": "bad_phone",
        "id_number": "bad_id_check",
        "plates": "bad_plate",
        "notes": "too_long",
    }
    data = OccupantInput(kind="owner", name="张\x00三", phone2="abc")
    with pytest.raises(ValidationError) as info:
        services.registry.save_occupant(butler, estate.room_3_2_1502, data)
    assert info.value.errors == {"name": "control_chars", "phone2": "bad_phone"}
    assert len(services.registry.room(butler, estate.room_3_2_1502).occupants) == 2  # nothing saved


def test_moving_out_keeps_the_record(services: Services, estate, butler: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    fam = services.registry.room(butler, estate.room_3_2_1502).occupants[1]
    services.registry.remove_occupant(butler, fam.id, expected_version=fam.version)
    assert [o.name for o in services.registry.room(butler, estate.room_3_2_1502).occupants] == ["张伟"]
    assert services.registry.find(butler, "李娜") == []


def test_registry_edits_report_room_and_staff_changes(services: Services, estate, butler, supervisor) -> None:
    from frontdesk.services.core.changes import ROOM, STAFF, call_op
    from frontdesk.services.permissions import Role

    room = services.registry.room(butler, estate.room_3_2_1502).room
    _row, changed = call_op(services.registry.set_room_status, butler, room.id, "装修中", expected_version=room.version)
    assert changed == {ROOM}
    _occ, changed = call_op(services.registry.save_occupant, butler, room.id, OccupantInput(name="王五"))
    assert changed == {ROOM}
    _staff, changed = call_op(
        services.staff.create_staff,
        supervisor,
        name="新前台",
        username="new1",
        password="secret-123",
        role=Role.RECEPTIONIST,
        department_id=None,
    )
    assert changed == {STAFF}


def test_room_pages_with_an_opaque_cursor_give_the_same_rooms(services: Services, estate, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    walked: list[int] = []
    cursor = None
    while True:
        page = services.registry.room_page(receptionist, cursor=cursor, limit=7)
        walked.extend(r.id for r in page.rows)
        if not page.has_more:
            break
        cursor = page.next_cursor
    assert walked == [r.id for r in services.registry.rooms(receptionist, limit=10_000)]
