"""The work-order dialogs for completion (完工登记) and for an operation that needs a reason."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QEvent, QModelIndex, QObject, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from frontdesk.printing.money import rmb_upper
from frontdesk.services.work_orders import (
    ChargeLine,
    ChargePreview,
    CompletionInput,
    Op,
    WorkOrderDetail,
    preview,
)
from frontdesk.services.work_orders.rules import CONFIRMATIONS
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import row, stack
from frontdesk.ui.common.form_parts import (
    add_rows,
    button,
    date_time_edit,
    label,
    line_edit,
    numbered_choices,
    radio,
    text_box,
)
from frontdesk.ui.common.labels import data_word
from frontdesk.ui.work_orders.dialogs import _OrderStepDialog, _py, _qdt, orders
from frontdesk.ui.work_orders.words import (
    confirmation_name,
    op_name,
    paid_name,
)

# --- the materials table ---------------------------------------------------------------------------------


def _tab_direction(event: QEvent) -> tuple[bool, bool] | None:
    """(forward, with Ctrl) for a Tab / Shift+Tab / Ctrl+Tab key press, else None."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return None
    key = event.key()
    if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        return None
    mods = event.modifiers()
    forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
    return forward, bool(mods & Qt.KeyboardModifier.ControlModifier)


class _LineDelegate(QStyledItemDelegate):
    """The cell editor's Ctrl+Tab leaves the table (the plain delegate takes it for the next cell)."""

    def __init__(self, table: LinesTable) -> None:
        super().__init__(table)
        self._table = table

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        direction = _tab_direction(event)
        if direction is not None and isinstance(editor, QWidget):
            forward, ctrl = direction
            if ctrl or self._table.at_edge(forward):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self._table.leave(forward)
                return True
        return super().eventFilter(editor, event)


class LinesTable(QTableWidget):
    """材料及费用: Tab goes from cell to cell (the computed 金额 is skipped); from the last cell Tab
    goes on to the next field and Shift+Tab from the first back to the one before; Ctrl+Tab and
    Ctrl+Shift+Tab always leave the table."""

    #: the columns typed in (the last one, 金额, is computed)
    EDITABLE = 4

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.setItemDelegate(_LineDelegate(self))

    def at_edge(self, forward: bool) -> bool:
        """The cursor is on the last typed cell (going forward) or the first cell (going back)."""
        current = self.currentIndex()
        if not current.isValid() or self.rowCount() == 0:
            return True
        if forward:
            return current.row() == self.rowCount() - 1 and current.column() >= self.EDITABLE - 1
        return current.row() == 0 and current.column() == 0

    def leave(self, forward: bool) -> None:
        """Give the focus to the next (previous) field of the dialog."""
        if self.state() == QAbstractItemView.State.EditingState:
            self.setState(QAbstractItemView.State.NoState)
        QWidget.focusNextPrevChild(self, forward)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        # Tab and Shift+Tab skip the computed 金额 column
        if action == QAbstractItemView.CursorAction.MoveNext and index.column() >= self.EDITABLE:
            index = self.model().index(index.row() + 1, 0) if index.row() + 1 < self.rowCount() else QModelIndex()
        elif action == QAbstractItemView.CursorAction.MovePrevious and index.column() >= self.EDITABLE:
            index = self.model().index(index.row(), self.EDITABLE - 1)
        return index

    def keyPressEvent(self, event: QKeyEvent) -> None:
        direction = _tab_direction(event)
        if direction is not None:
            forward, ctrl = direction
            if ctrl or self.at_edge(forward):
                self.leave(forward)
                event.accept()
                return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        # the dialog's Tab reaches the view here first: leave at the edges instead of wrapping
        if self.at_edge(next):
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


# --- completion ------------------------------------------------------------------------------------------


