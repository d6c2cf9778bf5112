"""温馨提示: drafted from a template, approved by a supervisor, published and printed as a
poster, taken down; shown at the call log while in force for the caller's room."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.kind_tab import KindTab
from frontdesk.ui.common.messages import add_messages

add_messages(
    "Tip",
    fields={
        "scope_items_required": QT_TRANSLATE_NOOP("Tip", "请填写楼栋或单元，如 3-5 或 3-2"),
        "scope_unreadable": QT_TRANSLATE_NOOP("Tip", "“{value}”无法识别：楼栋如 3-5、3、4、7；单元如 3-2、4-1"),
        "scope_unknown_building": QT_TRANSLATE_NOOP("Tip", "业户档案中没有 {value} 栋"),
        "scope_unknown_unit": QT_TRANSLATE_NOOP("Tip", "业户档案中没有单元 {value}"),
    },
    errors={"tip_expired": QT_TRANSLATE_NOOP("Tip", "温馨提示 {number} 已过截止日期，不能发布；请作废后重新起草。")},
)


class TipTab(KindTab):
    """The generic kind tab; the buildings/units box is open only when the scope names some."""

    feature_key = "tips"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        editors = self.form.fields.editors
        self._scope: QComboBox = editors["scope"]  # type: ignore[assignment]
        self._items = editors["scope_items"]
        self._scope.currentIndexChanged.connect(self.on_scope_currentIndexChanged)
        self.on_scope_currentIndexChanged()

    def on_scope_currentIndexChanged(self, *_args: object) -> None:
        self._items.setEnabled(self._scope.currentData() != "整个项目")
