"""A receptionist's morning at the counter, through the real start-up, login and main window:
three contacts typed with the keyboard only (one with a room that does not exist), bad input,
filtering and searching, an edit that collides with a colleague's at another counter, and a
restart that finds everything again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from frontdesk.db import Database
from frontdesk.models import AuditEvent, CallLogEntry
from frontdesk.services.call_log import CallFilter, CallInput
from frontdesk.services.container import build_services
from frontdesk.services.permissions import Role
from frontdesk.ui.call_log.tab import CallLogTab
from tests.conftest import make_user
from tests.support.call_log import OWNER_PHONE, make_estate
from tests.support.keyboard import focus, type_into
from tests.support.login import log_in as log_in_as
from tests.support.qt import wait_focus

KEY = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.presses = 0

    def type(self, text: str) -> None:
        type_into(self.qtbot, focus(), text)

    def press(self, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.presses += 1
        self.qtbot.keyClick(focus(), key, mods)


@pytest.fixture
def counter(db_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A database with an estate, a supervisor and a receptionist (as the supervisor set them up)."""
    db = Database(f"sqlite:///{db_path.as_posix()}")
    services = build_services(db)
    make_user(services, Role.SUPERVISOR, "boss", "王主管")
    make_user(services, Role.RECEPTIONIST, "li", "李前台")
    make_estate(db)
    db.dispose()
    return f"sqlite:///{db_path.as_posix()}", QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def log_in(qtbot, url: str, data_dir: Path, settings: QSettings):  # type: ignore[no-untyped-def]
    flow, window = log_in_as(qtbot, url, data_dir, settings, "li")
    window.activateWindow()
    tab = window.tab_for_kind("call")
    assert isinstance(tab, CallLogTab) and window.tabs.currentWidget() is tab
    return flow, window, tab


def entries(url: str) -> int:
    db = Database(url)
    try:
        with db.read() as s:
            return int(s.scalar(select(func.count()).select_from(CallLogEntry)) or 0)
    finally:
        db.dispose()


