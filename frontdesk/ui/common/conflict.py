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
    QFrame,
    QHBoxLayout,
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


def _t(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


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


def diff_table(diffs: Sequence[FieldDiff], parent: QWidget) -> QTableWidget:
    """The fields that differ (all of them when none does): 项目 | 我的修改 | 对方保存的."""
    shown = [d for d in diffs if d.differs] or list(diffs)
    table = QTableWidget(len(shown), 3, parent)
    table.setObjectName("conflict_table")
    table.setHorizontalHeaderLabels([_t("项目"), _t("我的修改"), _t("对方保存的")])
    for i, d in enumerate(shown):
        for j, text in enumerate((d.label, d.mine, d.theirs)):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(text)
            if j and d.differs:
                item.setForeground(Qt.GlobalColor.darkRed)
            table.setItem(i, j, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    return table


def choice_buttons(parent: QWidget, choose: Callable[[Choice], None]) -> tuple[QPushButton, QPushButton]:
    """The two answers, worded and named the same wherever the question is asked."""
    keep = QPushButton(_t("保留对方的"), parent)
    keep.setObjectName("conflict_keep_theirs")
    apply = QPushButton(_t("重新应用我的修改"), parent)
    apply.setObjectName("conflict_apply_mine")
    keep.clicked.connect(lambda: choose(Choice.KEEP_THEIRS))
    apply.clicked.connect(lambda: choose(Choice.APPLY_MINE))
    return keep, apply


class ConflictDialog(QDialog):
    """The question asked modally: where a save is one click (a dialog, a step, a list action)."""

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
        layout.addWidget(diff_table(diffs, self))
        buttons = QDialogButtonBox(self)
        self.keep_button, self.apply_button = choice_buttons(self, self.choose)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(buttons)
        self.keep_button.setDefault(True)
        self.resize(640, 320)

    def choose(self, choice: Choice) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Accepted if choice is Choice.APPLY_MINE else QDialog.DialogCode.Rejected)


class ConflictPanel(QFrame):
    """The same question shown inline, above a form the user keeps typing in (the call-log
    entry form: a counter mid-call must not be blocked by a modal box). Same table, same two
    answers; :meth:`ask` shows it, and the chosen answer runs keep_theirs or apply_mine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_panel")
        self.setStyleSheet("#conflict_panel { background: #fff7e6; border: 1px solid #f0b429; border-radius: 4px; }")
        self.message = QLabel(self)
        self.message.setStyleSheet("font-weight: bold; color: #8a4b00;")
        self.message.setWordWrap(True)
        self.table = diff_table([], self)
        self.keep_button, self.apply_button = choice_buttons(self, self.choose)
        self._actions: dict[Choice, Callable[[], None]] = {}
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.message)
        self._layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keep_button)
        row.addWidget(self.apply_button)
        self._layout.addLayout(row)
        self.hide()

    def ask(
        self,
        message: str,
        diffs: Sequence[FieldDiff],
        keep_theirs: Callable[[], None],
        apply_mine: Callable[[], None],
        *,
        answer: Answer | None = None,
    ) -> None:
        """Show theirs beside mine with ``message``; ``answer`` (tests) answers at once."""
        if answer is not None:
            (apply_mine if answer(diffs) is Choice.APPLY_MINE else keep_theirs)()
            return
        self._actions = {Choice.KEEP_THEIRS: keep_theirs, Choice.APPLY_MINE: apply_mine}
        self.message.setText(message)
        table = diff_table(diffs, self)
        self._layout.replaceWidget(self.table, table)
        self.table.deleteLater()
        self.table = table
        rows = sum(table.rowHeight(i) for i in range(table.rowCount()))
        table.setFixedHeight(table.horizontalHeader().height() + rows + 4)
        self.show()
        self.apply_button.setFocus()

    def choose(self, choice: Choice) -> None:
        action = self._actions.get(choice)
        self.dismiss()
        if action is not None:
            action()

    def dismiss(self) -> None:
        self._actions = {}
        self.hide()


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
