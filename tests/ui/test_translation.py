"""English through Qt translation files: complete, and chosen by --lang or the setting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QTableView, QTabWidget

from frontdesk.paths import TRANSLATIONS
from frontdesk.ui.shell import appsetup

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def english_qm() -> Path:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_translations
    finally:
        sys.path.pop(0)
    build_translations.main()
    qm = TRANSLATIONS / "frontdesk_en.qm"
    assert qm.exists()
    return qm


@pytest.fixture
def english(qapp: QApplication, english_qm: Path):  # type: ignore[no-untyped-def]
    assert appsetup.install_translation(qapp, "en")
    yield
    appsetup.install_translation(qapp, "zh_CN")


def test_every_string_has_english() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
    finally:
        sys.path.pop(0)
    problems = update_translations.check()
    assert problems == [], "run tools/update_translations.py and write the English:\n" + "\n".join(problems[:20])


def test_setting_chooses_the_language(tmp_path: Path) -> None:
    from frontdesk.main import parse_args

    qs = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert appsetup.language(qs) == "zh_CN"
    qs.setValue("ui/language", "en")
    assert appsetup.language(qs) == "en"
    qs.setValue("ui/language", "klingon")
    assert appsetup.language(qs) == "zh_CN"
    assert parse_args(["--lang", "en"]).lang == "en"


def test_main_window_in_english(qtbot, english, make_ctx, estate, receptionist) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.registry.tab import RegistryTab
    from frontdesk.ui.shell.main_window import MainWindow

    window = MainWindow(make_ctx(receptionist))
    qtbot.addWidget(window)
    labels = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert labels[:3] == ["Calls and visits", "Incident", "Work orders"]
    assert not [t for t in labels if any("\u4e00" <= ch <= "\u9fff" for ch in t)], labels
    window.build_all_tabs()  # the tabs not shown yet wait under their titles
    registry = next(i for i in range(window.tabs.count()) if isinstance(window.tabs.widget(i), RegistryTab))
    assert labels[registry] == "Residents"
    # the English words fit the counter's 1280×800 screen as the Chinese ones do
    assert window.minimumSizeHint().width() <= 1280, {
        window.tabs.tabText(i): window.tabs.widget(i).minimumSizeHint().width() for i in range(window.tabs.count())
    }
    assert [m.title() for m in window.menuBar().findChildren(type(window.admin_menu)) if m.title()][:3] == [
        "&File",
        "&Admin",
        "&Help",
    ]
    assert window.user_label.text() == "Logged in: 李前台 (Receptionist)"
    tab = window.tabs.widget(registry)
    tab.search.setText("3-2-1502")
    tab.run_search()
    assert tab.hint.text() == "Rooms found: 1"
    assert tab.occupants.horizontalHeaderItem(5).text() == "ID number"
    assert tab.occupants.item(0, 0).text() == "Owner"
    assert tab.model.data(tab.model.index(0, 1)) == "Occupied"


def test_app_started_with_lang_en_shows_english(english_qm: Path, db_path: Path, tmp_path: Path) -> None:
    """The real entry point, in its own process: ``app.py --lang en`` opens an English login window."""
    probe = (
        "import os, sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "class Watch(QObject):\n"
        "    def eventFilter(self, obj, ev):\n"
        "        if ev.type() == QEvent.Type.Show and type(obj).__name__ == 'LoginDialog':\n"
        "            print('TITLE', obj.windowTitle(), '|', obj.login_button.text(), flush=True)\n"
        "            os._exit(0)\n"
        "        return False\n"
        "w = Watch(); app.installEventFilter(w)\n"
        "from frontdesk.main import main\n"
        "main(['--db', sys.argv[1], '--lang', 'en'])\n"
    )
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
    }
    out = subprocess.run(
        [sys.executable, "-c", probe, f"sqlite:///{db_path.as_posix()}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "TITLE Log in — FrontDesk | Log in" in out.stdout, out.stdout + out.stderr


def test_update_collects_what_lupdate_misses(tmp_path: Path) -> None:
    """lupdate's Python parser skips these patterns; tools/update_translations.py collects them."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
    finally:
        sys.path.pop(0)
    src = tmp_path / "sample.py"
    src.write_text(
        "from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication\n"
        "_N = QT_TRANSLATE_NOOP\n"
        "def _t(text):\n"
        '    """docstring"""\n'
        '    return QCoreApplication.translate("words", text)\n'
        "class Panel:\n"
        "    def html(self):\n"
        "        t = QCoreApplication.translate\n"
        '        return f"<b>{self.tr(\'甲\')}</b>" + _t("乙") + _N("codes", "丙") + t("states", "丁")\n'
        "def other(name):\n"
        "    return _t(name)\n",
        encoding="utf-8",
    )
    found = update_translations.hidden_messages([src])
    assert found == [("Panel", "甲"), ("codes", "丙"), ("states", "丁"), ("words", "乙")]


