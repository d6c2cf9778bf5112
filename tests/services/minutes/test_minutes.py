"""会议纪要 through the shared record machinery: attendees and action owners are staff, actions
fall due into the handover and sit in their owner's list until done, print."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from frontdesk.services.errors import ServiceError, ValidationError
from tests.support.printing import pdf_text


def _minutes(today: date, attendees: list[int], actions: list[dict[str, object]], **extra: object) -> dict[str, object]:
    values: dict[str, object] = {
        "meeting": "客服部周例会",
        "held_on": today,
        "place": "客服中心会议室",
        "host": "王主管",
        "attendees": attendees,
        "decisions": "一、本周重点跟进3栋电梯异响投诉。\n二、下周起前台实行双人值班。",
        "actions": actions,
    }
    values.update(extra)
    return values


def test_actions_fall_due_into_the_handover_and_the_owners_list(services, receptionist, butler, supervisor, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.minutes
    today = svc.today()
    actions = [
        {"what": "联系电梯维保单位检查3栋电梯", "owner": butler.id, "due": today + timedelta(days=1)},
        {"what": "排出下周双人值班表", "owner": receptionist.id, "due": today + timedelta(days=5)},
    ]
    row = svc.create(receptionist, _minutes(today, [supervisor.id, receptionist.id, butler.id], actions))
    assert row.number.startswith("JY") and row.attendees == "王主管、李前台、赵管家"
    assert [a.owner for a in row.actions] == ["赵管家", "李前台"]
    values = svc.form_values(receptionist, row.id)
    assert values["attendees"] == [supervisor.id, receptionist.id, butler.id] and len(values["actions"]) == 2
    row = svc.act(receptionist, row.id, row.version, "issue")
    assert row.state == "issued"
    assert [r.id for r in svc.page(butler, "mine", "", None, 10).rows] == [row.id]
    assert [r.id for r in svc.page(receptionist, "mine", "", None, 10).rows] == [row.id]
    assert svc.page(supervisor, "mine", "", None, 10).rows == []
    assert svc.status_counts(receptionist)[0].count == 0

    clock.advance(days=1)
    start = clock.now() - timedelta(hours=8)
    items = [i for i in services.handover_items(receptionist, start, clock.now()) if i.ref_kind == "minutes"]
    assert [(i.section, i.ref_number) for i in items] == [("minutes.due", row.number)]
    assert "联系电梯维保单位检查3栋电梯" in items[0].summary and "排出下周双人值班表" not in items[0].summary
    assert {c.code: c.count for c in services.status_counts(receptionist)}["minutes.due"] == 1

    row = svc.act(butler, row.id, row.version, "done", {"seq": 1, "note": "维保单位已检查，更换导靴"})
    assert row.due_actions == 0 and row.open_actions == 1
    assert [i for i in services.handover_items(receptionist, start, clock.now()) if i.ref_kind == "minutes"] == []
    assert svc.page(butler, "mine", "", None, 10).rows == []
    with pytest.raises(ServiceError) as refused:
        svc.act(butler, row.id, row.version, "done", {"seq": 1, "note": "再次"})
    assert refused.value.code == "minutes_no_open_action"
    assert "close" not in row.allowed
    row = svc.act(receptionist, row.id, row.version, "done", {"seq": 2, "note": "值班表已排好"})
    row = svc.act(receptionist, row.id, row.version, "close")
    assert row.state == "closed" and len(svc.detail(receptionist, row.id).history) == 5


def test_owners_must_be_staff_every_error_at_once(services, receptionist) -> None:  # type: ignore[no-untyped-def]
    svc = services.minutes
    today = svc.today()
    actions = [
        {"what": "", "owner": receptionist.id, "due": today},
        {"what": "通知业主", "owner": "不认识的人", "due": "2026-02-30"},
        {"what": "安排保洁", "owner": 999, "due": today},
    ]
    with pytest.raises(ValidationError) as bad:
        svc.create(receptionist, _minutes(today, [], actions, meeting=""))
    assert bad.value.errors == {
        "meeting": "required",
        "attendees": "required",
        "actions.0.what": "required",
        "actions.1.owner": "unknown_staff",
        "actions.1.due": "bad_date",
    }
    with pytest.raises(ValidationError) as bad:
        svc.create(receptionist, _minutes(today, [receptionist.id, 999], actions[2:]))
    assert bad.value.errors == {"attendees": "unknown_staff", "actions.0.owner": "unknown_staff"}


def test_print(services, receptionist) -> None:  # type: ignore[no-untyped-def]
    svc = services.minutes
    today = svc.today()
    actions = [{"what": f"事项{n}" * 10, "owner": receptionist.id, "due": today} for n in range(1, 21)]
    row = svc.create(receptionist, _minutes(today, [receptionist.id], actions, decisions="决定。" * 600))
    text = "".join(pdf_text(svc.printable(receptionist, row.id).render()).split())
    for expected in ("会议纪要", row.number, "客服部周例会", "李前台", "事项20", "审阅人"):
        assert expected in text, expected
