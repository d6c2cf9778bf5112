"""The generic record tab: any kind served by a ``services.core.records.RecordService`` is shown
by a three-line subclass naming its feature key::

    class LetterTab(KindTab):
        feature_key = "letters"

The form (its declared fields, optionally started from a template) sits beside the list (views,
text search, the declared columns, paging), the selected record's detail below it, and the
actions the row allows as buttons (with a small dialog for an action's own fields), print and
export. Everything goes through the shared pieces: ``ServiceForm`` (errors beside the fields,
conflicts theirs-beside-mine), ``RecordList`` and ``PagedTableModel``, ``open_preview``,
``export_to`` and the bus (the tab reloads when a change set names its kind).

Keys: Ctrl+S saves the form, Ctrl+N starts a new record, Ctrl+F goes to the search box, Ctrl+P
prints the selected record, and each action's declared shortcut takes it.

A kind that needs a little more (a key cabinet, a pick-up code box) returns it from
:meth:`KindTab.side_panel`: it sits under the form. Rows that carry ``flagged`` codes (see
``services.core.records.ValuesRow``) are tinted."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.core.features import Vocabulary
from frontdesk.services.core.fields import FormField
from frontdesk.services.core.records import Detail, KindAction, RecordForm
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import Action
from frontdesk.ui.common.conflict import FieldDiff, field_diffs
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import ContextDialog, dialog_buttons, error_banner, stack, submit
from frontdesk.ui.common.export import ask_path, export_to
from frontdesk.ui.common.field_widgets import FieldWidgets, tr
from frontdesk.ui.common.form_scroll import FormScroll
from frontdesk.ui.common.forms import FieldErrors
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.paged_model import CellStyle, PagedTableModel
from frontdesk.ui.common.print_action import open_preview
from frontdesk.ui.common.record_list import RecordList, RecordTab, add_shortcuts, show_banner
from frontdesk.ui.common.service_form import ServiceForm
from frontdesk.ui.common.tab_parts import button, filter_combo, search_box


def _t(text: str) -> str:
    return QCoreApplication.translate("KindTab", text)


QT_TRANSLATE_NOOP("RecordKind", "打印")  # RecordForm.print_label's default, shown by tr()


class KindForm(ServiceForm[Any, dict[str, Any]]):
    """The kind's form: new records, or a draft loaded for editing (``record`` is then its row)."""

    def __init__(self, tab: KindTab) -> None:
        super().__init__(tab.ctx, tab)
        self.tab = tab
        spec = tab.spec
        self.heading = QLabel()
        self.heading.setObjectName("form_heading")
        self.heading.setStyleSheet("font-weight:bold; font-size:12pt;")
        self.template = QComboBox(self)
        self.template.setObjectName("template")
        self.template.setVisible(bool(spec.templates))
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        if spec.templates:
            pick = QHBoxLayout()
            label = QLabel(_t("从模板开始(&T)"))
            label.setBuddy(self.template)
            pick.addWidget(label)
            pick.addWidget(self.template, 1)
            lay.addLayout(pick)
            self.template.activated.connect(self.apply_template)
        grid = QFormLayout()
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = tab.field_widgets(spec.fields, self.errors, grid)
        grid.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        lay.addWidget(FormScroll(grid, None), 1)
        lay.addWidget(self.banner)
        self.save_button = button(_t("保存 (Ctrl+S)"), "save", self.save)
        self.new_button = button(_t("新建 (Ctrl+N)"), "new", self.start_new)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.saved.connect(self._after_save)
        self.fill_templates()
        self.load(None)

    # --- templates ---------------------------------------------------------------------------

    def fill_templates(self) -> None:
        self.template.clear()
        self.template.addItem(_t("（空白）"), None)
        for t in self.tab.service.templates():
            self.template.addItem(str(t.get("name", "")), t)

    def apply_template(self, index: int) -> None:
        """Fill the fields the template names; the others keep what was typed."""
        t = self.template.itemData(index)
        if isinstance(t, dict):
            self.fields.set_values({k: v for k, v in t.items() if k != "name"})

    # --- ServiceForm -------------------------------------------------------------------------

    def load(self, record: Any) -> None:
        super().load(record)
        spec = self.tab.spec
        if record is None:
            self.fields.clear()
            self.heading.setText(tr(spec.title))
            self.save_button.setText(_t("保存 (Ctrl+S)"))
            self.template.setEnabled(True)
        else:
            self.fields.set_values(self.tab.service.form_values(self.ctx.user, record.id))
            self.heading.setText(_t("修改 {0}").format(record.number))
            self.save_button.setText(_t("保存修改 (Ctrl+S)"))
        self.save_button.setEnabled(record is not None or self.ctx.user.can(spec.create_permission))

    def collect(self) -> dict[str, Any]:
        return self.fields.values()

    def submit(self, data: dict[str, Any], version: int | None) -> Any:
        svc = self.tab.service
        if self.record is None:
            return svc.create(self.ctx.user, data)
        return svc.update(self.ctx.user, self.record.id, version or 0, data)

    def fetch_current(self) -> Any:
        assert self.record is not None
        return self.tab.service.row(self.ctx.user, self.record.id)

    def describe(self, data: dict[str, Any], record: Any) -> list[FieldDiff]:
        theirs = self.tab.service.form_values(self.ctx.user, record.id)
        return field_diffs([(f.name, tr(f.label)) for f in self.tab.spec.fields], data, theirs)

    def start_new(self) -> None:
        self.load(None)
        self.template.setCurrentIndex(0)
        self.focus_first()

    def focus_first(self) -> None:
        first = self.fields.first()
        if first is not None:
            first.setFocus()

    def _after_save(self, row: Any) -> None:
        self.load(None)
        self.template.setCurrentIndex(0)
        show_banner(self.banner, _t("已保存 {0}").format(row.number), error=False)
        self.tab.show_saved(row)
        self.focus_first()


