"""维修工作单: the list with filters and search, the detail with its timeline and actions, and the
dialogs to open, dispatch, complete and print an order."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.callbacks import CALLBACK
from frontdesk.services.core.changes import ALERT, ChangeSet, call_op
from frontdesk.services.errors import ConflictError, ServiceError
from frontdesk.services.permissions import Action
from frontdesk.services.work_orders import (
    ORDER,
    Op,
    OrderFilter,
    State,
    WorkOrderDetail,
    WorkOrderInput,
)
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.export import ask_path, export_to
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import publish
from frontdesk.ui.common.print_action import add_direct_print, open_preview
from frontdesk.ui.common.record_list import row_table
from frontdesk.ui.common.tab_parts import CountViews, button, data_items, filter_combo, search_box, side_by_side
from frontdesk.ui.work_orders.actions import CompleteDialog, ReasonDialog
from frontdesk.ui.work_orders.detail import OrderDetail, fit_combo
from frontdesk.ui.work_orders.dialogs import DispatchDialog, OrderFormDialog, _ServiceDialog, orders
from frontdesk.ui.work_orders.export import CONTEXT, EXPORT_COLUMNS, SHEET
from frontdesk.ui.work_orders.model import WorkOrderListModel
from frontdesk.ui.work_orders.printout import order_printout
from frontdesk.ui.work_orders.words import (
    op_name,
    state_name,
)

# --- the tab --------------------------------------------------------------------------------------------


class WorkOrderTab(CountViews, QWidget):
    count_views = {"order.overdue": ("scope", ("overdue", "")), "order.new": ("scope", ("all", "new"))}

    record_kinds = ("order",)

    PERIODS = (
        ("all", QT_TRANSLATE_NOOP("WorkOrderTab", "全部时间")),
        ("today", QT_TRANSLATE_NOOP("WorkOrderTab", "今天")),
        ("7", QT_TRANSLATE_NOOP("WorkOrderTab", "近 7 天")),
        ("30", QT_TRANSLATE_NOOP("WorkOrderTab", "近 30 天")),
    )

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("维修工单"))
        self.dialog: QDialog | None = None
        wo = orders(ctx)

        self.new_button = button(
            self.tr("新建工单"),
            "new_order",
            lambda: self.open_new_order(),
            tip=self.tr("新建维修工单（Ctrl+N）"),
            enabled=ctx.user.can(Action.ORDER_CREATE),
        )
        self.search = search_box(
            "order_search", self.tr("单号、房号（3-2-1502）、报修人或内容，回车搜索"), self.reload, clear=True
        )
        scopes = [(self.tr("未关闭"), ("open", "")), (self.tr("已超时"), ("overdue", "")), (self.tr("全部"), ("all", ""))]
        self.scope = filter_combo("order_scope", [*scopes, *((state_name(st.value), ("all", st.value)) for st in State)])
        self.category = filter_combo("order_category", [(self.tr("全部类别"), ""), *data_items(wo.categories())])
        urgencies = ((self.tr("全部"), ""), (self.tr("紧急"), "urgent"), (self.tr("一般"), "normal"))
        self.urgency = filter_combo("order_urgency", urgencies)
        self.period = filter_combo("order_period", ((self.tr(str(text)), code) for code, text in self.PERIODS))
        for combo in (self.scope, self.category, self.urgency, self.period):
            fit_combo(combo)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.count_label = QLabel()
        self.count_label.setObjectName("order_count")
        self.export_button = button(
            self.tr("导出 Excel…"), "export_orders", self.on_export_clicked, enabled=ctx.user.can(Action.ORDER_EXPORT)
        )
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.search, 2)
        top.addWidget(self.scope)
        top.addWidget(self.category)
        top.addWidget(QLabel(self.tr("紧急程度")))
        top.addWidget(self.urgency)
        top.addWidget(self.period)
        top.addWidget(self.count_label)
        top.addWidget(self.export_button)

        self.model = WorkOrderListModel(self._fetcher(), ctx.services.clock.now, self)
        self.table = row_table(self.model, "order_table", stretch=4, on_current_row=self.on_current_row)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        self.detail = OrderDetail(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.split = side_by_side(self.table, scroll, (5, 4))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.split, 1)
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.open_new_order())
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.print_order())
        add_direct_print(self, self.print_order)  # Ctrl+Shift+P: 直接打印 to the remembered printer
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)
        ctx.bus.watch({ORDER, CALLBACK, ALERT}, self.on_orders_changed)
        # other counters' changes come on the bus too (ui/shell/poller)
        self.reload()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- the list -------------------------------------------------------------------------------------

    def current_filter(self) -> OrderFilter:
        scope, state = self.scope.currentData()
        today = self.ctx.services.clock.local_now().date()
        period = self.period.currentData()
        date_from = None
        if period == "today":
            date_from = today
        elif period in ("7", "30"):
            date_from = today - timedelta(days=int(period) - 1)
        return OrderFilter(
            text=self.search.text(),
            scope=scope,
            states=(state,) if state else (),
            category=self.category.currentData() or None,
            urgency=self.urgency.currentData() or None,
            date_from=date_from,
        )

    def _fetcher(self) -> Callable[[int | None, int], list[Any]]:
        flt = self.current_filter()
        return lambda before, limit: orders(self.ctx).list_orders(self.ctx.user, flt, before_id=before, limit=limit)

    def reload(self, select_id: int | None = None, *, keep_detail: bool = False) -> None:
        """Re-run the filter. The order shown stays selected if it is still listed; otherwise the
        first one is shown — unless ``select_id`` asks for an order (just saved) or ``keep_detail``
        keeps the detail as it is (a change made elsewhere)."""
        current = self.detail.order.id if self.detail.order else None
        self.model.reload(self._fetcher())
        total = orders(self.ctx).count(self.ctx.user, self.current_filter())
        self.count_label.setText(self.tr("共 {0} 张").format(total))
        wanted = select_id if select_id is not None else current
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.show_detail(wanted)  # type: ignore[arg-type]
        elif select_id is not None or (keep_detail and current is not None):
            self.table.clearSelection()
            self.show_detail(wanted)  # type: ignore[arg-type]
        elif self.model.rowCount():
            self.table.selectRow(0)
            self.show_detail(self.model.order_at(0).id)  # type: ignore[union-attr]
        else:
            self.detail.show_order(None)

    def on_current_row(self, row: int) -> None:
        r = self.model.order_at(row)
        if r is not None and (self.detail.order is None or self.detail.order.id != r.id):
            self.show_detail(r.id)

    def show_detail(self, order_id: int) -> None:
        try:
            self.detail.show_order(orders(self.ctx).get(self.ctx.user, order_id))
        except ServiceError:
            self.detail.show_order(None)

    def open_record(self, kind: str, record_id: int) -> None:
        if kind != "order":
            return
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
        self.show_detail(record_id)

    def after_change(self, detail: WorkOrderDetail) -> None:
        """After an operation (already published): show the changed order."""
        self.reload(select_id=detail.id)

    def on_orders_changed(self, _changes: ChangeSet) -> None:
        self.reload(keep_detail=True)

    # --- actions ------------------------------------------------------------------------------------------

    def open_new_order(self, draft: WorkOrderInput | None = None, source: tuple[str, int] | None = None) -> OrderFormDialog:
        """新建工单, optionally pre-filled (e.g. from a call-log entry: ``draft`` from
        ``services.work_orders.draft_from_call``, ``source=("call", call_id)``)."""
        dlg = OrderFormDialog(self.ctx, self, draft=draft, source=source)
        dlg.finished.connect(lambda _r: self.after_change(dlg.result_detail) if dlg.result_detail else None)
        self.dialog = dlg
        dlg.open()
        return dlg

    def run_op(self, op: Op) -> QDialog | None:
        o = self.detail.order
        if o is None:
            return None
        if op == Op.CALLBACK:
            pending = next((cb for cb in o.callbacks if cb.state == "pending"), None)
            if pending is not None:
                self.ctx.bus.open_requested.emit("callback", pending.id)
            return None
        if op in (Op.START, Op.RESUME):
            self._direct(op, o)
            return None
        dlg: _ServiceDialog
        if op == Op.EDIT:
            dlg = OrderFormDialog(self.ctx, self, order=o)
        elif op in (Op.DISPATCH, Op.REASSIGN):
            dlg = DispatchDialog(self.ctx, o, reassign=op == Op.REASSIGN, parent=self)
        elif op == Op.COMPLETE:
            dlg = CompleteDialog(self.ctx, o, self)
        else:
            dlg = ReasonDialog(self.ctx, o, op, self)
        dlg.finished.connect(lambda _r: self.after_change(dlg.result_detail) if dlg.result_detail else None)
        self.dialog = dlg
        dlg.open()
        return dlg

    def _direct(self, op: Op, o: WorkOrderDetail) -> None:
        wo = orders(self.ctx)
        try:
            step = wo.start if op == Op.START else wo.resume
            detail, changed = call_op(step, self.ctx.user, o.id, expected_version=o.version)
        except ServiceError as exc:
            self.last_error = error_message(exc)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                op_name(op.value),
                self.last_error,
                QMessageBox.StandardButton.Ok,
                self,
            )
            self.dialog = box
            box.open()
            if isinstance(exc, ConflictError):
                self.show_detail(o.id)
            return None
        publish(self.ctx, changed)
        self.after_change(detail)
        return None

    def print_order(self) -> QDialog | None:
        o = self.detail.order
        if o is None:
            return None
        user, order_id = self.ctx.user, o.id

        def on_output(target: str) -> None:
            try:
                _copy, changed = call_op(orders(self.ctx).record_print, user, order_id, target=target)
            except ServiceError:
                return
            publish(self.ctx, changed)

        doc = order_printout(self.ctx, order_id, o.number, self.tr("维修工作单 {0}").format(o.number))
        dlg = open_preview(self, doc, on_output)
        self.dialog = dlg
        return dlg

    # --- export ----------------------------------------------------------------------------

    def on_export_clicked(self) -> None:
        name = self.tr("维修工单_{0}.xlsx").format(self.ctx.services.clock.local_now().strftime("%Y%m%d"))
        path = ask_path(self, name)
        if path is not None:
            self.export_to(path)

    def export_headers(self) -> list[str]:
        return [QCoreApplication.translate(CONTEXT, c.header) for c in EXPORT_COLUMNS]

    def export_to(self, path: Path, on_done: Callable[[int], None] | None = None) -> None:
        """Write the orders of the current filter to ``path`` in the background."""
        wo, user, flt = orders(self.ctx), self.ctx.user, self.current_filter()

        def done(n: int) -> None:
            self.count_label.setText(self.tr("已导出 {0} 张到 {1}").format(n, path.name))
            if on_done is not None:
                on_done(n)

        self.count_label.setText(self.tr("正在导出…"))
        export_to(self, path, SHEET, EXPORT_COLUMNS, CONTEXT, lambda: wo.export_rows(user, flt), done)

    # --- status bar ----------------------------------------------------------------------------

    def status_label(self, code: str, count: int) -> str | None:
        if code == "order.overdue":
            return self.tr("工单超时 {0}").format(count)
        if code == "order.new":
            return self.tr("待派单 {0}").format(count)
        return None
