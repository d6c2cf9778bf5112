"""收据: money taken at the counter, printed in two copies; voids with a supervisor's approval;
the day's cash report for finance (PDF and Excel)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.services.errors import ServiceError
from frontdesk.ui.common.export import ask_path
from frontdesk.ui.common.kind_tab import KindTab
from frontdesk.ui.common.messages import add_messages, error_message
from frontdesk.ui.common.print_action import open_preview
from frontdesk.ui.common.tab_parts import button
from frontdesk.ui.common.worker import run_in_background

CONTEXT = "Receipt"

add_messages(
    CONTEXT,
    fields={
        "order_unknown": QT_TRANSLATE_NOOP("Receipt", "没有编号为 {number} 的工单"),
        "order_not_chargeable": QT_TRANSLATE_NOOP("Receipt", "工单 {number} 不是已完工的有偿工单，或没有维修费用"),
        "order_already_paid": QT_TRANSLATE_NOOP("Receipt", "工单 {number} 的费用已开收据 {receipt}"),
        "repair_item_from_order": QT_TRANSLATE_NOOP("Receipt", "有偿维修费用已从工单带入，请勿在明细中重复填写"),
        "amount_positive": QT_TRANSLATE_NOOP("Receipt", "每项金额应大于 0"),
        "reference_required": QT_TRANSLATE_NOOP("Receipt", "{method}收款请填写交易流水号"),
        "approval_failed": QT_TRANSLATE_NOOP("Receipt", "主管登录名或密码不正确，未作废"),
        "approver_not_supervisor": QT_TRANSLATE_NOOP("Receipt", "作废须由客服主管审批，请主管本人输入"),
        "void_deposit_receipt": QT_TRANSLATE_NOOP("Receipt", "这是押金 {number} 的收据，请在押金台账中办理退还"),
        "approval_unavailable": QT_TRANSLATE_NOOP("Receipt", "暂时无法核对主管身份，请稍后再试"),
    },
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Receipt", text)


class ReceiptTab(KindTab):
    feature_key = "receipts"

    def extra_buttons(self) -> list[QPushButton]:
        return [
            button(_t("今日收款日报表…"), "day_report", self.print_day_report),
            button(_t("日报表导出 Excel…"), "day_report_xlsx", self.export_day_report),
        ]

    def print_day_report(self) -> None:
        try:
            doc = self.service.day_report_pdf(self.ctx.user, self.service.today())
        except ServiceError as exc:
            QMessageBox.warning(self, _t("收款日报表"), error_message(exc))
            return
        self.preview = open_preview(self, doc)

    def export_day_report(self) -> None:
        day = self.service.today()
        path = ask_path(self, _t("收款日报表_{0}.xlsx").format(day.isoformat()))
        if path is None:
            return
        self.write_day_report(path)

    def write_day_report(self, path: Path) -> None:
        day = self.service.today()

        def done(n: int) -> None:
            QMessageBox.information(self, _t("收款日报表"), _t("已导出 {0} 张收据到 {1}").format(n, str(path)))

        def failed(exc: Exception) -> None:
            text = error_message(exc) if isinstance(exc, ServiceError) else str(exc)[:200]
            QMessageBox.warning(self, _t("收款日报表"), _t("导出失败：{0}").format(text))

        self._job = run_in_background(lambda: self.service.day_report_xlsx(self.ctx.user, day, path), done, failed)
