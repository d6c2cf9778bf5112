"""Rectification notices: validation, the clause snapshot, re-inspection, the chain of notices."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from frontdesk.services.container import Services
from frontdesk.services.errors import ConflictError, InvalidTransition, PermissionDenied, ValidationError
from frontdesk.services.notices.rows import NoticeInput
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.services.settings import DEFAULTS
from tests.conftest import make_user
from tests.support.estate import add_room

pytestmark = pytest.mark.usefixtures("cheap_hashing")


@pytest.fixture
def room_id(services: Services) -> int:
    return add_room(services, "3-2-1502", "张伟", "13812345678", status="装修中")


def notice_input(**kw) -> NoticeInput:  # type: ignore[no-untyped-def]
    base = dict(
        room="3-2-1502",
        addressee_kind="owner",
        addressee_name="张伟",
        findings="卫生间墙面开槽深度超过 5 厘米，并拆除了厨房与阳台之间的墙体。",
        clause_nos=["第八条", "第十条"],
        requirement="立即停止拆改，恢复墙体原状，卫生间重做防水并闭水试验。",
        deadline=date(2026, 11, 30),
    )
    base.update(kw)
    return NoticeInput(**base)


def test_defaults_hold_realistic_clauses() -> None:
    clauses = DEFAULTS["notice.clauses"]
    assert len(clauses) >= 8
    assert all(c["no"].startswith("第") and c["no"].endswith("条") and len(c["text"]) > 30 for c in clauses)
    assert DEFAULTS["notice.regulation"] == "装修管理规定"


def test_issue_snapshots_clauses_and_prefills(
    services: Services, receptionist: CurrentUser, supervisor: CurrentUser, room_id: int
) -> None:
    ns = services.notices
    assert ns.addressee_for_room(receptionist, "3栋2单元1502") == ("3-2-1502", "张伟")
    assert ns.default_deadline() == date(2026, 11, 30)
    p = ns.issue(receptionist, notice_input(room="3#2-1502"))
    d = p.detail
    assert d.number == "ZG20261127001" and d.room_code == "3-2-1502" and d.round == 1
    assert [c.no for c in d.clauses] == ["第八条", "第十条"]
    assert d.clauses[0].text.startswith("严禁拆改房屋承重墙")
    assert d.status == "pending" and d.found_on == date(2026, 11, 27) and d.issued_by == "李前台"
    assert p.regulation == "装修管理规定" and p.consequence.startswith("逾期未整改")
    # editing the clause list later does not change what an issued notice says
    services.settings.set(supervisor, "notice.clauses", [{"no": "第八条", "text": "改过的条文"}])
    assert ns.get(receptionist, d.id).clauses[0].text.startswith("严禁拆改房屋承重墙")
    assert [c.text for c in ns.clauses()] == ["改过的条文"]
    assert [h.action for h in services.audit.history(supervisor, "rectification_notice", d.id)] == ["issue"]


def test_contractor_addressee(services: Services, receptionist: CurrentUser, room_id: int) -> None:
    d = services.notices.issue(
        receptionist,
        notice_input(
            addressee_kind="contractor",
            addressee_name="鑫达装饰工程有限公司 王工",
            addressee_phone="13511112222",
        ),
    ).detail
    assert d.addressee_kind == "contractor" and d.addressee_name == "鑫达装饰工程有限公司 王工"
    assert d.addressee_phone == "135****2222"


def test_validation(services: Services, receptionist: CurrentUser, room_id: int) -> None:
    with pytest.raises(ValidationError) as ei:
        services.notices.issue(
            receptionist,
            NoticeInput(
                room="99-9-999",
                addressee_kind="owner",
                addressee_name="",
                findings=" ",
                clause_nos=[],
                requirement="",
                deadline=date(2026, 11, 26),
                found_on=date(2026, 11, 28),
            ),
        )
    assert ei.value.errors == {
        "room": "room_unknown",
        "addressee_name": "required",
        "findings": "required",
        "clauses": "clause_required",
        "requirement": "required",
        "deadline": "date_in_past",
        "found_on": "day_in_future",
    }
    with pytest.raises(ValidationError) as ei:
        services.notices.issue(
            receptionist,
            notice_input(clause_nos=["第九十九条"], deadline=date(2027, 6, 1), findings="x" * 1001),
        )
    assert ei.value.errors == {
        "clauses": "clause_unknown",
        "deadline": "deadline_too_far",
        "findings": "too_long",
    }
    assert services.notices.list_notices(receptionist, view="all") == []


def test_reinspection_rules_and_chain(
    services: Services,
    receptionist: CurrentUser,
    butler: CurrentUser,
    supervisor: CurrentUser,
    clock,
    room_id: int,
) -> None:  # type: ignore[no-untyped-def]
    ns = services.notices
    first = ns.issue(receptionist, notice_input()).detail
    # a receptionist issues; re-inspection is the butler's
    with pytest.raises(PermissionDenied):
        ns.reinspect(receptionist, first.id, "rectified", "", expected_version=first.version)
    with pytest.raises(ValidationError) as not_chosen:  # the dialog starts with neither
        ns.reinspect(butler, first.id, "", "", expected_version=first.version)
    assert not_chosen.value.errors == {"result": "reinspect_result_not_chosen"}
    # 未整改 cannot be recorded before the deadline, and needs a note of what is still wrong
    with pytest.raises(InvalidTransition) as ei:
        ns.reinspect(butler, first.id, "not_rectified", "墙体未恢复", expected_version=first.version)
    assert ei.value.code == "deadline_not_reached"
    clock.set(datetime(2026, 11, 30, 2, 0, tzinfo=timezone.utc))  # deadline day, 10:00
    assert [d.number for d in ns.list_notices(butler, view="due")] == [first.number]
    assert ns.get(butler, first.id).status == "due"
    with pytest.raises(ValidationError) as ve:
        ns.reinspect(butler, first.id, "not_rectified", " ", expected_version=first.version)
    assert ve.value.errors == {"reinspect_note": "required"}
    failed = ns.reinspect(butler, first.id, "not_rectified", "墙体未恢复，卫生间未重做防水", expected_version=first.version)
    assert failed.status == "followup_needed" and failed.reinspected_by == "赵管家"
    with pytest.raises(ConflictError):
        ns.reinspect(butler, first.id, "rectified", "", expected_version=first.version)
    with pytest.raises(InvalidTransition):
        ns.reinspect(butler, first.id, "rectified", "", expected_version=failed.version)
    assert [d.number for d in ns.list_notices(butler, view="followup")] == [first.number]
    # the second notice refers to the first; only one follow-up per notice
    second_p = ns.issue(receptionist, notice_input(previous_id=first.id, deadline=date(2026, 12, 2)))
    second = second_p.detail
    assert second.round == 2 and second.previous_number == first.number
    assert second_p.previous_reinspect_note == "墙体未恢复，卫生间未重做防水"
    assert ns.get(butler, first.id).followup_number == second.number
    assert ns.get(butler, first.id).status == "followed_up"
    with pytest.raises(InvalidTransition):
        ns.issue(receptionist, notice_input(previous_id=first.id))
    # a second notice for another room is refused
    add_room(services, "1-1-101", "吴芳")
    third = ns.issue(receptionist, notice_input(room="1-1-101", addressee_name="吴芳")).detail
    with pytest.raises(ValidationError) as ve2:
        ns.issue(receptionist, notice_input(room="1-1-101", addressee_name="吴芳", previous_id=second.id))
    assert ve2.value.errors == {"room": "followup_other_room"}
    # 已整改 may be recorded early
    done = ns.reinspect(butler, third.id, "rectified", "已恢复", expected_version=third.version)
    assert done.status == "rectified"
    code, history = ns.room_history(butler, "3栋2单元1502")
    assert code == "3-2-1502" and [d.number for d in history] == [first.number, second.number]
    actions = [h.action for h in services.audit.history(supervisor, "rectification_notice", first.id)]
    assert actions == ["issue", "reinspect", "followup"]


def test_receipt(services: Services, receptionist: CurrentUser, clock, room_id: int) -> None:  # type: ignore[no-untyped-def]
    ns = services.notices
    d = ns.issue(receptionist, notice_input()).detail
    with pytest.raises(ValidationError) as ei:
        ns.record_receipt(receptionist, d.id, "张伟", date(2026, 11, 26), expected_version=d.version)
    assert ei.value.errors == {"received_on": "received_before_issue"}
    r = ns.record_receipt(receptionist, d.id, "张伟", None, expected_version=d.version)
    assert (r.received_by, r.received_on) == ("张伟", date(2026, 11, 27))


def test_counts_handover_and_search(
    services: Services,
    receptionist: CurrentUser,
    butler: CurrentUser,
    clock,  # type: ignore[no-untyped-def]
    room_id: int,
) -> None:
    ns = services.notices
    a = ns.issue(receptionist, notice_input(deadline=date(2026, 11, 28))).detail
    b = ns.issue(receptionist, notice_input(deadline=date(2026, 12, 5))).detail

    def counts() -> dict[str, int]:
        return {c.code: c.count for c in services.status_counts(receptionist)}

    assert counts()["notice.reinspect_due"] == 0
    clock.set(datetime(2026, 11, 29, 1, 0, tzinfo=timezone.utc))
    assert counts()["notice.reinspect_due"] == 1
    items = [
        i for i in services.handover_items(receptionist, clock.now() - timedelta(hours=8), clock.now()) if i.ref_kind == "notice"
    ]
    assert [(i.ref_number, i.section, i.overdue) for i in items] == [
        (a.number, "notice.reinspect", True),
        (b.number, "notice.reinspect", False),
    ]
    ns.reinspect(butler, a.id, "not_rectified", "未整改", expected_version=a.version)
    assert counts()["notice.reinspect_due"] == 0 and counts()["notice.followup_needed"] == 1
    items = [
        i for i in services.handover_items(receptionist, clock.now() - timedelta(hours=8), clock.now()) if i.ref_kind == "notice"
    ]
    assert [(i.section, i.state) for i in items] == [
        ("notice.reinspect", "followup_needed"),
        ("notice.reinspect", "pending"),
    ]
    hits = [h for h in services.search(receptionist, "开槽") if h.kind == "notice"]
    assert {h.id for h in hits} == {a.id, b.id}
    assert [h.id for h in services.search(receptionist, b.number) if h.kind == "notice"] == [b.id]


def test_guard_sees_no_notices(services: Services, supervisor: CurrentUser, room_id: int) -> None:
    guard = make_user(services, Role.GUARD, "gate1", "陈门岗")
    with pytest.raises(PermissionDenied):
        services.notices.issue(guard, notice_input())
    with pytest.raises(PermissionDenied):
        services.notices.list_notices(guard)
    assert services.notices.handover_items(guard, datetime.now(timezone.utc), datetime.now(timezone.utc)) == []
    assert [h for h in services.search(guard, "3-2-1502") if h.kind == "notice"] == []


def test_change_sets_allowed_actions_pages_and_feature_export(
    services: Services,
    receptionist: CurrentUser,
    supervisor: CurrentUser,
    clock,
    room_id: int,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from openpyxl import load_workbook

    from frontdesk.services.core.changes import call_op
    from frontdesk.services.notices.feature import FEATURE
    from frontdesk.services.notices.rules import NOTICE

    ns = services.notices
    printed, changed = call_op(ns.issue, receptionist, notice_input())
    assert changed == {NOTICE}
    d = printed.detail
    assert d.allowed == {"print", "receipt"}  # a receptionist does not re-inspect
    assert ns.get(supervisor, d.id).allowed == {"print", "receipt", "reinspect"}
    with pytest.raises(ConflictError):
        ns.record_receipt(receptionist, d.id, "张伟", None, expected_version=d.version + 1)
    clock.set(datetime(2026, 11, 30, 4, 0, tzinfo=timezone.utc))
    done, changed = call_op(ns.reinspect, supervisor, d.id, "not_rectified", "墙体未恢复", expected_version=d.version)
    assert changed == {NOTICE} and done.allowed == {"print", "receipt", "followup"}

    ids = [d.id] + [ns.issue(receptionist, notice_input(deadline=date(2026, 12, 1 + i))).detail.id for i in range(3)]
    first = ns.page_notices(receptionist, view="open", limit=2)
    second = ns.page_notices(receptionist, view="open", cursor=first.next_cursor, limit=2)
    assert [n.id for n in first.rows + second.rows] == ids[1:] and second.next_cursor is None
    newest = ns.page_notices(receptionist, view="all", limit=3)
    rest = ns.page_notices(receptionist, view="all", cursor=newest.next_cursor, limit=3)
    assert [n.id for n in newest.rows + rest.rows] == list(reversed(ids))

    path = tmp_path / "notices.xlsx"
    assert FEATURE.export is not None and FEATURE.export(ns, receptionist, path) == 4
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][0] == "编号" and "未整改·待再次通知" in [r[14] for r in rows[1:]]
