"""The 致 (recipient) column of the handover's messages: staff names to pick, any name to type."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class RecipientDelegate(QStyledItemDelegate):
    """An editable combo of staff names for the 致 column; any other name may be typed too."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names

    def createEditor(  # noqa: N802 (Qt override)
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(self._names)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setEditText(str(index.data() or ""))

    def setModelData(self, editor: QWidget, model, index) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText().strip())
