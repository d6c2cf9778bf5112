"""押金台账: deposits taken (with their receipt), refunded in full or with deductions, and the
balances per room."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout

from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.ui.common.kind_tab import KindTab
from frontdesk.ui.common.messages import add_messages
from frontdesk.ui.common.tab_parts import button

add_messages(
    "Deposit",
    fields={
        "deductions_exceed": QT_TRANSLATE_NOOP("Deposit", "扣除合计不能超过押金 {amount} 元"),
        "amount_positive": QT_TRANSLATE_NOOP("Deposit", "金额应大于 0"),
        "reference_required": QT_TRANSLATE_NOOP("Deposit", "{method}收款请填写交易流水号"),
    },
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Deposit", text)


class DepositTab(KindTab):
    feature_key = "deposits"

    def extra_buttons(self) -> list[QPushButton]:
        return [button(_t("各房押金余额…"), "balances", self.show_balances)]

    def show_balances(self) -> None:
        """The rooms with deposits held, and how much each holds."""
        rows = self.service.balances(self.ctx.user)
        dlg = QDialog(self)
        dlg.setObjectName("deposit_balances")
        dlg.setWindowTitle(_t("各房押金余额"))
        dlg.resize(460, 420)
        table = QTableWidget(len(rows), 3)
        table.setObjectName("balances_table")
        table.setHorizontalHeaderLabels([_t("房号"), _t("在押笔数"), _t("在押金额（元）")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, b in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(b.room))
            for j, text in ((1, str(b.count)), (2, f"{b.held:,.2f}")):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(i, j, cell)
        total = sum((b.held for b in rows), Decimal("0.00"))
        lay = QVBoxLayout(dlg)
        lay.addWidget(QLabel(_t("共 {0} 户在押，合计 {1} 元").format(len(rows), f"{total:,.2f}")))
        lay.addWidget(table)
        self.balances_dialog = dlg
        dlg.open()
