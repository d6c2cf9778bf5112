"""Column headers never narrower than their words, in any language.

Qt sizes a ResizeToContents column to its header too, but not a Stretch column squeezed by its
neighbours (the order list's 故障 column became "aul" in English), nor a column given a fixed
width in Chinese pixels ("Area (m²)"), nor the columns of a narrow form's table, all stretched
("Detail (period / quantity)"). :func:`keep_header_words` keeps a table's header fitting: a
stretched column may not shrink below its words (the header's minimum section size, which Qt
applies to stretched columns), and a column sized by hand or by the code is widened to its
words when it is narrower. A stretched column left without room keeps the size it had (Qt does
not apply the minimum then), so it is widened to its words too. Wider columns are never made
narrower."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

#: the header's padding on each side (appsetup.STYLE: ``QHeaderView::section { padding: 4px }``)
#: and a pixel for rounding
PADDING = 4
SLACK = 2


def header_words_width(header: QHeaderView, logical: int) -> int:
    """The pixels a section needs to show its header text whole (its longest line), with padding."""
    model = header.model()
    if model is None:
        return 0
    text = str(model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
    if not text:
        return 0
    metrics = header.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 2 * PADDING + SLACK


class _HeaderWords(QObject):
    """Refits its header after any change of its sections (coalesced into one pass)."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self.header = header
        self.minimum = header.minimumSectionSize()  # the style's own minimum, never gone below
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        # (slots with their signal's exact arguments: a ``*args`` slot leaks references to None)
        header.sectionResized.connect(self.on_header_sectionResized)
        header.sectionCountChanged.connect(self.on_header_sectionCountChanged)
        header.geometriesChanged.connect(self._timer.start)
        self.fit()

    def on_header_sectionResized(self, _logical: int, _old: int, _new: int) -> None:
        self._timer.start()

    def on_header_sectionCountChanged(self, _old: int, _new: int) -> None:
        self._timer.start()

    def fit(self) -> None:
        header = self.header
        stretched = 0
        last = header.count() - 1
        narrow: list[tuple[int, int]] = []
        for i in range(header.count()):
            if header.isSectionHidden(i):
                continue
            need = header_words_width(header, i)
            mode = header.sectionResizeMode(i)
            if mode == QHeaderView.ResizeMode.Stretch or (i == last and header.stretchLastSection()):
                stretched = max(stretched, need)
            elif mode == QHeaderView.ResizeMode.ResizeToContents:
                continue  # Qt counts the header's words in
            if header.sectionSize(i) < need:
                narrow.append((i, need))
        wanted = max(self.minimum, stretched)
        if header.minimumSectionSize() != wanted:
            header.setMinimumSectionSize(wanted)
        for i, need in narrow:
            header.resizeSection(i, need)


def keep_header_words(table: QTableView) -> None:
    """Keep ``table``'s column headers as wide as their words (once per table)."""
    header = table.horizontalHeader()
    if header.findChild(_HeaderWords) is None:
        _HeaderWords(header)


def keep_headers_in(widget: QWidget) -> None:
    """:func:`keep_header_words` for every table inside ``widget`` (a tab when it is built, a
    dialog when it shows), including those a feature built by hand."""
    for table in widget.findChildren(QTableView):
        keep_header_words(table)
