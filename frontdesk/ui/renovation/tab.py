"""装修管理: the generic record tab, plus what is this kind's own: the print button offers the
three forms (装修许可证, 施工人员出入证, 装修验收单); an inspection that found a violation prints
its 整改通知单 at once; an acceptance prints the 装修验收单; only the actions the selected record
allows are shown (there are many, few at a time)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from frontdesk.printing.printable import PdfDocument
from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.services.core.records import KindAction
from frontdesk.services.errors import ServiceError
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.kind_tab import KindTab
from frontdesk.ui.common.messages import add_messages, error_message
from frontdesk.ui.common.print_action import open_preview

CONTEXT = "Renovation"

add_messages(
    CONTEXT,
    fields={
        "end_before_start": QT_TRANSLATE_NOOP("Renovation", "计划完工日期不能早于开工日期"),
        "receipt_required": QT_TRANSLATE_NOOP("Renovation", "收取了押金或清运费，请填写收据号"),
        "duplicate_worker": QT_TRANSLATE_NOOP("Renovation", "这个身份证号已经登记在上面的施工人员中"),
        "deduction_over_deposit": QT_TRANSLATE_NOOP("Renovation", "扣除金额不能超过所收押金"),
        "not_all_passed": QT_TRANSLATE_NOOP("Renovation", "有检查项目不合格时不能验收通过，请选“验收不通过”"),
    },
    errors={
        "not_approved": QT_TRANSLATE_NOOP("Renovation", "装修申请尚未审核通过，不能打印许可证和出入证"),
        "no_workers": QT_TRANSLATE_NOOP("Renovation", "这份装修登记没有登记施工人员"),
    },
)

#: the forms the print button offers: (code for the service, words)
FORMS = (
    ("permit", QT_TRANSLATE_NOOP("Renovation", "装修许可证 (Ctrl+P)")),
    ("cards", QT_TRANSLATE_NOOP("Renovation", "施工人员出入证")),
    ("acceptance", QT_TRANSLATE_NOOP("Renovation", "装修验收单")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Renovation", text)


class RenovationTab(KindTab):
    feature_key = "renovation"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.print_menu = QMenu(self)
        self.print_menu.setObjectName("renovation_print_menu")
        self.print_actions: dict[str, QAction] = {}
        for code, words in FORMS:
            act = self.print_menu.addAction(_t(words))
            act.triggered.connect(lambda _=False, code=code: self.print_form(code))
            self.print_actions[code] = act
        self.print_button.setText(_t("打印…"))
        self.print_button.setMenu(self.print_menu)
        self.show_current(None)
        self._relayout()

    def show_current(self, row: Any) -> None:
        super().show_current(row)
        allowed: frozenset[str] = getattr(row, "allowed", frozenset()) if row is not None else frozenset()
        for name, b in self.action_buttons.items():
            b.setVisible(name in allowed)

    def _relayout(self) -> None:
        """Hiding buttons of a widget not shown yet leaves the cached sizes of its layouts and
        of the widgets around it as they were (as wide as every button): drop them, up to the tab."""
        widget: QWidget | None = self.print_button.parentWidget()
        while widget is not None:
            lay = widget.layout()
            if lay is not None:
                for i in range(lay.count()):
                    item = lay.itemAt(i)
                    inner = item.layout() if item is not None else None
                    if inner is not None:
                        inner.invalidate()
                lay.invalidate()
            widget.updateGeometry()
            if widget is self:
                break
            widget = widget.parentWidget()

    def print_form(self, what: str) -> None:
        row = self.records.current()
        if row is None:
            return
        try:
            doc = self.service.printable(self.ctx.user, row.id, what)
        except ServiceError as exc:
            QMessageBox.warning(self, _t("打印"), error_message(exc))
            return
        self.preview = open_preview(self, doc)

    def _after_action(self, action: KindAction, row: Any) -> None:
        super()._after_action(action, row)
        self.show_current(row)  # the detail as the action left it (an inspection, a refund)
        if action.name == "inspect":
            notice_id = self.service.last_notice(self.ctx.user, row.id)
            if notice_id is not None:
                self.print_notice(notice_id)
        elif action.name in ("accept", "fail"):
            self.print_form("acceptance")
        elif action.name == "approve":
            self.print_form("permit")

    def print_notice(self, notice_id: int) -> None:
        """The 整改通知单 a violation opened, both copies, as the notices tab prints it."""
        from frontdesk.printing.rectification_notice_pdf import render_notice

        try:
            printed = self.ctx.services.notices.print_data(self.ctx.user, notice_id)
        except ServiceError as exc:
            QMessageBox.warning(self, _t("打印"), error_message(exc))
            return
        number = printed.detail.number
        doc = PdfDocument(_t("整改通知单 {0}").format(number), f"整改通知单_{number}.pdf", lambda: render_notice(printed))
        self.preview = open_preview(self, doc)
