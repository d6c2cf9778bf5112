"""Global search (Ctrl+K): rooms, people and every record kind, from one box.

The search runs in the worker pool while the person types on; a result for text that has since
changed is dropped, and Enter pressed before the hits came opens the first of them. Under each
hit a grey line says which field the words matched (``电话 138****1502``), as masked as the
service gave it for the user's role."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from frontdesk.services.contracts import SearchHit
from frontdesk.services.core.changes import Kind
from frontdesk.services.errors import ServiceError
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import ContextDialog, stack
from frontdesk.ui.common.form_parts import label, line_edit
from frontdesk.ui.common.messages import echo, error_message
from frontdesk.ui.common.worker import run_in_background

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
#: the line under a hit saying which fields matched
REASON_ROLE = Qt.ItemDataRole.UserRole + 2


class HitDelegate(QStyledItemDelegate):
    """A hit on its line, and under it, in grey, why it was found."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(REASON_ROLE):
            size.setHeight(size.height() + option.fontMetrics.height() + 4)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        reason = index.data(REASON_ROLE)
        if not reason:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect.adjusted(4, 2, -4, -2)
        metrics = opt.fontMetrics
        line = metrics.height()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        painter.save()
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        first = QRect(rect.x(), rect.y(), rect.width(), line)
        painter.drawText(
            first,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setPen(
            palette.color(QPalette.ColorRole.HighlightedText) if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        indent = metrics.horizontalAdvance("    ")
        second = QRect(rect.x() + indent, rect.y() + line, rect.width() - indent, line)
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(str(reason), Qt.TextElideMode.ElideRight, second.width()),
        )
        painter.restore()


class GlobalSearchDialog(ContextDialog):
    #: the hits for the text in the box are shown (their number)
    searched = Signal(int)

    def __init__(self, ctx: UiContext, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent, self.tr("全局搜索"), (560, 420))
        self.chosen: SearchHit | None = None
        self._generation = 0
        self._searching = False
        self._open_first = False
        self.query = line_edit("global_query", self.tr("房号（3-2-1502、3栋2单元1502）、姓名、电话、单号或内容…"))
        self.results = QListWidget()
        self.results.setObjectName("global_results")
        self.results.setItemDelegate(HitDelegate(self.results))
        self.hint = label("", "color:#777")
        stack(self, self.query, self.results, self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self.on_query_returnPressed)
        self.results.itemActivated.connect(self.on_results_itemActivated)

    _KIND_NAMES = {
        "room": QT_TRANSLATE_NOOP("GlobalSearchDialog", "房号"),
        "call": QT_TRANSLATE_NOOP("GlobalSearchDialog", "来电来访"),
        "order": QT_TRANSLATE_NOOP("GlobalSearchDialog", "工单"),
        "complaint": QT_TRANSLATE_NOOP("GlobalSearchDialog", "投诉"),
        "pass": QT_TRANSLATE_NOOP("GlobalSearchDialog", "放行条"),
        "notice": QT_TRANSLATE_NOOP("GlobalSearchDialog", "整改通知"),
        "handover": QT_TRANSLATE_NOOP("GlobalSearchDialog", "交接班"),
    }

    def kind_name(self, kind: str) -> str:
        """The kind's name from its registration's vocabulary."""
        try:
            vocab = self.ctx.services.features.vocabulary(Kind.named(kind))
        except KeyError:
            vocab = None
        if vocab is not None and kind not in self._KIND_NAMES:
            return QCoreApplication.translate(vocab.context, vocab.name)
        return self.tr(str(self._KIND_NAMES.get(kind, kind)))

    def reason(self, hit: SearchHit) -> str:
        """Which fields the words matched, e.g. 匹配：电话 138****1502 · 内容 楼上漏水 ("" for none)."""
        if not hit.matched:
            return ""
        parts = [self.tr("{0} {1}").format(QCoreApplication.translate(m.context, m.label), m.value) for m in hit.matched]
        return self.tr("匹配：{0}").format(" · ".join(parts))

    def run_search(self) -> None:
        """Search for the text in the box in the worker pool; ``searched`` tells when it shows."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.query.text().strip()
        if not text:
            self._searching = False
            self.results.clear()
            self.hint.clear()
            self._open_first = False
            self.searched.emit(0)
            return
        self._searching = True
        self.hint.setText(self.tr("正在搜索…"))
        services, user = self.ctx.services, self.ctx.user
        run_in_background(
            lambda: services.search(user, text),
            lambda hits: self._show_hits(generation, text, hits),
            lambda exc: self._show_failure(generation, exc),
        )

    def _current(self, generation: int) -> bool:
        return shiboken6.isValid(self) and generation == self._generation

    def _show_hits(self, generation: int, text: str, hits: list[SearchHit]) -> None:
        if not self._current(generation):
            return  # the person typed on: a newer search is coming
        self._searching = False
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"[{self.kind_name(hit.kind)}] {hit.title}    {hit.subtitle}")
            item.setData(HIT_ROLE, hit)
            reason = self.reason(hit)
            if reason:
                item.setData(REASON_ROLE, reason)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, reason)
                item.setToolTip(reason)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
            self.hint.setText(self.tr("共 {0} 条，回车打开").format(len(hits)))
        else:
            self.hint.setText(self.tr("没有找到“{0}”").format(echo(text)))
        self.searched.emit(len(hits))
        if self._open_first:
            self._open_first = False
            item = self.results.currentItem()
            if item is not None:
                self.on_results_itemActivated(item)

    def _show_failure(self, generation: int, exc: Exception) -> None:
        if not self._current(generation):
            return
        self._searching = False
        self._open_first = False
        self.results.clear()
        if isinstance(exc, ServiceError):
            self.hint.setText(error_message(exc))
        else:  # the database may be briefly unreachable (network share, server restart)
            self.hint.setText(self.tr("搜索失败，请稍后再试。"))
        self.searched.emit(0)

    def on_query_returnPressed(self) -> None:
        if self._timer.isActive() or self._searching or self.results.count() == 0:
            self._open_first = True  # the first hit opens when the hits come
            if not self._searching:
                self.run_search()
            return
        item = self.results.currentItem()
        if item is not None:
            self.on_results_itemActivated(item)

    def on_results_itemActivated(self, item: QListWidgetItem) -> None:
        self.chosen = item.data(HIT_ROLE)
        self.accept()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.query.hasFocus():
            row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.results.count():
                self.results.setCurrentRow(row)
            return
        super().keyPressEvent(event)
