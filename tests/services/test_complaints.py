"""Complaints: the six steps in order, who may take each, conflicts, deadlines, search, handover."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from frontdesk.services.complaints.rows import ComplaintFilter
from frontdesk.services.complaints.rules import State, available_actions
from frontdesk.services.errors import ConflictError, InvalidTransition, PermissionDenied, ValidationError
from frontdesk.services.permissions import Role
from tests.conftest import make_user
from tests.support.complaints import call_back, dept_id, intake, make_estate, walk
from tests.support.users import user_of_role

pytestmark = pytest.mark.usefixtures("cheap_hashing")


@pytest.fixture
def estate(services):  # type: ignore[no-untyped-def]
    return make_estate(services)


@pytest.fixture
def guard(services, supervisor):  # type: ignore[no-untyped-def]
    return make_user(services, Role.GUARD, "menwei", "孙门岗")


# --- step 1 受理 -----------------------------------------------------------------------------


def test_accept_numbers_and_records_who_and_when(services, clock, receptionist, estate) -> None:
    c = services.complaints.create(receptionist, intake())
    assert c.number == "TS20261127001"
    assert c.state == State.JUDGE and c.step == 2
    assert c.room == "3-2-1502" and c.project == "翠湖花园"
    assert c.received_by == "李前台" and c.received_at == clock.now()
    assert c.phone == "138****5678" and c.phone_masked  # a receptionist sees it masked
    assert c.due_at == clock.now() + timedelta(hours=4)
    [ev] = c.events
    assert (ev.step, ev.action, ev.actor_name, ev.at) == (1, "accept", "李前台", clock.now())
    second = services.complaints.create(receptionist, intake(room="3#2-1501"))
    assert second.number == "TS20261127002" and second.room == "3-2-1501"


def test_room_is_optional_but_must_exist_when_given(services, receptionist, estate) -> None:
    c = services.complaints.create(receptionist, intake(room=""))
    assert c.room == "" and c.room_id is None
    with pytest.raises(ValidationError) as exc:
        services.complaints.create(receptionist, intake(room="9-9-9999"))
    assert exc.value.errors == {"room": "room_unknown"}


def test_bad_intake_reports_every_field_at_once_and_saves_nothing(services, clock, receptionist, estate) -> None:
    bad = intake(
        complainant="",
        phone="1381234",
        category="天气",
        content="x" * 10_001,
        severity="很严重",
        channel="飞鸽",
        received_at=clock.now() + timedelta(hours=2),
        room="88-8-8888",
    )
    with pytest.raises(ValidationError) as exc:
        services.complaints.create(receptionist, bad)
    assert exc.value.errors == {
        "complainant": "required",
        "phone": "bad_phone",
        "category": "invalid",
        "content": "too_long",
        "severity": "invalid",
        "channel": "invalid",
        "received_at": "time_in_future",
        "room": "room_unknown",
    }
    with pytest.raises(ValidationError) as exc:
        services.complaints.create(receptionist, intake(content="噪音\x07太大"))
    assert exc.value.errors == {"content": "control_chars"}
    assert services.complaints.count(receptionist) == 0
    # emoji in the content are fine: people paste them from chat apps
    ok = services.complaints.create(receptionist, intake(content="噪音太大了😡"))
    assert ok.content.endswith("😡")


def test_categories_are_configurable(services, supervisor, receptionist, estate) -> None:
    services.settings.set(supervisor, "complaint.categories", ["服务态度", "停车管理"])
    assert services.complaints.options()["categories"] == ["服务态度", "停车管理"]
    c = services.complaints.create(receptionist, intake(category="停车管理"))
    assert c.category == "停车管理"
    with pytest.raises(ValidationError):
        services.complaints.create(receptionist, intake(category="噪音扰民"))


def test_major_complaint_has_shorter_deadlines(services, clock, receptionist, estate) -> None:
    c = services.complaints.create(receptionist, intake(severity="重大"))
    assert c.due_at == clock.now() + timedelta(hours=1)


# --- the whole loop ----------------------------------------------------------------------------


def test_six_steps_in_order_each_with_who_and_when(services, clock, receptionist, butler, supervisor, estate) -> None:
    cs = services.complaints
    c = cs.create(receptionist, intake())
    clock.advance(minutes=30)
    c = cs.judge(receptionist, c.id, valid=True, note="情况属实", expected_version=c.version)
    assert (c.state, c.valid, c.judged_by, c.judged_at) == (State.INVESTIGATE, True, "李前台", clock.now())
    clock.advance(hours=2)
    c = cs.investigate(
        butler,
        c.id,
        department_id=dept_id(services, "工程部"),
        person="张工",
        cause="装修单位未按规定时间施工",
        expected_version=c.version,
    )
    assert (c.state, c.department, c.responsible_person, c.investigated_by) == (
        State.PROPOSE,
        "工程部",
        "张工",
        "赵管家",
    )
    c = cs.propose(butler, c.id, proposals=["约谈装修负责人", "", "发整改通知单"], expected_version=c.version)
    assert c.state == State.APPROVE and c.proposals == ("约谈装修负责人", "发整改通知单")
    c = cs.approve(supervisor, c.id, chosen=1, comment="同意", expected_version=c.version)
    assert (c.state, c.approved, c.approved_by, c.approved_proposal) == (
        State.IMPLEMENT,
        True,
        "王主管",
        "发整改通知单",
    )
    c = cs.implement(
        receptionist,
        c.id,
        actions="已发整改通知单 ZG20261127001",
        accepted=True,
        opinion="满意",
        expected_version=c.version,
    )
    assert c.state == State.CALLBACK and c.complainant_accepted and c.implemented_by == "李前台"
    assert c.due_at == clock.now() + timedelta(hours=72)
    clock.advance(days=1)
    c = call_back(services, receptionist, c.id, "satisfied", "业主表示已安静")
    assert (c.state, c.satisfaction, c.callback_by, c.callback_at) == (
        State.CLOSE,
        "satisfied",
        "李前台",
        clock.now(),
    )
    c = cs.close(butler, c.id, improvement="装修审批时书面告知施工时间", summary="处理及时", expected_version=c.version)
    assert c.state == State.CLOSED and c.closed_by == "赵管家" and c.due_at is None
    assert [(e.step, e.action) for e in c.events] == [
        (1, "accept"),
        (2, "judge_valid"),
        (3, "investigate"),
        (4, "propose"),
        (4, "approve"),
        (5, "implement"),
        (6, "callback"),
        (6, "close"),
    ]
    assert not c.was_overdue and not any(e.late for e in c.events)
    history = services.audit.history(supervisor, "complaint", c.id)
    assert [h.action for h in history] == [
        "create",
        "judge_valid",
        "investigate",
        "propose",
        "approve",
        "implement",
        "callback",
        "close",
    ]
    assert history[1].before["state"] == "judge"
    assert history[1].after["state"] == "investigate" and history[1].after["valid"] is True


def test_invalid_complaint_records_the_reply_and_ends(services, receptionist, supervisor, estate) -> None:
    cs = services.complaints
    c = cs.create(receptionist, intake())
    with pytest.raises(ValidationError) as exc:
        cs.judge(receptionist, c.id, valid=False, reply="  ", expected_version=c.version)
    assert exc.value.errors == {"invalid_reply": "required"}
    c = cs.judge(receptionist, c.id, valid=False, reply="已解释：属允许施工时间段", expected_version=c.version)
    assert c.state == State.INVALID and c.valid is False and c.invalid_reply == "已解释：属允许施工时间段"
    assert c.due_at is None
    for step in ("judge", "investigate", "propose", "approve", "return", "implement", "close", "edit"):
        assert step not in available_actions(supervisor, c.state)
    with pytest.raises(InvalidTransition):
        cs.investigate(
            receptionist,
            c.id,
            department_id=dept_id(services, "工程部"),
            person="张工",
            cause="x",
            expected_version=c.version,
        )
    with pytest.raises(InvalidTransition):
        cs.judge(receptionist, c.id, valid=True, expected_version=c.version)


def test_steps_cannot_be_skipped(services, receptionist, supervisor, butler, estate) -> None:
    cs = services.complaints
    eng = dept_id(services, "工程部")
    c = cs.create(receptionist, intake())
    v = c.version
    with pytest.raises(InvalidTransition):
        cs.investigate(receptionist, c.id, department_id=eng, person="张工", cause="x", expected_version=v)
    with pytest.raises(InvalidTransition):
        cs.propose(receptionist, c.id, proposals=["x"], expected_version=v)
    with pytest.raises(InvalidTransition):
        cs.approve(supervisor, c.id, expected_version=v)
    with pytest.raises(InvalidTransition):
        cs.send_back(supervisor, c.id, comment="x", expected_version=v)
    with pytest.raises(InvalidTransition):
        cs.implement(receptionist, c.id, actions="x", accepted=True, expected_version=v)
    with pytest.raises(InvalidTransition):
        cs.close(butler, c.id, improvement="x", expected_version=v)
    assert services.callbacks.for_record(receptionist, "complaint", c.id) == []  # not in the queue yet
    c = walk(services, receptionist, supervisor, until="approve")
    with pytest.raises(InvalidTransition):
        cs.propose(receptionist, c.id, proposals=["再来一个"], expected_version=c.version)
    with pytest.raises(InvalidTransition):
        cs.implement(receptionist, c.id, actions="x", accepted=True, expected_version=c.version)
    c = walk(services, receptionist, supervisor, until="callback")
    with pytest.raises(InvalidTransition):
        cs.close(butler, c.id, improvement="x", expected_version=c.version)  # not called back yet
    assert cs.get(receptionist, c.id).state == State.CALLBACK


def test_a_receptionist_cannot_approve_or_send_back(services, receptionist, butler, supervisor, estate) -> None:
    cs = services.complaints
    c = walk(services, receptionist, supervisor, until="approve")
    for who in (receptionist, butler):
        with pytest.raises(PermissionDenied):
            cs.approve(who, c.id, chosen=0, expected_version=c.version)
        with pytest.raises(PermissionDenied):
            cs.send_back(who, c.id, comment="不行", expected_version=c.version)
        assert "approve" not in available_actions(who, c.state)
    assert cs.get(receptionist, c.id).state == State.APPROVE
    assert {"approve", "return"} <= available_actions(supervisor, c.state)


def test_permissions_per_role(services, receptionist, butler, supervisor, guard, estate) -> None:
    cs = services.complaints
    with pytest.raises(PermissionDenied):
        cs.create(guard, intake())
    with pytest.raises(PermissionDenied):
        cs.list_complaints(guard)
    c = walk(services, receptionist, supervisor, until="callback")
    c = call_back(services, receptionist, c.id, "basic")
    with pytest.raises(PermissionDenied):
        cs.close(receptionist, c.id, improvement="x", expected_version=c.version)
    technician = user_of_role(services.db, Role.TECHNICIAN, "刘师傅")
    with pytest.raises(PermissionDenied):
        cs.judge(technician, c.id, valid=True, expected_version=c.version)
    assert cs.close(butler, c.id, improvement="加强巡查", expected_version=c.version).state == State.CLOSED
    for who in (receptionist, butler):
        with pytest.raises(PermissionDenied):
            cs.monthly_stats(who, 2026, 11)
    assert cs.monthly_stats(supervisor, 2026, 11).total.total == 1


def test_supervisor_sends_back_then_approves(services, receptionist, supervisor, estate) -> None:
    cs = services.complaints
    c = walk(services, receptionist, supervisor, until="approve")
    with pytest.raises(ValidationError) as exc:
        cs.send_back(supervisor, c.id, comment="", expected_version=c.version)
    assert exc.value.errors == {"approval_comment": "required"}
    c = cs.send_back(supervisor, c.id, comment="方案太笼统，请写明施工时间", expected_version=c.version)
    assert c.state == State.PROPOSE and c.returned_count == 1 and c.approved is False
    assert c.approval_comment == "方案太笼统，请写明施工时间"
    c = cs.propose(
        receptionist,
        c.id,
        proposals=["约谈装修负责人，限定 8:00-12:00、14:00-18:00 施工"],
        expected_version=c.version,
    )
    with pytest.raises(ValidationError):
        cs.approve(supervisor, c.id, chosen=3, expected_version=c.version)
    c = cs.approve(supervisor, c.id, chosen=0, comment="同意", expected_version=c.version)
    assert c.state == State.IMPLEMENT and c.approved and c.approval_comment == "同意"
    assert [e.action for e in c.events if e.step == 4] == ["propose", "return", "propose", "approve"]


def test_proposals_are_checked(services, receptionist, supervisor, estate) -> None:
    cs = services.complaints
    c = walk(services, receptionist, supervisor, until="propose")
    with pytest.raises(ValidationError) as exc:
        cs.propose(receptionist, c.id, proposals=["", "  "], expected_version=c.version)
    assert exc.value.errors == {"proposals": "required"}
    with pytest.raises(ValidationError) as exc:
        cs.propose(receptionist, c.id, proposals=["a", "b", "c", "d"], expected_version=c.version)
    assert exc.value.errors["proposals"] == "too_many"


def test_not_accepted_goes_back_to_a_new_solution(services, receptionist, supervisor, estate) -> None:
    cs = services.complaints
    c = walk(services, receptionist, supervisor, until="implement")
    with pytest.raises(ValidationError) as exc:
        cs.implement(receptionist, c.id, actions="已约谈", accepted=False, expected_version=c.version)
    assert exc.value.errors == {"complainant_opinion": "required"}
    c = cs.implement(
        receptionist,
        c.id,
        actions="已约谈",
        accepted=False,
        opinion="要求赔偿损失",
        expected_version=c.version,
    )
    assert c.state == State.PROPOSE and c.complainant_opinion == "要求赔偿损失"
    assert c.events[-1].action == "not_accepted"


def test_unsatisfied_callback_reopens_step_5(services, clock, receptionist, supervisor, butler, estate) -> None:
    cs = services.complaints
    c = walk(services, receptionist, supervisor, until="callback")
    c = call_back(services, receptionist, c.id, "unsatisfied", "还是很吵")
    assert c.state == State.IMPLEMENT and c.reopened_count == 1 and c.satisfaction == "unsatisfied"
    assert [e.action for e in c.events[-2:]] == ["callback", "reopen"]
    assert c.due_at == clock.now() + timedelta(hours=72)
    c = cs.implement(receptionist, c.id, actions="再次约谈并加装隔音", accepted=True, expected_version=c.version)
    c = call_back(services, receptionist, c.id, "satisfied")
    c = cs.close(butler, c.id, improvement="建立装修噪音巡查", expected_version=c.version)
    assert c.state == State.CLOSED and c.satisfaction == "satisfied"
    rounds = services.callbacks.for_record(receptionist, "complaint", c.id)
    assert [(r.round, r.state, r.satisfaction) for r in rounds] == [
        (1, "done", "unsatisfied"),
        (2, "done", "satisfied"),
    ]


# --- conflicts --------------------------------------------------------------------------------


def test_two_sessions_on_the_same_complaint_conflict(services, receptionist, butler, estate) -> None:
    cs = services.complaints
    c = cs.create(receptionist, intake())
    # both counters have version c.version on screen; the first one judges
    cs.judge(receptionist, c.id, valid=True, expected_version=c.version)
    with pytest.raises(ConflictError):
        cs.judge(butler, c.id, valid=False, reply="不成立", expected_version=c.version)
    with pytest.raises(ConflictError):
        cs.update_intake(butler, c.id, intake(content="改了"), expected_version=c.version)
    now = cs.get(butler, c.id)
    assert now.valid is True and now.state == State.INVESTIGATE and now.content == c.content


def test_edit_intake_keeps_masked_phone_and_marks_escalation(services, receptionist, estate) -> None:
    cs = services.complaints
    c = cs.create(receptionist, intake())
    c = cs.update_intake(
        receptionist,
        c.id,
        intake(phone=c.phone, severity="重大", content="楼上装修噪音，家中老人心脏不适"),
        expected_version=c.version,
    )
    assert c.severity == "重大" and c.phone == "138****5678"
    with services.db.read() as s:
        assert s.execute(text("SELECT phone FROM complaint WHERE id=:i"), {"i": c.id}).scalar() == "13812345678"
    assert [e.action for e in c.events] == ["accept", "edit", "escalate", "alert"]
    assert c.events[1].data["changed"] == ["content", "severity"]


def test_timeline_is_append_only(services, receptionist, estate) -> None:
    c = services.complaints.create(receptionist, intake())
    with pytest.raises(Exception, match="append-only"):
        with services.db.write() as s:
            s.execute(text("UPDATE complaint_event SET note='x' WHERE complaint_id=:i"), {"i": c.id})


def _call(services, user, **kw):  # type: ignore[no-untyped-def]
    from frontdesk.services.call_log.rows import CallInput

    values = dict(channel="visit", kind="complaint", room="3-2-1502", person="陈美玲", phone="13812345678",
                  content="楼上装修噪音太大，早上七点就开工", outcome="closed")  # fmt: skip
    values.update(kw)
    return services.call_log.create(user, CallInput(**values))


def test_a_call_becomes_a_complaint_linked_both_ways(services, clock, receptionist, supervisor, estate) -> None:
    cs = services.complaints
    call = _call(services, receptionist)
    clock.advance(minutes=3)
    draft = cs.draft_from_call(receptionist, call.id)
    assert (draft.complainant, draft.room, draft.phone, draft.channel, draft.received_at) == (
        "陈美玲",
        "3-2-1502",
        "138****5678",
        "来访",
        call.at,
    )
    assert draft.content == call.content and draft.category == "噪音扰民"  # guessed from the words (a guess on the form)
    c = cs.create_from_call(receptionist, call.id, draft)
    assert c.call_id == call.id and c.received_at == call.at
    with services.db.read() as s:  # the masked phone on the form became the real number again
        assert s.execute(text("SELECT phone FROM complaint WHERE id=:i"), {"i": c.id}).scalar() == "13812345678"
    entry = services.call_log.get(receptionist, call.id)
    assert (entry.outcome, entry.complaint_id) == ("complaint", c.id)
    assert cs.by_call(receptionist, call.id).id == c.id
    # a second complaint from the same entry is refused and nothing is saved
    with pytest.raises(InvalidTransition) as exc:
        cs.create_from_call(receptionist, call.id, draft)
    assert exc.value.code == "already_converted"
    assert cs.count(receptionist) == 1


def test_create_from_call_saves_nothing_when_the_link_fails(services, receptionist, supervisor, estate) -> None:
    from frontdesk.services.call_log.convert import mark_converted_in

    cs = services.complaints
    call = _call(services, receptionist)
    with services.db.write() as s:  # the entry already became something else's complaint
        mark_converted_in(s, receptionist, call.id, "complaint", 999, services.clock.now())
    with pytest.raises(InvalidTransition):
        cs.create_from_call(receptionist, call.id, intake())
    assert cs.count(receptionist) == 0
    with pytest.raises(ValidationError):  # bad input: nothing linked either
        cs.create_from_call(receptionist, _call(services, receptionist).id, intake(category=""))
    assert cs.count(receptionist) == 0
    from frontdesk.services.errors import NotFound

    with pytest.raises(NotFound):
        cs.draft_from_call(receptionist, 12345)


def test_the_category_is_guessed_from_the_callers_words_or_left_to_choose(services, clock, receptionist, estate) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.services.complaints.guess import guess_category

    cats = list(services.complaints.options()["categories"])
    for said, expected in (
        ("楼下垃圾三天没人清，有异味", "环境卫生"),
        ("上个月物业费多收了两百", "收费"),
        ("邻居的狗天天在楼道叫", "邻里纠纷"),
        ("楼上开槽砸墙，施工不报备", "装修"),
        ("想问一下", ""),  # no telling word: nothing guessed, she chooses
    ):
        assert guess_category(said, cats) == expected, said
    assert guess_category("垃圾三天没人清", [c for c in cats if c != "环境卫生"]) == ""  # only what is configured
    call = _call(services, receptionist, content="想投诉一下")
    assert services.complaints.draft_from_call(receptionist, call.id).category == ""


# --- alerts and the callback queue -------------------------------------------------------------


def test_major_complaint_alerts_the_supervisor_until_acknowledged(services, clock, receptionist, supervisor, estate) -> None:
    c = services.complaints.create(receptionist, intake(severity="重大"))
    [alert] = services.alerts.open_alerts(receptionist)
    assert (alert.kind, alert.ref_kind, alert.ref_id, alert.ref_number) == (
        "complaint.major",
        "complaint",
        c.id,
        c.number,
    )
    assert "噪音扰民" in alert.summary and alert.raised_by_name == "李前台"
    with pytest.raises(PermissionDenied):
        services.alerts.acknowledge(receptionist, alert.id, expected_version=alert.version)
    services.alerts.acknowledge(supervisor, alert.id, expected_version=alert.version, note="我来处理")
    assert services.alerts.open_alerts(receptionist) == []
    c = services.complaints.get(receptionist, c.id)
    assert [(e.action, e.actor_name, e.note) for e in c.events if e.step == 0] == [
        ("alert", "李前台", ""),
        ("alert_ack", "王主管", "我来处理"),
    ]
    # an ordinary complaint raises nothing; raising one to 重大 does
    d = services.complaints.create(receptionist, intake())
    assert services.alerts.open_alerts(receptionist) == []
    d = services.complaints.update_intake(receptionist, d.id, intake(phone=d.phone, severity="重大"), expected_version=d.version)
    assert [a.ref_id for a in services.alerts.open_alerts(receptionist)] == [d.id]


def test_implemented_complaints_join_the_callback_queue(services, clock, receptionist, supervisor, estate) -> None:
    c = walk(services, receptionist, supervisor, until="callback")
    [cb] = services.callbacks.queue(receptionist, ref_kind="complaint")
    assert (cb.ref_id, cb.ref_number, cb.room_code, cb.contact_name, cb.phone) == (
        c.id,
        c.number,
        "3-2-1502",
        "陈美玲",
        "138****5678",
    )
    assert cb.due_at == clock.now() + timedelta(days=3) == c.due_at
    clock.advance(days=4)
    assert {x.code: x.count for x in services.status_counts(receptionist)}["callback.overdue"] == 1
    c = call_back(services, receptionist, c.id, "satisfied")
    assert c.was_overdue and c.events[-1].late and c.callback_method == "phone"
    assert services.callbacks.queue(receptionist, ref_kind="complaint") == []


# --- deadlines ---------------------------------------------------------------------------------


def test_overdue_is_counted_and_a_late_step_is_remembered(services, clock, receptionist, supervisor, estate) -> None:
    cs = services.complaints
    a = cs.create(receptionist, intake())
    cs.create(receptionist, intake(room="5-1-301", content="垃圾桶满了没人清理", category="环境卫生"))
    counts = {x.code: x.count for x in cs.status_counts(receptionist)}
    assert counts == {"complaint.overdue": 0}
    clock.advance(hours=5)
    counts = {x.code: (x.count, x.severity) for x in services.status_counts(supervisor)}
    assert counts["complaint.overdue"] == (2, "danger")
    assert counts["complaint.to_approve"] == (0, "warning")
    assert len(cs.list_complaints(receptionist, ComplaintFilter(overdue_only=True))) == 2
    a = cs.judge(receptionist, a.id, valid=True, expected_version=cs.get(receptionist, a.id).version)
    assert a.was_overdue and a.events[-1].late and not a.overdue
    assert a.events[-1].due_at is not None
    assert len(cs.list_complaints(receptionist, ComplaintFilter(overdue_only=True))) == 1


def test_deadlines_are_configurable(services, clock, supervisor, receptionist, estate) -> None:
    services.settings.set(supervisor, "complaint.deadline_hours", {"judge": 2})
    c = services.complaints.create(receptionist, intake())
    assert c.due_at == clock.now() + timedelta(hours=2)
    c = services.complaints.judge(receptionist, c.id, valid=True, expected_version=c.version)
    assert c.due_at == clock.now() + timedelta(hours=24)  # the others keep their default


# --- finding complaints ----------------------------------------------------------------------------


def test_search_two_character_terms_number_room_and_phone(services, receptionist, supervisor, estate) -> None:
    cs = services.complaints
    a = cs.create(receptionist, intake())
    cs.create(
        receptionist,
        intake(
            room="5-1-301",
            complainant="周建国",
            phone="13998765432",
            category="环境卫生",
            content="楼道垃圾两天没人清理",
        ),
    )
    find = lambda t: [r.number for r in cs.list_complaints(receptionist, ComplaintFilter(text=t))]  # noqa: E731
    assert find("噪音") == [a.number]
    assert find("垃圾") == ["TS20261127002"]
    assert find("漏水") == []
    assert find("TS20261127001") == [a.number]
    assert find("3栋2单元1502") == [a.number]
    assert find("8765") == ["TS20261127002"]
    assert find("周建") == ["TS20261127002"]
    assert find("100%") == []  # LIKE wildcards are literal
    hits = services.search(receptionist, "噪音")
    assert [(h.kind, h.id) for h in hits] == [("complaint", a.id)]
    assert hits[0].title.startswith("TS20261127001 3-2-1502")


def test_filters_and_keyset_paging(services, clock, receptionist, supervisor, estate) -> None:
    cs = services.complaints
    for i in range(7):
        clock.advance(minutes=10)
        cs.create(
            receptionist,
            intake(severity="重大" if i % 3 == 0 else "一般", category="收费" if i % 2 else "噪音扰民"),
        )
    walk(services, receptionist, supervisor, until="invalid")
    assert cs.count(receptionist) == 8
    assert cs.count(receptionist, ComplaintFilter(severity="重大")) == 3
    assert cs.count(receptionist, ComplaintFilter(category="收费")) == 3
    assert cs.count(receptionist, ComplaintFilter(state="ended")) == 1
    assert cs.count(receptionist, ComplaintFilter(state="open")) == 7
    assert cs.count(receptionist, ComplaintFilter(date_from=date(2026, 11, 28))) == 0
    assert cs.count(receptionist, ComplaintFilter(date_from=date(2026, 11, 27), date_to=date(2026, 11, 27))) == 8
    with pytest.raises(ValidationError):
        cs.list_complaints(receptionist, ComplaintFilter(state="bogus"))
    first = cs.list_complaints(receptionist, limit=3)
    rest = cs.list_complaints(receptionist, after=(first[-1].received_at, first[-1].id), limit=10)
    numbers = [r.number for r in first + rest]
    assert len(numbers) == 8 == len(set(numbers))
    assert [r.received_at for r in first + rest] == sorted((r.received_at for r in first + rest), reverse=True)


def test_handover_lists_open_and_major_complaints_of_the_shift(services, clock, receptionist, supervisor, estate) -> None:
    cs = services.complaints
    start = clock.now()
    major = cs.create(receptionist, intake(severity="重大"))
    walk(services, receptionist, supervisor, until="invalid")
    clock.advance(hours=9)
    items = [i for i in services.handover_items(receptionist, start, clock.now()) if i.ref_kind == "complaint"]
    open_items = [i for i in items if i.section == "complaint.open"]
    assert [i.ref_number for i in open_items] == [major.number]
    assert open_items[0].overdue
    assert [i.ref_number for i in items if i.section == "complaint.major"] == [major.number]
    later = services.handover_items(receptionist, clock.now(), clock.now() + timedelta(hours=8))
    assert [i.section for i in later if i.ref_kind == "complaint"] == ["complaint.open"]


# --- the registration form ---------------------------------------------------------------------------


def test_printing_counts_and_marks_reprints(services, clock, receptionist, supervisor, estate) -> None:
    c = walk(services, receptionist, supervisor, until="callback")
    # a preview closed without printing records nothing
    assert services.complaints.print_data(receptionist, c.id).copy_no == 1
    assert services.complaints.print_data(receptionist, c.id).copy_no == 1
    assert services.complaints.get(receptionist, c.id).print_count == 0
    with pytest.raises(ValidationError):
        services.complaints.record_print(receptionist, c.id, target="fax")
    first = services.complaints.print_form(receptionist, c.id)
    assert (first.copy_no, first.is_reprint, first.first_printed_at) == (1, False, None)
    assert first.complaint.phone == "13812345678"  # the complainant signs their own record
    assert first.centre == "物业服务中心" and first.printed_by == "李前台"
    assert [(cb.round, cb.done_at) for cb in first.callbacks] == [(1, None)]
    clock.advance(hours=1)
    again = services.complaints.print_form(receptionist, c.id, target="pdf")
    assert (again.copy_no, again.is_reprint, again.first_printed_at) == (2, True, first.printed_at)
    d = services.complaints.get(receptionist, c.id)
    assert d.print_count == 2 and [e.action for e in d.events[-2:]] == ["print", "reprint"]
    assert d.phone == "138****5678"
    assert [a.action for a in services.audit.history(supervisor, "complaint", c.id)][-2:] == [
        "print",
        "reprint",
    ]
    # printing is not an edit: a step typed on another counter before the printing still saves
    assert d.version == c.version
    c = walk(services, receptionist, supervisor, until="implement")
    services.complaints.print_form(receptionist, c.id)
    done = services.complaints.implement(receptionist, c.id, actions="已处理", accepted=True, expected_version=c.version)
    assert done.state == State.CALLBACK


def test_bad_input_at_every_step_is_reported_per_field_and_saves_nothing(
    services, receptionist, supervisor, butler, estate
) -> None:
    cs = services.complaints
    huge, ctrl = "原" * 10_001, "原因\x00不明"
    c = walk(services, receptionist, supervisor, until="judge")
    with pytest.raises(ValidationError) as exc:
        cs.judge(receptionist, c.id, valid=False, note=huge, reply=ctrl, expected_version=c.version)
    assert exc.value.errors == {"judge_note": "too_long", "invalid_reply": "control_chars"}
    c = walk(services, receptionist, supervisor, until="investigate")
    with pytest.raises(ValidationError) as exc:
        cs.investigate(receptionist, c.id, department_id=None, person="张工😀" * 20, cause=huge,
                       expected_version=c.version)  # fmt: skip
    assert exc.value.errors == {
        "responsible_person": "too_long",
        "cause": "too_long",
        "department": "required",
    }
    with pytest.raises(ValidationError) as exc:
        cs.investigate(receptionist, c.id, department_id=9999, person="张工", cause="x", expected_version=c.version)
    assert exc.value.errors == {"department": "invalid"}
    c = walk(services, receptionist, supervisor, until="propose")
    with pytest.raises(ValidationError) as exc:
        cs.propose(receptionist, c.id, proposals=["好方案", ctrl], expected_version=c.version)
    assert exc.value.errors == {"proposal_1": "control_chars"}
    c = walk(services, receptionist, supervisor, until="approve")
    with pytest.raises(ValidationError) as exc:
        cs.approve(supervisor, c.id, comment=huge, expected_version=c.version)
    assert exc.value.errors == {"approval_comment": "too_long"}
    c = walk(services, receptionist, supervisor, until="implement")
    with pytest.raises(ValidationError) as exc:
        cs.implement(receptionist, c.id, actions=" ", accepted=True, opinion=huge, expected_version=c.version)
    assert exc.value.errors == {"actions_taken": "required", "complainant_opinion": "too_long"}
    c = walk(services, receptionist, supervisor, until="callback")
    c = call_back(services, receptionist, c.id, "satisfied")
    with pytest.raises(ValidationError) as exc:
        cs.close(butler, c.id, improvement="", summary=ctrl, expected_version=c.version)
    assert exc.value.errors == {"improvement": "required", "summary": "control_chars"}
    # nothing moved: every complaint is still where the failed step found it
    states = sorted(r.state.value for r in cs.list_complaints(receptionist))
    assert states == ["approve", "close", "implement", "investigate", "judge", "propose"]


# --- the whole state machine: every action from every state, by every role --------------------------------

_STATES = (
    "judge",
    "investigate",
    "propose",
    "approve",
    "implement",
    "callback",
    "close",
    "closed",
    "invalid",
)


def _complaint_in(services, state, handler, boss, butler):  # type: ignore[no-untyped-def]
    if state in ("close", "closed"):
        c = walk(services, handler, boss, until="callback")
        c = call_back(services, handler, c.id, "satisfied")
        if state == "closed":
            c = services.complaints.close(butler, c.id, improvement="改进", expected_version=c.version)
        return c
    return walk(services, handler, boss, until=state)


def _act(services, action, user, c):  # type: ignore[no-untyped-def]
    cs, v = services.complaints, c.version
    calls = {
        "edit": lambda: cs.update_intake(user, c.id, intake(phone=c.phone, content="补充"), expected_version=v),
        "judge": lambda: cs.judge(user, c.id, valid=True, expected_version=v),
        "investigate": lambda: cs.investigate(user, c.id, department_id=dept_id(services, "工程部"), person="张工",
                                              cause="原因", expected_version=v),
        "propose": lambda: cs.propose(user, c.id, proposals=["方案"], expected_version=v),
        "approve": lambda: cs.approve(user, c.id, chosen=0, expected_version=v),
        "return": lambda: cs.send_back(user, c.id, comment="退回", expected_version=v),
        "implement": lambda: cs.implement(user, c.id, actions="处理", accepted=True, expected_version=v),
        "close": lambda: cs.close(user, c.id, improvement="改进", expected_version=v),
    }  # fmt: skip
    return calls[action]()


@pytest.mark.parametrize("state", _STATES)
def test_every_action_from_every_state(services, receptionist, supervisor, butler, estate, state) -> None:
    from frontdesk.services.complaints.rules import MACHINE

    for action in MACHINE.actions:
        states = MACHINE.sources(action)
        c = _complaint_in(services, state, receptionist, supervisor, butler)
        assert c.state.value == state
        if State(state) in states:
            after = _act(services, action, supervisor, c)  # the supervisor may do everything
            assert after.version > c.version
        else:
            with pytest.raises(InvalidTransition):
                _act(services, action, supervisor, c)
            assert services.complaints.get(supervisor, c.id).version == c.version


@pytest.mark.parametrize("role", [Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR, Role.GUARD, Role.TECHNICIAN])
def test_every_action_by_every_role(services, receptionist, supervisor, butler, estate, role) -> None:
    from frontdesk.services.complaints.rules import MACHINE

    user = user_of_role(services.db, role)
    for action in MACHINE.actions:
        states, perm = MACHINE.sources(action), MACHINE.permission(action)
        state = next(s.value for s in State if s in states)
        c = _complaint_in(services, state, receptionist, supervisor, butler)
        if user.can(perm):
            _act(services, action, user, c)
        else:
            with pytest.raises(PermissionDenied):
                _act(services, action, user, c)
    expected = {
        Role.RECEPTIONIST: {"edit", "judge", "investigate", "propose", "implement"},
        Role.BUTLER: {"edit", "judge", "investigate", "propose", "implement", "close"},
        Role.SUPERVISOR: set(MACHINE.actions),
        Role.GUARD: set(),
        Role.TECHNICIAN: set(),
    }[role]
    assert {a for a in MACHINE.actions if user.can(MACHINE.permission(a))} == expected


# --- the shared machinery: change sets, allowed actions, the registered export ---------------------


def test_steps_report_what_they_changed_and_rows_carry_allowed_actions(services, receptionist, supervisor, estate) -> None:
    from frontdesk.services.callbacks.rows import CALLBACK
    from frontdesk.services.complaints.rules import COMPLAINT
    from frontdesk.services.core.changes import ALERT, call_op

    cs = services.complaints
    c, changed = call_op(cs.create, receptionist, intake(severity="重大"))
    assert COMPLAINT in changed and ALERT in changed
    assert c.allowed == available_actions(receptionist, c.state) == {"edit", "judge"}
    c = walk(services, receptionist, supervisor, until="implement")
    c, changed = call_op(cs.implement, receptionist, c.id, actions="已处理", accepted=True, expected_version=c.version)
    assert changed == {COMPLAINT, CALLBACK} and c.state == State.CALLBACK
    with pytest.raises(ConflictError):
        call_op(cs.close, supervisor, c.id, improvement="x", expected_version=c.version - 1)


def test_feature_export_writes_every_complaint_typed_and_formula_safe(services, receptionist, estate, tmp_path) -> None:
    from datetime import datetime

    from openpyxl import load_workbook

    from frontdesk.services.complaints.feature import FEATURE

    services.complaints.create(receptionist, intake(content='=HYPERLINK("http://x")'))
    services.complaints.create(receptionist, intake(content="楼道太吵"))
    assert FEATURE.export is not None
    assert FEATURE.export(services.complaints, receptionist, tmp_path / "all.xlsx") == 2
    ws = load_workbook(tmp_path / "all.xlsx").active
    header = [cell.value for cell in ws[1]]
    rows = [dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)]
    assert {r["投诉内容"] for r in rows} == {'=HYPERLINK("http://x")', "楼道太吵"}
    assert all(isinstance(r["受理时间"], datetime) and r["状态"] == "待判断" for r in rows)
    assert all(r["联系电话"] == "138****5678" for r in rows)


def test_a_step_whose_choice_is_not_made_is_refused_beside_it(services, receptionist, supervisor, estate) -> None:  # type: ignore[no-untyped-def]
    """The forms start with no verdict, no answer and (of several) no solution: None is refused
    as a field error, and nothing moves."""
    cs = services.complaints
    c = walk(services, receptionist, supervisor, until="judge")
    with pytest.raises(ValidationError) as ei:
        cs.judge(receptionist, c.id, valid=None, expected_version=c.version)
    assert ei.value.errors == {"valid": "judgement_not_chosen"}
    c = walk(services, receptionist, supervisor, until="approve")
    with pytest.raises(ValidationError) as ei:
        cs.approve(supervisor, c.id, chosen=None, expected_version=c.version)
    assert ei.value.errors == {"chosen": "proposal_not_chosen"}
    c = walk(services, receptionist, supervisor, until="implement")
    with pytest.raises(ValidationError) as ei:
        cs.implement(receptionist, c.id, actions="已约谈", accepted=None, expected_version=c.version)
    assert ei.value.errors == {"accepted": "acceptance_not_chosen"}
    assert cs.get(receptionist, c.id).state == State.IMPLEMENT
