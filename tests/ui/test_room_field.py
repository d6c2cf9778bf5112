"""The project + room field: a code in two projects is never picked silently; the project combo
shows only when the estate has several projects, and then comes before the room in Tab order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from frontdesk.services.call_log import CallInput
from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser
from frontdesk.ui.call_log.tab import CallLogTab
from frontdesk.ui.common.bus import EventBus
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.work_orders.dialogs import OrderFormDialog
from tests.support.call_log import OWNER_PHONE, Estate, call_log_estate, quick_receptionist  # noqa: F401  (fixtures)
from tests.support.estate import add_room
from tests.support.qt import show_active

SHARED = "1-1-101"  # in 锦绣花园 and in 瀚科大厦


def _ctx(services: Services, user: CurrentUser) -> UiContext:
    return UiContext(services, user, EventBus())


def test_call_log_never_picks_one_of_two_rooms(qtbot, services: Services, receptionist, estate: Estate) -> None:  # type: ignore[no-untyped-def]
    tab = CallLogTab(_ctx(services, receptionist))
    qtbot.addWidget(tab)
    form = tab.form
    assert form.project.currentData() is None  # 全部项目
    form.room.setText(SHARED)
    form.person.setText("张伟")
    form.content.setPlainText("门禁卡失灵")
    assert form.save() is None
    assert services.call_log.list_entries(receptionist).rows == []
    assert "2 个项目" in form.errors.message("room") and "选择项目" in form.errors.message("room")
    assert form.room.text() == SHARED  # nothing typed is lost
    form.project.setCurrentIndex(form.project.findData(estate.tower_id))
    row = form.save()
    assert row is not None and row.room_code == SHARED and row.project == "瀚科大厦"


def test_work_order_form_with_two_projects(qtbot, services: Services, receptionist, estate: Estate) -> None:  # type: ignore[no-untyped-def]
    dlg = show_active(qtbot, OrderFormDialog(_ctx(services, receptionist)))
    field = dlg.room_field
    assert field.project.isVisible() and field.tab_chain() == [field.project, dlg.room]
    field.project.setFocus()
    qtbot.keyClick(field.project, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dlg.room
    qtbot.keyClick(dlg.room, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dlg.reporter
    dlg.room.setText(SHARED)
    dlg.on_room_editingFinished()
    assert dlg.errors.message("room") == "“1-1-101”在 2 个项目中都有，请先在左边选择项目"
    field.project.setCurrentIndex(field.project.findData(estate.project_id))  # looks the room up again
    assert dlg.errors.text("room") == "" and "锦绣花园 1-1-101" in dlg.room_hint.text()
    assert dlg.input().project_id == estate.project_id
    dlg.grab().save("/tmp/shots/rooms_order_form.png")


def test_one_project_hides_the_combo_and_adds_no_tab_stop(qtbot, services: Services, receptionist) -> None:  # type: ignore[no-untyped-def]
    add_room(services, "3-2-1502", "张伟", OWNER_PHONE)
    dlg = show_active(qtbot, OrderFormDialog(_ctx(services, receptionist)))
    assert not dlg.room_field.project.isVisible() and dlg.room_field.tab_chain() == [dlg.room]
    dlg.reporter.setFocus()
    qtbot.keyClick(dlg.reporter, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dlg.room
    assert dlg.room_field.project_id() is None


def test_complaint_from_call_keeps_the_call_s_project(qtbot, services: Services, receptionist, estate: Estate) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.complaints.forms import NewComplaintDialog

    call = services.call_log.create(
        receptionist,
        CallInput(
            kind="complaint", room=SHARED, project_id=estate.tower_id, person="张伟", phone=OWNER_PHONE, content="电梯噪音大"
        ),
    )
    dlg = NewComplaintDialog.from_call(_ctx(services, receptionist), call.id)
    qtbot.addWidget(dlg)
    f = dlg.form
    assert f.room_field.project.currentData() == estate.tower_id and f.room.text() == SHARED
    assert f.errors.message("room") == "" and "瀚科大厦" in f.room_hint.text()
    assert f.to_input().project_id == estate.tower_id


def test_the_room_placeholders_are_shown_whole_in_the_pass_and_notice_forms(qtbot, services: Services, receptionist) -> None:  # type: ignore[no-untyped-def]
    """QA: "3-2-1502 / 3栋2单元…" was cut off in the pass and notice forms at 1366 wide."""
    from frontdesk.ui.notices.tab import NoticeTab
    from frontdesk.ui.release_passes.tab import ReleasePassTab

    for cls in (ReleasePassTab, NoticeTab):
        tab = cls(_ctx(services, receptionist))
        qtbot.addWidget(tab)
        tab.resize(1340, 620)
        tab.show()
        qtbot.waitExposed(tab)
        edit = tab.room_field.edit
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 12
        assert edit.width() >= needed, (cls.__name__, edit.width(), needed)
