"""Radio choices picked by their number key (form_parts.numbered_choices with keys=True)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from frontdesk.ui.common.form_parts import numbered_choices
from tests.support.qt import show_active


def test_a_number_key_picks_its_choice_and_moves_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    lay = QVBoxLayout(page)
    clicked: list[int] = []
    group, box = numbered_choices(page, [QRadioButton("满意"), QRadioButton("基本满意"), QRadioButton("不满意")], keys=True)
    group.idClicked.connect(clicked.append)
    after = QLineEdit()
    lay.addWidget(box)
    lay.addWidget(after)
    show_active(qtbot, page)
    assert [b.text() for b in group.buttons()] == ["1 满意", "2 基本满意", "3 不满意"]
    group.button(0).setFocus()
    qtbot.keyClick(group.button(0), Qt.Key.Key_3)
    assert group.checkedId() == 2 and clicked == [2] and QApplication.focusWidget() is after
    group.button(2).setFocus()
    qtbot.keyClick(group.button(2), Qt.Key.Key_7)  # no such choice: nothing happens
    assert group.checkedId() == 2 and QApplication.focusWidget() is group.button(2)
    group.button(1).setEnabled(False)
    qtbot.keyClick(group.button(2), Qt.Key.Key_2)  # a choice not open now is not taken
    assert group.checkedId() == 2
