"""A filter row that wraps when the window is narrow (ui/common/flow_row.py) and looks like a
QHBoxLayout when it is wide."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from frontdesk.ui.common.flow_row import FlowRow


def bar(qtbot, layout_class):  # type: ignore[no-untyped-def]
    """Six buttons, a search box that stretches (2), a stretch (1) and an export button."""
    box = QWidget()
    row = layout_class()
    buttons = [QPushButton(f"按钮{i}") for i in range(6)]
    search = QLineEdit()
    export = QPushButton("导出 Excel")
    for b in buttons:
        row.addWidget(b)
    row.addWidget(search, 2)
    row.addStretch(1)
    row.addWidget(export)
    outer = QVBoxLayout(box)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addLayout(row)
    outer.addStretch(1)
    qtbot.addWidget(box)
    box.show()
    return box, buttons, search, export


def laid_out(box: QWidget, width: int) -> None:
    box.resize(width, 200)
    QApplication.processEvents()


def test_wide_it_is_the_row_a_qhboxlayout_makes(qtbot) -> None:  # type: ignore[no-untyped-def]
    flow = bar(qtbot, FlowRow)
    plain = bar(qtbot, QHBoxLayout)
    for box, *_ in (flow, plain):
        laid_out(box, 1300)
    geometry = [[w.geometry().getRect() for w in (*parts[1], parts[2], parts[3])] for parts in (flow, plain)]
    for mine, theirs in zip(*geometry, strict=True):
        assert abs(mine[0] - theirs[0]) <= 4 and abs(mine[2] - theirs[2]) <= 4 and mine[1] == theirs[1], geometry


def test_narrow_it_wraps_and_nothing_is_cut_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    box, buttons, search, export = bar(qtbot, FlowRow)
    width = sum(b.sizeHint().width() for b in buttons) + 200
    laid_out(box, width)
    tops = {w.geometry().top() for w in (*buttons, search, export)}
    assert len(tops) == 2  # two lines
    assert buttons[0].geometry().top() == min(tops) and export.geometry().top() == max(tops)
    for w in (*buttons, search, export):
        assert w.geometry().right() < box.width() and w.width() >= w.minimumSizeHint().width()
    assert box.minimumSizeHint().width() < width  # the row does not make the window wider
    assert box.layout().heightForWidth(width) > 2 * export.sizeHint().height()


def test_a_hidden_widget_takes_no_room(qtbot) -> None:  # type: ignore[no-untyped-def]
    box, buttons, _search, _export = bar(qtbot, FlowRow)
    buttons[1].hide()
    laid_out(box, 1300)
    assert buttons[2].geometry().left() - buttons[0].geometry().right() < 12
