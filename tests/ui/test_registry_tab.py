"""The 业户档案 tab, driven with the keyboard and mouse like the counter does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from frontdesk.models import AuditEvent
from frontdesk.services.permissions import CurrentUser
from frontdesk.services.registry import OccupantInput
from frontdesk.ui.common.conflict import Choice
from frontdesk.ui.registry.rooms_model import RoomListModel
from frontdesk.ui.registry.tab import RegistryTab
from tests.support.estate import OWNER_PHONE
from tests.support.keyboard import type_text


def _tab(qtbot, make_ctx, user: CurrentUser) -> RegistryTab:  # type: ignore[no-untyped-def]
    tab = RegistryTab(make_ctx(user))
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    return tab


def _search(qtbot, tab: RegistryTab, text: str) -> None:  # type: ignore[no-untyped-def]
    tab.search.clear()
    type_text(qtbot, tab.search, text)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)


def test_tree_and_list(qtbot, make_ctx, services, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, make_ctx, receptionist)
    top = [tab.tree.topLevelItem(i) for i in range(tab.tree.topLevelItemCount())]
    assert [(t.text(0), t.text(1)) for t in top] == [
        ("肯彤名邸", "36 间"),
        ("瀚科大厦", "2 间"),
        ("青竹园", "1 间"),
    ]
    assert [top[0].child(i).text(0) for i in range(top[0].childCount())] == ["1栋", "3栋", "10栋"]
    assert tab.model.rowCount() == 36 and tab.hint.text() == "共 36 间"
    tab.tree.setCurrentItem(top[0].child(1))
    assert tab.model.rowCount() == 12 and tab.model.rows()[0].code == "3-1-101"
    tab.tree.setCurrentItem(top[1].child(0))
    assert [r.code for r in tab.model.rows()] == ["A-1-1201", "A-1-1202"]
    assert top[1].child(0).text(0) == "A座"
    assert not tab.import_button.isVisible() and tab.export_button.isVisible()
    assert not tab.add_button.isVisible() and tab.unmask_button.isVisible()


def test_find_by_three_spellings_masked_for_the_counter(qtbot, make_ctx, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, make_ctx, receptionist)
    for text in ("3-2-1502", "3栋2单元1502", "3#2-1502", "３－２－１５０２"):
        _search(qtbot, tab, text)
        assert tab.room_title.text() == "肯彤名邸  3-2-1502", text
        assert tab.hint.text() == "找到 1 个房间"
    assert tab.occupants.item(0, 1).text() == "张伟"
    assert tab.occupants.item(0, 3).text() == "138****5678"
    assert tab.occupants.item(0, 5).text() == "110105********002X"
    assert tab.model.data(tab.model.index(0, 3)) == "138****5678"
    _search(qtbot, tab, "李娜")
    assert tab.room_title.text() == "肯彤名邸  3-2-1502"
    _search(qtbot, tab, "13900001111")
    assert tab.room_title.text() == "肯彤名邸  3-2-1502"


def test_unknown_room_says_so(qtbot, make_ctx, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, make_ctx, receptionist)
    _search(qtbot, tab, "9-9-9999")
    assert tab.model.rowCount() == 0
    assert tab.hint.text().startswith("没有找到“9-9-9999”")
    assert tab.search.text() == "9-9-9999"  # what was typed stays
    assert tab.room_title.text() == "未选择房间"


def test_unmask_is_deliberate_and_audited(qtbot, make_ctx, services, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, make_ctx, receptionist)
    _search(qtbot, tab, "3-2-1502")
    with services.db.read() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "unmask")).all() == []
    qtbot.mouseClick(tab.unmask_button, Qt.MouseButton.LeftButton)
    assert tab.occupants.item(0, 3).text() == OWNER_PHONE
    assert tab.occupants.item(0, 5).text() == "11010519491231002X"
    assert tab.occupants.item(1, 3).text() == "139****1111"  # only the chosen person
    assert not tab.unmask_button.isEnabled()
    with services.db.read() as s:
        assert len(s.scalars(select(AuditEvent).where(AuditEvent.action == "unmask")).all()) == 1


def test_edit_with_bad_input_keeps_what_was_typed(qtbot, make_ctx, services, estate, butler) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, make_ctx, butler)
    _search(qtbot, tab, "3-2-1502")
    tab.occupants.selectRow(1)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert dlg is not None and dlg.name.text() == "李娜" and dlg.phone.text() == "139****1111"
    dlg.phone.clear()
    qtbot.keyClicks(dlg.phone, "139123")
    dlg.id_number.clear()
    qtbot.keyClicks(dlg.id_number, "110105194912310021")
    dlg.notes.setPlainText("长" * 10_000)
    dlg.name.clear()
    type_text(qtbot, dlg.name, "李娜😀")
    dlg.on_save_clicked()
    assert dlg.isVisible()
    assert dlg.errors.text("phone") == "电话号码格式不正确：手机号应为 11 位，现在是 6 位"
    assert dlg.errors.text("id_number") == "身份证号校验位不正确，请核对"
    assert dlg.errors.text("notes") == "最多 2000 个字（现在 10000 个字），请删减后再保存"
    assert dlg.errors.text("name") == "不能包含表情符号"
    assert dlg.phone.text() == "139123" and len(dlg.notes.toPlainText()) == 10_000 and dlg.name.text() == "李娜😀"
    dlg.name.setText("李娜")
    dlg.phone.setText("13912345678")
    dlg.id_number.clear()
    dlg.notes.setPlainText("晚上 8 点后在家")
    with qtbot.waitSignal(tab.ctx.bus.changes):
        dlg.on_save_clicked()
    assert not dlg.isVisible()
    assert tab.occupants.item(1, 3).text() == "139****5678"
    assert tab.detail_message.text() == "已保存 李娜。"


def test_control_characters_in_a_name(qtbot, make_ctx, estate, butler) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, make_ctx, butler)
    _search(qtbot, tab, "3-2-1502")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    dlg.name.setText("王\x1b五")
    dlg.on_save_clicked()
    assert dlg.errors.text("name") == "含有不可见的控制字符，请删除后再保存"
    assert dlg.name.text() == "王\x1b五"


def test_stale_save_shows_theirs_beside_mine(qtbot, make_ctx, services, estate, butler, supervisor) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, make_ctx, butler)
    _search(qtbot, tab, "3-2-1502")
    tab.occupants.selectRow(1)
    tab.on_edit_clicked()
    dlg = tab.dialog
    dlg.notes.setPlainText("我写的备注")
    other = services.registry.room(supervisor, estate.room_3_2_1502).occupants[1]
    services.registry.save_occupant(
        supervisor,
        estate.room_3_2_1502,
        OccupantInput(kind="family", name="李娜", phone="13900001111", notes="主管改的"),
        occupant_id=other.id,
        expected_version=other.version,
    )
    asked: list = []
    dlg.conflict_answer = lambda diffs: asked.append(diffs) or Choice.KEEP_THEIRS
    dlg.on_save_clicked()
    (diffs,) = asked
    assert [(d.label, d.mine, d.theirs) for d in diffs if d.label == "备注"] == [("备注", "我写的备注", "主管改的")]
    # keep theirs: their version in the form, nothing of mine saved
    assert dlg.isVisible() and "您的修改未保存" in dlg.banner.text()
    assert dlg.notes.toPlainText() == "主管改的"
    theirs = services.registry.room(supervisor, estate.room_3_2_1502).occupants[1]
    assert theirs.notes == "主管改的"
    # apply mine: saved on top of theirs after a third save, the version advanced
    dlg.notes.setPlainText("主管改的；我补充的")
    services.registry.save_occupant(
        supervisor,
        estate.room_3_2_1502,
        OccupantInput(kind="family", name="李娜", phone="13900001111", notes="主管又改"),
        occupant_id=theirs.id,
        expected_version=theirs.version,
    )
    dlg.conflict_answer = lambda diffs: Choice.APPLY_MINE
    dlg.on_save_clicked()
    assert not dlg.isVisible()
    saved = services.registry.room(supervisor, estate.room_3_2_1502).occupants[1]
    assert saved.notes == "主管改的；我补充的" and saved.version == theirs.version + 2


def test_room_status_and_conflict(qtbot, make_ctx, services, estate, butler, supervisor) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, make_ctx, butler)
    _search(qtbot, tab, "3-2-1502")
    assert not tab.status_button.isEnabled()
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("装修中"))
    assert tab.status_button.isEnabled()
    qtbot.mouseClick(tab.status_button, Qt.MouseButton.LeftButton)
    assert tab.model.rows()[0].status == "装修中"
    assert tab.detail_message.text() == "房屋状态已改为“装修中”。"
    room = services.registry.room(supervisor, estate.room_3_2_1502).room
    services.registry.set_room_status(supervisor, room.id, "已入住", expected_version=room.version)
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("已交房"))
    asked: list = []
    tab.conflict_answer = lambda diffs: asked.append(diffs) or Choice.KEEP_THEIRS
    qtbot.mouseClick(tab.status_button, Qt.MouseButton.LeftButton)
    assert [(d.mine, d.theirs) for d in asked[0]] == [("已交房", "已入住")]
    assert "刚被其他人修改过" in tab.detail_message.text()
    assert tab.current is not None and tab.current.room.status == "已入住"
    room = services.registry.room(supervisor, estate.room_3_2_1502).room
    assert room.status == "已入住"
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("已交房"))
    services.registry.set_room_status(supervisor, room.id, "装修中", expected_version=room.version)
    tab.conflict_answer = lambda diffs: Choice.APPLY_MINE
    qtbot.mouseClick(tab.status_button, Qt.MouseButton.LeftButton)
    saved = services.registry.room(supervisor, estate.room_3_2_1502).room
    assert saved.status == "已交房" and saved.version == room.version + 2
    assert tab.current is not None and tab.current.room.status == "已交房"


def test_move_out(qtbot, make_ctx, estate, butler) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, make_ctx, butler)
    _search(qtbot, tab, "3-2-1502")
    tab.occupants.selectRow(1)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    box = tab.confirm_box
    assert box is not None and "李娜" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert tab.occupants.rowCount() == 1 and tab.detail_message.text() == "李娜 已迁出。"


def test_room_model_pages(qtbot, qtmodeltester, make_ctx, services, supervisor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [["项目", "楼栋", "单元", "房号"]] + [
        ["大楼盘", str(b), "1", f"{f}{k:02d}"] for b in range(1, 4) for f in range(1, 31) for k in range(1, 6)
    ]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(",".join(r) for r in rows), encoding="utf-8")
    services.registry_io.commit(supervisor, services.registry_io.preview(supervisor, path))
    tab = _tab(qtbot, make_ctx, supervisor)
    assert tab.hint.text() == "共 450 间"
    assert tab.model.rowCount() == 100 and tab.model.pages_fetched == 1
    tab.rooms.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 100)
    while tab.model.canFetchMore(tab.model.index(-1, -1)):
        tab.model.fetchMore(tab.model.index(-1, -1))
    codes = [r.code for r in tab.model.rows()]
    assert len(codes) == len(set(codes)) == 450
    assert codes[:3] == ["1-1-101", "1-1-102", "1-1-103"] and codes.index("1-1-1001") > codes.index("1-1-905")
    qtmodeltester.check(tab.model)


def test_model_on_its_own(qtmodeltester, services, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    model = RoomListModel()
    model.browse(lambda cursor, limit: services.registry.room_page(receptionist, cursor=cursor, limit=limit))
    qtmodeltester.check(model)
    model.show_rows(services.registry.find(receptionist, "3-1502"))
    assert model.rowCount() == 2 and model.data(model.index(0, 0)) == "肯彤名邸  3-1-1502"
    qtmodeltester.check(model)


def test_open_record_from_global_search(qtbot, make_ctx, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, make_ctx, receptionist)
    tab.open_record("room", estate.room_3_2_1502)
    assert tab.room_title.text() == "肯彤名邸  3-2-1502"


def test_export_runs_in_background(qtbot, make_ctx, estate, receptionist, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, make_ctx, receptionist)
    out = tmp_path / "out.xlsx"
    tab.export_to(str(out), estate.project_id)
    qtbot.waitUntil(lambda: tab.export_button.isEnabled(), timeout=10_000)
    assert out.exists() and "已导出 37 行" in tab.hint.text() and "已隐藏部分数字" in tab.hint.text()