class CompleteDialog(_OrderStepDialog):
    """完工登记: what was done, materials and charges, when, and how the owner confirmed."""

    COLS = (
        QT_TRANSLATE_NOOP("CompleteDialog", "材料 / 项目"),
        QT_TRANSLATE_NOOP("CompleteDialog", "数量"),
        QT_TRANSLATE_NOOP("CompleteDialog", "单位"),
        QT_TRANSLATE_NOOP("CompleteDialog", "单价（元）"),
        QT_TRANSLATE_NOOP("CompleteDialog", "金额（元）"),
    )

    def __init__(self, ctx: UiContext, order: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, order, parent)
        self.setWindowTitle(self.tr("完工登记 {0}").format(order.number))
        self.setMinimumWidth(640)
        about = QLabel(
            self.tr("{0}　{1}：{2}　维修人员：{3}　{4}").format(
                order.place,
                data_word(order.category),
                order.description,
                order.technician or data_word(order.department),
                paid_name(order.paid),
            )
        )
        about.setWordWrap(True)
        self.work_done = text_box("work_done", self.tr("维修人员做了什么，问题是否解决"))
        self.work_done.setMaximumHeight(80)
        if order.work_done:
            self.work_done.setPlainText(order.work_done)
        self.completed_at = date_time_edit("completed_at")
        self.completed_at.setDateTime(_qdt(ctx.services.clock.now()))
        # Untouched, the time is "now" to the second (the field shows minutes only), and the field
        # follows the clock, so the minute shown is the minute saved (18:17 shown, 18:18 saved was
        # a dialog left open across the minute)
        self._completed_at_touched = False
        self.completed_at.dateTimeChanged.connect(self._on_completed_at_changed)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self.follow_clock)
        self._clock_timer.start()
        self.lines = LinesTable(0, len(self.COLS))
        self.lines.setObjectName("lines")
        self.lines.setHorizontalHeaderLabels([self.tr(str(c)) for c in self.COLS])
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.verticalHeader().setDefaultSectionSize(26)
        self.lines.setMinimumHeight(150)
        self.lines.itemChanged.connect(self.on_lines_itemChanged)
        add = button(self.tr("添加一行"), "add_line", self.on_add_clicked)
        remove = button(self.tr("删除所选行"), "", self.on_remove_clicked)
        self.total = label("total", "font-weight:bold;")
        lines_box = QWidget()
        lines_lay = stack(lines_box, self.lines, row(add, remove, None, self.total), margins=(0, 0, 0, 0))
        if not order.paid:
            hint = QLabel(self.tr("无偿工单：可登记所用材料，单价请填 0。"))
            hint.setStyleSheet("color:#777")
            lines_lay.addWidget(hint)
        # how the owner confirmed: asked first, by its number key (none until chosen), which goes on
        # to 处理结果 — 完工登记 is Ctrl+3, 1, the text, Ctrl+Enter
        choices = [radio(confirmation_name(code), f"confirm_{code}") for code in CONFIRMATIONS]
        self.confirmation_group, self.confirmation = numbered_choices(self, choices, across=True, keys=True)
        self.confirmation.setObjectName("owner_confirmation")
        self.owner_comment = line_edit("owner_comment", self.tr("业主对维修的意见，可不填"))
        form = QFormLayout()
        form.addRow(about)
        add_rows(
            self.errors,
            form,
            [
                (self.tr("业主确认"), "owner_confirmation", self.confirmation),
                (self.tr("处理结果"), "work_done", self.work_done),
                (self.tr("完工时间"), "completed_at", self.completed_at),
                (self.tr("材料及费用"), "lines", lines_box),
                (self.tr("业主意见"), "owner_comment", self.owner_comment),
            ],
        )
        self.ok_button.setText(self.tr("完工"))
        self.lay_out(form)
        choices[0].setFocus()
        for ln in order.lines:
            self.add_line(ln.name, f"{ln.quantity.normalize():f}", ln.unit, f"{ln.unit_price:.2f}")
        if not order.lines:
            self.add_line()
        self.update_total()

    def confirmation_code(self) -> str:
        """The owner's confirmation chosen ("" while none is)."""
        chosen = self.confirmation_group.checkedId()
        return CONFIRMATIONS[chosen] if chosen >= 0 else ""

    def set_confirmation(self, code: str) -> None:
        self.confirmation_group.button(CONFIRMATIONS.index(code)).setChecked(True)

    def add_line(self, name: str = "", qty: str = "1", unit: str = "", price: str = "") -> None:
        self.lines.blockSignals(True)
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        for col, value in enumerate((name, qty, unit, price or ("0" if not self.order.paid else ""), "")):
            item = QTableWidgetItem(value)
            if col in (1, 3, 4):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == 4:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.lines.setItem(row, col, item)
        self.lines.blockSignals(False)
        self.update_total()

    def on_add_clicked(self) -> None:
        """A new line, the cursor in its first cell (Tab from the table's last cell comes here)."""
        self.add_line()
        self.lines.setFocus(Qt.FocusReason.OtherFocusReason)
        self.lines.setCurrentCell(self.lines.rowCount() - 1, 0)

    def on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.lines.selectedIndexes()}, reverse=True)
        for r in rows:
            self.lines.removeRow(r)
        self.update_total()

    def on_lines_itemChanged(self, _item: QTableWidgetItem) -> None:
        self.update_total()

    def _text(self, row: int, col: int) -> str:
        item = self.lines.item(row, col)
        return item.text().strip() if item is not None else ""

    def charge_lines(self) -> list[ChargeLine]:
        return [
            ChargeLine(self._text(r, 0), self._text(r, 1), self._text(r, 2), self._text(r, 3))
            for r in range(self.lines.rowCount())
        ]

    def charge_preview(self) -> ChargePreview:
        """Amounts and total exactly as the service will save them (services.work_orders.charges)."""
        return preview(self.charge_lines())

    def update_total(self) -> None:
        """Show each line's amount (blank when the line is empty or cannot be saved) and the total."""
        shown = self.charge_preview()
        self.lines.blockSignals(True)
        for r, amount in enumerate(shown.amounts):
            item = self.lines.item(r, 4)
            if item is not None:
                item.setText(f"{amount:.2f}" if amount is not None else "")
        self.lines.blockSignals(False)
        total = shown.total
        self.total.setText(self.tr("合计 ¥{0}（{1}）").format(f"{total:.2f}", rmb_upper(total)))

    def _on_completed_at_changed(self, _value: QDateTime) -> None:
        self._completed_at_touched = True

    def follow_clock(self) -> None:
        """While the receptionist has not set 完工时间, it shows the clock's minute."""
        if self._completed_at_touched:
            self._clock_timer.stop()
            return
        with QSignalBlocker(self.completed_at):
            self.completed_at.setDateTime(_qdt(self.ctx.services.clock.now()))

    def save(self) -> WorkOrderDetail:
        self.follow_clock()
        data = CompletionInput(
            work_done=self.work_done.toPlainText(),
            completed_at=_py(self.completed_at.dateTime()) if self._completed_at_touched else None,
            lines=self.charge_lines(),
            owner_confirmation=self.confirmation_code(),
            owner_comment=self.owner_comment.text(),
        )
        return orders(self.ctx).complete(self.ctx.user, self.order.id, data, expected_version=self.order.version)