class ActionDialog(ContextDialog):
    """An action's own fields (a reply, a reason, who signed): checked by the service like the
    form, errors beside the fields, nothing typed lost on a refusal."""

    def __init__(self, tab: KindTab, action: KindAction, row: Any) -> None:
        super().__init__(tab.ctx, tab, f"{tr(action.label)} {row.number}")
        self.tab, self.action, self.row = tab, action, row
        self.setObjectName(f"action_{action.name}")
        self.setMinimumWidth(760 if any(f.type == "rows" for f in action.fields) else 460)
        self.errors = FieldErrors()
        grid = QFormLayout()
        self.fields = tab.field_widgets(action.fields, self.errors, grid, f"{action.name}_")
        self.fields.set_values(tab.service.action_values(tab.ctx.user, row.id, action.name))
        self.banner = error_banner()
        buttons, self.ok = dialog_buttons(self, tr(action.label), _t("取消"), self.on_ok)
        stack(self, grid, self.banner, buttons)
        self.result_row: Any = None

    def on_ok(self) -> None:
        svc, user = self.tab.service, self.ctx.user
        ok, result = submit(
            self.ctx,
            self.errors,
            self.banner,
            svc.act,
            user,
            self.row.id,
            self.row.version,
            self.action.name,
            self.fields.values(),
        )
        if ok:
            self.result_row = result
            self.accept()


