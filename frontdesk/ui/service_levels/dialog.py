"""服务超时记录: every clock that ran out (order, complaint or callback; response or completion),
when it was due and found, who handled it, and the reason — typed here by the handler or the
supervisor (配件未到, 业主不在家…). Those without a reason come first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QHeaderView, QInputDialog, QTableWidget, QTableWidgetItem, QWidget

from frontdesk.services.clock import to_local
from frontdesk.services.core.changes import call_op
from frontdesk.services.errors import ServiceError
from frontdesk.services.service_levels import BreachRow
from frontdesk.services.service_levels.service import VOCABULARY
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import ContextDialog, row, stack
from frontdesk.ui.common.form_parts import button, label
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import publish

_MISSING = QBrush(QColor("#fff1cc"))


def _word(group: str, code: str) -> str:
    return QCoreApplication.translate("service_levels", VOCABULARY.label(group, code))


class BreachesDialog(ContextDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("服务超时记录"), (960, 560))
        self.rows: list[BreachRow] = []
        self.only_missing = QCheckBox(self.tr("只看未说明原因的"))
        self.only_missing.setObjectName("breaches_only_missing")
        self.only_missing.setChecked(True)
        self.only_missing.toggled.connect(lambda _on: self.load())
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("breaches_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("单号"),
                self.tr("类别"),
                self.tr("环节"),
                self.tr("应完成"),
                self.tr("处理人"),
                self.tr("原因"),
                self.tr("说明人"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda _i: self.explain_current())
        self.explain_button = button(self.tr("填写原因…"), "breach_explain", self.explain_current)
        close = button(self.tr("关闭"), "", self.accept)
        self.message = label("breaches_message", "color:#555;")
        stack(self, row(self.only_missing, None, self.explain_button, close), (self.table, 1), self.message)
        self.load()

    def load(self) -> None:
        try:
            rows = self.ctx.services.service_levels.breaches(self.ctx.user)
        except ServiceError as exc:
            self.message.setText(error_message(exc))
            return
        if self.only_missing.isChecked():
            rows = [r for r in rows if not r.reason]
        self.rows = sorted(rows, key=lambda r: (bool(r.reason), -r.breached_at.timestamp()))
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            values = [
                r.ref_number,
                _word("ref_kind", r.ref_kind),
                _word("stage", r.stage),
                to_local(r.due_at).strftime("%m-%d %H:%M"),
                r.handler,
                r.reason,
                r.reason_by_name,
            ]
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                if not r.reason:
                    item.setBackground(_MISSING)
                self.table.setItem(i, j, item)
        self.explain_button.setEnabled(bool(self.rows))
        self.message.setText(self.tr("共 {0} 条").format(len(self.rows)))
        if self.rows:
            self.table.selectRow(0)

    def current(self) -> BreachRow | None:
        i = self.table.currentRow()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def explain_current(self) -> None:
        r = self.current()
        if r is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("超时原因"), self.tr("{0} {1}超时的原因：").format(r.ref_number, _word("stage", r.stage)), r.reason
        )
        if ok:
            self.explain(r, text)

    def explain(self, r: BreachRow, reason: str) -> bool:
        try:
            _row, changed = call_op(
                self.ctx.services.service_levels.explain, self.ctx.user, r.id, reason, expected_version=r.version
            )
        except ServiceError as exc:
            self.message.setText(error_message(exc))
            return False
        publish(self.ctx, changed)
        self.load()
        return True
