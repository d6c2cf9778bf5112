"""One field for "project + room": a project combo (全部项目 first) and the room line edit.

A room code may exist in several projects (青竹园 3-1-502 and 肯彤名邸 3-1-502): the project
combo is how the user says which one. With a single project the combo is hidden and adds no Tab
stop; with several it sits left of the room, before it in the Tab order (forms call
``tab_chain()``). The field's focus goes to the room edit."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from frontdesk.ui.common.context import UiContext


class _RoomEdit(QLineEdit):
    """The room line: never narrower than its placeholder (QA: "3-2-1502 / 3栋2单元…" was cut off
    in the pass and notice forms)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        wanted = self.fontMetrics().horizontalAdvance(self.placeholderText()) + 16 if self.placeholderText() else 0
        return QSize(max(hint.width(), wanted), hint.height())


class RoomField(QWidget):
    """``project_id()`` (None for 全部项目 or a single-project estate), ``text()``,
    ``set(project_id, code)``; ``edit`` is the room QLineEdit, ``project`` the combo."""

    # the user chose another project (forms look the room up again)
    projectChanged = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, name: str = "room") -> None:
        super().__init__(parent)
        self.projects = ctx.services.registry.projects()
        self.project = QComboBox()
        self.project.setObjectName(f"{name}_project")
        self.project.addItem(self.tr("全部项目"), None)
        for pid, pname in self.projects:
            self.project.addItem(pname, pid)
        self.project.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        widest = max(self.fontMetrics().horizontalAdvance(self.project.itemText(i)) for i in range(self.project.count()))
        self.project.setMinimumWidth(widest + 36)
        self.project.setToolTip(self.tr("同一房号在几个项目中都有时，先选项目"))
        self.project.setVisible(self.multi)
        self.edit = _RoomEdit()
        self.edit.setObjectName(name)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.project)
        lay.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)
        self.project.currentIndexChanged.connect(lambda _i: self.projectChanged.emit())

    @property
    def multi(self) -> bool:
        """Several projects: the combo is shown and its choice counts."""
        return len(self.projects) > 1

    def tab_chain(self) -> list[QWidget]:
        """The Tab stops of this field in order: the combo (only when shown), then the room."""
        return [self.project, self.edit] if self.multi else [self.edit]

    def project_id(self) -> int | None:
        if not self.multi:
            return None
        data = self.project.currentData()
        return int(data) if data is not None else None

    def project_id_named(self, name: str) -> int | None:
        return next((pid for pid, pname in self.projects if pname == name), None)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, code: str) -> None:  # noqa: N802 (Qt naming, like QLineEdit)
        self.edit.setText(code)

    def set(self, project_id: int | None, code: str) -> None:
        """Show a room in its project (the combo keeps its choice when the project is unknown)."""
        if self.multi and project_id is not None:
            i = self.project.findData(project_id)
            if i >= 0:
                self.project.blockSignals(True)
                self.project.setCurrentIndex(i)
                self.project.blockSignals(False)
        self.edit.setText(code)

    def clear(self) -> None:
        """Empty the room; the project stays as chosen (the next entry is usually the same estate)."""
        self.edit.clear()

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802
        self.project.setEnabled(not read_only)
        self.edit.setReadOnly(read_only)

    def isReadOnly(self) -> bool:  # noqa: N802
        return self.edit.isReadOnly()
