"""Ctrl+K: a room found from anywhere in the app, opened in the 业户档案 tab."""

from __future__ import annotations

from PySide6.QtCore import Qt

from frontdesk.ui.shell.main_window import MainWindow
from frontdesk.ui.shell.search_dialog import GlobalSearchDialog
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
