"""钥匙借还: the generic record tab, with the key cabinet under the form — every hook, in or out
(to whom, due when, overdue in red). Enter on a hook that is in starts a loan of its key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.services.errors import ServiceError
from frontdesk.ui.common.kind_tab import KindTab
from frontdesk.ui.common.messages import add_messages

add_messages(
    "Keys",
    fields={
        "key_already_out": QT_TRANSLATE_NOOP("Keys", "这把钥匙已借出，尚未归还，请先登记归还"),
    },
)


def _t(text: str) -> str:
    return QCoreApplication.translate("KeyTab", text)


class KeyTab(KindTab):
    feature_key = "keys"

    def side_panel(self) -> QWidget | None:
        box = QGroupBox(_t("钥匙柜（回车：借出这把钥匙）"))
        self.cabinet = QTableWidget(0, 3)
        self.cabinet.setObjectName("cabinet")
        self.cabinet.setHorizontalHeaderLabels([_t("挂钩"), _t("钥匙"), _t("状态")])
        self.cabinet.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.cabinet.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.cabinet.verticalHeader().setVisible(False)
        self.cabinet.verticalHeader().setDefaultSectionSize(22)
        self.cabinet.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cabinet.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cabinet.activated.connect(lambda index: self.lend_hook(index.row()))
        QVBoxLayout(box).addWidget(self.cabinet)
        return box

    def reload(self) -> None:
        super().reload()
        self.fill_cabinet()

    def fill_cabinet(self) -> None:
        try:
            hooks = self.service.cabinet(self.ctx.user)
        except ServiceError:
            hooks = []
        self.cabinet.setRowCount(len(hooks))
        for r, h in enumerate(hooks):
            if not h.loan_number:
                state = _t("在柜")
            else:
                state = _t("借出：{0}，应还 {1}").format(h.borrower, self.service.local(h.due_at)[5:])
            cells = [h.hook, h.key_name, state]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, h.hook)
                if h.overdue:
                    item.setForeground(QBrush(QColor("#b42318")))
                    item.setBackground(QBrush(QColor("#fdecea")))
                elif h.loan_number:
                    item.setForeground(QBrush(QColor("#8a5a00")))
                self.cabinet.setItem(r, c, item)
        self.cabinet.resizeColumnToContents(0)

    def lend_hook(self, row: int) -> None:
        """A key that is in: the form starts a loan of it, the cursor on the borrower; a key that
        is out: its loan is shown in the list."""
        hooks = self.service.cabinet(self.ctx.user)
        if not 0 <= row < len(hooks):
            return
        h = hooks[row]
        if h.loan_number:
            self.search.setText(h.loan_number)
            self.reload()
            self.records.table.setFocus()
            self.records.table.selectRow(0)
            return
        self.form.start_new()
        entry = next((e for e in self.service.choices("key.cabinet") if e.split(" ", 1)[0] == h.hook), None)
        self.form.fields.set_values({"hook": entry})
        self.form.fields.editors["borrower"].setFocus()
