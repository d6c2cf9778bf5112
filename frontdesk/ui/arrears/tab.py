"""欠费催缴: the imported arrears list worked building by building — each call logged with its
outcome and the owner's reason, notices printed per room or for the building — and the
statistics the supervisor reads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.services.errors import ServiceError
from frontdesk.ui.arrears.import_dialog import ArrearsImportDialog, number_item
from frontdesk.ui.common.dialog_parts import ContextDialog
from frontdesk.ui.common.export import ask_path
from frontdesk.ui.common.kind_tab import KindTab
from frontdesk.ui.common.messages import add_messages, error_message
from frontdesk.ui.common.print_action import open_preview
from frontdesk.ui.common.tab_parts import button

add_messages(
    "Arrears",
    fields={
        "promise_past": QT_TRANSLATE_NOOP("Arrears", "承诺缴费日期不能早于今天"),
        "amount_positive": QT_TRANSLATE_NOOP("Arrears", "金额应大于 0"),
        "arrears_duplicate": QT_TRANSLATE_NOOP("Arrears", "与第 {line} 行重复（同一房间、收费项目和所属期间）"),
    },
    errors={"nothing_to_print": QT_TRANSLATE_NOOP("Arrears", "没有可打印的通知单")},
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Arrears", text)


class ArrearsTab(KindTab):
    feature_key = "arrears"

    def extra_filters(self) -> list[tuple[QWidget, int]]:
        self.building = QComboBox()
        self.building.setObjectName("building")
        self.building.setToolTip(_t("催缴按楼栋逐栋进行"))
        self.fill_buildings()
        self.building.currentIndexChanged.connect(lambda _i: self.reload())
        return [(self.building, 1)]

    def extra_buttons(self) -> list[QPushButton]:
        return [
            button(_t("导入欠费表…"), "import", self.open_import, shown=self.ctx.user.can("arrears.import")),
            button(_t("查看电话"), "reveal_phone", self.reveal_phone),
            button(_t("打印本栋通知单"), "print_building", self.print_building),
            button(_t("催缴统计…"), "statistics", self.show_statistics),
        ]

    def fill_buildings(self) -> None:
        current = self.building.currentData()
        self.building.blockSignals(True)
        self.building.clear()
        self.building.addItem(_t("全部楼栋"), "")
        for b in self.service.buildings(self.ctx.user):
            self.building.addItem(_t("{0} 栋").format(b), b)
        i = self.building.findData(current)
        self.building.setCurrentIndex(max(i, 0))
        self.building.blockSignals(False)

    def list_view(self) -> str:
        view = super().list_view()
        b = self.building.currentData() if hasattr(self, "building") else ""
        return f"{view}|building:{b}" if b else view

    def reload(self) -> None:
        if hasattr(self, "building"):
            self.fill_buildings()
        super().reload()

    def open_import(self) -> None:
        self.import_dialog = ArrearsImportDialog(self.ctx, self)
        self.import_dialog.imported.connect(lambda _r: self.reload())
        self.import_dialog.open()

    def reveal_phone(self) -> None:
        row = self.records.current()
        if row is None:
            return
        try:
            phone = self.service.reveal_phone(self.ctx.user, row.id)
        except ServiceError as exc:
            QMessageBox.warning(self, _t("查看电话"), error_message(exc))
            return
        QMessageBox.information(
            self, _t("查看电话"), _t("{0} {1}：{2}").format(row.room, row.owner, phone or _t("（未登记电话）"))
        )

    def print_building(self) -> None:
        """The notices of every room listed now (choose the building first)."""
        rows = [r for r in self.model.loaded_rows() if r.state != "settled"]
        if not rows:
            QMessageBox.information(self, _t("打印本栋通知单"), _t("当前列表中没有未结清的欠费。"))
            return
        if not self.building.currentData():
            answer = QMessageBox.question(
                self, _t("打印本栋通知单"), _t("未选择楼栋，将打印当前列表中全部 {0} 户的通知单，继续吗？").format(len(rows))
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            doc = self.service.notices(self.ctx.user, [r.id for r in rows])
        except ServiceError as exc:
            QMessageBox.warning(self, _t("打印本栋通知单"), error_message(exc))
            return
        self.preview = open_preview(self, doc)
        self.reload()

    def show_statistics(self) -> None:
        self.stats_dialog = ArrearsStatsDialog(self)
        self.stats_dialog.open()


class ArrearsStatsDialog(ContextDialog):
    """催缴统计: rooms and amounts in arrears, contacted, promised, settled after contact; the
    reasons owners gave (what the supervisor follows up); per building."""

    def __init__(self, tab: ArrearsTab) -> None:
        super().__init__(tab.ctx, tab, _t("催缴统计"), (560, 560))
        self.setObjectName("arrears_stats")
        self.tab = tab
        st = tab.service.statistics(tab.ctx.user)
        self.figures = QLabel(
            _t(
                "欠费未结清：{0} 户，合计 {1} 元\n已联系上：{2} 户　已承诺缴费：{3} 户\n"
                "已结清：{4} 户，其中联系后缴清 {5} 户，{6} 元"
            ).format(
                st.rooms,
                f"{st.amount:,.2f}",
                st.contacted,
                st.promised,
                st.settled,
                st.settled_after_contact,
                f"{st.settled_after_contact_amount:,.2f}",
            )  # fmt: skip
        )
        self.figures.setObjectName("stats_figures")
        self.reasons = QTableWidget(len(st.reasons), 2)
        self.reasons.setObjectName("stats_reasons")
        self.reasons.setHorizontalHeaderLabels([_t("欠费原因"), _t("次数")])
        for i, (reason, n) in enumerate(st.reasons):
            self.reasons.setItem(i, 0, QTableWidgetItem(QCoreApplication.translate("RecordKind", reason)))
            self.reasons.setItem(i, 1, number_item(str(n)))
        self.buildings = QTableWidget(len(st.by_building), 3)
        self.buildings.setHorizontalHeaderLabels([_t("楼栋"), _t("欠费户数"), _t("欠费金额（元）")])
        for i, (b, n, amount) in enumerate(st.by_building):
            for j, text in enumerate((b, str(n), f"{amount:,.2f}")):
                self.buildings.setItem(i, j, number_item(text) if j else QTableWidgetItem(text))
        for t in (self.reasons, self.buildings):
            t.verticalHeader().hide()
            t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            t.horizontalHeader().setStretchLastSection(True)
        export = button(_t("导出 Excel…"), "stats_export", self.export)
        lay = QVBoxLayout(self)
        lay.addWidget(self.figures)
        lay.addWidget(QLabel(_t("业主提出的欠费原因（已联系上的催缴记录）")))
        lay.addWidget(self.reasons, 1)
        lay.addWidget(QLabel(_t("各楼栋欠费")))
        lay.addWidget(self.buildings, 1)
        lay.addWidget(export)

    def export(self) -> None:
        path = ask_path(self, _t("催缴统计.xlsx"))
        if path is None:
            return
        try:
            self.tab.service.export_statistics(self.ctx.user, path)
        except ServiceError as exc:
            QMessageBox.warning(self, _t("催缴统计"), error_message(exc))
            return
        QMessageBox.information(self, _t("催缴统计"), _t("已导出到 {0}").format(str(path)))
