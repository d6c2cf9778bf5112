"""交房办理: the appointments (booked by phone or at the counter into half-day slots), one room's
checklist as actions, the 交房验收单 / 钥匙移交清单 / 入住登记表, the vacant rooms, and the
statistics per batch and month as xlsx."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDateEdit, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.services.errors import ServiceError
from frontdesk.services.handovers_in.forms import SLOTS
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.export import ask_path
from frontdesk.ui.common.field_widgets import tr
from frontdesk.ui.common.form_parts import button
from frontdesk.ui.common.kind_tab import KindTab
from frontdesk.ui.common.messages import add_messages, error_message
from frontdesk.ui.common.worker import run_in_background

_C = "RoomHandover"
add_messages(
    _C,
    fields={
        "handover_not_in_batch": QT_TRANSLATE_NOOP(_C, "房号 {room} 不在交付中的批次名单里，请先导入交付名单"),
        "handover_exists": QT_TRANSLATE_NOOP(_C, "这个房号已有交房记录 {number}，请在列表中继续办理"),
        "handover_slot_full": QT_TRANSLATE_NOOP(_C, "这个时段已约满（每半天 {capacity} 户），请换一个时段或日期"),
        "handover_consent": QT_TRANSLATE_NOOP(_C, "登记入住人员须经业户同意，请勾选"),
        "handover_key_count": QT_TRANSLATE_NOOP(_C, "交业主和中心留存不能都为 0"),
        "consent": QT_TRANSLATE_NOOP(_C, "业户同意登记个人信息"),
    },
    errors={
        "handover_no_defects": QT_TRANSLATE_NOOP(_C, "没有需要转工单的验房缺陷。"),
        "handover_defects_not_ordered": QT_TRANSLATE_NOOP(_C, "还有验房缺陷没有转为维修工单，请先“缺陷转工单”。"),
        "handover_defect_has_order": QT_TRANSLATE_NOOP(_C, "已转工单的缺陷不能删除，请在工单中处理。"),
        "handover_checklist_missing": QT_TRANSLATE_NOOP(_C, "交房清单尚未完成：{items}。"),
        "handover_fees_missing": QT_TRANSLATE_NOOP(_C, "请先在“证件与缴费”中登记已缴费用及收据号。"),
        "handover_meters_missing": QT_TRANSLATE_NOOP(_C, "请先登记水表和电表读数。"),
        "handover_keys_missing": QT_TRANSLATE_NOOP(_C, "请先登记钥匙移交。"),
        "handover_not_reinspected": QT_TRANSLATE_NOOP(_C, "验房缺陷尚未复验合格；业主拒收时请“暂缓交房”。"),
    },
)


class HandoverInTab(KindTab):
    feature_key = "handovers_in"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.slots = QLabel()
        self.slots.setObjectName("slots")
        self.slots.setStyleSheet("color:#555;")
        self.slots.setWordWrap(True)
        layout = self.form.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.form.banner), self.slots)
        day = self.form.fields.editors["appt_date"]
        assert isinstance(day, QDateEdit)
        day.dateChanged.connect(self.show_slots)
        self.form.saved.connect(lambda _row: self.show_slots())
        self.show_slots()

    def show_slots(self) -> None:
        """How full the chosen day is at the counter, half-day by half-day (a phone booking
        offers the caller a free slot at once)."""
        editor = self.form.fields.editors["appt_date"]
        assert isinstance(editor, QDateEdit)
        d = editor.date()
        try:
            taken = self.service.slots(self.ctx.user, date(d.year(), d.month(), d.day()))
        except ServiceError:
            self.slots.clear()
            return
        capacity = self.service.capacity()
        parts = [self.tr("{0} {1}/{2}").format(tr(s), taken.get(s, 0), capacity) for s in SLOTS]
        self.slots.setText(self.tr("当日已约：{0}").format("，".join(parts)))

    def extra_buttons(self) -> list[QPushButton]:
        self.reveal_button = button(self.tr("显示号码"), "reveal_phone", self.reveal_phone)
        self.reveal_button.setToolTip(self.tr("显示业主的完整号码以便电话提醒（会记录在操作日志中）"))
        return [self.reveal_button, button(self.tr("统计…"), "handover_statistics", self.export_statistics)]

    def show_current(self, row: object) -> None:
        super().show_current(row)
        self.reveal_button.setEnabled(row is not None and bool(getattr(row, "phone", "")))

    def reveal_phone(self) -> None:
        """The buyer's number in full, for ringing about tomorrow's appointment (audited)."""
        row = self.records.current()
        if row is None:
            return
        try:
            number = self.service.reveal_phone(self.ctx.user, row.id)
        except ServiceError as exc:
            self._say(error_message(exc), error=True)
            return
        QMessageBox.information(self, self.tr("业主电话"), self.tr("{0} {1}：{2}").format(row.room_code, row.buyer_name, number))

    def export_statistics(self) -> None:
        """The 交房入住统计表 of this month (per batch, the month, defects by category)."""
        today = self.service.today()
        path = ask_path(self, self.tr("交房入住统计_{0}").format(f"{today:%Y%m}") + ".xlsx")
        if path is None:
            return
        svc, user = self.service, self.ctx.user
        run_in_background(
            lambda: svc.export_statistics(user, path, today.year, today.month),
            lambda _n: self._say(self.tr("已导出到 {0}").format(path)),
            lambda exc: self._say(error_message(exc) if isinstance(exc, ServiceError) else str(exc), error=True),
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        (QMessageBox.warning if error else QMessageBox.information)(self, self.tr("交房统计"), text)
