"""The parts every step page shares: the step names, the words of the timeline, the read-only
record box and the page shape (its record above, its form below)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.clock import to_local
from frontdesk.services.complaints import ComplaintDetail
from frontdesk.ui.common.conflict import FieldDiff, field_diffs
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.form_parts import Row, add_rows, field_value, form_grid, text_box
from frontdesk.ui.common.forms import FieldErrors
from frontdesk.ui.complaints.models import state_names

STEP_NAMES = (
    QT_TRANSLATE_NOOP("complaints", "受理"),
    QT_TRANSLATE_NOOP("complaints", "判断"),
    QT_TRANSLATE_NOOP("complaints", "调查"),
    QT_TRANSLATE_NOOP("complaints", "方案"),
    QT_TRANSLATE_NOOP("complaints", "实施"),
    QT_TRANSLATE_NOOP("complaints", "回访与总结"),
)
DONE_COLOR, CURRENT_COLOR, FUTURE_COLOR, ENDED_COLOR = "#27ae60", "#2471a3", "#aab2bd", "#7f8c8d"
RECORD_STYLE = "QFrame#record { background:#f7f9fb; border:1px solid #e1e5ea; border-radius:4px; }"


def _t(text: str) -> str:
    return QCoreApplication.translate("complaints", text)


B = TypeVar("B", bound=QAbstractButton)

#: the steps by keyboard (listed in 帮助 → 使用指南): Ctrl+ the step's number takes the step shown
#: (判断 2 … 回访与总结 6, as the step bar numbers them); 退回修改 is Ctrl+R, saving a corrected
#: intake Ctrl+S. A step's key acts only while its button is shown, i.e. while the step is due
#: and this user may take it (a button's own shortcut is live only while it is visible and enabled).
STEP_KEYS = {
    "edit_intake": "Ctrl+1",
    "save_intake": "Ctrl+S",
    "cancel_intake": "Esc",
    "submit_judge": "Ctrl+2",
    "submit_investigate": "Ctrl+3",
    "submit_propose": "Ctrl+4",
    "approve": "Ctrl+4",
    "send_back": "Ctrl+R",
    "submit_implement": "Ctrl+5",
    "record_callback": "Ctrl+6",
    "submit_close": "Ctrl+6",
    "print_form": "Ctrl+P",
}


def keyed(b: B) -> B:
    """Show the button's key (:data:`STEP_KEYS`, by its object name) on it and bind it."""
    key = STEP_KEYS[b.objectName()]
    b.setText(f"{b.text()}（{key}）")
    b.setShortcut(QKeySequence(key))  # (after the text: setText resets a button's key)
    return b


def event_names() -> dict[str, str]:
    return {
        "accept": _t("受理"), "edit": _t("修改受理信息"), "escalate": _t("升级为重大投诉"),
        "judge_valid": _t("判断：投诉成立"), "judge_invalid": _t("判断：投诉不成立，已答复"),
        "investigate": _t("调查完成"), "propose": _t("提交处理方案"), "approve": _t("主管批准方案"),
        "return": _t("主管退回方案"), "implement": _t("实施完成，投诉人接受"),
        "not_accepted": _t("实施：投诉人不接受"), "callback": _t("回访"),
        "reopen": _t("回访不满意，重新实施"),
        "close": _t("总结并关闭"), "print": _t("打印登记表"), "reprint": _t("重印登记表"),
        "alert": _t("重大投诉：已报警通知主管"), "alert_ack": _t("主管确认报警"),
    }  # fmt: skip


def field_names() -> dict[str, str]:
    return {
        "complainant": _t("投诉人"), "room_id": _t("房号"), "phone": _t("联系电话"), "received_at": _t("投诉时间"),
        "channel": _t("投诉方式"), "category": _t("投诉类别"), "content": _t("投诉内容"), "severity": _t("严重程度"),
    }  # fmt: skip


def satisfaction_names() -> dict[str, str]:
    return {"satisfied": _t("满意"), "basic": _t("基本满意"), "unsatisfied": _t("不满意")}


def when(value: datetime | None) -> str:
    return to_local(value).strftime("%Y-%m-%d %H:%M") if value is not None else ""


def _text_edit(name: str, placeholder: str, height: int = 70) -> QPlainTextEdit:
    w = text_box(name, placeholder)
    w.setMinimumHeight(height)
    w.setMaximumHeight(int(height * 1.4))
    return w


