"""The small parts every record tab's list side is built from, written once: a named action
button, a search box, a filter combo, a date filter, the list/detail splitter with its saved
layout, and the status-bar words read from the kind's vocabulary.

Each tab used to spell these out widget call by widget call; the parts keep the object names,
tool tips and signals the tabs (and their tests) rely on, so a tab says only what differs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton, QSplitter, QWidget

from frontdesk.services.core.features import Vocabulary
from frontdesk.ui.common.date_fields import DateField
from frontdesk.ui.common.labels import data_word


def button(
    text: str,
    name: str,
    slot: Callable[..., Any] | None = None,
    *,
    tip: str = "",
    shown: bool | None = None,
    enabled: bool | None = None,
) -> QPushButton:
    """A toolbar or action-row button: its words, object name, tool tip, click slot, and whether
    the user may see (``shown``) or press (``enabled``) it."""
    b = QPushButton(text)
    b.setObjectName(name)
    if tip:
        b.setToolTip(tip)
    if slot is not None:
        b.clicked.connect(slot)
    if shown is not None:
        b.setVisible(shown)
    if enabled is not None:
        b.setEnabled(enabled)
    return b


def search_box(name: str, placeholder: str, on_enter: Callable[[], Any] | None = None, *, clear: bool = False) -> QLineEdit:
    """A filter bar's text box: Enter runs ``on_enter`` (the search); ``clear`` adds the ✕ button."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    if clear:
        edit.setClearButtonEnabled(True)
    if on_enter is not None:
        edit.returnPressed.connect(on_enter)
    return edit


def filter_combo(name: str, items: Iterable[tuple[str, Any]], on_change: Callable[[], Any] | None = None) -> QComboBox:
    """A filter bar's choice: (words, code) items; choosing another runs ``on_change``."""
    combo = QComboBox()
    combo.setObjectName(name)
    for text, code in items:
        combo.addItem(text, code)
    if on_change is not None:
        combo.currentIndexChanged.connect(lambda _i: on_change())
    return combo


def data_items(codes: Iterable[str]) -> list[tuple[str, str]]:
    """Filter items for codes the users keep as data (categories, severities): each shown in
    the screen's language (labels.data_word)."""
    return [(data_word(code), code) for code in codes]


def date_box(name: str) -> QDateEdit:
    """A filter bar's day, picked from a calendar and shown as yyyy-MM-dd (one Tab passes it)."""
    edit = DateField()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def side_by_side(first: QWidget, second: QWidget, stretch: tuple[int, int], name: str = "") -> QSplitter:
    """The list beside its detail (or form): a horizontal splitter sharing the width as ``stretch``."""
    split = QSplitter(Qt.Orientation.Horizontal)
    if name:
        split.setObjectName(name)
    split.addWidget(first)
    split.addWidget(second)
    split.setStretchFactor(0, stretch[0])
    split.setStretchFactor(1, stretch[1])
    return split


class SavedSplit:
    """A tab whose splitter (``self.split``) is saved under ``layout_key`` and restored as the
    user left it: the main window calls ``save_layout``/``restore_layout`` on every tab."""

    layout_key: ClassVar[str]
    split: QSplitter

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue(self.layout_key, self.split.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value(self.layout_key)
        if state is not None:
            self.split.restoreState(state)


class CountWords:
    """A tab's ``status_label(code, count)``: the status-bar words of its kind's vocabulary
    (``Vocabulary.counts``), so the tab and the main window word a count the same way."""

    vocabulary: ClassVar[Vocabulary]

    def status_label(self, code: str, count: int) -> str | None:
        words = self.vocabulary.counts.get(code)
        return QCoreApplication.translate(self.vocabulary.context, words).format(count) if words else None


def info_label(name: str, *, text: str = "", style: str = "", wrap: bool = False) -> QLabel:
    """A status or hint line of a tab (a count, a verdict, a banner): named, styled, wrapping
    long text when ``wrap``."""
    label = QLabel(text)
    label.setObjectName(name)
    if style:
        label.setStyleSheet(style)
    if wrap:
        label.setWordWrap(True)
    return label


def delay_timer(owner: QObject, ms: int, slot: Callable[[], Any]) -> QTimer:
    """A one-shot timer that runs ``slot`` ``ms`` after its last ``start()``: typing in a search
    box or a burst of change sets becomes one search or one reload."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer


def choose_data(combo: QComboBox, data: Any) -> bool:
    """Choose the combo's item whose data equals ``data`` (compared in Python, so tuples work)."""
    for i in range(combo.count()):
        if combo.itemData(i) == data:
            combo.setCurrentIndex(i)
            return True
    return False


class CountViews:
    """A tab whose status-bar counts open its filtered list: ``count_views`` maps a count code to
    (the attribute of the filter combo, the item's data); the main window calls
    :meth:`show_count` when the count is clicked."""

    count_views: ClassVar[Mapping[str, tuple[str, Any]]] = {}

    def show_count(self, code: str) -> bool:
        spec = self.count_views.get(code)
        if spec is None or not choose_data(getattr(self, spec[0]), spec[1]):
            return False
        reload = getattr(self, "reload", None) or getattr(self, "refresh", None)
        if reload is not None:
            reload()
        return True
