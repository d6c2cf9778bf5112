"""QA: 全部类别 / 全部渠道 / 全部经办人 / 全部程度 and the pass reason 搬家 were cut off by the combo's
arrow, with the application's style sheet, at a 1366-wide window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from frontdesk.ui.call_log.tab import CallLogTab
from frontdesk.ui.common.bus import EventBus
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.complaints.tab import ComplaintsTab
from frontdesk.ui.release_passes.tab import ReleasePassTab
from frontdesk.ui.shell import appsetup

ARROW = 26  # the drop-down button and the padding around the text


@pytest.fixture
def styled(qapp: QApplication):  # type: ignore[no-untyped-def]
    before = qapp.styleSheet()
    qapp.setStyleSheet(appsetup.STYLE)
    yield
    qapp.setStyleSheet(before)


def _clipped(tab: QWidget) -> list[str]:
    out = []
    for c in tab.findChildren(QComboBox):
        if not c.isVisible() or c.isEditable():
            continue
        longest = c.fontMetrics().horizontalAdvance(c.currentText())  # what the receptionist sees
        if c.width() - ARROW < longest:
            out.append(f"{c.objectName()} {c.currentText()!r}: {c.width()} < {longest} + {ARROW}")
    return out


@pytest.mark.parametrize("cls", [CallLogTab, ComplaintsTab, ReleasePassTab])
def test_filter_and_choice_combos_show_their_whole_text(qtbot, styled, services, receptionist, cls) -> None:  # type: ignore[no-untyped-def]
    tab = cls(UiContext(services, receptionist, EventBus()))
    qtbot.addWidget(tab)
    tab.resize(1340, 700)
    tab.show()
    qtbot.waitExposed(tab)
    QApplication.processEvents()
    tab.grab().save(f"/tmp/shots/polish_combos_{cls.__name__}.png")
    assert _clipped(tab) == []
