"""投诉登记: the complaint list with its filters, and the six-step detail of the one selected."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.call_log import CALL
from frontdesk.services.callbacks import CALLBACK
from frontdesk.services.complaints import COMPLAINT, LIST_COLUMNS, VOCABULARY, ComplaintFilter, ComplaintRow, State
from frontdesk.services.core.changes import ChangeSet, call_op
from frontdesk.services.core.paging import Page
from frontdesk.services.errors import ServiceError, ValidationError
from frontdesk.services.permissions import Action
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.date_fields import DateField
from frontdesk.ui.common.export import ask_path, export_to
from frontdesk.ui.common.flow_row import FlowRow
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import publish
from frontdesk.ui.common.paged_model import Fetch
from frontdesk.ui.common.print_action import PrintedForm, add_direct_print, open_preview
from frontdesk.ui.common.record_list import row_table
from frontdesk.ui.common.tab_parts import (
    CountViews,
    CountWords,
    SavedSplit,
    button,
    data_items,
    delay_timer,
    filter_combo,
    info_label,
    search_box,
    side_by_side,
)
from frontdesk.ui.complaints.detail import ComplaintDetailView
from frontdesk.ui.complaints.forms import NewComplaintDialog
from frontdesk.ui.complaints.models import ComplaintListModel, state_names

#: the state filter around the states (whose words are the vocabulary's, models.state_names):
#: (key of services.complaints.STATE_GROUPS, label); counts are added on screen
OPEN_FILTERS = (
    ("open", QT_TRANSLATE_NOOP("ComplaintsTab", "处理中")),
    ("overdue", QT_TRANSLATE_NOOP("ComplaintsTab", "已超时")),
)
ALL_FILTER = ("", QT_TRANSLATE_NOOP("ComplaintsTab", "全部"))


class ComplaintsTab(CountWords, CountViews, SavedSplit, QWidget):
    count_views = {"complaint.overdue": ("state", "overdue"), "complaint.to_approve": ("state", "approve")}

    record_kinds = ("complaint",)
    layout_key = "complaints/split"
    vocabulary = VOCABULARY

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialog: QDialog | None = None
        self.ctx = ctx
        self.setWindowTitle(self.tr("投诉登记"))
        svc = ctx.services.complaints
        opts = svc.options()
        # --- toolbar
        self.new_button = button(
            self.tr("新建投诉（Ctrl+N）"), "new_complaint", self.on_new_clicked, shown=ctx.user.can(Action.COMPLAINT_CREATE)
        )
        self.export_button = button(
            self.tr("导出 Excel"), "export_complaints", self.on_export_clicked, shown=ctx.user.can(Action.COMPLAINT_EXPORT)
        )
        self.stats_button = button(
            self.tr("月度分类统计"), "complaint_stats", self.on_stats_clicked, shown=ctx.user.can(Action.COMPLAINT_STATS)
        )
        # --- filters
        self.search = search_box("complaint_search", self.tr("编号、房号、投诉人、电话或内容（如“噪音”）"), clear=True)
        self.state = filter_combo("state_filter", ((words, key) for key, words in self.state_filters()))
        self.category = filter_combo("category_filter", [(self.tr("全部类别"), ""), *data_items(opts["categories"])])
        self.severity = filter_combo("severity_filter", [(self.tr("全部程度"), ""), *data_items(opts["severities"])])
        self.use_dates = QCheckBox(self.tr("受理日期"))
        self.use_dates.setObjectName("use_dates")
        today = ctx.services.clock.local_now().date()
        self.date_from = DateField(QDate(today.year, today.month, 1))
        self.date_from.setObjectName("date_from")
        self.date_to = DateField(QDate(today.year, today.month, today.day))
        self.date_to.setObjectName("date_to")
        for w in (self.date_from, self.date_to):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setEnabled(False)
        for combo in (self.state, self.category, self.severity):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = info_label("complaint_count", style="color:#555;")
        top = FlowRow()  # wraps on a narrow window (English, 1280×720 at 125 %)
        top.addWidget(self.new_button)
        top.addWidget(self.search, 2)
        top.addWidget(self.state)
        top.addWidget(self.category)
        top.addWidget(self.severity)
        top.addWidget(self.use_dates)
        top.addWidget(self.date_from)
        top.addWidget(QLabel("—"))
        top.addWidget(self.date_to)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.stats_button)
        # --- list and detail
        self.model = ComplaintListModel(None, ctx.services.clock.now, self)
        self.table = row_table(
            self.model, "complaint_table", stretch=self.model.columnCount() - 1, on_current_row=self.on_current_row
        )
        self.detail = ComplaintDetailView(ctx)
        self.detail.step_taken.connect(self.on_detail_step_taken)
        self.detail.print_requested.connect(self.print_form)
        self.detail.callback_requested.connect(self.record_callback)
        self.split = side_by_side(self.table, self.detail, (5, 6))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.count_label)
        lay.addWidget(self.split, 1)
        # --- behaviour
        self._search_timer = delay_timer(self, 250, self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.state, self.category, self.severity):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.use_dates.toggled.connect(self.on_use_dates_toggled)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        QShortcut(QKeySequence("Ctrl+N"), self, self.on_new_clicked)
        add_direct_print(self, lambda: (cid := self.selected_id()) is not None and self.print_form(cid))  # 直接打印
        ctx.bus.watch({COMPLAINT, CALLBACK, CALL}, self.on_changes)
        self._reload_timer = delay_timer(self, 100, self.refresh)
        # other counters' changes come on the bus too (ui/shell/poller): typed text in the step
        # forms survives a refresh; a stale save is still caught by the version
        self._last_export: Path | None = None
        self.apply_filter()

    # --- the list ------------------------------------------------------------------------------

    def _fetch(self, f: ComplaintFilter) -> Fetch[ComplaintRow]:
        """The list's pages for filter ``f`` (keyset cursor)."""
        svc, user = self.ctx.services.complaints, self.ctx.user

        def fetch(cursor: str | None, limit: int) -> Page[ComplaintRow]:
            page: Page[ComplaintRow] = svc.list_page(user, f, cursor=cursor, limit=limit)
            return page

        return fetch

    def current_filter(self) -> ComplaintFilter:
        key = self.state.currentData() or ""
        d_from = d_to = None
        if self.use_dates.isChecked():
            d_from = self._pydate(self.date_from.date())
            d_to = self._pydate(self.date_to.date())
        return ComplaintFilter(
            text=self.search.text().strip(),
            state="" if key == "overdue" else key,
            overdue_only=key == "overdue",
            category=self.category.currentData() or "",
            severity=self.severity.currentData() or "",
            date_from=d_from,
            date_to=d_to,
        )

    @staticmethod
    def _pydate(q: QDate) -> date:
        return date(q.year(), q.month(), q.day())

    def on_use_dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        keep = self.selected_id()
        try:
            f = self.current_filter()
            self.model.reload(self._fetch(f))
            total = self.ctx.services.complaints.count(self.ctx.user, f)
        except ValidationError as exc:
            self.count_label.setText(error_message(exc))
            return
        self.count_label.setText(self.tr("共 {0} 条").format(total))
        self._update_state_counts()
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        elif self.model.rowCount() == 0:
            self.detail.show_complaint(None)

    def _update_state_counts(self) -> None:
        counts = self.ctx.services.complaints.state_counts(self.ctx.user)
        open_total = sum(n for k, n in counts.items() if k in {s.value for s in State if s.is_open})
        for i, (key, words) in enumerate(self.state_filters()):
            n = (
                open_total
                if key == "open"
                else (sum(n for k, n in counts.items() if k != "overdue") if key == "" else counts.get(key, 0))
            )
            self.state.setItemText(i, self.tr("{0}（{1}）").format(words, n))

    def state_filters(self) -> list[tuple[str, str]]:
        """The state filter's (key, words): open and overdue, each state, then all."""
        own = [(key, self.tr(str(label))) for key, label in (*OPEN_FILTERS, ALL_FILTER)]
        return [*own[:-1], *state_names().items(), own[-1]]

    def selected_id(self) -> int | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def on_current_row(self, position: int) -> None:
        row = self.model.row_at(position)
        self.detail.show_complaint(row.id if row else None)

    def refresh(self) -> None:
        """Reload the list (keeping the selection) and the open complaint."""
        keep = self.selected_id()
        self.apply_filter()
        if keep is not None and self.model.row_of(keep) < 0 and self.detail.detail is not None:
            self.detail.reload()

    def on_changes(self, _changes: ChangeSet) -> None:
        self._reload_timer.start()

    def on_detail_step_taken(self, complaint_id: int) -> None:
        self._reload_timer.start()

    # --- actions ------------------------------------------------------------------------------

    def on_new_clicked(self) -> None:
        if not self.ctx.user.can(Action.COMPLAINT_CREATE):
            return
        dlg = NewComplaintDialog(self.ctx, self)
        dlg.accepted.connect(lambda: self.open_record("complaint", dlg.created.id) if dlg.created else None)
        self._dialog = dlg
        dlg.open()

    def open_record(self, kind: str, record_id: int) -> None:
        """Show one complaint, whatever the filter (the filter is widened if needed)."""
        self.apply_filter()
        row = self.model.row_of(record_id)
        if row < 0:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            for w in (self.state, self.category, self.severity):
                w.blockSignals(True)
            self.state.setCurrentIndex(self.state.findData(""))
            self.category.setCurrentIndex(0)
            self.severity.setCurrentIndex(0)
            for w in (self.state, self.category, self.severity):
                w.blockSignals(False)
            self.use_dates.setChecked(False)
            self.apply_filter()
            row = self.model.row_of(record_id)
            while row < 0 and self.model.canFetchMore():
                self.model.fetchMore()
                row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.detail.show_complaint(record_id)
        self.detail.focus_form()  # opened to act on: the keyboard in the step due

    def on_export_clicked(self) -> None:
        path = ask_path(self, f"投诉登记_{self.ctx.services.clock.local_now():%Y%m%d}.xlsx")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """The complaints of the current filter, through the list export's column specs
        (services.complaints.export) and the one export action."""
        svc, user, flt = self.ctx.services.complaints, self.ctx.user, self.current_filter()
        self.export_button.setEnabled(False)

        def done(n: int) -> None:
            self.export_button.setEnabled(True)
            self._last_export = path
            self.count_label.setText(self.tr("已导出 {0} 条到 {1}").format(n, path))

        def failed(exc: Exception) -> None:
            self.export_button.setEnabled(True)
            if isinstance(exc, ServiceError):
                QMessageBox.warning(self, self.tr("导出 Excel"), error_message(exc))
            else:
                self.count_label.setText(self.tr("导出失败：{0}").format(exc))

        export_to(self, path, "投诉登记", LIST_COLUMNS, VOCABULARY.context, lambda: svc.export_details(user, flt), done, failed)

    def on_stats_clicked(self) -> None:
        from frontdesk.ui.complaints.stats import ComplaintStatsDialog

        dlg = ComplaintStatsDialog(self.ctx, self)
        self._dialog = dlg
        dlg.open()

    def print_form(self, complaint_id: int):  # type: ignore[no-untyped-def]
        """The 顾客投诉登记表 in the shared preview dialog: printed or saved, it is counted (a
        reprint says so on the paper) and goes on the complaint's timeline."""
        from frontdesk.printing.complaint_pdf import complaint_form_pdf

        services, user = self.ctx.services, self.ctx.user
        try:
            number = services.complaints.get(user, complaint_id).number
        except ServiceError as exc:
            self.detail.show_banner(error_message(exc), reload=False)
            return None

        def make_pdf() -> bytes:  # off the GUI thread
            return complaint_form_pdf(services.complaints.print_data(user, complaint_id))

        def on_output(target: str) -> None:
            try:
                _n, changed = call_op(services.complaints.record_print, user, complaint_id, target=target)
            except ServiceError as exc:
                self.detail.show_banner(error_message(exc), reload=False)
                return
            publish(self.ctx, changed)

        doc = PrintedForm(self.tr("顾客投诉登记表 {0}").format(number), f"顾客投诉登记表_{number}.pdf", make_pdf)
        self.print_dialog = open_preview(self, doc, on_output)
        return self.print_dialog

    def record_callback(self, complaint_id: int) -> None:
        """Step 6's callback is recorded in the shared callback queue: open this complaint's
        pending callback there."""
        try:
            rows = self.ctx.services.callbacks.for_record(self.ctx.user, "complaint", complaint_id)
        except ServiceError as exc:
            self.detail.show_banner(error_message(exc), reload=False)
            return
        pending = [r for r in rows if r.state == "pending"]
        if pending:
            self.ctx.bus.open_requested.emit("callback", pending[-1].id)

    # --- main-window hooks -----------------------------------------------------------------------

    def state_name(self, state: State) -> str:
        return state_names().get(state.value, state.value)
