"""The main window's status bar and the handover tab's counter line: items never run together."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from frontdesk.services.contracts import StatusCount
from frontdesk.ui.bus import EventBus
from frontdesk.ui.context import UiContext
from frontdesk.ui.handover_tab import HandoverTab
from frontdesk.ui.main_window import MainWindow


def _plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText().replace("\xa0", " ")


def test_status_counts_are_separated(qtbot, services, monkeypatch, receptionist) -> None:  # type: ignore[no-untyped-def]
    counts = [StatusCount("complaint.to_approve", 1, "warning"), StatusCount("pass.issued_today", 1),
              StatusCount("nothing.due", 0)]
    monkeypatch.setattr(type(services), "status_counts", lambda self, user: counts)
    w = MainWindow(UiContext(services, receptionist, EventBus(), counter="vm"), None)
    qtbot.addWidget(w)
    w.refresh_status()
    first, second = (w.status_text(c) for c in counts[:2])
    assert _plain(w.counts_label.text()) == f"{first}  ｜  {second}" == "投诉待审批 1  ｜  今日放行条 1 张"
    tab = w.tab_for_kind("handover")
    assert isinstance(tab, HandoverTab)
    assert _plain(tab.where.text()).startswith("柜台：vm  ｜  当前班次：")
    w.show()
    w.grab().save("/tmp/shots/shell_status.png")
    w.tabs.setCurrentWidget(tab)
    tab.grab().save("/tmp/shots/shell_handover_header.png")
