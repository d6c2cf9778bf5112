"""One complaint: its six steps as pages (what was recorded, by whom and when; the form for the
step now due), and its timeline. The service decides what may be done; this view only offers it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.complaints import ComplaintDetail, State
from frontdesk.services.core.changes import call_op
from frontdesk.services.errors import ConflictError, InvalidTransition, ServiceError, ValidationError
from frontdesk.ui.common.conflict import AsksOnConflict
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.form_parts import first_field
from frontdesk.ui.common.forms import ERROR_STYLE
from frontdesk.ui.common.labels import data_word
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import publish
from frontdesk.ui.common.tab_parts import button, info_label
from frontdesk.ui.complaints.models import due_text, state_names
from frontdesk.ui.complaints.step_base import (
    CURRENT_COLOR,
    DONE_COLOR,
    ENDED_COLOR,
    FUTURE_COLOR,
    STEP_NAMES,
    StepPage,
    _t,
    event_names,
    keyed,
    satisfaction_names,
    when,
)
from frontdesk.ui.complaints.step_pages import (
    AcceptPage,
    CallbackClosePage,
    ImplementPage,
    InvestigatePage,
    JudgePage,
    ProposePage,
)


def empty_hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color:#888; font-size:14px;")
    return label


def bare_column() -> tuple[QWidget, QVBoxLayout]:
    """A widget and its column layout without margins (a body inside a view that has its own)."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    return box, lay


