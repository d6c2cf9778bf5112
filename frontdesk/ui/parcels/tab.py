"""快递/包裹代收: the generic record tab, with a pick-up box under the form: type the pick-up code,
Enter, and the parcel is selected and its 取件 dialog opens with the code filled in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.ui.common.kind_tab import KindTab
from frontdesk.ui.common.messages import add_messages

add_messages(
    "Parcels",
    fields={
        "wrong_pickup_code": QT_TRANSLATE_NOOP("Parcels", "取件码不对，请核对短信中的取件码"),
        "code_or_id_required": QT_TRANSLATE_NOOP("Parcels", "请填写取件码，或核验收件人身份证后填写身份证号"),
    },
)


def _t(text: str) -> str:
    return QCoreApplication.translate("ParcelTab", text)


class ParcelTab(KindTab):
    feature_key = "parcels"

    def side_panel(self) -> QWidget | None:
        box = QGroupBox(_t("凭取件码取件"))
        self.code = QLineEdit()
        self.code.setObjectName("pickup_code_box")
        self.code.setPlaceholderText(_t("输入取件码后按回车"))
        self.code.setMaxLength(6)
        self.code.returnPressed.connect(self.pick_up_by_code)
        self.code_note = QLabel()
        self.code_note.setObjectName("pickup_code_note")
        self.code_note.setStyleSheet("color:#b42318")
        row = QHBoxLayout(box)
        label = QLabel(_t("取件码(&K)"))
        label.setBuddy(self.code)
        row.addWidget(label)
        row.addWidget(self.code, 1)
        row.addWidget(self.code_note, 2)
        return box

    def pick_up_by_code(self) -> None:
        code = self.code.text().strip()
        found = self.service.find_code(self.ctx.user, code) if code else None
        if found is None:
            self.code_note.setText(_t("没有待取的包裹使用取件码“{0}”").format(code) if code else "")
            return
        self.code_note.clear()
        self.open_record("parcel", found.id)
        action = next(a for a in self.spec.actions if a.name == "pickup")
        self.take(action, {"pickup_code": code})
        self.code.clear()
