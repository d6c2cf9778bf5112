"""Ctrl+K: a room found from anywhere in the app, opened in the 业户档案 tab."""

from __future__ import annotations

from PySide6.QtCore import Qt

from frontdesk.ui.shell.main_window import MainWindow
from frontdesk.ui.shell.search_dialog import HIT_ROLE, REASON_ROLE, GlobalSearchDialog
from tests.support.keyboard import type_text


def test_global_search_finds_and_opens_a_room(qtbot, make_ctx, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(make_ctx(receptionist))
    qtbot.addWidget(window)
    dlg = GlobalSearchDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    dlg.show()
    type_text(qtbot, dlg.query, "3栋2单元1502")
    qtbot.waitUntil(lambda: dlg.results.count() == 1)
    assert dlg.results.item(0).text() == "[房号] 肯彤名邸 3-2-1502    张伟 138****5678"
    assert dlg.results.item(0).data(REASON_ROLE) == "匹配：房号 3-2-1502"
    qtbot.keyClick(dlg.query, Qt.Key.Key_Return)
    assert dlg.chosen is not None and dlg.chosen.kind == "room"
    window.open_record(dlg.chosen.kind, dlg.chosen.id)
    tab = window.tabs.currentWidget()
    assert tab.room_title.text() == "肯彤名邸  3-2-1502"
    dlg2 = GlobalSearchDialog(window.ctx, window)
    qtbot.addWidget(dlg2)
    type_text(qtbot, dlg2.query, "没有这个人")
    with qtbot.waitSignal(dlg2.searched):
        dlg2.run_search()
    assert dlg2.results.count() == 0 and dlg2.hint.text() == "没有找到“没有这个人”"


def test_each_hit_says_which_field_matched_masked_for_the_role(qtbot, make_ctx, estate, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    """A pass found by its carrier's phone says so under the hit, the number masked for a
    receptionist; an order found by room and word names both fields."""
    import os

    from frontdesk.services.call_log.rows import CallInput
    from frontdesk.services.release_passes.rows import ItemInput, PassInput
    from frontdesk.services.validation import id_check_digit
    from tests.support.orders import order_input

    services = make_ctx(receptionist).services
    first17 = "11010519800101123"
    issued = services.release_passes.issue(
        receptionist,
        PassInput(
            room="3-2-1502",
            carrier_name="刘师傅",
            carrier_phone="13900001502",
            carrier_id_number=first17 + id_check_digit(first17),
            items=[ItemInput("双人床", 1, "")],
            reason="搬家",
            confirm_method="phone",
            confirm_note="业主本人接听",
        ),
    ).detail
    clock.advance(minutes=1)
    services.work_orders.create(receptionist, order_input(room="3栋2单元1502", description="卫生间漏水，楼下天花渗水"))
    clock.advance(minutes=1)
    services.call_log.create(
        receptionist, CallInput(room="3-2-1502", person="张伟", phone="13700001502", content="楼上漏水到客厅")
    )
    window = MainWindow(make_ctx(receptionist))
    qtbot.addWidget(window)
    dlg = GlobalSearchDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    dlg.show()
    type_text(qtbot, dlg.query, "00001502")
    qtbot.waitUntil(lambda: dlg.results.count() == 2)
    reasons = {dlg.results.item(i).data(HIT_ROLE).kind: dlg.results.item(i).data(REASON_ROLE) for i in range(2)}
    assert reasons == {"pass": "匹配：携物人电话 139****1502", "call": "匹配：电话 137****1502"}
    assert "13900001502" not in dlg.results.item(0).toolTip() + dlg.results.item(1).toolTip()
    # the newest first across kinds: the call (a minute after the pass)
    assert dlg.results.item(0).data(HIT_ROLE).kind == "call"
    os.makedirs("/tmp/shots", exist_ok=True)
    dlg.grab().save("/tmp/shots/global_search_phone.png")
    with qtbot.waitSignal(dlg.searched):
        dlg.query.setText("3栋2单元1502 漏水")
    kinds = [dlg.results.item(i).data(HIT_ROLE).kind for i in range(dlg.results.count())]
    assert kinds == ["call", "order"]
    assert dlg.results.item(1).data(REASON_ROLE) == "匹配：房号 3-2-1502 · 故障描述 卫生间漏水，楼下天花渗水"
    with qtbot.waitSignal(dlg.searched):
        dlg.query.setText("3-2-1502")
    assert dlg.results.item(0).data(HIT_ROLE).kind == "room"
    assert issued.number in [dlg.results.item(i).data(HIT_ROLE).title.split()[0] for i in range(dlg.results.count())]
    dlg.results.setCurrentRow(1)
    dlg.grab().save("/tmp/shots/global_search_reasons.png")
