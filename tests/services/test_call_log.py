"""来电来访登记 service: validation, rooms, conflicts, permissions, search, follow-ups, export."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from frontdesk.db_text import BigramIndex
from frontdesk.models import AuditEvent, CallLogEntry
from frontdesk.services.call_log.convert import mark_converted_in
from frontdesk.services.call_log.rows import CallFilter, CallInput
from frontdesk.services.call_log.service import CallLogService
from frontdesk.services.clock import FixedClock
from frontdesk.services.container import Services
from frontdesk.services.errors import (
    ConflictError,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from frontdesk.services.permissions import MATRIX, Action, CurrentUser, Role
from tests.support.call_log import (  # noqa: F401  (fixtures)
    OWNER_PHONE,
    TENANT_PHONE,
    Estate,
    call_log_estate,
    quick_butler,
    quick_receptionist,
    quick_supervisor,
    quick_user,
)
from tests.support.users import user_of_role

TODAY = date(2026, 11, 27)  # START is 09:30 in Shanghai on this day


def _count(services: Services) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(CallLogEntry)) or 0)


def _audit(services: Services, entity_id: int) -> list[AuditEvent]:
    with services.db.read() as s:
        return list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == "call", AuditEvent.entity_id == str(entity_id))
                .order_by(AuditEvent.id)
            )
        )


def _entry(**kw: object) -> CallInput:
    base: dict[str, object] = {"channel": "phone", "kind": "repair", "content": "卫生间漏水"}
    base.update(kw)
    return CallInput(**base)  # type: ignore[arg-type]


# --- creating -----------------------------------------------------------------------------------


def test_create_resolves_room_masks_phone_and_audits(
    services: Services, receptionist: CurrentUser, supervisor: CurrentUser, estate: Estate
) -> None:
    row = services.call_log.create(
        receptionist,
        _entry(
            room="3栋2单元1502",
            person="张伟",
            phone="138 1234 5678",
            content="卫生间漏水，楼下天花板有水渍",
            handling="已通知工程部",
        ),
    )
    assert row.room_id == estate.room_id and row.room_code == "3-2-1502" and row.project == "锦绣花园"
    assert row.phone == "138****5678" and row.phone_masked
    assert row.handled_by == "李前台" and row.outcome == "closed" and row.version == 1
    assert row.at == services.clock.now()
    assert services.call_log.get(supervisor, row.id).phone == OWNER_PHONE
    events = _audit(services, row.id)
    assert [e.action for e in events] == ["create"] and events[0].after["content"] == "卫生间漏水，楼下天花板有水渍"


def test_a_phone_filled_from_the_registry_is_stored_in_full(
    services: Services, receptionist: CurrentUser, supervisor: CurrentUser, estate: Estate
) -> None:
    """F4 fills the owner's phone as the receptionist may see it (masked); the entry stores the
    full number, says in the audit where it came from, and its work order gets it too."""
    owner = services.call_log.lookup(receptionist, room="3-2-1502").occupants[0]
    assert owner.name == "张伟" and owner.phone == "138****5678"
    lookup = services.call_log.lookup(receptionist, room="3-2-1502", phone=owner.phone, phone_from=owner.id)
    assert not lookup.phone_error and [o.name for o in lookup.phone_owners] == ["张伟"]
    row = services.call_log.create(
        receptionist,
        _entry(room="3-2-1502", person="张伟", phone=owner.phone, phone_from=owner.id, kind="repair", content="厨房漏水"),
    )
    assert row.phone == "138****5678"  # the screen still masks it
    assert services.call_log.get(supervisor, row.id).phone == OWNER_PHONE
    created = _audit(services, row.id)[0]
    assert created.after["phone"] == OWNER_PHONE and created.after["phone_from_occupant"] == owner.id
    draft = services.work_orders.draft_from_call(receptionist, row.id)
    draft.category, draft.paid = "水", True
    order = services.work_orders.create_from_call(receptionist, row.id, draft)
    assert services.work_orders.get(supervisor, order.id).phone == OWNER_PHONE

    # a masked number with no registry source, or another occupant's, is refused, never guessed
    for kw in ({}, {"phone_from": owner.id + 1}):
        with pytest.raises(ValidationError) as info:
            services.call_log.create(receptionist, _entry(room="3-2-1502", phone="138****5678", **kw))
        assert "phone" in info.value.errors
    # typed over, the number is hers
    typed = services.call_log.create(receptionist, _entry(phone="13900001111", phone_from=owner.id))
    assert services.call_log.get(supervisor, typed.id).phone == "13900001111"
    # on an edit too
    blank = services.call_log.create(receptionist, _entry(room="3-2-1502", content="咨询"))
    edited = services.call_log.update(
        receptionist,
        blank.id,
        _entry(room="3-2-1502", content="咨询", phone=owner.phone, phone_from=owner.id),
        expected_version=blank.version,
    )
    assert services.call_log.get(supervisor, edited.id).phone == OWNER_PHONE
    assert _audit(services, blank.id)[-1].after == {"phone": OWNER_PHONE, "phone_from_occupant": owner.id}


def test_every_field_error_at_once_and_nothing_written(services: Services, receptionist: CurrentUser, estate: Estate) -> None:
    with pytest.raises(ValidationError) as info:
        services.call_log.create(
            receptionist,
            CallInput(
                channel="fax",
                kind="gossip",
                room="9-9-9999",
                person="张伟😀",
                phone="23456",
                content="",
                outcome="follow_up",
                due_date=None,
            ),
        )
    assert info.value.errors == {
        "channel": "invalid",
        "kind": "invalid",
        "room": "room_unknown",
        "person": "emoji_not_allowed",
        "phone": "bad_phone",
        "content": "required",
        "due_date": "required",
    }
    assert info.value.params["field_params"]["room"] == {"room": "9-9-9999"}
    assert _count(services) == 0 and _audit(services, 1) == []


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("content", "漏" * 10_000, "too_long"),
        ("content", "漏水\x07请处理", "control_chars"),
        ("handling", "已处理\x00", "control_chars"),
        ("person", "王\u200b芳", "control_chars"),
        ("person", "3号楼业主", "bad_name"),
        ("phone", "1381234567", "bad_phone"),
        ("phone", "138-1234-5678-9", "bad_phone"),
        ("phone", "电话138", "bad_phone"),
    ],
)
def test_bad_input_is_refused(services: Services, receptionist: CurrentUser, field: str, value: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        services.call_log.create(receptionist, _entry(**{field: value}))
    assert info.value.errors == {field: code}
    assert _count(services) == 0


def test_emoji_is_fine_in_content(services: Services, receptionist: CurrentUser) -> None:
    row = services.call_log.create(receptionist, _entry(kind="praise", content="师傅修得又快又好👍"))
    assert row.content == "师傅修得又快又好👍"


def test_ambiguous_room_needs_the_project(services: Services, receptionist: CurrentUser, estate: Estate) -> None:
    with pytest.raises(ValidationError) as info:
        services.call_log.create(receptionist, _entry(room="1-1-101"))
    assert info.value.errors == {"room": "room_ambiguous"}
    row = services.call_log.create(receptionist, _entry(room="1-1-101", project_id=estate.tower_id))
    assert row.room_id == estate.shared_code_ids[1] and row.project == "瀚科大厦"


def test_follow_up_due_date_rules(services: Services, receptionist: CurrentUser) -> None:
    with pytest.raises(ValidationError) as info:
        services.call_log.create(receptionist, _entry(outcome="follow_up", due_date=TODAY - timedelta(days=1)))
    assert info.value.errors == {"due_date": "date_in_past"}
    row = services.call_log.create(receptionist, _entry(outcome="follow_up", due_date=TODAY))
    assert row.follow_up == "due_today"
    closed = services.call_log.create(receptionist, _entry(outcome="closed", due_date=TODAY))
    assert closed.due_date is None  # a date only means something for a follow-up
    with pytest.raises(ValidationError) as info:
        services.call_log.create(receptionist, _entry(outcome="work_order"))
    assert info.value.errors == {"outcome": "invalid"}


def test_time_of_contact(services: Services, receptionist: CurrentUser, clock: FixedClock) -> None:
    earlier = clock.now() - timedelta(hours=2)
    assert services.call_log.create(receptionist, _entry(at=earlier)).at == earlier
    for at, code in (
        (clock.now() + timedelta(hours=1), "time_in_future"),
        (clock.now() - timedelta(days=400), "time_too_old"),
        (datetime(2026, 11, 27, 9, 0), "bad_date"),
    ):
        with pytest.raises(ValidationError) as info:
            services.call_log.create(receptionist, _entry(at=at))
        assert info.value.errors == {"at": code}


def test_handled_by_another_member_of_staff(
    services: Services, receptionist: CurrentUser, butler: CurrentUser, supervisor: CurrentUser
) -> None:
    row = services.call_log.create(receptionist, _entry(handled_by_id=butler.id))
    assert row.handled_by == "赵管家"
    assert (butler.id, "赵管家") in services.call_log.handlers(receptionist)
    guard = quick_user(services.db, Role.GUARD, "gate", "孙门岗")
    assert guard.id not in dict(services.call_log.handlers(receptionist))
    with pytest.raises(ValidationError) as info:
        services.call_log.create(receptionist, _entry(handled_by_id=guard.id))
    assert info.value.errors == {"handled_by": "invalid"}
    staff = next(s for s in services.staff.list_staff(supervisor) if s.id == butler.id)
    services.staff.set_active(supervisor, butler.id, False, expected_version=staff.version)
    with pytest.raises(ValidationError):
        services.call_log.create(receptionist, _entry(handled_by_id=butler.id))


# --- editing ------------------------------------------------------------------------------------


def test_edit_and_stale_edit(services: Services, receptionist: CurrentUser, butler: CurrentUser, estate: Estate) -> None:
    row = services.call_log.create(receptionist, _entry(room="3-2-1502", phone=OWNER_PHONE))
    mine = services.call_log.update(
        butler,
        row.id,
        _entry(room="3-2-1502", phone=row.phone, content="卫生间漏水，已约明早上门"),
        expected_version=row.version,
    )
    assert mine.version == row.version + 1 and mine.updated_by == "赵管家"
    with services.db.read() as s:
        assert s.get(CallLogEntry, row.id).phone == OWNER_PHONE  # the masked number sent back is kept
    with pytest.raises(ConflictError):
        services.call_log.update(receptionist, row.id, _entry(content="另一个版本"), expected_version=row.version)
    assert services.call_log.get(receptionist, row.id).content == "卫生间漏水，已约明早上门"
    update = [e for e in _audit(services, row.id) if e.action == "update"]
    assert len(update) == 1
    assert update[0].before == {"content": "卫生间漏水"} and update[0].after == {"content": "卫生间漏水，已约明早上门"}
    with pytest.raises(NotFound):
        services.call_log.update(receptionist, 999, _entry(), expected_version=1)
    same = services.call_log.update(
        receptionist,
        row.id,
        _entry(room="3-2-1502", phone=mine.phone, content="卫生间漏水，已约明早上门"),
        expected_version=mine.version,
    )
    assert same.version == mine.version and same.updated_by == "赵管家"  # an unchanged save is no edit


def test_bad_edit_changes_nothing(services: Services, receptionist: CurrentUser, estate: Estate) -> None:
    row = services.call_log.create(receptionist, _entry(room="3-2-1502"))
    with pytest.raises(ValidationError) as info:
        services.call_log.update(receptionist, row.id, _entry(room="99-9-9", content="改过的内容"), expected_version=row.version)
    assert info.value.errors == {"room": "room_unknown"}
    again = services.call_log.get(receptionist, row.id)
    assert again.content == "卫生间漏水" and again.version == row.version and again.room_code == "3-2-1502"
    assert [r.id for r in services.call_log.list_entries(receptionist, CallFilter(text="漏水")).rows] == [row.id]


def test_moving_the_time_moves_the_entry_in_the_list(services: Services, receptionist: CurrentUser, clock: FixedClock) -> None:
    a = services.call_log.create(receptionist, _entry(content="第一个电话"))
    clock.advance(minutes=10)
    b = services.call_log.create(receptionist, _entry(content="第二个电话"))
    assert [r.id for r in services.call_log.list_entries(receptionist).rows] == [b.id, a.id]
    # the second call is found to have come in before the first: it moves below it
    services.call_log.update(
        receptionist,
        b.id,
        _entry(content="第二个电话", at=a.at - timedelta(minutes=1)),
        expected_version=b.version,
    )
    assert [r.id for r in services.call_log.list_entries(receptionist).rows] == [a.id, b.id]
    assert [r.id for r in services.call_log.list_entries(receptionist, CallFilter(text="电话")).rows] == [
        a.id,
        b.id,
    ]


# --- permissions --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_permissions_per_role(services: Services, role: Role, supervisor: CurrentUser, tmp_path: Path) -> None:
    boss = supervisor
    row = services.call_log.create(boss, _entry())
    user = user_of_role(services.db, role)
    allowed = MATRIX[role]
    calls = {
        Action.CALL_CREATE: lambda: services.call_log.create(user, _entry()),
        Action.CALL_EDIT: lambda: services.call_log.update(
            user, row.id, _entry(), expected_version=services.call_log.get(boss, row.id).version
        ),
        Action.CALL_VIEW: lambda: services.call_log.list_entries(user),
        Action.CALL_EXPORT: lambda: services.call_log.export_xlsx(user, tmp_path / "x.xlsx", TODAY, TODAY),
    }
    for action, call in calls.items():
        if action in allowed:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()
    if Action.CALL_VIEW not in allowed:
        for call in (
            lambda: services.call_log.get(user, row.id),
            lambda: services.call_log.lookup(user, "3-2-1502"),
            lambda: services.call_log.status_counts(user),
            lambda: services.call_log.search(user, "漏水", 5),
        ):
            with pytest.raises(PermissionDenied):
                call()
        assert services.call_log.handover_items(user, START_OF_DAY, END_OF_DAY) == []
        assert [h for h in services.search(user, "漏水") if h.kind == "call"] == []
        assert [c for c in services.status_counts(user) if c.code.startswith("call.")] == []


def test_only_desk_roles_handle_calls() -> None:
    for role in (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR, Role.ADMIN):
        assert {Action.CALL_CREATE, Action.CALL_EDIT, Action.CALL_VIEW, Action.CALL_EXPORT} <= MATRIX[role]
    for role in (Role.GUARD, Role.TECHNICIAN):
        assert not {Action.CALL_CREATE, Action.CALL_EDIT, Action.CALL_VIEW, Action.CALL_EXPORT} & MATRIX[role]


START_OF_DAY = datetime(2026, 11, 26, 16, 0, tzinfo=timezone.utc)  # 00:00 in Shanghai
END_OF_DAY = START_OF_DAY + timedelta(days=1)


# --- search -------------------------------------------------------------------------------------


@pytest.fixture(params=["fts5", "portable"])
def call_log(request: pytest.FixtureRequest, services: Services) -> CallLogService:
    """The service on SQLite's FTS5 index, and on the portable bigram table PostgreSQL uses."""
    if request.param == "fts5":
        return services.call_log
    index = BigramIndex("call_log", portable=True)
    with services.db.write() as s:
        for stmt in index.create_ddl("sqlite"):
            s.connection().exec_driver_sql(stmt)
    return CallLogService(services.db, services.clock, text_index=index)