# --- a reason ----------------------------------------------------------------------------------------------


class ReasonDialog(_OrderStepDialog):
    """挂起 / 取消 (a reason is required) / 关闭 (a note may be given)."""

    def __init__(self, ctx: UiContext, order: WorkOrderDetail, op: Op, parent: QWidget | None = None) -> None:
        super().__init__(ctx, order, parent)
        self.op = op
        titles = {
            Op.HOLD: self.tr("挂起 {0}"),
            Op.CANCEL: self.tr("取消工单 {0}"),
            Op.CLOSE: self.tr("关闭 {0}"),
        }
        labels = {Op.HOLD: self.tr("挂起原因"), Op.CANCEL: self.tr("取消原因"), Op.CLOSE: self.tr("备注")}
        hints = {
            Op.HOLD: self.tr("如：等配件到货、业主出差，约定下周再修"),
            Op.CANCEL: self.tr("如：重复报修、业主已自行修好"),
            Op.CLOSE: self.tr("可不填"),
        }
        self.setWindowTitle(titles[op].format(order.number))
        self.setMinimumWidth(420)
        self.text = line_edit("reason", hints[op])
        form = QFormLayout()
        form.addRow(self.about())
        self.errors.add_row(form, labels[op], "note" if op == Op.CLOSE else "reason", self.text)
        self.ok_button.setText(op_name(op.value))
        self.lay_out(form)

    def save(self) -> WorkOrderDetail:
        wo = orders(self.ctx)
        v = self.order.version
        if self.op == Op.HOLD:
            return wo.hold(self.ctx.user, self.order.id, reason=self.text.text(), expected_version=v)
        if self.op == Op.CANCEL:
            return wo.cancel(self.ctx.user, self.order.id, reason=self.text.text(), expected_version=v)
        return wo.close(self.ctx.user, self.order.id, note=self.text.text(), expected_version=v)
