"""交接班本 service: compiling registered sources, drafts saved as typed, 交班, 接班 with the
incoming person's own password, frozen once acknowledged, corrections, lists and search."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from frontdesk.db import Database
from frontdesk.services.clock import LOCAL_TZ, FixedClock
from frontdesk.services.container import Services, build_services
from frontdesk.services.contracts import HandoverItem
from frontdesk.services.errors import (
    AuthError,
    ConflictError,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from frontdesk.services.handover.rows import HandoverNotes, HandoverQuery, MessageInput
from frontdesk.services.handover.rules import clean_cash, format_fen
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.services.validation import FieldError
from tests.conftest import make_user
from tests.support.handover import FakeSource

pytestmark = pytest.mark.usefixtures("cheap_hashing")

COUNTER = "前台一号机"
END_OF_EARLY = datetime(2026, 11, 27, 15, 50, tzinfo=LOCAL_TZ)


class BrokenSource:
    handover_source_name = "broken"

    def handover_items(self, user: CurrentUser, shift_start: datetime, shift_end: datetime) -> list[HandoverItem]:
        raise RuntimeError("database on fire")


class ForbiddenSource:
    def handover_items(self, user: CurrentUser, shift_start: datetime, shift_end: datetime) -> list[HandoverItem]:
        raise PermissionDenied("forbidden", action="x", role=user.role.value)


def order(n: int, state: str = "已派单", *, overdue: bool = False, section: str = "order.open") -> HandoverItem:
    due = datetime(2026, 11, 27, 10, tzinfo=timezone.utc) + timedelta(hours=n)
    return HandoverItem(section, "order", n, f"WX20261127{n:03d}", f"3-2-150{n} 卫生间漏水", state, due, overdue)


def followup(n: int) -> HandoverItem:
    return HandoverItem(
        "call.followup",
        "call",
        n,
        f"LD{n}",
        f"询问装修押金退还 {n}",
        "待跟进",
        datetime(2026, 11, 27, 9, tzinfo=timezone.utc),
        True,
    )


def count(kind: str, n: int) -> HandoverItem:
    return HandoverItem("count.calls", "call", 0, "", kind, extra={"count": str(n)})


@pytest.fixture
def orders() -> FakeSource:
    return FakeSource([order(2), order(1, overdue=True), count("来电", 7), count("来访", 3)])


@pytest.fixture
def calls() -> FakeSource:
    return FakeSource([followup(5)])


@pytest.fixture
def sv(services: Services, clock: FixedClock, orders: FakeSource, calls: FakeSource) -> Services:
    clock.set(END_OF_EARLY.astimezone(timezone.utc))
    services.handover_sources.clear()  # only the fakes: what the features report is tested with them
    services.handover_sources.extend([orders, calls])
    return services


@pytest.fixture
def incoming(services: Services, supervisor: CurrentUser) -> CurrentUser:
    return make_user(services, Role.RECEPTIONIST, "zhang", "张前台")


def notes(**kw: object) -> HandoverNotes:
    base: dict[str, object] = dict(
        keys_lent="3-2-1502 钥匙借给工程部刘师傅 14:20",
        cash="350.50",
        receipts="收据 3 张 No.0012–0014",
        watch_notes="6 栋电梯维保，16:00 停梯",
    )
    base.update(kw)
    return HandoverNotes(**base)  # type: ignore[arg-type]


def submitted(sv: Services, user: CurrentUser, **kw: object):  # type: ignore[no-untyped-def]
    d = sv.handover.open_draft(user, COUNTER)
    return sv.handover.submit(user, d.id, notes(**kw), expected_version=d.version)


# --- compiling --------------------------------------------------------------------------------


def test_draft_compiles_every_registered_source_in_section_order(
    sv: Services, receptionist: CurrentUser, orders: FakeSource, calls: FakeSource
) -> None:
    d = sv.handover.open_draft(receptionist, COUNTER)
    assert d.state == "draft" and d.number is None and d.counter == COUNTER
    assert (d.shift.name, d.shift.start, d.shift.end) == (
        "早班",
        datetime(2026, 11, 27, 8, tzinfo=LOCAL_TZ),
        datetime(2026, 11, 27, 16, tzinfo=LOCAL_TZ),
    )
    # orders first (the overdue one leads), then follow-ups; the counts kept apart
    assert [i.ref_number for i in d.open_items] == ["WX20261127001", "WX20261127002", "LD5"]
    assert [c.tallies() for c in d.counts] == [[("来电", 7)], [("来访", 3)]]
    assert [s for s, _ in d.sections()] == ["order.open", "call.followup"]
    # every source was asked about this shift, as this user
    for src in (orders, calls):
        assert src.calls == [(receptionist, d.shift.start, d.shift.end)]


def test_a_source_registered_later_joins_the_compilation(sv: Services, receptionist: CurrentUser) -> None:
    d = sv.handover.open_draft(receptionist, COUNTER)
    assert not any(i.section == "pass.issued" for i in d.items)
    sv.handover_sources.append(FakeSource([HandoverItem("pass.issued", "pass", 9, "FX20261127009", "搬家 沙发 2")]))
    d = sv.handover.refresh_items(receptionist, d.id, expected_version=d.version)
    assert [i.ref_number for i in d.items if i.section == "pass.issued"] == ["FX20261127009"]


def test_failing_and_forbidden_sources_do_not_stop_the_handover(sv: Services, receptionist: CurrentUser) -> None:
    sv.handover_sources.extend([BrokenSource(), ForbiddenSource()])
    d = sv.handover.open_draft(receptionist, COUNTER)
    assert d.compile_errors == ("broken",)
    assert len(d.open_items) == 3


def test_record_less_items_are_tallies(sv: Services, receptionist: CurrentUser, calls: FakeSource) -> None:
    """The call log reports its counts as one item referring to no record (section call.shift_counts)."""
    calls.items.append(
        HandoverItem(
            "call.shift_counts",
            "call",
            0,
            "",
            "",
            extra={"channel.phone": "7", "channel.visit": "3", "kind.repair": "2", "total": "10"},
        )
    )
    d = sv.handover.open_draft(receptionist, COUNTER)
    assert [i.section for i in d.open_items] == ["order.open", "order.open", "call.followup"]
    shift_counts = [c for c in d.counts if c.section == "call.shift_counts"]
    assert shift_counts[0].tallies() == [("channel.phone", 7), ("channel.visit", 3), ("kind.repair", 2), ("total", 10)]
    s = sv.handover.submit(receptionist, d.id, notes(), expected_version=d.version)
    assert sv.handover.find(receptionist, HandoverQuery(counter=COUNTER))[0].item_count == 3 == len(s.open_items)


def test_duplicates_and_unknown_sections(sv: Services, receptionist: CurrentUser, orders: FakeSource) -> None:
    orders.items += [order(1, overdue=True), HandoverItem("lost.found", "lost", 1, "SW1", "黑色雨伞")]
    d = sv.handover.open_draft(receptionist, COUNTER)
    numbers = [i.ref_number for i in d.open_items]
    assert numbers.count("WX20261127001") == 1
    assert numbers[-1] == "SW1"  # unknown sections after the known ones


def test_urgent_and_major_lead(sv: Services, receptionist: CurrentUser, orders: FakeSource) -> None:
    orders.items += [
        order(7, "待派单", section="order.urgent"),
        HandoverItem("complaint.major", "complaint", 3, "TS20261127003", "噪音扰民（重大）", "受理"),
    ]
    d = sv.handover.open_draft(receptionist, COUNTER)
    assert [s for s, _ in d.sections()][:2] == ["order.urgent", "complaint.major"]


# --- drafts -------------------------------------------------------------------------------------


def test_draft_is_saved_as_typed_and_survives_a_restart(
    sv: Services, receptionist: CurrentUser, db_path: Path, clock: FixedClock
) -> None:
    d = sv.handover.open_draft(receptionist, COUNTER)
    saved = sv.handover.save_draft(
        receptionist,
        d.id,
        notes(messages=[MessageInput("张前台", "3-2-1502 业主下午来取钥匙"), MessageInput("", "")]),
        expected_version=d.version,
    )
    assert saved.errors == {}
    # a new process on the same file: the draft is found again with everything typed
    db2 = Database(f"sqlite:///{db_path.as_posix()}")
    try:
        again = build_services(db2, clock)
        status = again.handover.counter_status(receptionist, COUNTER)
        assert status.own_draft_id == d.id
        d2 = again.handover.get(receptionist, d.id)
    finally:
        db2.dispose()
    assert d2.keys_lent.startswith("3-2-1502 钥匙") and d2.cash_fen == 35050
    assert d2.receipts == "收据 3 张 No.0012–0014" and "停梯" in d2.watch_notes
    assert [(m.recipient_name, m.text) for m in d2.messages] == [("张前台", "3-2-1502 业主下午来取钥匙")]
    # opening the draft again gives the same draft, not a second one
    assert sv.handover.open_draft(receptionist, COUNTER).id == d.id


def test_autosave_keeps_the_valid_fields_and_reports_the_bad_one(sv: Services, receptionist: CurrentUser) -> None:
    d = sv.handover.open_draft(receptionist, COUNTER)
    d = sv.handover.save_draft(receptionist, d.id, notes(cash="100"), expected_version=d.version).detail
    res = sv.handover.save_draft(receptionist, d.id, notes(cash="35o", watch_notes="新的注意事项"), expected_version=d.version)
    assert res.errors == {"cash": "bad_amount"}
    assert res.detail.watch_notes == "新的注意事项" and res.detail.cash_fen == 10000


def test_remarks_follow_their_items_across_recompilation(sv: Services, receptionist: CurrentUser, orders: FakeSource) -> None:
    d = sv.handover.open_draft(receptionist, COUNTER)
    key = next(i.key for i in d.items if i.ref_number == "WX20261127002")
    d = sv.handover.save_draft(receptionist, d.id, notes(remarks={key: "已催工程部"}), expected_version=d.version).detail
    orders.items.insert(0, order(3))
    d = sv.handover.refresh_items(receptionist, d.id, expected_version=d.version)
    assert {i.ref_number: i.remark for i in d.open_items}["WX20261127002"] == "已催工程部"
    assert "WX20261127003" in [i.ref_number for i in d.items]


def test_stale_autosave_is_a_conflict(sv: Services, receptionist: CurrentUser) -> None:
    d = sv.handover.open_draft(receptionist, COUNTER)
    sv.handover.save_draft(receptionist, d.id, notes(), expected_version=d.version)
    with pytest.raises(ConflictError):
        sv.handover.save_draft(receptionist, d.id, notes(keys_lent="另一个窗口"), expected_version=d.version)


def test_only_the_author_writes_a_draft(sv: Services, receptionist: CurrentUser, incoming: CurrentUser) -> None:
    d = sv.handover.open_draft(receptionist, COUNTER)
    with pytest.raises(PermissionDenied):
        sv.handover.save_draft(incoming, d.id, notes(), expected_version=d.version)
    with pytest.raises(PermissionDenied):
        sv.handover.get(incoming, d.id)  # someone else's draft is private


def test_changing_the_shift_recompiles_for_it(sv: Services, receptionist: CurrentUser, orders: FakeSource) -> None:
    d = sv.handover.open_draft(receptionist, COUNTER)
    choices, default = sv.handover.shift_choices()
    assert choices[default] == d.shift
    other = choices[1]  # the 晚班 before it
    d = sv.handover.refresh_items(receptionist, d.id, expected_version=d.version, window=other)
    assert d.shift == other and orders.calls[-1][1:] == (other.start, other.end)


def test_discard_a_draft(sv: Services, receptionist: CurrentUser) -> None:
    d = sv.handover.open_draft(receptionist, COUNTER)
    sv.handover.discard(receptionist, d.id, expected_version=d.version)
    with pytest.raises(NotFound):
        sv.handover.get(receptionist, d.id)
    actions = [r.action for r in sv.audit._history("handover", d.id)]
    assert actions == ["create", "discard"]


# --- 交班 ------------------------------------------------------------------------------------------


def test_submit_checks_everything_and_saves_nothing_on_bad_input(sv: Services, receptionist: CurrentUser) -> None:
    d = sv.handover.open_draft(receptionist, COUNTER)
    d = sv.handover.save_draft(receptionist, d.id, notes(), expected_version=d.version).detail
    bad = notes(cash="-5", watch_notes="x" * 2001, messages=[MessageInput("", "没写给谁")], keys_lent="改过的")
    with pytest.raises(ValidationError) as info:
        sv.handover.submit(receptionist, d.id, bad, expected_version=d.version)
    assert info.value.errors == {
        "cash": "bad_amount",
        "watch_notes": "too_long",
        "messages": "message_recipient_required",
    }
    after = sv.handover.get(receptionist, d.id)
    assert after.state == "draft" and after.keys_lent == d.keys_lent and after.version == d.version


def test_submit_fixes_the_items_open_at_handover_time(
    sv: Services, receptionist: CurrentUser, orders: FakeSource, clock: FixedClock
) -> None:
    d = sv.handover.open_draft(receptionist, COUNTER)
    orders.items = [i for i in orders.items if i.ref_id != 2]  # closed while the draft was open
    s = sv.handover.submit(receptionist, d.id, notes(), expected_version=d.version)
    assert s.state == "submitted" and s.number == "JB20261127001"
    assert s.submitted_at == clock.now()
    assert [i.ref_number for i in s.open_items] == ["WX20261127001", "LD5"]
    history = sv.audit._history("handover", s.id)
    assert [r.action for r in history] == ["create", "submit"]
    assert history[-1].after["keys_lent"].startswith("3-2-1502") and len(history[-1].after["items"]) == 4


def test_withdraw_and_resubmit_keeps_the_number(sv: Services, receptionist: CurrentUser) -> None:
    s = submitted(sv, receptionist)
    d = sv.handover.withdraw(receptionist, s.id, expected_version=s.version)
    assert d.state == "draft" and d.number == s.number
    with pytest.raises(InvalidTransition):
        sv.handover.discard(receptionist, d.id, expected_version=d.version)  # it has been handed over once
    s2 = sv.handover.submit(receptionist, d.id, notes(cash="400"), expected_version=d.version)
    assert s2.number == s.number and s2.cash_fen == 40000


# --- 接班 -----------------------------------------------------------------------------------------


def test_wrong_password_is_refused_and_nothing_is_lost(sv: Services, receptionist: CurrentUser, incoming: CurrentUser) -> None:
    s = submitted(sv, receptionist)
    with pytest.raises(AuthError):
        sv.handover.acknowledge(
            receptionist,
            s.id,
            username="zhang",
            password="wrong-password",
            note="现金已点清",
            expected_version=s.version,
        )
    after = sv.handover.get(receptionist, s.id)
    assert after == s  # not a field changed
    assert sv.audit._history("handover", s.id)[-1].action == "ack_failed"
    ok = sv.handover.acknowledge(
        receptionist,
        s.id,
        username="zhang",
        password="secret-zhang",
        note="现金已点清",
        expected_version=s.version,
    )
    assert ok.state == "acknowledged" and ok.ack_by_name == "张前台" and ok.ack_by_id == incoming.id
    assert ok.ack_note == "现金已点清" and ok.digest_ok is True and ok.frozen
    assert sv.audit._history("handover", s.id)[-1].actor_name == "张前台"


def test_the_writer_cannot_acknowledge_their_own_handover(sv: Services, receptionist: CurrentUser) -> None:
    s = submitted(sv, receptionist)
    with pytest.raises(ServiceError) as info:
        sv.handover.acknowledge(receptionist, s.id, username="li", password="secret-li", expected_version=s.version)
    assert info.value.code == "handover_ack_own"


def test_a_role_without_the_right_cannot_acknowledge(sv: Services, receptionist: CurrentUser, supervisor: CurrentUser) -> None:
    make_user(sv, Role.GUARD, "menwei", "门卫老周")
    s = submitted(sv, receptionist)
    with pytest.raises(PermissionDenied):
        sv.handover.acknowledge(None, s.id, username="menwei", password="secret-menwei", expected_version=s.version)


def test_a_draft_cannot_be_acknowledged_and_content_must_be_what_was_read(
    sv: Services, receptionist: CurrentUser, incoming: CurrentUser
) -> None:
    d = sv.handover.open_draft(receptionist, COUNTER)
    with pytest.raises(InvalidTransition):
        sv.handover.acknowledge(None, d.id, username="zhang", password="secret-zhang", expected_version=d.version)
    s = sv.handover.submit(receptionist, d.id, notes(), expected_version=d.version)
    read_version = s.version
    w = sv.handover.withdraw(receptionist, s.id, expected_version=s.version)
    s = sv.handover.submit(receptionist, w.id, notes(cash="0"), expected_version=w.version)
    with pytest.raises(ConflictError):  # the writer changed it after the incoming person read it
        sv.handover.acknowledge(None, s.id, username="zhang", password="secret-zhang", expected_version=read_version)


def test_missing_credentials_are_field_errors(sv: Services, receptionist: CurrentUser) -> None:
    s = submitted(sv, receptionist)
    with pytest.raises(ValidationError) as info:
        sv.handover.acknowledge(None, s.id, username=" ", password="", expected_version=s.version)
    assert info.value.errors == {"username": "required", "password": "required"}


# --- frozen ---------------------------------------------------------------------------------------


@pytest.fixture
def acked(sv: Services, receptionist: CurrentUser, incoming: CurrentUser):  # type: ignore[no-untyped-def]
    s = submitted(sv, receptionist, messages=[MessageInput("张前台", "记得回访 WX20261127001")])
    return sv.handover.acknowledge(None, s.id, username="zhang", password="secret-zhang", expected_version=s.version)


def test_acknowledged_is_frozen_in_the_service(sv: Services, receptionist: CurrentUser, acked) -> None:  # type: ignore[no-untyped-def]
    h = sv.handover
    v = acked.version
    attempts = [
        lambda: h.save_draft(receptionist, acked.id, notes(keys_lent="改"), expected_version=v),
        lambda: h.submit(receptionist, acked.id, notes(), expected_version=v),
        lambda: h.withdraw(receptionist, acked.id, expected_version=v),
        lambda: h.discard(receptionist, acked.id, expected_version=v),
        lambda: h.refresh_items(receptionist, acked.id, expected_version=v),
    ]
    for attempt in attempts:
        with pytest.raises(InvalidTransition) as info:
            attempt()
        assert info.value.code == "handover_frozen"
    with pytest.raises(InvalidTransition) as info:
        h.acknowledge(None, acked.id, username="boss", password="secret-boss", expected_version=v)
    assert info.value.code == "handover_already_acknowledged"
    assert h.get(receptionist, acked.id) == acked


def _raw(db_path: Path) -> sqlite3.Connection:
    return sqlite3.connect(db_path)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE handover SET keys_lent = '改过的' WHERE id = {id}",
        "UPDATE handover SET acknowledged_at = NULL, state = 'draft' WHERE id = {id}",
        "DELETE FROM handover WHERE id = {id}",
        "UPDATE handover_item SET summary = '改过的' WHERE handover_id = {id}",
        "DELETE FROM handover_item WHERE handover_id = {id}",
        "INSERT INTO handover_item (handover_id, position, section, ref_kind, ref_id, ref_number, summary, "
        "state, "
        "overdue) VALUES ({id}, 99, 'order.open', 'order', 1, 'X', '补写的', '', 0)",
        "UPDATE handover_message SET text = '改过的' WHERE handover_id = {id}",
        "DELETE FROM handover_message WHERE handover_id = {id}",
    ],
)
def test_the_database_refuses_to_change_an_acknowledged_entry(db_path: Path, acked, sql: str) -> None:  # type: ignore[no-untyped-def]
    con = _raw(db_path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="frozen"):
            con.execute(sql.format(id=acked.id))
    finally:
        con.close()


def test_the_database_allows_changes_before_acknowledgement(sv: Services, db_path: Path, receptionist: CurrentUser) -> None:
    s = submitted(sv, receptionist)
    con = _raw(db_path)
    try:
        con.execute("UPDATE handover SET watch_notes = 'ok' WHERE id = ?", (s.id,))
        con.execute("UPDATE handover_item SET remark = 'ok' WHERE handover_id = ?", (s.id,))
        con.commit()
    finally:
        con.close()


def test_tampering_past_the_triggers_is_detected(sv: Services, db_path: Path, receptionist: CurrentUser, acked) -> None:  # type: ignore[no-untyped-def]
    con = _raw(db_path)
    try:
        con.execute("DROP TRIGGER handover_frozen_update")
        con.execute("UPDATE handover SET cash_fen = 5 WHERE id = ?", (acked.id,))
        con.commit()
    finally:
        con.close()
    assert sv.handover.get(receptionist, acked.id).digest_ok is False


# --- corrections -----------------------------------------------------------------------------------


def test_a_correction_is_a_new_entry_referring_to_the_old(
    sv: Services,
    receptionist: CurrentUser,
    incoming: CurrentUser,
    orders: FakeSource,
    acked,  # type: ignore[no-untyped-def]
) -> None:
    with pytest.raises(ValidationError):
        sv.handover.correct(receptionist, acked.id, "  ")
    c = sv.handover.correct(receptionist, acked.id, "现金少写了 50 元")
    assert c.id != acked.id and c.corrects_id == acked.id and c.corrects_number == acked.number
    assert c.state == "draft" and c.shift == acked.shift and c.counter == acked.counter
    assert [i.ref_number for i in c.items] == [i.ref_number for i in acked.items]
    assert c.cash_fen == acked.cash_fen and c.messages == acked.messages
    assert sv.handover.get(receptionist, acked.id).corrected_by == ()  # a draft is not yet a correction
    orders.items = []  # the items of that shift stay as handed over, not what is open today
    s = sv.handover.submit(
        receptionist,
        c.id,
        notes(cash="400.50", messages=[MessageInput("张前台", "记得回访")]),
        expected_version=c.version,
    )
    assert [i.ref_number for i in s.items] == [i.ref_number for i in acked.items]
    s = sv.handover.acknowledge(None, s.id, username="zhang", password="secret-zhang", expected_version=s.version)
    old = sv.handover.get(receptionist, acked.id)
    assert old.corrected_by == ((s.id, s.number),)
    assert old.cash_fen == 35050 and s.cash_fen == 40050
    rows = {r.id: r for r in sv.handover.find(receptionist, HandoverQuery(counter=COUNTER))}
    assert rows[acked.id].correction_count == 1 and rows[s.id].corrects_number == acked.number


def test_an_unacknowledged_entry_is_edited_not_corrected(sv: Services, receptionist: CurrentUser) -> None:
    s = submitted(sv, receptionist)
    with pytest.raises(InvalidTransition):
        sv.handover.correct(receptionist, s.id, "写错了")


# --- at the counter -----------------------------------------------------------------------------------


def test_counter_status_at_login(sv: Services, receptionist: CurrentUser, incoming: CurrentUser, clock: FixedClock) -> None:
    s = submitted(sv, receptionist)
    st = sv.handover.counter_status(incoming, COUNTER)
    assert [r.id for r in st.pending] == [s.id] and st.own_draft_id is None
    assert sv.handover.counter_status(receptionist, COUNTER).pending == ()  # not shown to its writer
    assert sv.handover.counter_status(incoming, "前台二号机").pending == ()  # another counter
    d = sv.handover.open_draft(incoming, COUNTER)
    assert sv.handover.counter_status(incoming, COUNTER).own_draft_id == d.id
    assert [r.author_name for r in sv.handover.counter_status(receptionist, COUNTER).others_drafts] == ["张前台"]


def test_messages_reach_the_named_colleague(sv: Services, receptionist: CurrentUser, incoming: CurrentUser) -> None:
    submitted(
        sv,
        receptionist,
        messages=[
            MessageInput("张前台", "3-2-1502 业主下午来取钥匙"),
            MessageInput("外包保洁老刘", "垃圾房钥匙在抽屉"),
        ],
    )
    mine = sv.handover.messages_for(incoming)
    assert [(m.author_name, m.text) for m in mine] == [("李前台", "3-2-1502 业主下午来取钥匙")]


# --- the supervisor's list, search, counts --------------------------------------------------------------


def _three_days(sv: Services, clock: FixedClock, receptionist: CurrentUser, incoming: CurrentUser) -> list[int]:
    ids = []
    for day, (writer, reader, text) in enumerate(
        [
            (receptionist, "zhang", "1 号岗亭对讲机故障"),
            (incoming, "li", "财务章交给主管"),
            (receptionist, None, "钥匙柜锁坏"),
        ]
    ):
        clock.set((END_OF_EARLY + timedelta(days=day)).astimezone(timezone.utc))
        s = submitted(sv, writer, watch_notes=text)
        if reader:
            sv.handover.acknowledge(None, s.id, username=reader, password=f"secret-{reader}", expected_version=s.version)
        ids.append(s.id)
    return ids


def test_supervisor_searches_by_date_person_text_and_finds_the_never_acknowledged(
    sv: Services, clock: FixedClock, receptionist: CurrentUser, incoming: CurrentUser, supervisor: CurrentUser
) -> None:
    ids = _three_days(sv, clock, receptionist, incoming)
    h = sv.handover
    assert [r.id for r in h.find(supervisor)] == ids[::-1]
    assert [r.id for r in h.find(supervisor, HandoverQuery(date_from=date(2026, 11, 28)))] == ids[:0:-1]
    assert [r.id for r in h.find(supervisor, HandoverQuery(date_to=date(2026, 11, 27)))] == ids[:1]
    assert [r.id for r in h.find(supervisor, HandoverQuery(person="张"))] == [
        ids[1],
        ids[0],
    ]  # wrote or acked
    assert [r.id for r in h.find(supervisor, HandoverQuery(text="对讲机"))] == [ids[0]]
    assert [r.id for r in h.find(supervisor, HandoverQuery(text="WX20261127001"))] == ids[::-1]  # in the items
    assert [r.id for r in h.find(supervisor, HandoverQuery(state="unacked"))] == [ids[2]]
    assert h.find(supervisor, HandoverQuery(text="100%_")) == []
    assert [r.id for r in h.find(supervisor, limit=2)] == ids[:0:-1]
    assert [r.id for r in h.find(supervisor, before_id=ids[1])] == [ids[0]]
    # not yet overdue; three hours later it is, and it is counted for the supervisor
    assert h.find(supervisor, HandoverQuery(state="overdue")) == []
    clock.advance(hours=3)
    assert [r.id for r in h.find(supervisor, HandoverQuery(state="overdue"))] == [ids[2]]
    assert [(c.code, c.count) for c in sv.handover.status_counts(supervisor)] == [("handover.unacked", 1)]
    assert sv.handover.status_counts(receptionist) == []


def test_a_receptionist_sees_their_own_and_their_counter(
    sv: Services, clock: FixedClock, receptionist: CurrentUser, incoming: CurrentUser, supervisor: CurrentUser
) -> None:
    ids = _three_days(sv, clock, receptionist, incoming)
    other = sv.handover.open_draft(incoming, "前台二号机")
    other = sv.handover.submit(incoming, other.id, notes(), expected_version=other.version)
    mine_only = {r.id for r in sv.handover.find(receptionist)}
    assert mine_only == set(ids)  # wrote or acknowledged all three, none of 二号机
    at_two = {r.id for r in sv.handover.find(receptionist, HandoverQuery(counter="前台二号机"))}
    assert other.id in at_two
    assert {r.id for r in sv.handover.find(supervisor)} == set(ids) | {other.id}


def test_global_search_kind_handover(
    sv: Services, clock: FixedClock, receptionist: CurrentUser, incoming: CurrentUser, supervisor: CurrentUser
) -> None:
    ids = _three_days(sv, clock, receptionist, incoming)
    hits = [h for h in sv.search(supervisor, "对讲机") if h.kind == "handover"]
    assert [h.id for h in hits] == [ids[0]]
    assert hits[0].title.startswith("JB20261127001") and "李前台" in hits[0].subtitle
    assert [h.id for h in sv.search(supervisor, "JB20261128001") if h.kind == "handover"] == [ids[1]]
    make_user(sv, Role.RECEPTIONIST, "wu", "吴前台")
    stranger = sv.staff.login("wu", "secret-wu")
    assert [h for h in sv.search(stranger, "对讲机") if h.kind == "handover"] == []


# --- settings and small checks ---------------------------------------------------------------------------


def test_shifts_are_configurable_by_a_supervisor_only(sv: Services, receptionist: CurrentUser, supervisor: CurrentUser) -> None:
    rows = [
        {"name": "白班", "start": "08:30", "end": "17:30"},
        {"name": "夜班", "start": "17:30", "end": "08:30"},
    ]
    with pytest.raises(PermissionDenied):
        sv.handover.set_shifts(receptionist, rows)
    with pytest.raises(ValidationError) as info:
        sv.handover.set_shifts(supervisor, [{"name": "白班", "start": "8点半", "end": "17:30"}])
    assert info.value.errors == {"shifts": "shift_time_bad"}
    sv.handover.set_shifts(supervisor, rows)
    assert [s.name for s in sv.handover.shifts()] == ["白班", "夜班"]
    d = sv.handover.open_draft(receptionist, COUNTER)
    assert d.shift.name == "白班"


def test_a_broken_shift_setting_falls_back_to_the_defaults(sv: Services, supervisor: CurrentUser) -> None:
    sv.settings.set(supervisor, "handover.shifts", [{"name": "坏的"}])
    assert [s.name for s in sv.handover.shifts()] == ["早班", "中班", "晚班"]


@pytest.mark.parametrize(
    ("typed", "fen"),
    [("350", 35000), ("350.5", 35050), ("¥1,200.00", 120000), ("３５０元", 35000), ("", None), ("0", 0)],
)
def test_cash_as_typed(typed: str, fen: int | None) -> None:
    assert clean_cash(typed) == fen


@pytest.mark.parametrize("typed", ["-5", "35o", "1.234", "1e5", "99999999999"])
def test_bad_cash(typed: str) -> None:
    with pytest.raises(FieldError):
        clean_cash(typed)


def test_format_fen() -> None:
    assert format_fen(1234550) == "12,345.50" and format_fen(5) == "0.05" and format_fen(None) == ""


def test_counter_is_required(sv: Services, receptionist: CurrentUser) -> None:
    with pytest.raises(ValidationError) as info:
        sv.handover.open_draft(receptionist, "  ")
    assert info.value.errors == {"counter": "required"}


@pytest.mark.parametrize(
    ("role", "writes", "sees_all"),
    [
        (Role.RECEPTIONIST, True, False),
        (Role.BUTLER, True, False),
        (Role.SUPERVISOR, True, True),  # (an admin holds every right; only an admin can create one)
        (Role.GUARD, False, False),
    ],
)
def test_what_each_role_may_do(sv: Services, supervisor: CurrentUser, role: Role, writes: bool, sees_all: bool) -> None:
    someone = make_user(sv, role, "who", "某人")
    other = make_user(sv, Role.RECEPTIONIST, "zhou", "周前台")
    theirs = sv.handover.open_draft(other, "前台二号机")
    theirs = sv.handover.submit(other, theirs.id, notes(), expected_version=theirs.version)
    if writes:
        assert sv.handover.open_draft(someone, COUNTER).author_id == someone.id
    else:
        with pytest.raises(PermissionDenied):
            sv.handover.open_draft(someone, COUNTER)
    if sees_all:
        assert theirs.id in {r.id for r in sv.handover.find(someone)}
    elif writes:
        assert theirs.id not in {r.id for r in sv.handover.find(someone)}  # another counter, not theirs
    else:
        with pytest.raises(PermissionDenied):
            sv.handover.find(someone)
    if writes:
        ok = sv.handover.acknowledge(None, theirs.id, username="who", password="secret-who", expected_version=theirs.version)
        assert ok.ack_by_id == someone.id
    else:
        with pytest.raises(PermissionDenied):
            sv.handover.acknowledge(None, theirs.id, username="who", password="secret-who", expected_version=theirs.version)