def _ids(svc: CallLogService, user: CurrentUser, text: str, **kw: object) -> list[int]:
    return [r.id for r in svc.list_entries(user, CallFilter(text=text, **kw)).rows]  # type: ignore[arg-type]


def test_search_chinese_terms(call_log: CallLogService, receptionist: CurrentUser, clock: FixedClock) -> None:
    texts = [
        "卫生间漏水，楼下天花板有水渍",
        "咨询停车月卡办理",
        "楼上装修噪音扰民",
        "厨房水管漏了",
        "WiFi 密码忘了 3-2-1502",
    ]
    ids = []
    for t in texts:
        ids.append(call_log.create(receptionist, _entry(content=t)).id)
        clock.advance(minutes=1)
    a, b, c, d, e = ids
    assert _ids(call_log, receptionist, "漏水") == [a]  # a two-character term
    assert _ids(call_log, receptionist, "漏") == [d, a]  # one character, newest first
    assert _ids(call_log, receptionist, "了") == [e, d]  # a character that ends its text
    assert _ids(call_log, receptionist, "楼下天花") == [a]  # longer terms are exact phrases
    assert _ids(call_log, receptionist, "天花楼下") == []
    assert _ids(call_log, receptionist, "停车卡") == []
    assert _ids(call_log, receptionist, "停车 月卡") == [b]  # words separated by a space: all of them
    assert _ids(call_log, receptionist, "装修，噪音") == [c]
    assert _ids(call_log, receptionist, "ＷＩＦＩ") == [e]  # full width and case folded
    assert _ids(call_log, receptionist, "1502") == [e]
    assert _ids(call_log, receptionist, "鲸鱼") == []
    assert _ids(call_log, receptionist, "，。！") == []
    assert _ids(call_log, receptionist, "水", kind="repair") == [d, a]
    assert _ids(call_log, receptionist, "水", channel="visit") == []


