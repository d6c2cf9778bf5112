"""交付批次: made at the counter, filled from the developer's list (preview, rejects, import)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.ui.common.form_parts import button
from frontdesk.ui.common.kind_tab import KindTab
from frontdesk.ui.common.messages import add_messages

add_messages(
    "DeliveryBatch",
    fields={
        "end_before_start": QT_TRANSLATE_NOOP("DeliveryBatch", "结束日期不能早于开始日期"),
        "delivery_room_in_batch": QT_TRANSLATE_NOOP("DeliveryBatch", "房号 {room} 已在本批次名单中"),
        "delivery_room_twice": QT_TRANSLATE_NOOP("DeliveryBatch", "与第 {line} 行是同一房号"),
    },
    errors={
        "batch_closed": QT_TRANSLATE_NOOP("DeliveryBatch", "这个交付批次已结束，不能再导入名单。"),
        "delivery_room_in_batch": QT_TRANSLATE_NOOP("DeliveryBatch", "房号 {room} 已在本批次名单中，请重新读取文件。"),
    },
)


class DeliveryTab(KindTab):
    feature_key = "deliveries"

    def extra_buttons(self) -> list[QPushButton]:
        self.import_button = button(self.tr("导入交付名单…"), "import_buyers", self.import_buyers)
        return [self.import_button]

    def show_current(self, row: object) -> None:
        super().show_current(row)
        self.import_button.setEnabled(row is not None and getattr(row, "state", "") == "open")

    def import_buyers(self) -> None:
        from frontdesk.ui.deliveries.import_dialog import BuyersImportDialog

        row = self.records.current()
        if row is None:
            return
        dlg = BuyersImportDialog(self.ctx, row, self)
        if dlg.exec() and dlg.result_row is not None:
            self.model.replace_row(dlg.result_row)
            self.records.select(dlg.result_row.id)
