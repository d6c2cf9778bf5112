"""Conflicts behave one way everywhere: someone else saved the record since this counter loaded
it, so nothing was written. The dialog shows their values beside mine, field by field; the user
keeps theirs (the form reloads) or applies mine again on top of theirs (saved against their
version, so a third save in between is caught again)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.errors import ServiceError
from frontdesk.ui.common.messages import error_message

Rec = TypeVar("Rec")

#: how tests and scripted runs answer the conflict question instead of the dialog
Answer = Callable[[Sequence["FieldDiff"]], "Choice"]


class Choice(Enum):
    KEEP_THEIRS = "theirs"
    APPLY_MINE = "mine"


@dataclass(frozen=True)
class FieldDiff:
    label: str
    mine: str
    theirs: str

    @property
    def differs(self) -> bool:
        return self.mine != self.theirs


class ConflictDialog(QDialog):
    def __init__(self, diffs: Sequence[FieldDiff], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("别人刚刚修改了这条记录"))
        self.choice = Choice.KEEP_THEIRS
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "您打开这条记录后，另一个前台保存了修改，您的修改尚未保存。请对比后选择：保留对方的内容，或在对方内容上重新应用您的修改。"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        shown = [d for d in diffs if d.differs] or list(diffs)
        table = QTableWidget(len(shown), 3, self)
        table.setObjectName("conflict_table")
        table.setHorizontalHeaderLabels([self.tr("项目"), self.tr("我的修改"), self.tr("对方保存的")])
        for i, d in enumerate(shown):
            for j, text in enumerate((d.label, d.mine, d.theirs)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if j and d.differs:
                    item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(i, j, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        layout.addWidget(table)
        buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self.tr("保留对方的"), self)
        self.keep_button.setObjectName("conflict_keep_theirs")
        self.apply_button = QPushButton(self.tr("重新应用我的修改"), self)
        self.apply_button.setObjectName("conflict_apply_mine")
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.clicked.connect(self.on_keep_button_clicked)
        self.apply_button.clicked.connect(self.on_apply_button_clicked)
        layout.addWidget(buttons)
        self.keep_button.setDefault(True)
        self.resize(640, 320)

    def on_keep_button_clicked(self) -> None:
        self.choice = Choice.KEEP_THEIRS
        self.reject()

    def on_apply_button_clicked(self) -> None:
        self.choice = Choice.APPLY_MINE
        self.accept()


def resolve_conflict(
    parent: QWidget | None,
    diffs: Sequence[FieldDiff],
    keep_theirs: Callable[[], None],
    apply_mine: Callable[[], None],
    *,
    ask: Callable[[Sequence[FieldDiff]], Choice] | None = None,
) -> Choice:
    """Ask (modal), then act. ``ask`` replaces the dialog in tests and scripted runs."""
    if ask is not None:
        choice = ask(diffs)
    else:
        dlg = ConflictDialog(diffs, parent)
        dlg.exec()
        choice = dlg.choice
    if choice is Choice.APPLY_MINE:
        apply_mine()
    else:
        keep_theirs()
    return choice


def shown_value(value: object) -> str:
    """A field's value as the conflict table shows it: empty for None, 是/否, local minutes."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("conflict", "是") if value else QCoreApplication.translate("conflict", "否")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "、".join(shown_value(v) for v in value)
    return str(value)


def _read(source: object, key: str) -> object:
    return source.get(key) if isinstance(source, Mapping) else getattr(source, key, None)


def field_diffs(labels: Sequence[tuple[str, str]], mine: object, theirs: object) -> list[FieldDiff]:
    """The dialog's rows from a form's field labels: ``labels`` is (field name, label) in the
    form's order; ``mine`` and ``theirs`` are mappings or objects carrying those fields (the
    typed input, their saved record). Every form builds its diff list this one way."""
    return [FieldDiff(label, shown_value(_read(mine, key)), shown_value(_read(theirs, key))) for key, label in labels]


def resolve_stale(
    parent: QWidget,
    title: str,
    fetch_current: Callable[[], Rec],
    diffs: Callable[[Rec], list[FieldDiff]],
    keep_theirs: Callable[[Rec], None],
    apply_mine: Callable[[Rec], Any],
    ask: Answer | None = None,
) -> bool:
    """A save or step refused as stale (ConflictError): fetch their record, show theirs beside
    mine, then keep theirs (``keep_theirs``, given their record when it takes one) or apply mine
    again on top of theirs (``apply_mine(theirs)``: the same call against their version, so a
    third save in between comes back here). True when mine was applied and went through; a
    record that cannot be fetched any more is said in a message box titled ``title``."""
    try:
        theirs = fetch_current()
    except ServiceError as exc:
        QMessageBox.warning(parent, title, error_message(exc))
        return False
    outcome = [False]

    def keep() -> None:
        keep_theirs(theirs)

    def again() -> None:
        outcome[0] = bool(apply_mine(theirs))

    resolve_conflict(parent, diffs(theirs), keep, again, ask=ask)
    return outcome[0]


class AsksOnConflict:
    """For a dialog or view whose save can be refused as stale: the ``conflict_answer`` hook
    (tests answer the question there, as on RecordTab and ServiceForm) and :meth:`on_stale`."""

    #: tests and scripted runs answer the conflict question here instead of a dialog
    conflict_answer: Answer | None = None

    def on_stale(
        self,
        title: str,
        fetch_current: Callable[[], Rec],
        diffs: Callable[[Rec], list[FieldDiff]],
        keep_theirs: Callable[[Rec], None],
        apply_mine: Callable[[Rec], Any],
    ) -> bool:
        assert isinstance(self, QWidget)
        return resolve_stale(self, title, fetch_current, diffs, keep_theirs, apply_mine, self.conflict_answer)