def test_search_follows_edits(call_log: CallLogService, receptionist: CurrentUser) -> None:
    row = call_log.create(receptionist, _entry(content="卫生间漏水", handling="已通知工程部", person="张伟"))
    assert _ids(call_log, receptionist, "工程部") == [row.id]
    assert _ids(call_log, receptionist, "张伟") == [row.id]
    row = call_log.update(
        receptionist,
        row.id,
        _entry(content="厨房下水道堵塞", outcome="follow_up", due_date=TODAY),
        expected_version=row.version,
    )
    assert _ids(call_log, receptionist, "漏水") == [] and _ids(call_log, receptionist, "工程部") == []
    assert _ids(call_log, receptionist, "下水道") == [row.id]
    row = call_log.complete_follow_up(receptionist, row.id, "师傅已疏通", expected_version=row.version)
    assert _ids(call_log, receptionist, "疏通") == [row.id] and _ids(call_log, receptionist, "下水道") == [row.id]


def test_paging_is_by_key_and_covers_everything(call_log: CallLogService, receptionist: CurrentUser, clock: FixedClock) -> None:
    ids = []
    for i in range(7):
        ids.append(call_log.create(receptionist, _entry(content=f"第{i}次漏水")).id)
        if i != 3:
            clock.advance(seconds=30)  # two entries share a time: both are listed
    seen: list[int] = []
    before = None
    for filt in (CallFilter(), CallFilter(text="漏水"), CallFilter(text="次漏水")):
        seen, before = [], None
        while True:
            page = call_log.list_entries(receptionist, filt, before=before, limit=3)
            seen.extend(r.id for r in page.rows)
            if page.next_before is None:
                break
            before = page.next_before
        assert seen == list(reversed(ids)), filt