class ComplaintDetailView(AsksOnConflict, QWidget):
    """Header, the six-step bar, the step pages, and the timeline of one complaint."""

    #: a step was taken (complaint id)
    step_taken = Signal(int)
    print_requested = Signal(int)
    callback_requested = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: ComplaintDetail | None = None
        self.number = info_label("detail_number", style="font-size:17px; font-weight:bold;")
        self.state = QLabel()
        self.state.setObjectName("detail_state")
        self.severity = QLabel()
        self.severity.setObjectName("detail_severity")
        self.due = QLabel()
        self.due.setObjectName("detail_due")
        self.print_button = keyed(button(self.tr("打印登记表"), "print_form", self.on_print_clicked))
        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addWidget(self.state)
        head.addWidget(self.severity)
        head.addWidget(self.due)
        head.addStretch(1)
        head.addWidget(self.print_button)
        self.banner = info_label("detail_banner", style=ERROR_STYLE + "background:#fdecea; padding:6px;", wrap=True)
        self.reload_button = button(self.tr("重新载入"), "reload", self.on_reload_clicked)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.reload_button)
        self.banner_box = QWidget()
        self.banner_box.setLayout(banner_row)
        self.banner_box.hide()
        # the step bar
        self.step_buttons: list[QToolButton] = []
        bar = QHBoxLayout()
        bar.setSpacing(4)
        group = QButtonGroup(self)
        group.setExclusive(True)
        for i, name in enumerate(STEP_NAMES, start=1):
            b = QToolButton()
            b.setObjectName(f"step_button_{i}")
            b.setCheckable(True)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setMinimumHeight(34)
            b.setText(f"{i} {_t(str(name))}")
            group.addButton(b, i)
            bar.addWidget(b)
            self.step_buttons.append(b)
        group.idClicked.connect(self.show_step)
        self.stack = QStackedWidget()
        self.pages: list[StepPage] = [
            AcceptPage(ctx, self._run),
            JudgePage(ctx, self._run),
            InvestigatePage(ctx, self._run),
            ProposePage(ctx, self._run),
            ImplementPage(ctx, self._run),
            CallbackClosePage(ctx, self._run),
        ]
        for p in self.pages:
            self.stack.addWidget(p)  # (each page scrolls its form and pins its buttons below)
        self.implement_page.print_requested.connect(self.on_print_clicked)
        self.close_page.callback_requested.connect(self.on_callback_clicked)
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels([self.tr("时间"), self.tr("步骤"), self.tr("经办人"), self.tr("内容")])
        self.timeline.setColumnWidth(0, 130)
        self.timeline.setColumnWidth(1, 200)
        self.timeline.setColumnWidth(2, 70)
        self.timeline.setMaximumHeight(130)
        self.empty = empty_hint(self.tr("请在左侧选择一条投诉，或点“新建投诉”受理。"))
        self.body, body = bare_column()
        body.addLayout(head)
        body.addWidget(self.banner_box)
        body.addLayout(bar)
        body.addWidget(self.stack, 1)
        body.addWidget(QLabel(self.tr("处理记录")))
        body.addWidget(self.timeline)
        lay = QVBoxLayout(self)
        lay.addWidget(self.empty, 1)
        lay.addWidget(self.body, 1)
        self.body.hide()

    @property
    def implement_page(self) -> ImplementPage:
        return self.pages[4]  # type: ignore[return-value]

    @property
    def close_page(self) -> CallbackClosePage:
        return self.pages[5]  # type: ignore[return-value]

    def page(self, step: int) -> StepPage:
        return self.pages[step - 1]

    def current_step(self) -> int:
        return self.stack.currentIndex() + 1

    # --- loading ----------------------------------------------------------------------------------

    def show_complaint(self, complaint_id: int | None) -> None:
        if complaint_id is None:
            self.detail = None
            self.body.hide()
            self.empty.show()
            return
        try:
            d = self.ctx.services.complaints.get(self.ctx.user, complaint_id)
        except ServiceError as exc:
            self.show_banner(error_message(exc), reload=False)
            return
        same = self.detail is not None and self.detail.id == d.id
        moved = self.detail is None or self.detail.state != d.state
        self._show(d, same_record=same, jump=not same or moved)

    def reload(self) -> None:
        """Fetch the record again; what the user typed stays in the forms."""
        if self.detail is not None:
            d = self.ctx.services.complaints.get(self.ctx.user, self.detail.id)
            self._show(d, same_record=True, jump=d.state != self.detail.state)

    def _show(self, d: ComplaintDetail, *, same_record: bool, jump: bool) -> None:
        self.detail = d
        self.empty.hide()
        self.body.show()
        if not same_record:
            self.banner_box.hide()
        self.number.setText(d.number)
        names = state_names()
        color = ENDED_COLOR if not d.state.is_open else CURRENT_COLOR
        self.state.setText(names.get(d.state.value, d.state.value))
        self.state.setStyleSheet(f"color:white; background:{color}; padding:2px 8px; border-radius:3px;")
        major = d.severity == "重大"
        self.severity.setText(data_word(d.severity))
        self.severity.setStyleSheet(
            "color:white; background:#c0392b; padding:2px 8px; border-radius:3px;" if major else "color:#555;"
        )
        now = self.ctx.services.clock.now()
        self.due.setText(due_text(d.due_at, now) if d.state.is_open else "")
        self.due.setStyleSheet("color:#c0392b; font-weight:bold;" if d.overdue else "color:#555;")
        for p in self.pages:
            p.load(d, same_record=same_record)
        self._paint_steps(d)
        self._fill_timeline(d)
        if jump:
            self.show_step(d.step if d.state.is_open else (2 if d.state == State.INVALID else 6))

    def _paint_steps(self, d: ComplaintDetail) -> None:
        current = d.step
        for i, b in enumerate(self.step_buttons, start=1):
            if d.state == State.INVALID and i > 2:
                color, mark = FUTURE_COLOR, ""
            elif i < current or (not d.state.is_open and i <= current):
                color, mark = DONE_COLOR, " ✓"
            elif i == current:
                color, mark = (CURRENT_COLOR, " ●") if not d.overdue else ("#c0392b", " ●")
            else:
                color, mark = FUTURE_COLOR, ""
            b.setText(f"{i} {_t(str(STEP_NAMES[i - 1]))}{mark}")
            b.setStyleSheet(
                f"QToolButton {{ color:{color}; border:1px solid {color}; border-radius:4px; padding:4px; }}"
                f"QToolButton:checked {{ background:{color}; color:white; }}"
            )

    def _fill_timeline(self, d: ComplaintDetail) -> None:
        names = event_names()
        self.timeline.clear()
        for e in reversed(d.events):
            note = " ".join((e.note or "").split())
            if e.action == "callback":
                note = satisfaction_names().get(e.data.get("satisfaction", ""), "") + ("：" + note if note else "")
            item = QTreeWidgetItem([when(e.at), names.get(e.action, e.action), e.actor_name, note[:80]])
            if e.late:
                item.setForeground(1, Qt.GlobalColor.red)
                item.setToolTip(1, self.tr("超过时限完成（时限 {0}）").format(when(e.due_at)))
            item.setToolTip(3, e.note)
            self.timeline.addTopLevelItem(item)

    def focus_form(self) -> bool:
        """The keyboard into the shown step's form (its first field), when the step is due and
        this user may take it; True if it went there."""
        page = self.page(self.current_step())
        if not page.form_box.isVisible():
            return False
        target = first_field(page.form_box)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target is not None

    def show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step - 1)
        self.step_buttons[step - 1].setChecked(True)

    # --- acting ----------------------------------------------------------------------------------

    def _run(self, call: Callable[[int], ComplaintDetail], version: int | None = None) -> bool:
        """Run one step against the version shown (or ``version``); show what went wrong next to
        the fields or in the banner; a conflict is resolved the one way (ui.common.conflict)."""
        page = self.page(self.current_step())
        page.errors.clear()
        shown = self.detail
        if shown is None:
            return False
        try:
            d, changed = call_op(call, shown.version if version is None else version)
        except ValidationError as exc:
            shower = getattr(page, "show_errors", page.errors.show)
            unknown = shower(exc)
            if unknown:
                self.show_banner(error_message(exc), reload=False)
            return False
        except ConflictError as exc:
            self.show_banner(error_message(exc), reload=False)
            return self._on_conflict(page, call, shown.id)
        except InvalidTransition as exc:
            self.show_banner(error_message(exc) + self.tr("（可能已被其他同事处理，请重新载入。）"), reload=True)
            return False
        except ServiceError as exc:
            self.show_banner(error_message(exc), reload=False)
            return False
        self.banner_box.hide()
        self._show(d, same_record=False, jump=True)
        self.focus_form()  # on to the next step's first field, if this user takes it
        publish(self.ctx, changed)
        self.step_taken.emit(d.id)
        return True

    def _on_conflict(self, page: StepPage, call: Callable[[int], ComplaintDetail], complaint_id: int) -> bool:
        """Someone saved the complaint meanwhile: theirs beside mine, then keep theirs (the view
        shows their record, my typing dropped) or take the step again against their version."""

        def keep_theirs(theirs: ComplaintDetail) -> None:
            self._show(theirs, same_record=False, jump=True)
            self.show_banner(self.tr("已载入对方保存的内容，您的修改未保存。"), reload=False)

        def apply_mine(theirs: ComplaintDetail) -> bool:
            self._show(theirs, same_record=True, jump=False)
            return self._run(call, theirs.version)

        return self.on_stale(
            self.tr("投诉处理"),
            lambda: self.ctx.services.complaints.get(self.ctx.user, complaint_id),
            page.describe,
            keep_theirs,
            apply_mine,
        )

    def show_banner(self, text: str, *, reload: bool) -> None:
        self.banner.setText(text)
        self.reload_button.setVisible(reload)
        self.banner_box.show()

    def on_reload_clicked(self) -> None:
        self.banner_box.hide()
        self.reload()

    def on_print_clicked(self) -> None:
        if self.detail is not None:
            self.print_requested.emit(self.detail.id)

    def on_callback_clicked(self) -> None:
        if self.detail is not None:
            self.callback_requested.emit(self.detail.id)
