"""温馨提示 through the shared record machinery: the scope read and checked against the registry,
the supervisor's approval, publishing, the poster, the call-log hook (Services.concerning), the
notice past its dates that is still up."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from frontdesk.services.core.records import RoomPlace
from frontdesk.services.errors import PermissionDenied, ServiceError, ValidationError
from frontdesk.services.tips.scope import covers, parse_buildings, parse_units, scope_text
from frontdesk.services.validation import FieldError
from tests.support.orders import add_rooms
from tests.support.printing import fonts, pdf_text

ROOMS = ("3-2-1502", "4-1-101", "5-1-201", "6-1-101")


def _tip(today: date, **extra: object) -> dict[str, object]:
    values: dict[str, object] = {
        "title": "停水通知",
        "body": "因供水管网维修，定于下列时间暂停供水。",
        "scope": "指定楼栋",
        "scope_items": "3-5",
        "valid_from": today,
        "valid_to": today + timedelta(days=1),
        "posted_at": "各单元大堂公告栏",
    }
    values.update(extra)
    return values


def test_scope_words() -> None:
    assert parse_buildings("3-5") == ["3", "4", "5"]
    assert parse_buildings("3至5栋、7栋, A") == ["3", "4", "5", "7", "A"]
    assert parse_units("3-2、4栋1单元 5#1") == ["3-2", "4-1", "5-1"]
    with pytest.raises(FieldError):
        parse_buildings("5-3")
    with pytest.raises(FieldError):
        parse_units("三栋")
    assert scope_text("units", "3-2,4-1") == "3栋2单元、4栋1单元"
    place = RoomPlace(1, 1, "3", "2", "3-2-1502")
    assert covers("buildings", "3,4,5", place) and covers("units", "3-2", place) and covers("project", "", place)
    assert not covers("buildings", "4,5", place) and not covers("units", "3-1", place)


def test_from_draft_to_poster_and_down(services, receptionist, supervisor, clock) -> None:  # type: ignore[no-untyped-def]
    rooms = add_rooms(services, ROOMS)
    svc = services.tips
    today = svc.today()
    row = svc.create(receptionist, _tip(today))
    assert row.number.startswith("TX" + today.strftime("%Y%m%d")) and row.state == "draft"
    assert row.scope == "3栋、4栋、5栋"
    assert svc.form_values(receptionist, row.id)["scope_items"] == "3、4、5"
    # the receptionist may not approve: a supervisor does
    assert "approve" not in row.allowed
    with pytest.raises(PermissionDenied):
        svc.act(receptionist, row.id, row.version, "approve")
    row = svc.act(supervisor, row.id, row.version, "approve")
    assert row.state == "approved" and "publish" in svc.row(receptionist, row.id).allowed
    # not in force before it is published
    assert services.concerning(receptionist, rooms["3-2-1502"], clock.now()) == []
    row = svc.act(receptionist, row.id, row.version, "publish")
    assert row.state == "published"
    found = services.concerning(receptionist, rooms["3-2-1502"], clock.now())
    assert [(c.kind, c.id, c.number) for c in found] == [("tip", row.id, row.number)]
    assert "停水通知" in found[0].title and "3栋、4栋、5栋" in found[0].note
    assert services.concerning(receptionist, rooms["6-1-101"], clock.now()) == []
    assert services.concerning(receptionist, rooms["5-1-201"], clock.now() + timedelta(days=3)) == []

    doc = svc.printable(receptionist, row.id)
    pdf = doc.render()
    text = "".join(pdf_text(pdf).split())
    for expected in ("温馨提示", "停水通知", "3栋、4栋、5栋", "盖章", row.number):
        assert expected in text, expected
    assert all(f.embedded for f in fonts(pdf))

    # past its last day and still up: flagged until taken down
    clock.advance(days=2)
    assert {c.code: c.count for c in services.status_counts(receptionist)}["tip.expired"] == 1
    start = clock.now() - timedelta(hours=8)
    items = [i for i in services.handover_items(receptionist, start, clock.now()) if i.ref_kind == "tip"]
    assert [(i.section, i.ref_number) for i in items] == [("tip.expired", row.number)]
    row = svc.act(receptionist, row.id, row.version, "withdraw")
    assert row.state == "withdrawn" and svc.page(receptionist, "expired", "", None, 10).rows == []
    assert len(svc.detail(receptionist, row.id).history) == 4


def test_bad_scope_and_dates_beside_their_fields(services, receptionist) -> None:  # type: ignore[no-untyped-def]
    add_rooms(services, ROOMS)
    svc = services.tips
    today = svc.today()
    with pytest.raises(ValidationError) as bad:
        svc.create(receptionist, _tip(today, scope_items="3-9", valid_to=today - timedelta(days=1)))
    assert bad.value.errors == {"scope_items": "scope_unknown_building", "valid_to": "date_order"}
    assert bad.value.params["field_params"]["scope_items"] == {"value": "7、8、9"}
    with pytest.raises(ValidationError) as bad:
        svc.create(receptionist, _tip(today, scope="指定单元", scope_items="3-2、3-9"))
    assert bad.value.errors == {"scope_items": "scope_unknown_unit"}
    with pytest.raises(ValidationError) as bad:
        svc.create(receptionist, _tip(today, scope_items=" "))
    assert bad.value.errors == {"scope_items": "scope_items_required"}
    whole = svc.create(receptionist, _tip(today, scope="整个项目", scope_items="写了也不用"))
    assert whole.scope == "全小区"
    assert svc.page(receptionist, "all", "", None, 10).rows == [svc.row(receptionist, whole.id)]


def test_an_approved_notice_past_its_dates_is_not_published(services, receptionist, supervisor, clock) -> None:  # type: ignore[no-untyped-def]
    add_rooms(services, ROOMS)
    svc = services.tips
    row = svc.create(receptionist, _tip(svc.today()))
    row = svc.act(supervisor, row.id, row.version, "approve")
    clock.advance(days=3)
    with pytest.raises(ServiceError) as refused:
        svc.act(receptionist, row.id, row.version, "publish")
    assert refused.value.code == "tip_expired"
    assert svc.row(receptionist, row.id).state == "approved"


def test_templates_search_and_month(services, receptionist) -> None:  # type: ignore[no-untyped-def]
    add_rooms(services, ROOMS)
    svc = services.tips
    names = [t["name"] for t in svc.templates()]
    assert names == ["停水", "停电", "消杀", "高温/寒潮", "节假日", "电梯维保", "装修时间"]
    row = svc.create(receptionist, _tip(svc.today(), title="电梯维保温馨提示"))
    assert [h.id for h in services.search(receptionist, "电梯维保") if h.kind == "tip"] == [row.id]
    today = svc.today()
    figures = dict(services.monthly_statistics(receptionist, today.year, today.month)["tips"])
    assert figures["新建"] == 1 and figures["草稿"] == 1


def test_a_call_is_linked_to_the_notice_as_kind_and_id(services, receptionist, supervisor) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.services.call_log import CallInput

    add_rooms(services, ROOMS)
    svc = services.tips
    row = svc.create(receptionist, _tip(svc.today()))
    row = svc.act(supervisor, row.id, row.version, "approve")
    row = svc.act(receptionist, row.id, row.version, "publish")
    call = services.call_log.create(
        receptionist, CallInput(room="3-2-1502", content="问停水时间", link_kind="tip", link_id=row.id)
    )
    assert (call.link_kind, call.link_id) == ("tip", row.id)
    assert ("关联来电", "1 次") in svc.detail(receptionist, row.id).lines
    for kind, rid in (("tip", None), ("", row.id), ("Tip; drop", row.id)):
        with pytest.raises(ValidationError) as bad:
            services.call_log.create(receptionist, CallInput(room="3-2-1502", content="x", link_kind=kind, link_id=rid))
        assert bad.value.errors == {"link": "invalid"}
    # a call about nothing in particular has no link
    plain = services.call_log.create(receptionist, CallInput(room="3-2-1502", content="问物业费"))
    assert (plain.link_kind, plain.link_id) == ("", None)