def test_filters(services: Services, receptionist: CurrentUser, butler: CurrentUser, clock: FixedClock, estate: Estate) -> None:
    svc = services.call_log
    yesterday = svc.create(
        receptionist,
        _entry(
            channel="visit",
            kind="inquiry",
            room="3-2-1501",
            at=clock.now() - timedelta(days=1),
            content="咨询装修",
        ),
    )
    repair = svc.create(receptionist, _entry(room="3-2-1502", content="漏水"))
    follow = svc.create(
        butler,
        _entry(kind="complaint", outcome="follow_up", due_date=TODAY + timedelta(days=2), content="噪音扰民"),
    )

    def ids(**kw: object) -> list[int]:
        return [r.id for r in svc.list_entries(receptionist, CallFilter(**kw)).rows]  # type: ignore[arg-type]

    assert ids() == [follow.id, repair.id, yesterday.id]
    assert ids(date_from=TODAY, date_to=TODAY) == [follow.id, repair.id]
    assert ids(date_to=TODAY - timedelta(days=1)) == [yesterday.id]
    assert ids(channel="visit") == [yesterday.id]
    assert ids(kind="repair") == [repair.id]
    assert ids(outcome="follow_up") == [follow.id]
    assert ids(follow_up="open") == [follow.id] and ids(follow_up="due") == []
    assert ids(room="3栋2单元1502") == [repair.id]
    assert ids(handled_by_id=butler.id) == [follow.id]
    assert ids(kind="repair", channel="visit") == []
    with pytest.raises(ValidationError) as info:
        ids(room="77-7-777")
    assert info.value.errors == {"room": "room_unknown"}
    with pytest.raises(ValidationError) as info:
        ids(date_from=TODAY, date_to=TODAY - timedelta(days=2))
    assert info.value.errors == {"date_to": "date_order"}


