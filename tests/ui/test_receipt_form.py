"""The receipt form's table of fee items: the item column offers the configured items in a list
(shared ChoiceDelegate of rows tables), and what is chosen is what the form hands the service."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from frontdesk.ui.common.field_widgets import ChoiceDelegate
from frontdesk.ui.receipts.tab import ReceiptTab
from tests.support.qt import show_active


def test_the_item_column_offers_the_configured_items(qtbot, services, receptionist) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.common.bus import EventBus
    from frontdesk.ui.common.context import UiContext

    tab = show_active(qtbot, ReceiptTab(UiContext(services, receptionist, EventBus())), (1366, 768))
    table = tab.form.fields.editors["items"]
    delegate = table.itemDelegateForColumn(0)
    assert isinstance(delegate, ChoiceDelegate) and delegate.words[:2] == ["物业费", "装修押金"]
    assert table.itemDelegateForColumn(2) is not delegate  # the amount is typed
    table.setItem(0, 0, QTableWidgetItem(""))
    table.setCurrentCell(0, 0)
    table.editItem(table.item(0, 0))
    combo = table.findChild(QComboBox)
    assert combo is not None and combo.count() == 7
    combo.setCurrentIndex(combo.findData("门禁卡"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # Qt commits the editor's choice on its next turn
    qtbot.waitUntil(lambda: table.item(0, 0).text() == "门禁卡")
    table.setItem(0, 2, QTableWidgetItem("50"))
    assert tab.form.fields.values()["items"] == [{"item": "门禁卡", "detail": "", "amount": "50"}]