def test_stored_list_values_in_english(english) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.ui.common.labels import data_word
    from frontdesk.ui.work_orders.words import event_name, op_name

    assert data_word("水") == "Water"
    assert data_word("工程部") == "Engineering"
    assert data_word("我们自己加的类别") == "我们自己加的类别"  # a centre's own value stays as typed
    assert data_word(None) == ""
    assert (op_name("close"), event_name("closed")) == ("Close", "Closed")


def test_qt_file_dialog_is_chinese(qapp: QApplication, english_qm: Path) -> None:
    """QA: the (non-native) save dialog said "Look in" and "Files of type" in the Chinese UI."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    assert appsetup.install_translation(qapp, "zh_CN")
    d = QFileDialog(None, "另存为 PDF", str(ROOT), "PDF 文件 (*.pdf)")
    d.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    d.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    try:
        labels = " ".join(lab.text() for lab in d.findChildren(QLabel))
        assert "查找范围" in labels and "文件名称" in labels and "文件类型" in labels, labels
        assert "Look in" not in labels and "type:" not in labels
    finally:
        d.deleteLater()


#: the header's padding on each side (appsetup.STYLE: QHeaderView::section { padding: 4px })
HEADER_PADDING = 4


def clipped_headers(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Every shown table's header sections narrower than their words (with the style's padding)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QTableView

    bad = []
    for table in window.findChildren(QTableView):
        if not table.isVisibleTo(window) or table.model() is None:
            continue
        header = table.horizontalHeader()
        if header.isHidden():
            continue
        metrics = QFontMetrics(header.font())
        model = table.model()
        for i in range(header.count()):
            if header.isSectionHidden(i):
                continue
            text = str(model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            need = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
            if text and header.sectionSize(i) < need + 2 * HEADER_PADDING:
                bad.append(f"{table.objectName() or type(table).__name__}: “{text}” {header.sectionSize(i)} < {need + 8} px")
    return bad


def test_english_headers_are_not_clipped(qtbot, qapp, english, services, supervisor) -> None:  # type: ignore[no-untyped-def]
    """In English every column header of every tab is as wide as its words at 1366×768
    ("Channel" was shown as "hanne")."""
    from frontdesk.ui.common.bus import EventBus
    from frontdesk.ui.common.context import UiContext
    from frontdesk.ui.shell.main_window import MainWindow

    before, font = qapp.styleSheet(), qapp.font()
    qapp.setStyleSheet(appsetup.STYLE)
    appsetup.install_font(qapp)  # the counter's font: its Latin letters are wider than the default's
    try:
        services.demo.load(supervisor, history_days=2)
        window = MainWindow(UiContext(services, supervisor, EventBus()))
        qtbot.addWidget(window)
        window.resize(1366, 728)
        window.show()
        qtbot.waitExposed(window)
        problems: list[str] = []
        for tab in window.build_all_tabs():
            window.show_tab(tab)
            QApplication.processEvents()
            for view in tab.findChildren(QTableView):
                model = view.model()
                if view.isVisibleTo(tab) and model is not None:
                    qtbot.waitUntil(lambda m=model: not getattr(m, "loading", False), timeout=5000)
            QApplication.processEvents()
            found = clipped_headers(window)
            for pages in tab.findChildren(QTabWidget):  # a tab's own pages (statistics …)
                for i in range(1, pages.count()):
                    pages.setCurrentIndex(i)
                    QApplication.processEvents()
                    found += clipped_headers(window)
                pages.setCurrentIndex(0)
            window.grab().save(f"/tmp/shots/english_headers_{type(tab).__name__}.png")
            problems += [f"{type(tab).__name__}: {p}" for p in sorted(set(found))]
        assert problems == [], "\n".join(problems)
    finally:
        qapp.setStyleSheet(before)
        qapp.setFont(font)