# --- follow-ups ---------------------------------------------------------------------------------


def test_follow_up_counts_move_with_the_clock(services: Services, receptionist: CurrentUser, clock: FixedClock) -> None:
    svc = services.call_log
    a = svc.create(receptionist, _entry(outcome="follow_up", due_date=TODAY))
    b = svc.create(receptionist, _entry(outcome="follow_up", due_date=TODAY + timedelta(days=1)))
    svc.create(receptionist, _entry(outcome="follow_up", due_date=TODAY + timedelta(days=5)))
    c = svc.follow_up_counts(receptionist)
    assert (c.open, c.due_today, c.overdue) == (3, 1, 0)
    clock.advance(days=1)  # a day later: a is overdue, b due today
    c = svc.follow_up_counts(receptionist)
    assert (c.open, c.due_today, c.overdue) == (3, 1, 1)
    assert {s.code: s.count for s in services.status_counts(receptionist) if s.code.startswith("call.")} == {
        "call.followup_overdue": 1,
        "call.followup_due_today": 1,
    }
    rows = {r.id: r.follow_up for r in svc.list_entries(receptionist).rows}
    assert rows[a.id] == "overdue" and rows[b.id] == "due_today"
    assert [r.id for r in svc.list_entries(receptionist, CallFilter(follow_up="overdue")).rows] == [a.id]
    assert {r.id for r in svc.list_entries(receptionist, CallFilter(follow_up="due")).rows} == {a.id, b.id}
    done = svc.complete_follow_up(receptionist, a.id, "已回电告知", expected_version=a.version)
    assert done.outcome == "followed_up" and done.follow_up == "" and done.follow_up_done_by == "李前台"
    assert done.follow_up_done_at == clock.now() and done.follow_up_note == "已回电告知"
    c = svc.follow_up_counts(receptionist)
    assert (c.open, c.due_today, c.overdue) == (2, 1, 0)
    with pytest.raises(InvalidTransition):
        svc.complete_follow_up(receptionist, a.id, "", expected_version=done.version)
    with pytest.raises(ConflictError):
        svc.complete_follow_up(receptionist, b.id, "", expected_version=b.version + 5)
    reopened = svc.update(
        receptionist,
        a.id,
        _entry(outcome="follow_up", due_date=TODAY + timedelta(days=3)),
        expected_version=done.version,
    )
    assert reopened.outcome == "follow_up" and reopened.follow_up_done_at is None
    assert [e.action for e in _audit(services, a.id)] == ["create", "follow_up_done", "update"]