class KindTab(RecordTab):
    """The tab of one record kind (see the module docstring). A subclass sets ``feature_key``
    and may override :meth:`detail_html` or add widgets; nothing else is needed."""

    feature_key: ClassVar[str]
    page_size: ClassVar[int] = 100

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service: Any = getattr(ctx.services, self.feature_key)
        self.spec: RecordForm = self.service.form
        self.vocabulary: Vocabulary = self.service.vocabulary
        self.kind = self.service.kind
        self.record_kinds = (self.kind.name,)
        self.setWindowTitle(QCoreApplication.translate(self.vocabulary.context, self.vocabulary.name))
        self._staff: list[tuple[int, str]] | None = None

        self.form = KindForm(self)
        self.room = self.form.fields.first()  # type: ignore[assignment]  # RecordTab focuses it on show
        self.views = filter_combo("view", [(tr(v.label), v.code) for v in self.spec.views], on_change=self.reload)
        self.search = search_box("search", _t("编号或内容，空格分隔多个词"), self.reload, clear=True)
        self.model: PagedTableModel[Any] = PagedTableModel(
            list(self.spec.columns),
            self.vocabulary.context,
            self._fetch,
            style=self.row_style,
            page_size=self.page_size,
        )
        self.action_buttons: dict[str, QPushButton] = {}
        for a in self.spec.actions:
            text = tr(a.label) + (f" ({a.shortcut})" if a.shortcut else "")
            self.action_buttons[a.name] = button(text, f"act_{a.name}", lambda _=False, a=a: self.take(a), enabled=False)
            if self.spec.hide_unavailable:
                self.action_buttons[a.name].hide()  # shown when the selected row allows it
        print_text = _t("打印 (Ctrl+P)") if self.spec.print_label == "打印" else f"{tr(self.spec.print_label)} (Ctrl+P)"
        self.print_button = button(print_text, "print", self.print_current, enabled=False)
        self.print_button.setVisible(self.spec.printable)
        self.form_buttons = {
            code: button(tr(label), f"print_{code}", lambda _=False, c=code: self.print_form(c), enabled=False)
            for code, label in self.spec.prints
        }
        self.export_button = button(_t("导出…"), "export", self.export)
        self.reveal_button = button(_t("显示完整号码"), "reveal", self.reveal_current, enabled=False)
        self.reveal_button.setVisible(
            bool(self.service.masked_fields()) and not ctx.user.can(Action.PII_VIEW) and ctx.user.can(Action.PII_UNMASK)
        )
        self.records = RecordList(
            _t("{0}列表").format(QCoreApplication.translate(self.vocabulary.context, self.vocabulary.name)),
            self.model,
            self.feature_key,
            on_current=self.show_current,
            filters=[(self.views, 1), *self.extra_filters(), (self.search, 2)],
            stretch=max(range(len(self.spec.columns)), key=lambda i: self.spec.columns[i].width),
            actions=[
                *self.action_buttons.values(),
                self.print_button,
                self.reveal_button,
                *self.form_buttons.values(),
                self.export_button,
                *self.extra_buttons(),
            ],
        )
        keys: list[tuple[str, Any]] = [
            ("Ctrl+S", self.form.save),
            ("Ctrl+N", self.form.start_new),
            ("Ctrl+F", self.search.setFocus),
            ("Ctrl+P", self.print_current),
        ]
        keys += [(a.shortcut, lambda a=a: self.take(a)) for a in self.spec.actions if a.shortcut]
        left: QWidget = self.form
        panel = self.side_panel()
        if panel is not None:
            left = QWidget()
            column = QVBoxLayout(left)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(self.form)
            column.addWidget(panel)
        self.split = self.set_up(left, self.records, [], {self.kind}, self.feature_key)
        add_shortcuts(self, keys)

    def extra_filters(self) -> list[tuple[QWidget, int]]:
        """Filters of the kind's own (a building) between the view and the search box, with
        their stretch; the subclass's :meth:`list_view` passes them on. None by default."""
        return []

    def extra_buttons(self) -> list[QPushButton]:
        """Buttons of the kind's own (a report, an import) after print and export: a subclass
        returns them (built with ``tab_parts.button``); none by default."""
        return []

    def side_panel(self) -> QWidget | None:
        """A kind's own small panel under the form (None: the form alone). Called once while the
        tab is built, after the form and the list exist; refresh it in :meth:`reload`."""
        return None

    # --- RecordTab -------------------------------------------------------------------------------

    def reset_form(self) -> None:
        self.form.load(None)

    def reload(self) -> None:
        self.records.show_rows([])  # keeps nothing stale on screen while the first page loads
        self.model.reload()

    def _fetch(self, cursor: str | None, limit: int) -> Any:
        return self.service.page(self.ctx.user, self.list_view(), self.search.text(), cursor, limit)

    def list_view(self) -> str:
        """The view code the list asks the service for: the chosen view; a subclass with
        :meth:`extra_filters` adds theirs (the service's ``view_conditions`` reads them)."""
        return str(self.views.currentData() or "all")

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        QWidget.showEvent(self, event)
        if self.form.record is None:
            self.form.focus_first()

    def field_widgets(self, fields: Sequence[FormField], errors: FieldErrors, grid: QFormLayout, name: str = "") -> FieldWidgets:
        """Editors for declared fields, fed by this kind's service (its choice lists, its clock)
        and the staff list."""
        return FieldWidgets(
            self.ctx,
            fields,
            errors,
            grid,
            choices=self.service.choices,
            today=self.service.today,
            name=name,
            staff=self.staff_choices,
            now=self.service.now,
        )

    def staff_choices(self) -> list[tuple[int, str]]:
        """The active staff, for ``staff`` fields (loaded once per tab)."""
        if self._staff is None:
            try:
                self._staff = [(s.id, s.name) for s in self.ctx.services.staff.list_staff(self.ctx.user) if s.active]
            except ServiceError:
                self._staff = []  # a role that may not list colleagues picks no one
        return self._staff

    def show_count(self, code: str) -> bool:
        """A clicked status-bar count of this kind: the list of exactly those records (the flag's
        view), whatever was typed in the search box cleared."""
        kind, _, flag = code.partition(".")
        at = self.views.findData(flag)
        if kind != self.kind.name or at < 0:
            return False
        self.search.clear()
        if self.views.currentIndex() != at:
            self.views.setCurrentIndex(at)  # reloads
        else:
            self.reload()
        return True

    def status_label(self, code: str, count: int) -> str | None:
        words = self.vocabulary.counts.get(code)
        return QCoreApplication.translate(self.vocabulary.context, words).format(count) if words else None

    # --- the list and the detail --------------------------------------------------------------------

    def row_style(self, row: Any, key: str) -> Any:
        """Rows the service flags now (overdue, overstaying, uncollected) are tinted, their state
        in red."""
        if not getattr(row, "flagged", None):
            return None
        return CellStyle(background="#fdecea", foreground="#b42318" if key == "state" else None)

    def show_current(self, row: Any) -> None:
        allowed: frozenset[str] = getattr(row, "allowed", frozenset()) if row is not None else frozenset()
        for name, b in self.action_buttons.items():
            b.setEnabled(name in allowed)
            if self.spec.hide_unavailable:
                b.setVisible(name in allowed)
        self.print_button.setEnabled(row is not None)
        self.reveal_button.setEnabled(row is not None)
        for code, b in self.form_buttons.items():
            b.setEnabled(row is not None and code in getattr(row, "prints", {code}))
        if row is None:
            self.records.detail.clear()
            return
        try:
            detail = self.service.detail(self.ctx.user, row.id)
        except ServiceError as exc:
            self.records.detail.setPlainText(error_message(exc))
            return
        self.records.detail.setHtml(self.detail_html(detail))

    def detail_html(self, detail: Detail[Any]) -> str:
        row = detail.row
        state = QCoreApplication.translate(self.vocabulary.context, self.vocabulary.state(row.state))
        parts = [f"<h3>{html.escape(row.number)} · {html.escape(state)}</h3><table cellpadding='2'>"]
        for label, value in detail.lines:
            if not value:  # an optional field left empty
                continue
            text = html.escape(value).replace("\n", "<br>")
            parts.append(
                f"<tr><td style='color:#555; white-space:nowrap' valign='top'>{html.escape(tr(label))}</td><td>{text}</td></tr>"
            )
        parts.append("</table>")
        if detail.history:
            parts.append(f"<p style='color:#555'><b>{html.escape(_t('经过'))}</b><br>")
            parts.append("<br>".join(html.escape(h) for h in detail.history))
            parts.append("</p>")
        return "".join(parts)

    def show_saved(self, row: Any) -> None:
        """After a save: the record selected in the list (switching to 全部 if the view hides it)."""
        self.model.reload()
        if not self.records.select(row.id) and self.views.count():
            self.views.setCurrentIndex(self.views.findData("all") if self.views.findData("all") >= 0 else 0)
            self.records.select(row.id)

    def open_record(self, kind: str, record_id: int) -> None:
        if self.records.select(record_id):
            return
        all_view = self.views.findData("all")
        if all_view >= 0:
            self.views.setCurrentIndex(all_view)
        self.search.clear()
        self.model.reload()
        self.records.select(record_id)

    # --- actions ---------------------------------------------------------------------------------

    def take(self, action: KindAction, values: dict[str, Any] | None = None) -> None:
        """Take ``action`` on the selected row; ``values`` start its dialog's fields."""
        row = self.records.current()
        if row is None or action.name not in getattr(row, "allowed", frozenset()):
            return
        if action.edits:
            self.form.load(row)
            self.form.focus_first()
            return
        if action.fields:
            dlg = ActionDialog(self, action, row)
            if values:
                dlg.fields.set_values(values)
            if dlg.exec() and dlg.result_row is not None:
                self._after_action(action, dlg.result_row)
            return
        if action.confirm:
            answer = QMessageBox.question(self, tr(action.label), tr(action.confirm).format(row.number))
            if answer != QMessageBox.StandardButton.Yes:
                return
        done = self.change_listed(
            tr(action.label),
            lambda: self.service.act(self.ctx.user, row.id, row.version, action.name, {}),
            invalid=lambda exc: error_message(exc),
            on_conflict=self._stale,
        )
        if done:
            self._after_action(action, self.service.row(self.ctx.user, row.id))

    def _stale(self) -> bool:
        QMessageBox.information(self, _t("记录已更新"), _t("这条记录刚被其他柜台修改过，已重新载入，请查看后再操作。"))
        self.reload()
        return False

    def _after_action(self, action: KindAction, row: Any) -> None:
        self.model.replace_row(row)
        self.records.select(row.id)
        if action.prints:
            self.print_record(row)

    def reveal_current(self) -> None:
        """The selected record's masked numbers in full (the service audits it)."""
        row = self.records.current()
        if row is None:
            return
        try:
            shown = self.service.reveal(self.ctx.user, row.id)
        except ServiceError as exc:
            QMessageBox.warning(self, _t("显示完整号码"), error_message(exc))
            return
        text = "\n".join(f"{tr(label)}：{value}" for label, value in shown) or _t("这条记录没有登记号码。")
        QMessageBox.information(self, _t("显示完整号码"), _t("{0}（已记入操作日志）\n\n{1}").format(row.number, text))

    # --- print and export ----------------------------------------------------------------------

    def print_current(self) -> None:
        row = self.records.current()
        if row is not None and self.spec.printable:
            self.print_record(row)

    def print_record(self, row: Any) -> None:
        try:
            doc = self.service.printable(self.ctx.user, row.id)
        except ServiceError as exc:
            QMessageBox.warning(self, _t("打印"), error_message(exc))
            return
        self.preview = open_preview(self, doc)
        if row.version != (fresh := self.service.row(self.ctx.user, row.id)).version:
            self.model.replace_row(fresh)  # the kind counted the print (补打): keep the row current

    def print_form(self, code: str) -> None:
        """One of the kind's further printed forms (``RecordForm.prints``) of the selected record."""
        row = self.records.current()
        if row is None:
            return
        try:
            doc = self.service.print_form(self.ctx.user, row.id, code)
        except ServiceError as exc:
            QMessageBox.warning(self, _t("打印"), error_message(exc))
            return
        self.preview = open_preview(self, doc)

    def export(self) -> None:
        name = QCoreApplication.translate(self.vocabulary.context, self.vocabulary.name)
        path = ask_path(self, f"{name}.xlsx")
        if path is None:
            return
        export_to(
            self,
            path,
            name,
            list(self.spec.columns),
            self.vocabulary.context,
            lambda: self._all_rows(),
        )

    def _all_rows(self) -> Sequence[Any]:
        rows: list[Any] = []
        cursor = None
        while True:
            page = self.service.page(self.ctx.user, self.list_view(), self.search.text(), cursor, 500)
            rows.extend(page.rows)
            if not page.has_more:
                return rows
            cursor = page.next_cursor