def test_a_morning_of_calls(qtbot, counter, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, settings = counter
    flow, window, tab = log_in(qtbot, url, tmp_path, settings)
    form = tab.form
    kb = Keyboard(qtbot)
    wait_focus(qtbot, window, form.room)  # the cursor waits in the room box

    # 1 — a repair call: room, phone, caller, kind, content, Enter
    kb.presses = 0
    kb.type("3栋2单元1502")
    kb.press(KEY.Key_Tab)
    kb.type(OWNER_PHONE)
    kb.press(KEY.Key_Tab)
    kb.type("张伟")
    kb.press(KEY.Key_Tab)
    kb.press(KEY.Key_2)  # 报修
    kb.type("卫生间漏水，楼下天花板有水渍")
    kb.press(KEY.Key_Return)
    assert kb.presses == 5, "a typical contact takes five keys besides the text"
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.row_at(0).outcome == "follow_up"  # a repair not turned into an order stays open
    assert focus() is form.room and form.is_blank()

    # 2 — a room that does not exist: a clear message, nothing typed is lost, nothing saved
    kb.type("9-9-999")
    kb.press(KEY.Key_Tab)
    kb.press(KEY.Key_Tab)
    kb.type("刘洋")
    kb.press(KEY.Key_Tab)
    kb.press(KEY.Key_1)  # 咨询
    kb.type("咨询停车月卡办理需要什么材料")
    kb.press(KEY.Key_Tab)
    kb.type("已告知需带行驶证和租赁合同")
    kb.press(KEY.Key_Return)
    assert form.errors.text("room") == "找不到房号“9-9-999”，请核对楼栋-单元-房号"
    assert focus() is form.room
    assert (
        form.room.text(),
        form.person.text(),
        form.content.toPlainText(),
        form.handling.toPlainText(),
    ) == ("9-9-999", "刘洋", "咨询停车月卡办理需要什么材料", "已告知需带行驶证和租赁合同")
    assert entries(url) == 1
    kb.press(KEY.Key_A, CTRL)
    kb.type("3-2-1501")
    kb.press(KEY.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert not form.errors.text("room")

    # bad input: every problem is named next to its field, and nothing is saved
    kb.type("3-2-1502")
    kb.press(KEY.Key_Tab)
    kb.type("138123")
    kb.press(KEY.Key_Tab)
    kb.type("王😀")
    kb.press(KEY.Key_Tab)
    kb.press(KEY.Key_Tab)
    QApplication.clipboard().setText("漏" * 10_000)  # pasted from somewhere
    kb.press(KEY.Key_V, CTRL)
    kb.press(KEY.Key_Tab)
    QApplication.clipboard().setText("已处理\x07")
    kb.press(KEY.Key_V, CTRL)
    kb.press(KEY.Key_Return)
    assert form.errors.text("phone") == "电话号码格式不正确：手机号应为 11 位，现在是 6 位"
    assert form.errors.text("person") == "不能包含表情符号"
    assert form.errors.text("content") == "最多 2000 个字（现在 10000 个字），请删减后再保存"
    assert form.errors.text("handling") == "含有不可见的控制字符，请删除后再保存"
    assert len(form.content.toPlainText()) == 10_000 and form.person.text() == "王😀"
    assert entries(url) == 2
    kb.press(KEY.Key_Escape)
    assert form.is_blank()

    # 3 — a walk-in: the channel is one mnemonic and one digit away
    kb.press(KEY.Key_Q, ALT)
    assert focus() is form.channel
    kb.press(KEY.Key_2)  # 来访
    kb.press(KEY.Key_R, ALT)
    assert focus() is form.room
    kb.type("5-1-0301")
    kb.press(KEY.Key_Tab)
    kb.press(KEY.Key_Tab)
    kb.type("陈女士")
    kb.press(KEY.Key_Tab)
    kb.press(KEY.Key_3)  # 投诉
    kb.type("楼上装修噪音扰民，中午也在施工")
    kb.press(KEY.Key_Tab)
    kb.type("已联系装修负责人")
    kb.press(KEY.Key_Tab)
    kb.press(KEY.Key_2)  # 待跟进, due tomorrow by default
    kb.press(KEY.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    newest = tab.model.row_at(0)
    assert (newest.channel, newest.kind, newest.room_code, newest.outcome) == (
        "visit",
        "complaint",
        "5-1-0301",
        "follow_up",
    )
    assert "待跟进 2 项" in tab.counts.text()  # the repair call and this complaint

    # filter and search
    kb.press(KEY.Key_F, CTRL)
    assert focus() is tab.f_text
    kb.type("漏水")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.row_at(0).room_code == "3-2-1502"
    kb.press(KEY.Key_A, CTRL)
    kb.press(KEY.Key_Backspace)
    tab.f_channel.setCurrentIndex(tab.f_channel.findData("visit"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.row_at(0).room_code == "5-1-0301")
    tab.f_channel.setCurrentIndex(0)
    tab.f_room.setText("3-2-1501")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.row_at(0).person == "刘洋")
    tab.clear_filters()
    assert tab.model.rowCount() == 3

    # edit the repair call while a colleague at another counter edits the same entry
    kb.press(KEY.Key_L, CTRL)
    assert focus() is tab.table
    kb.press(KEY.Key_Down)
    kb.press(KEY.Key_Down)
    assert tab.selected().room_code == "3-2-1502"
    kb.press(KEY.Key_Return)
    assert form.editing is not None and focus() is form.content
    repair = form.editing
    kb.type("，已约师傅明早九点上门")
    other = build_services(Database(url))
    boss = other.staff.login("boss", "secret-boss")
    theirs = other.call_log.get(boss, repair.id)
    other.call_log.update(
        boss,
        repair.id,
        CallInput(
            channel=theirs.channel,
            kind=theirs.kind,
            room=theirs.room_code,
            person=theirs.person,
            phone=theirs.phone,
            content=theirs.content,
            handling="业主来电催促，已加急",
            outcome=theirs.outcome,
            due_date=theirs.due_date,
        ),
        expected_version=theirs.version,
    )
    kb.press(KEY.Key_Return)
    assert form.conflict.isVisible()
    assert "王主管" in form.conflict.message.text()
    shown = {
        form.conflict.table.item(i, 0).text(): form.conflict.table.item(i, 2).text()  # theirs
        for i in range(form.conflict.table.rowCount())
    }
    assert shown["处理情况"] == "业主来电催促，已加急"
    assert form.content.toPlainText() == "卫生间漏水，楼下天花板有水渍，已约师傅明早九点上门"
    # the receptionist carries the colleague's note over, then saves the merged entry
    form.handling.setFocus()
    kb.type("业主来电催促，已加急")
    form.conflict.apply_button.setFocus()
    kb.press(KEY.Key_Space)
    qtbot.waitUntil(lambda: not form.conflict.isVisible())
    merged = other.call_log.get(boss, repair.id)
    assert merged.content == "卫生间漏水，楼下天花板有水渍，已约师傅明早九点上门"
    assert merged.handling == "业主来电催促，已加急"
    with other.db.read() as s:
        updates = s.scalars(
            select(AuditEvent)
            .where(
                AuditEvent.entity == "call",
                AuditEvent.entity_id == str(repair.id),
                AuditEvent.action == "update",
            )
            .order_by(AuditEvent.id)
        ).all()
        assert [u.actor_name for u in updates] == ["王主管", "李前台"]
        assert updates[0].after == {"handling": "业主来电催促，已加急"}
    other.db.dispose()

    # restart: a new start-up on the same file finds all three
    window.close()
    flow.services.db.dispose()
    flow2, window2, tab2 = log_in(qtbot, url, tmp_path, settings)
    contents = {tab2.model.row_at(i).content for i in range(tab2.model.rowCount())}
    assert contents == {
        "卫生间漏水，楼下天花板有水渍，已约师傅明早九点上门",
        "咨询停车月卡办理需要什么材料",
        "楼上装修噪音扰民，中午也在施工",
    }
    found = flow2.services.call_log.list_entries(tab2.ctx.user, CallFilter(text="噪音")).rows
    assert [r.room_code for r in found] == ["5-1-0301"]
    window2.close()
    flow2.services.db.dispose()