def test_mark_converted(services: Services, receptionist: CurrentUser) -> None:
    svc = services.call_log
    row = svc.create(receptionist, _entry(outcome="follow_up", due_date=TODAY))
    converted = svc.mark_converted(receptionist, row.id, "work_order", 41)
    assert converted.outcome == "work_order" and converted.work_order_id == 41 and converted.follow_up == ""
    assert svc.mark_converted(receptionist, row.id, "work_order", 41).version == converted.version  # idempotent
    with pytest.raises(InvalidTransition):
        svc.mark_converted(receptionist, row.id, "work_order", 42)
    with pytest.raises(ValidationError) as info:
        svc.update(receptionist, row.id, _entry(outcome="closed"), expected_version=converted.version)
    assert info.value.errors == {"outcome": "outcome_locked"}
    edited = svc.update(
        receptionist,
        row.id,
        _entry(outcome="work_order", content="漏水，已转工单"),
        expected_version=converted.version,
    )
    assert edited.outcome == "work_order" and edited.work_order_id == 41
    # an entry that became a work order cannot also become a complaint (nor the other way round)
    with pytest.raises(InvalidTransition) as info, services.db.write() as s:  # another feature's transaction
        mark_converted_in(s, receptionist, row.id, "complaint", 7, services.clock.now())
    assert info.value.code == "already_converted" and info.value.params["target_id"] == 41
    still = svc.get(receptionist, row.id)
    assert (still.outcome, still.work_order_id, still.complaint_id) == ("work_order", 41, None)
    other = svc.create(receptionist, _entry())
    with services.db.write() as s:
        mark_converted_in(s, receptionist, other.id, "complaint", 7, services.clock.now(), number="TS1")
    with pytest.raises(InvalidTransition):
        svc.mark_converted(receptionist, other.id, "work_order", 43)
    assert [r.id for r in svc.list_entries(receptionist, CallFilter(outcome="complaint")).rows] == [other.id]
    assert [e.action for e in _audit(services, row.id)] == ["create", "convert", "update"]
    assert _audit(services, other.id)[-1].after == {"outcome": "complaint", "complaint_id": 7, "number": "TS1"}


