"""A room code that exists in two projects (青竹园 3-2-1502 and 肯彤名邸 3-2-1502): every form that
takes a room refuses the bare code as ambiguous (saying in how many projects) and takes it with
the project, and drafts made from a call keep the call's project."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from frontdesk.models import Project
from frontdesk.services.call_log.rows import CallInput
from frontdesk.services.container import Services
from frontdesk.services.errors import ValidationError
from frontdesk.services.permissions import CurrentUser
from tests.services.test_rectification import notice_input
from tests.services.test_release_passes import pass_input
from tests.support.complaints import intake
from tests.support.estate import add_room
from tests.support.orders import order_input

CODE = "3-2-1502"


pytestmark = pytest.mark.usefixtures("cheap_hashing")


@pytest.fixture
def shared(services: Services) -> dict[str, tuple[int, int]]:
    """{project name: (project id, room id)} for the same code in two projects."""
    out: dict[str, tuple[int, int]] = {}
    for name, owner in (("青竹园", "张伟"), ("肯彤名邸", "王芳")):
        room_id = add_room(services, CODE, owner, "13812345678", project=name, status="装修中")
        with services.db.read() as s:
            pid = s.scalar(select(Project.id).where(Project.name == name))
        assert pid is not None
        out[name] = (pid, room_id)
    return out


def _ambiguous(exc: pytest.ExceptionInfo[ValidationError]) -> None:
    assert exc.value.errors["room"] == "room_ambiguous"  # (other fields may follow from it)
    params = exc.value.params.get("field_params", {}).get("room", exc.value.params)
    assert params["count"] == 2 and params["room"]


def test_resolve_says_in_how_many_projects(services: Services, shared, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        services.registry.resolve(receptionist, CODE)
    _ambiguous(info)
    pid, room_id = shared["肯彤名邸"]
    assert services.registry.resolve(receptionist, CODE, pid).id == room_id


def test_work_order(services: Services, shared, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        services.work_orders.create(receptionist, order_input(room=CODE))
    _ambiguous(info)
    pid, room_id = shared["青竹园"]
    order = services.work_orders.create(receptionist, order_input(room=CODE, project_id=pid))
    assert order.room_id == room_id and order.project == "青竹园"


def test_complaint_create_edit_and_from_call(services: Services, shared, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    cs = services.complaints
    with pytest.raises(ValidationError) as info:
        cs.create(receptionist, intake(room=CODE))
    _ambiguous(info)
    pid, room_id = shared["肯彤名邸"]
    c = cs.create(receptionist, intake(room=CODE, project_id=pid))
    assert c.room_id == room_id and c.project == "肯彤名邸"
    # editing other fields keeps the room (the unchanged code stays in its project)
    edited = cs.update_intake(receptionist, c.id, intake(room=CODE, content="晚上十点后还在施工。"), expected_version=c.version)
    assert edited.room_id == room_id
    # 转投诉 from a call saved with its project
    call = services.call_log.create(
        receptionist,
        CallInput(kind="complaint", room=CODE, project_id=pid, person="陈美玲", phone="13812345678", content="楼上装修噪音太大"),
    )
    draft = cs.draft_from_call(receptionist, call.id)
    assert draft.room == CODE and draft.project_id == pid
    draft = replace(draft, category="噪音扰民", phone="13812345678")
    from_call = cs.create_from_call(receptionist, call.id, draft)
    assert from_call.room_id == room_id


def test_release_pass(services: Services, shared, receptionist: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        services.release_passes.issue(receptionist, pass_input(room=CODE))
    _ambiguous(info)
    pid, room_id = shared["青竹园"]
    printed = services.release_passes.issue(receptionist, pass_input(room=CODE, project_id=pid))
    assert printed.detail.room_id == room_id and printed.detail.project == "青竹园"


def test_rectification_notice_and_its_follow_up(  # type: ignore[no-untyped-def]
    services: Services, shared, receptionist: CurrentUser, butler: CurrentUser, clock
) -> None:
    ns = services.notices
    with pytest.raises(ValidationError) as info:
        ns.issue(receptionist, notice_input(room=CODE))
    _ambiguous(info)
    with pytest.raises(ValidationError) as info:
        ns.addressee_for_room(receptionist, CODE)
    _ambiguous(info)
    pid, room_id = shared["肯彤名邸"]
    assert ns.addressee_for_room(receptionist, CODE, pid) == (CODE, "王芳")
    first = ns.issue(receptionist, notice_input(room=CODE, project_id=pid, addressee_name="王芳")).detail
    assert first.room_id == room_id and first.project == "肯彤名邸"
    # the next notice after 未整改: the form sends the previous notice's code only
    clock.set(datetime(2026, 11, 30, 2, 0, tzinfo=timezone.utc))
    ns.reinspect(butler, first.id, "not_rectified", "墙体未恢复", expected_version=first.version)
    second = ns.issue(
        receptionist,
        notice_input(room=CODE, addressee_name="王芳", previous_id=first.id, deadline=date(2026, 12, 2)),
    ).detail
    assert second.room_id == room_id and second.round == 2
    with pytest.raises(ValidationError) as info:
        ns.room_history(butler, CODE)
    _ambiguous(info)
    code, history = ns.room_history(butler, CODE, pid)
    assert code == CODE and [d.id for d in history] == [first.id, second.id]
