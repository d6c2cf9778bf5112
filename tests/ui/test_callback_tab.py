"""The callback queue on screen: overdue first and flagged, recorded in full, and an unsatisfied
answer sends the order back to the technician."""

from __future__ import annotations

import pytest

from frontdesk.ui.callbacks.tab import CallbackTab
from tests.support.keyboard import type_into
from tests.support.orders import (  # noqa: F401 - fast is a fixture
    add_rooms,
    add_technicians,
    advance,
    fast,
    make_ctx,
    order_input,
)

pytestmark = pytest.mark.usefixtures("fast")


def test_queue_flags_overdue_and_records_a_callback(qtbot, services, receptionist, supervisor, clock) -> None:
    add_rooms(services)
    techs = add_technicians(services, supervisor)
    wo = services.work_orders
    first = advance(services, receptionist, wo.create(receptionist, order_input()), "completed", techs[0])
    clock.advance(days=2)
    second = advance(services, receptionist, wo.create(receptionist, order_input(room="5-1-201")), "completed", techs[1])
    clock.advance(days=1, hours=1)  # the first is now overdue
    tab = CallbackTab(make_ctx(services, receptionist))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.table.rowCount() == 2
    assert tab.table.item(0, 3).text() == first.number and tab.table.item(0, 1).text().startswith("已逾期 · 完成 超时")
    assert tab.table.item(1, 3).text() == second.number and tab.table.item(1, 1).text().startswith("待回访 · 完成 剩")
    assert "逾期 1 条" in tab.summary.text()
    assert tab.status_label("callback.overdue", 1) == "回访逾期 1"
    assert tab.current is not None and tab.current.id == tab._rows[0].id
    assert tab.phone.text() == "电话：138****5678" and tab.reveal_button.isEnabled()
    assert "请问您对处理结果满意吗" in tab.script.text() and first.number in tab.script.text()
    tab.reveal_button.click()
    assert tab.phone.text() == "电话：13812345678"
    tab.findChild(type(tab.method_group.button(0)), "sat_unsatisfied").setChecked(True)
    tab.save_button.click()
    assert tab.errors.message("comments") == "必填"  # ask what was wrong
    type_into(qtbot, tab.comments, "水槽下面还在滴水")
    tab.save_button.click()
    assert "已重新派单" in tab.banner.text()
    assert wo.get(receptionist, first.id).state == "dispatched"
    assert tab.table.rowCount() == 1 and tab.table.item(0, 3).text() == second.number
    tab.scope.setCurrentIndex(tab.scope.findData("done"))
    assert tab.table.rowCount() == 1 and tab.table.item(0, 1).text() == "不满意（电话）"
    assert not tab.save_button.isEnabled()


def test_open_record_selects_the_callback(qtbot, services, receptionist, supervisor) -> None:
    add_rooms(services)
    techs = add_technicians(services, supervisor)
    wo = services.work_orders
    orders = [advance(services, receptionist, wo.create(receptionist, order_input()), "completed", techs[0]) for _ in range(3)]
    tab = CallbackTab(make_ctx(services, receptionist))
    qtbot.addWidget(tab)
    cb = services.callbacks.for_record(receptionist, "order", orders[2].id)[0]
    tab.open_record("callback", cb.id)
    assert tab.current is not None and tab.current.ref_number == orders[2].number


def test_nothing_selected_shows_no_made_up_date(qtbot, services, receptionist, supervisor) -> None:
    """QA: with nothing selected the (disabled) 回访时间 said 2000-01-01 00:00."""
    add_rooms(services)
    techs = add_technicians(services, supervisor)
    tab = CallbackTab(make_ctx(services, receptionist))
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    assert tab.current is None and not tab.done_at.isEnabled()
    assert tab.done_at.text().strip() == ""
    tab.grab().save("/tmp/shots/polish_callback_empty.png")
    advance(services, receptionist, services.work_orders.create(receptionist, order_input()), "completed", techs[0])
    tab.reload()
    tab.table.selectRow(0)
    assert tab.current is not None and tab.done_at.text().startswith("2026-11-27")


def test_a_callback_recorded_elsewhere_shows_theirs_beside_mine(qtbot, services, receptionist, supervisor) -> None:
    from frontdesk.ui.common.conflict import Choice

    add_rooms(services)
    techs = add_technicians(services, supervisor)
    wo = services.work_orders
    for _ in range(2):
        advance(services, receptionist, wo.create(receptionist, order_input()), "completed", techs[0])
    tab = CallbackTab(make_ctx(services, receptionist))
    qtbot.addWidget(tab)
    tab.show()
    for answer in (Choice.KEEP_THEIRS, Choice.APPLY_MINE):
        cb = tab.current
        assert cb is not None and cb.state == "pending"
        services.callbacks.record(
            supervisor, cb.id, expected_version=cb.version, method="phone", satisfaction="satisfied", comments="主管回访过了"
        )
        asked: list = []
        tab.conflict_answer = lambda diffs, answer=answer, asked=asked: asked.append(diffs) or answer
        tab.findChild(type(tab.method_group.button(0)), "sat_basic").setChecked(True)
        type_into(qtbot, tab.comments, "我的回访意见")
        tab.save_button.click()
        assert {d.label: (d.mine, d.theirs) for d in asked[0]}["客户意见"] == ("我的回访意见", "主管回访过了")
        theirs = services.callbacks.get(receptionist, cb.id)
        assert theirs.comments == "主管回访过了" and theirs.done_by_name == supervisor.name  # nothing of mine saved
        if answer is Choice.KEEP_THEIRS:
            assert "您的修改未保存" in tab.banner.text() and "主管回访过了" in tab.about.text()
            assert tab.comments.toPlainText() == ""
        else:  # already recorded: taking it again is refused by the service, shown the usual way
            assert tab.banner.text() and "已记录" not in tab.banner.text()
        tab.reload()


def test_after_saving_the_last_callback_the_form_is_empty(qtbot, services, receptionist, supervisor) -> None:
    """QA: after 保存回访 the form kept the old values, greyed out. A satisfied callback closes the order."""
    add_rooms(services)
    techs = add_technicians(services, supervisor)
    wo = services.work_orders
    order = advance(services, receptionist, wo.create(receptionist, order_input()), "completed", techs[0])
    tab = CallbackTab(make_ctx(services, receptionist))
    qtbot.addWidget(tab)
    tab.show()
    tab.findChild(type(tab.method_group.button(0)), "sat_satisfied").setChecked(True)
    type_into(qtbot, tab.comments, "很好")
    tab.save_button.click()
    assert "回访满意，工单已关闭" in tab.banner.text() and wo.get(receptionist, order.id).state == "closed"
    assert tab.table.rowCount() == 0 and tab.current is None
    assert tab.comments.toPlainText() == "" and tab.sat_group.checkedButton() is None
    assert not tab.save_button.isEnabled()