# --- caller lookup ------------------------------------------------------------------------------


def test_lookup_by_room_and_by_phone(
    services: Services, receptionist: CurrentUser, supervisor: CurrentUser, estate: Estate, clock: FixedClock
) -> None:
    svc = services.call_log
    old = svc.create(receptionist, _entry(room="3-2-1502", content="咨询物业费"))
    clock.advance(minutes=5)
    open_ = svc.create(receptionist, _entry(room="3-2-1502", content="阳台漏水", outcome="follow_up", due_date=TODAY))
    clock.advance(minutes=5)
    svc.create(receptionist, _entry(phone=TENANT_PHONE, content="租户咨询停车"))
    by_room = svc.lookup(receptionist, room="3#2-1502")
    assert by_room.room is not None and by_room.room.code == "3-2-1502" and by_room.room.owner_name == "张伟"
    assert [(o.name, o.phone) for o in by_room.occupants] == [
        ("张伟", "138****5678"),
        ("王芳", "137****1111"),
    ]
    assert [r.id for r in by_room.recent] == [open_.id, old.id]
    assert [r.id for r in by_room.open_follow_ups] == [open_.id]
    assert svc.lookup(supervisor, room="3-2-1502").occupants[0].phone == OWNER_PHONE
    by_phone = svc.lookup(receptionist, phone=TENANT_PHONE)
    assert [(p.room.code, p.name, p.kind) for p in by_phone.phone_owners] == [("3-2-1501", "刘洋", "tenant")]
    assert by_phone.room is not None and by_phone.room.code == "3-2-1501"
    assert [r.content for r in by_phone.recent] == ["租户咨询停车"]
    unknown = svc.lookup(receptionist, room="8-8-808", phone="123")
    assert unknown.room is None and unknown.room_error == "room_unknown" and unknown.phone_error == "bad_phone"
    amb = svc.lookup(receptionist, room="1-1-101")
    assert amb.room_error == "room_ambiguous" and {r.project for r in amb.room_candidates} == {
        "锦绣花园",
        "瀚科大厦",
    }
    assert svc.lookup(receptionist).empty


# --- global search, handover --------------------------------------------------------------------


