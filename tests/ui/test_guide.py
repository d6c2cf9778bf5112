"""帮助 → 使用指南 (F1): every registered tab is described, every shortcut on the card is really
bound in the window, and the card prints on one page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence, QShortcut

from frontdesk.ui.shell.guide import SHORTCUTS, GuideDialog, shortcut_card
from tests.support.printing import page_count, pdf_text


def _bound(window) -> set[str]:  # type: ignore[no-untyped-def]
    keys: set[str] = set()
    window.build_all_tabs()
    for obj in [*window.findChildren(QShortcut), *window.findChildren(QAction)]:
        seqs = [obj.key()] if isinstance(obj, QShortcut) else obj.shortcuts()
        keys |= {s.toString(QKeySequence.SequenceFormat.PortableText) for s in seqs if not s.isEmpty()}
    return keys


def test_the_guide_and_the_card_tell_the_truth(qtbot, make_ctx, receptionist) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.shell.main_window import MainWindow

    window = MainWindow(make_ctx(receptionist))
    qtbot.addWidget(window)
    bound = _bound(window)
    # the handover draft is a window of its own (ui/handover/draft.py): its keys are read there
    draft = (Path(__file__).parents[2] / "frontdesk/ui/handover/draft.py").read_text(encoding="utf-8")
    keyed = [s for s in SHORTCUTS if "+" in s.key or s.key.startswith("F")]
    missing = [s.key for s in keyed if s.where != "交接班草稿" and s.key not in bound]
    missing += [s.key for s in keyed if s.where == "交接班草稿" and f'"{s.key}"' not in draft]
    assert missing == [], f"on the card but bound nowhere: {missing}"

    dlg = GuideDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    text = dlg.text.toPlainText()
    for tab in window.tab_widgets():
        assert tab.windowTitle() in text, tab.windowTitle()
    assert "Ctrl+K" in text and "交接班" in text

    pdf = shortcut_card("肯彤名邸物业服务中心").render()
    assert page_count(pdf) == 1
    flat = "".join(pdf_text(pdf).split())
    assert all("".join(s.what.split()) in flat for s in SHORTCUTS)


def test_f1_opens_the_guide(qtbot, make_ctx, receptionist) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.shell.main_window import MainWindow

    window = MainWindow(make_ctx(receptionist))
    qtbot.addWidget(window)
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    assert window.guide.isVisible() and window.guide.windowTitle() == "使用指南"