class RecordBox(QFrame):
    """What a step recorded, read-only: label → value rows and a 'who, when' footer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record")
        self.setStyleSheet(RECORD_STYLE)
        self._form = QFormLayout(self)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    def set_rows(self, rows: list[tuple[str, str]], footer: str = "") -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        for label, value in rows:
            v = QLabel(value or "—")
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            v.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self._form.addRow(QLabel(label), v)
        if footer:
            f = QLabel(footer)
            f.setObjectName("record_footer")
            f.setStyleSheet("color:#666; font-size:12px;")
            self._form.addRow(f)
        self.setVisible(bool(rows or footer))

    def text(self) -> str:
        """Everything shown, for tests and screen readers."""
        parts = []
        for i in range(self._form.count()):
            item = self._form.itemAt(i)
            w = item.widget() if item is not None else None
            if isinstance(w, QLabel):
                parts.append(w.text())
        return "\n".join(parts)


class StepPage(QWidget):
    """One step: its record (when done) above, its form (when due and allowed) below."""

    submitted = Signal()

    def __init__(self, ctx: UiContext, step: int, run: Callable[[Callable[[int], ComplaintDetail]], bool]) -> None:
        super().__init__()
        self.ctx = ctx
        self.step = step
        self._run = run
        self.detail: ComplaintDetail | None = None
        self.errors = FieldErrors()
        self.labels: dict[str, str] = {}  # the form's field labels by name, for the conflict dialog
        self.title = QLabel()
        self.title.setStyleSheet("font-size:15px; font-weight:bold;")
        self.record = RecordBox()
        self.status = QLabel()
        self.status.setObjectName(f"step{step}_status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color:#555;")
        self.form_box = QWidget()
        self.form_box.setObjectName(f"step{step}_form")
        # the page's buttons, pinned under its scrolling form, so that a long
        # form never pushes them below the fold (each shows while its form shows)
        self.action_row = QWidget()
        self.action_row.setObjectName(f"step{step}_actions")
        self.actions_lay = QVBoxLayout(self.action_row)
        self.actions_lay.setContentsMargins(0, 0, 0, 0)
        self._pinned: list[tuple[QWidget, QWidget]] = []
        # the record and the form scroll; the action row stays pinned below them
        body = QWidget()
        self.body_lay = lay = QVBoxLayout(body)
        lay.addWidget(self.title)
        lay.addWidget(self.record)
        lay.addWidget(self.status)
        lay.addWidget(self.form_box)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.action_row)
        self.title.setText(_t("第{0}步　{1}").format(step, _t(str(STEP_NAMES[step - 1]))))

    def form_rows(self, rows: Iterable[Row], *under: QWidget | QLayout, above: QWidget | None = None) -> QFormLayout:
        """This page's form: ``above`` (a note across the form), then ``rows`` with their error
        labels, then ``under`` (its buttons) below the fields."""
        form = form_grid(self.form_box)
        if above is not None:
            form.addRow(above)
        rows = list(rows)
        self.labels.update({name: text for text, name, _field in rows})
        add_rows(self.errors, form, rows)
        for part in under:
            self.pin(self.form_box, part)
        return form

    def pin(self, box: QWidget, part: QWidget | QLayout) -> None:
        """Put ``part`` (a row of buttons) in the page's pinned action row; it shows while
        ``box`` (the form it submits) shows."""
        if isinstance(part, QLayout):
            holder = QWidget()
            holder.setLayout(part)
            part = holder
        self.actions_lay.addWidget(part)
        self._pinned.append((box, part))
        part.setVisible(not box.isHidden())
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            for box, part in self._pinned:
                if box is watched:
                    part.setVisible(not box.isHidden())
        return super().eventFilter(watched, event)

    def load(self, d: ComplaintDetail, *, same_record: bool) -> None:
        """Show ``d``. On the same record (a reload after a conflict) the typed text is kept."""
        self.detail = d
        if not same_record:
            self.clear_form()
        self.errors.clear()
        self.fill(d)

    def clear_form(self) -> None: ...

    def fill(self, d: ComplaintDetail) -> None: ...

    def allowed(self) -> set[str]:
        return set(self.detail.allowed) if self.detail else set()

    #: the step the page's submit button takes: the name of a ComplaintService step method
    action = ""

    #: the page's form as that step method's keywords: keyword → the page's field attribute
    fields: ClassVar[dict[str, str]] = {}

    def values(self) -> dict[str, Any]:
        """What the page's form holds, as that step method's keyword arguments."""
        return {key: field_value(getattr(self, attr)) for key, attr in self.fields.items()}

    def on_go_clicked(self) -> None:
        """The submit button: take the page's step with what its form holds."""
        self.take(getattr(self.ctx.services.complaints, self.action), **self.values())

    def take(self, step: Callable[..., ComplaintDetail], *args: Any, **fields: Any) -> None:
        """Take this page's step (a service step method) on the complaint shown, against the
        version shown: ``step(user, id, *args, expected_version=…, **fields)``."""
        d = self.detail
        if d is None:
            return
        self.submit(lambda version: step(self.ctx.user, d.id, *args, expected_version=version, **fields))

    def describe(self, theirs: ComplaintDetail) -> list[FieldDiff]:
        """Mine beside theirs for the conflict dialog: the state, then what this page's form
        holds beside what their record has for those fields."""
        words, mine = state_names(), self.detail
        state = [FieldDiff(_t("状态"), words.get(mine.state.value, "") if mine else "", words[theirs.state.value])]
        values = self.values()
        return state + field_diffs([(k, self.labels.get(k, k)) for k in values], values, theirs)

    def submit(self, call: Callable[[int], ComplaintDetail]) -> None:
        if self._run(call):
            self.clear_form()