def test_global_search_and_handover(services: Services, receptionist: CurrentUser, estate: Estate, clock: FixedClock) -> None:
    svc = services.call_log
    a = svc.create(receptionist, _entry(room="3-2-1502", phone=OWNER_PHONE, content="卫生间漏水"))
    b = svc.create(
        receptionist,
        _entry(channel="visit", kind="inquiry", content="咨询停车月卡", outcome="follow_up", due_date=TODAY),
    )
    hits = [h for h in services.search(receptionist, "漏水") if h.kind == "call"]
    assert [(h.id, h.title, h.subtitle) for h in hits] == [(a.id, "11-27 09:30  3-2-1502", "卫生间漏水")]
    assert [h.id for h in services.search(receptionist, "3栋2单元1502") if h.kind == "call"] == [a.id]
    assert [h.id for h in services.search(receptionist, "138-1234-5678") if h.kind == "call"] == [a.id]
    clock.advance(days=2)
    items = services.handover_items(receptionist, START_OF_DAY, END_OF_DAY)
    follow = [i for i in items if i.section == "call.followup"]
    assert [(i.ref_id, i.overdue, i.extra["due_date"]) for i in follow] == [(b.id, True, "2026-11-27")]
    counts = next(i for i in items if i.section == "call.shift_counts")
    assert counts.extra["total"] == "2" and counts.extra["channel.phone"] == "1" and counts.extra["channel.visit"] == "1"
    later = services.handover_items(receptionist, END_OF_DAY, END_OF_DAY + timedelta(days=1))
    assert next(i for i in later if i.section == "call.shift_counts").extra["total"] == "0"


# --- export -------------------------------------------------------------------------------------


def test_export_reads_back(
    services: Services,
    receptionist: CurrentUser,
    supervisor: CurrentUser,
    estate: Estate,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    from openpyxl import load_workbook

    svc = services.call_log
    svc.create(receptionist, _entry(at=clock.now() - timedelta(days=1), content="昨天的电话"))
    a = svc.create(
        receptionist,
        _entry(room="3-2-1502", person="张伟", phone=OWNER_PHONE, content="卫生间漏水", handling="已通知工程部"),
    )
    clock.advance(minutes=20)
    svc.create(
        receptionist,
        _entry(
            channel="visit",
            kind="inquiry",
            content="咨询停车",
            outcome="follow_up",
            due_date=TODAY + timedelta(days=1),
        ),
    )
    path = tmp_path / "out" / "calls.xlsx"
    assert svc.export_xlsx(receptionist, path, TODAY, TODAY) == 2
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:10] == (
        "时间",
        "渠道",
        "类别",
        "项目",
        "房号",
        "来电人",
        "电话",
        "内容",
        "处理情况",
        "结果",
    )
    assert rows[1][0] == datetime(2026, 11, 27, 9, 30)
    assert rows[1][1:10] == (
        "来电",
        "报修",
        "锦绣花园",
        "3-2-1502",
        "张伟",
        "138****5678",
        "卫生间漏水",
        "已通知工程部",
        "当场办结",
    )
    assert rows[1][-1] == a.id
    assert rows[2][1:3] == ("来访", "咨询") and rows[2][9] == "待跟进" and rows[2][10] == datetime(2026, 11, 28)
    assert len(rows) == 3 and not list(tmp_path.glob("out/*.part"))
    svc.export_xlsx(supervisor, path, TODAY - timedelta(days=1), TODAY)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) == 4 and rows[2][6] == OWNER_PHONE
    with pytest.raises(ValidationError):
        svc.export_xlsx(receptionist, path, TODAY, TODAY - timedelta(days=1))


def test_bigram_tokens_and_alembic_filter() -> None:
    from frontdesk.db_text import alembic_include_name, contains, document, runs

    assert document("楼上漏水，ＡＢ") == "楼上 上漏 漏水 水 ab b"
    assert runs("3-2-1502 王😀芳") == ["3", "2", "1502", "王", "芳"]
    assert contains("卫生间漏水，楼下", ["漏水", "楼下"]) and not contains("卫生间漏水，楼下", ["水楼"])
    for name in ("call_log_fts", "call_log_fts_data", "call_log_fts_idx", "call_log_gram"):
        assert not alembic_include_name(name, "table", {})
    assert alembic_include_name("call_log", "table", {}) and alembic_include_name("ix_x", "index", {})
