"""来电来访登记: log a call or a visit while the person is still talking, see who it is, find
earlier contacts, keep follow-ups in view, export for the supervisor.

Keyboard: the form's tab order follows its rows; Enter saves (Shift+Enter starts a new line in
the text boxes), Esc clears (and the cleared text can be restored), the number keys pick a
channel, a kind and an outcome when their row has focus. F4 fills the caller from the lookup,
Ctrl+N starts a new entry, Ctrl+F goes to the search box. The selected entry in the list (the one
just saved, right after saving) becomes a work order with Ctrl+G (转工单) or a complaint with
Ctrl+T (转投诉); Ctrl+O opens the order or complaint an entry became.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.call_log import (
    CHANNELS,
    KINDS,
    CallerLookup,
    CallFilter,
    CallInput,
    CallRow,
)
from frontdesk.services.clock import LOCAL_TZ, to_local
from frontdesk.services.errors import ConflictError, ServiceError, ValidationError
from frontdesk.services.permissions import Action
from frontdesk.services.validation import LONG_TEXT_MAX
from frontdesk.ui.choice_bar import ChoiceBar
from frontdesk.ui.context import UiContext
from frontdesk.ui.forms import ERROR_STYLE, FieldErrors
from frontdesk.ui.itemmodels.call_log_model import (
    ROW_ROLE,
    CallLogModel,
    channel_name,
    kind_name,
    linked_record,
    outcome_name,
    outcome_text,
)
from frontdesk.ui.labels import kind_name as occupant_kind_name
from frontdesk.ui.labels import status_name as room_status_name
from frontdesk.ui.messages import echo, error_message, field_message
from frontdesk.ui.worker import run_in_background

OK_STYLE = "color: #166534;"
INFO_STYLE = "color: #555;"
LOOKUP_DELAY_MS = 250
FILTER_DELAY_MS = 250
AUTO_TIME_REFRESH_MS = 15_000


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _qdatetime(at: datetime) -> QDateTime:
    local = to_local(at)
    return QDateTime(_qdate(local.date()), QTime(local.hour, local.minute))


def _local(q: QDateTime) -> datetime:
    d, t = q.date(), q.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ)


class _GridErrors(FieldErrors):
    """Error labels in the form's narrow grid columns: a wrapped message gets the height it needs
    (QGridLayout does not ask a label nested in a box for its height at the column's width)."""

    def set(self, name: str, text: str) -> None:
        super().set(name, text)
        label = self._labels.get(name)
        if label is not None and label.parentWidget() is not None:
            width = label.parentWidget().width()
            if width > 0:
                label.ensurePolished()  # the error style sets the font size
                rect = label.fontMetrics().boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text)
                label.setMinimumHeight(rect.height() + 4)

    def clear(self) -> None:
        super().clear()
        for label in self._labels.values():
            label.setMinimumHeight(0)


@dataclass(frozen=True)
class _Draft:
    """What the form held when Esc cleared it."""

    values: dict[str, Any]


# --- the entry form -----------------------------------------------------------------------------


class CallEntryForm(QWidget):
    """The form for one entry: new (default) or an edit of an existing one."""

    #: a contact was saved (CallRow)
    saved = Signal(object)
    #: room and phone as typed, for the caller lookup
    caller_changed = Signal()

    TEXT_FIELDS = ("room", "phone", "person", "content", "handling")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._svc = ctx.services.call_log
        self.editing: CallRow | None = None
        self.conflict_latest: CallRow | None = None
        self._started: datetime | None = None
        self._at_manual = False
        self._setting = False
        self._draft: _Draft | None = None
        self.errors = _GridErrors()

        self.title = QLabel()
        self.title.setObjectName("call_form_title")
        self.title.setStyleSheet("font-size: 14px; font-weight: bold;")

        self.channel = ChoiceBar([(c, channel_name(c)) for c in CHANNELS])
        self.channel.setObjectName("call_channel")
        self.at = QDateTimeEdit()
        self.at.setObjectName("call_at")
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setMinimumWidth(self.fontMetrics().horizontalAdvance("2026-11-27 09:30") + 44)
        self.at.dateTimeChanged.connect(self.on_at_dateTimeChanged)
        self.at_hint = QLabel()
        self.at_hint.setStyleSheet(INFO_STYLE)
        self.project = QComboBox()
        self.project.setObjectName("call_project")
        self.project.addItem(self.tr("全部项目"), None)
        self.projects = self.ctx.services.registry.projects()
        for pid, name in self.projects:
            self.project.addItem(name, pid)
        self.project.setVisible(len(self.projects) > 1)
        self.project.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        widest = max(self.fontMetrics().horizontalAdvance(self.project.itemText(i)) for i in range(self.project.count()))
        self.project.setMinimumWidth(widest + 36)
        self.project.currentIndexChanged.connect(lambda _i: self.caller_changed.emit())
        self.room = QLineEdit()
        self.room.setObjectName("call_room")
        self.room.setPlaceholderText(self.tr("如 3-2-1502，可不填"))
        self.room.setMinimumWidth(self.fontMetrics().horizontalAdvance("如 3-2-1502，可不填") + 16)
        self.phone = QLineEdit()
        self.phone.setObjectName("call_phone")
        self.phone.setPlaceholderText(self.tr("手机或座机"))
        self.person = QLineEdit()
        self.person.setObjectName("call_person")
        self.person.setPlaceholderText(self.tr("姓名或称呼，如 王女士"))
        self.kind = ChoiceBar([(k, kind_name(k)) for k in KINDS])
        self.kind.setObjectName("call_kind")
        self.content = QPlainTextEdit()
        self.content.setObjectName("call_content")
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(self.tr("来电来访的内容（回车保存，Shift+回车换行）"))
        self.content.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.content_count = QLabel()
        self.content_count.setObjectName("call_content_count")
        self.content_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.handling = QPlainTextEdit()
        self.handling.setObjectName("call_handling")
        self.handling.setTabChangesFocus(True)
        self.handling.setPlaceholderText(self.tr("如何答复、通知了谁、约定了什么"))
        self.handling.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.outcome = ChoiceBar()
        self.outcome.setObjectName("call_outcome")
        self.outcome.chosen.connect(self.on_outcome_chosen)
        self.due = QDateEdit()
        self.due.setObjectName("call_due")
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setCalendarPopup(True)
        self.handled_by = QComboBox()
        self.handled_by.setObjectName("call_handled_by")
        for sid, name in self._svc.handlers(ctx.user):
            self.handled_by.addItem(name, sid)
        self.save_button = QPushButton()
        self.save_button.setObjectName("call_save")
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("清空（Esc）"))
        self.clear_button.setObjectName("call_clear")
        self.clear_button.clicked.connect(self.clear)
        self.banner = QLabel()
        self.banner.setObjectName("call_banner")
        self.banner.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("恢复刚才清空的内容（Ctrl+Alt+Z）"))
        self.restore_button.setObjectName("call_restore")
        self.restore_button.setFlat(True)
        self.restore_button.setStyleSheet("color: #1d4ed8; text-decoration: underline; padding: 0;")
        self.restore_button.clicked.connect(self.restore_draft)
        self.restore_button.hide()
        self.conflict = ConflictPanel(self)
        self.conflict.keep_mine.connect(self.on_conflict_keep_mine)
        self.conflict.take_theirs.connect(self.on_conflict_take_theirs)
        self.conflict.hide()

        self._build_layout()
        self._wire()
        self.reset()

    # --- building --------------------------------------------------------------------------------

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 5, 0, 0)
        return label

    def _build_layout(self) -> None:
        e = self.errors
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 5)
        grid.setColumnStretch(3, 3)
        grid.setColumnStretch(5, 3)
        at_box = QWidget()
        at_lay = QHBoxLayout(at_box)
        at_lay.setContentsMargins(0, 0, 0, 0)
        at_lay.addWidget(self.at)
        at_lay.addWidget(self.at_hint)
        at_lay.addStretch(1)
        self.at_hint.setMinimumWidth(self.fontMetrics().horizontalAdvance("接听时间") + 4)
        at_box.setMinimumWidth(self.at.minimumWidth() + self.at_hint.minimumWidth() + 8)
        grid.addWidget(self._label(self.tr("渠道(&Q)"), self.channel), 0, 0)
        grid.addWidget(e.wrap("channel", self.channel), 0, 1, 1, 3)
        grid.addWidget(self._label(self.tr("时间(&T)"), self.at), 0, 4)
        grid.addWidget(e.wrap("at", at_box), 0, 5)
        e._widgets["at"] = self.at  # the red frame goes on the editor, not its box
        room_box = QWidget()
        room_lay = QHBoxLayout(room_box)
        room_lay.setContentsMargins(0, 0, 0, 0)
        room_lay.setSpacing(4)
        room_lay.addWidget(self.project)
        room_lay.addWidget(self.room, 1)
        grid.addWidget(self._label(self.tr("房号(&R)"), self.room), 1, 0)
        grid.addWidget(e.wrap("room", room_box), 1, 1)
        e._widgets["room"] = self.room
        grid.addWidget(self._label(self.tr("电话(&P)"), self.phone), 1, 2)
        grid.addWidget(e.wrap("phone", self.phone), 1, 3)
        grid.addWidget(self._label(self.tr("来电人(&N)"), self.person), 1, 4)
        grid.addWidget(e.wrap("person", self.person), 1, 5)
        grid.addWidget(self._label(self.tr("类别(&K)"), self.kind), 2, 0)
        grid.addWidget(e.wrap("kind", self.kind), 2, 1, 1, 5)
        content_box = QWidget()
        content_lay = QVBoxLayout(content_box)
        content_lay.setContentsMargins(0, 0, 0, 0)
        content_lay.setSpacing(0)
        content_lay.addWidget(self.content)
        content_lay.addWidget(self.content_count)
        grid.addWidget(self._label(self.tr("内容(&C)"), self.content), 3, 0)
        grid.addWidget(e.wrap("content", content_box), 3, 1, 1, 5)
        e._widgets["content"] = self.content
        grid.addWidget(self._label(self.tr("处理情况(&H)"), self.handling), 4, 0)
        grid.addWidget(e.wrap("handling", self.handling), 4, 1, 1, 5)
        grid.addWidget(self._label(self.tr("结果(&O)"), self.outcome), 5, 0)
        grid.addWidget(e.wrap("outcome", self.outcome), 5, 1)
        grid.addWidget(self._label(self.tr("跟进期限(&D)"), self.due), 5, 2)
        grid.addWidget(e.wrap("due_date", self.due), 5, 3)
        grid.addWidget(self._label(self.tr("经办人(&J)"), self.handled_by), 5, 4)
        grid.addWidget(e.wrap("handled_by", self.handled_by), 5, 5)

        buttons = QHBoxLayout()
        buttons.addWidget(self.banner, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.conflict)
        lay.addLayout(grid)
        lay.addLayout(buttons)
        lay.addStretch(1)

        order = [
            self.channel,
            self.at,
            self.project,
            self.room,
            self.phone,
            self.person,
            self.kind,
            self.content,
            self.handling,
            self.outcome,
            self.due,
            self.handled_by,
            self.save_button,
            self.clear_button,
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _wire(self) -> None:
        for w in (
            self.channel,
            self.at,
            self.project,
            self.room,
            self.phone,
            self.person,
            self.kind,
            self.content,
            self.handling,
            self.outcome,
            self.due,
            self.handled_by,
        ):
            w.installEventFilter(self)
        for w in (self.room, self.phone, self.person):
            w.textEdited.connect(self.on_text_edited)
        self.room.textChanged.connect(lambda _t: self.caller_changed.emit())
        self.phone.textChanged.connect(lambda _t: self.caller_changed.emit())
        for w in (self.content, self.handling):
            w.textChanged.connect(self.on_text_edited)
        self.content.textChanged.connect(self._update_count)
        self._auto_timer = QTimer(self)
        self._auto_timer.setInterval(AUTO_TIME_REFRESH_MS)
        self._auto_timer.timeout.connect(self._refresh_auto_time)
        self._auto_timer.start()
        QShortcut(
            QKeySequence("Ctrl+Alt+Z"),
            self,
            self.restore_draft,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(QKeySequence("Ctrl+S"), self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- keyboard --------------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key = key_event.key()
            mods = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if isinstance(obj, QPlainTextEdit) and mods & (
                    Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
                ):
                    obj.insertPlainText("\n")
                    return True
                if mods == Qt.KeyboardModifier.NoModifier:
                    self.save()
                    return True
            if key == Qt.Key.Key_Escape and mods == Qt.KeyboardModifier.NoModifier:
                self.clear()
                return True
        return super().eventFilter(obj, event)

    # --- state -----------------------------------------------------------------------------------

    def _outcome_items(self, row: CallRow | None) -> list[tuple[str, str]]:
        if row is not None and row.outcome in ("work_order", "complaint"):
            return [(row.outcome, outcome_text(row))]
        if row is not None and row.outcome == "followed_up":
            return [("followed_up", outcome_name("followed_up")), ("follow_up", self.tr("重新跟进"))]
        return [("closed", outcome_name("closed")), ("follow_up", outcome_name("follow_up"))]

    def reset(self) -> None:
        """An empty form for the next contact; the channel, handler and project stay as they were."""
        self._setting = True
        self.editing = None
        self.conflict_latest = None
        self.conflict.hide()
        self.errors.clear()
        for w in (self.room, self.phone, self.person):
            w.clear()
        self.content.clear()
        self.handling.clear()
        self.kind.set_value("inquiry")
        self.outcome.set_items(self._outcome_items(None))
        self.outcome.setEnabled(True)
        self.outcome.set_value("closed")
        self.due.setDate(_qdate(self._svc.default_due_date()))
        self.due.setEnabled(False)
        if self.handled_by.findData(self.ctx.user.id) >= 0:
            self.handled_by.setCurrentIndex(self.handled_by.findData(self.ctx.user.id))
        self.banner.clear()
        self.restore_button.hide()
        self._started = None
        self._at_manual = False
        self._show_at(self.ctx.services.clock.now())
        self.at_hint.setText(self.tr("自动"))
        self.title.setText(self.tr("新登记"))
        self.save_button.setText(self.tr("保存（回车）"))
        self._setting = False
        self._update_count()
        self.caller_changed.emit()

    def start_new(self) -> None:
        if self.editing is not None:
            self.reset()
        self.room.setFocus()

    def is_blank(self) -> bool:
        return not any(self._raw_values()[k] for k in self.TEXT_FIELDS)

    def _raw_values(self) -> dict[str, Any]:
        return {
            "room": self.room.text(), "phone": self.phone.text(), "person": self.person.text(),
            "content": self.content.toPlainText(), "handling": self.handling.toPlainText(),
            "channel": self.channel.value(), "kind": self.kind.value(), "outcome": self.outcome.value(),
            "due": self.due.date(), "handled_by": self.handled_by.currentIndex(),
            "project": self.project.currentIndex(), "at": self.at.dateTime(), "at_manual": self._at_manual,
            "started": self._started, "editing": self.editing,
        }  # fmt: skip

    def clear(self) -> None:
        """Esc: an empty form; what was there can be restored (Ctrl+Alt+Z)."""
        if self.is_blank() and self.editing is None:
            self.errors.clear()
            self.room.setFocus()
            return
        self._draft = _Draft(self._raw_values())
        self.reset()
        self.set_banner(self.tr("已清空。"), INFO_STYLE, restorable=True)
        self.room.setFocus()

    def restore_draft(self) -> None:
        if self._draft is None:
            return
        v = self._draft.values
        self._draft = None
        self.restore_button.hide()
        if v["editing"] is not None:
            self.load(v["editing"])
        self._setting = True
        self.room.setText(v["room"])
        self.phone.setText(v["phone"])
        self.person.setText(v["person"])
        self.content.setPlainText(v["content"])
        self.handling.setPlainText(v["handling"])
        self.channel.set_value(v["channel"])
        self.kind.set_value(v["kind"])
        self.outcome.set_value(v["outcome"])
        self.on_outcome_chosen(v["outcome"], focus=False)
        self.due.setDate(v["due"])
        self.handled_by.setCurrentIndex(v["handled_by"])
        self.project.setCurrentIndex(v["project"])
        self.at.setDateTime(v["at"])
        self._at_manual = v["at_manual"]
        self._started = v["started"]
        self._setting = False
        self.set_banner(self.tr("已恢复清空前的内容。"), INFO_STYLE)
        self.room.setFocus()

    def load(self, row: CallRow) -> None:
        """Edit an existing entry."""
        self.reset()
        self._setting = True
        self.editing = row
        self.channel.set_value(row.channel)
        self._show_at(row.at)
        self.at_hint.setText("")
        if row.room_code and len(self.projects) > 1:
            idx = self.project.findText(row.project)
            self.project.setCurrentIndex(max(0, idx))
        self.room.setText(row.room_code)
        self.phone.setText(row.phone)
        self.person.setText(row.person)
        self.kind.set_value(row.kind)
        self.content.setPlainText(row.content)
        self.handling.setPlainText(row.handling)
        self.outcome.set_items(self._outcome_items(row))
        self.outcome.set_value(row.outcome)
        self.outcome.setEnabled(row.outcome not in ("work_order", "complaint"))
        if row.due_date is not None:
            self.due.setDate(_qdate(row.due_date))
        self.due.setEnabled(row.outcome == "follow_up")
        i = self.handled_by.findData(row.handled_by_id)
        if i < 0:
            self.handled_by.addItem(row.handled_by, row.handled_by_id)
            i = self.handled_by.count() - 1
        self.handled_by.setCurrentIndex(i)
        self.title.setText(
            self.tr("修改记录 #{0}（{1}，{2} 最后修改）").format(
                row.id, to_local(row.at).strftime("%m-%d %H:%M"), row.updated_by or row.handled_by
            )
        )
        self.save_button.setText(self.tr("保存修改（回车）"))
        self._setting = False
        self.set_banner(self.tr("正在修改。Esc 放弃修改。"), INFO_STYLE)
        self.content.setFocus()
        self.content.moveCursor(self.content.textCursor().MoveOperation.End)

    def set_banner(self, text: str, style: str, *, restorable: bool = False) -> None:
        """A line under the form; ``restorable`` offers to bring back what Esc cleared."""
        self.banner.setText(text)
        self.banner.setStyleSheet(style)
        self.restore_button.setVisible(restorable and self._draft is not None)

    # --- time of the contact ---------------------------------------------------------------------

    def _show_at(self, at: datetime) -> None:
        was = self._setting
        self._setting = True
        self.at.setDateTime(_qdatetime(at))
        self._setting = was

    def on_at_dateTimeChanged(self, _value: QDateTime) -> None:
        if not self._setting:
            self._at_manual = True
            self.at_hint.setText(self.tr("已修改"))

    def on_text_edited(self, *_args: object) -> None:
        """The first keystroke of a new contact fixes its time (the call started then)."""
        if self._setting or self.editing is not None or self._started is not None:
            return
        self._started = self.ctx.services.clock.now()
        if not self._at_manual:
            self._show_at(self._started)
            self.at_hint.setText(self.tr("接听时间"))

    def _refresh_auto_time(self) -> None:
        if self.editing is None and self._started is None and not self._at_manual:
            self._show_at(self.ctx.services.clock.now())

    def _update_count(self) -> None:
        n = len(self.content.toPlainText().strip())
        self.content_count.setText(self.tr("{0}/{1} 字").format(n, LONG_TEXT_MAX))
        self.content_count.setStyleSheet(ERROR_STYLE if n > LONG_TEXT_MAX else "color:#888; font-size:11px;")

    def on_outcome_chosen(self, code: str, focus: bool = True) -> None:
        follow = code == "follow_up"
        self.due.setEnabled(follow)
        if follow and self.editing is not None and self.editing.outcome != "follow_up":
            self.due.setDate(_qdate(self._svc.default_due_date()))

    # --- saving ----------------------------------------------------------------------------------

    def data(self) -> CallInput:
        at: datetime | None
        if self._at_manual:
            at = _local(self.at.dateTime())
        elif self.editing is not None:
            at = None  # unchanged
        else:
            at = self._started or self.ctx.services.clock.now()
        outcome = self.outcome.value()
        return CallInput(
            channel=self.channel.value(),
            kind=self.kind.value(),
            room=self.room.text(),
            project_id=self.project.currentData() if self.project.isVisible() or len(self.projects) > 1 else None,
            person=self.person.text(),
            phone=self.phone.text(),
            content=self.content.toPlainText(),
            handling=self.handling.toPlainText(),
            outcome=outcome,
            due_date=_pydate(self.due.date()) if outcome == "follow_up" else None,
            handled_by_id=self.handled_by.currentData(),
            at=at,
        )

    def save(self) -> CallRow | None:
        """Create or update; on an error everything typed stays where it is."""
        data = self.data()
        self.errors.clear()
        try:
            if self.editing is not None:
                row = self._svc.update(self.ctx.user, self.editing.id, data, expected_version=self.editing.version)
            else:
                row = self._svc.create(self.ctx.user, data)
        except ValidationError as exc:
            unknown = self.errors.show(exc)
            extra = self.tr("；").join(field_message(exc.errors[n], exc.params.get("field_params", {}).get(n)) for n in unknown)
            self.set_banner(error_message(exc) + (f" {extra}" if extra else ""), ERROR_STYLE)
            return None
        except ConflictError:
            self.show_conflict()
            return None
        except ServiceError as exc:
            self.set_banner(error_message(exc), ERROR_STYLE)
            return None
        was_edit = self.editing is not None
        self._draft = None
        self.reset()
        self.ctx.bus.changed.emit("call", row.id)
        summary = (
            self.tr("{0} {1} {2} {3}")
            .format(
                to_local(row.at).strftime("%H:%M"),
                channel_name(row.channel),
                kind_name(row.kind),
                row.room_code or row.person or "",
            )
            .strip()
        )
        text = self.tr("已保存修改 #{0}：{1}") if was_edit else self.tr("已登记 #{0}：{1}")
        self.set_banner(text.format(row.id, summary), OK_STYLE)
        self.room.setFocus()
        self.saved.emit(row)
        return row

    # --- conflicts -------------------------------------------------------------------------------

    def show_conflict(self) -> None:
        """Someone else saved this entry meanwhile: show their version beside ours; save nothing."""
        assert self.editing is not None
        try:
            latest = self._svc.get(self.ctx.user, self.editing.id)
        except ServiceError as exc:
            self.set_banner(error_message(exc), ERROR_STYLE)
            return
        self.conflict_latest = latest
        self.conflict.show_versions(latest, self.data(), self)
        self.set_banner(self.tr("未保存：此记录已被他人修改，请在上方选择如何处理。"), ERROR_STYLE)

    def on_conflict_keep_mine(self) -> None:
        """Save what is in the form over the newer version (that one stays in the audit trail)."""
        if self.conflict_latest is None:
            return
        self.editing = self.conflict_latest
        self.conflict_latest = None
        self.conflict.hide()
        self.save()

    def on_conflict_take_theirs(self) -> None:
        if self.conflict_latest is None:
            return
        self._draft = _Draft(self._raw_values())
        latest = self.conflict_latest
        self.load(latest)
        self.set_banner(self.tr("已载入最新内容；您刚才的修改可以恢复。"), INFO_STYLE, restorable=True)

    # --- from the caller lookup ------------------------------------------------------------------

    def fill_from(self, lookup: CallerLookup) -> bool:
        """F4: fill an empty room / caller from what the lookup found. True if anything changed."""
        changed = False
        owners = lookup.phone_owners
        if not self.room.text().strip() and len({o.room.id for o in owners}) == 1:
            room = owners[0].room
            if len(self.projects) > 1:
                self.project.setCurrentIndex(max(0, self.project.findData(room.project_id)))
            self.room.setText(room.code)
            changed = True
        if not self.person.text().strip():
            name = ""
            if len(owners) == 1:
                name = owners[0].name
            elif lookup.room is not None and lookup.occupants:
                owner = next((o for o in lookup.occupants if o.kind == "owner"), lookup.occupants[0])
                name = owner.name
            if name:
                self.person.setText(name)
                changed = True
        if changed:
            self.on_text_edited()
        return changed


class ConflictPanel(QFrame):
    """Both versions of an entry side by side after a stale save."""

    keep_mine = Signal()
    take_theirs = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call_conflict")
        self.setStyleSheet("#call_conflict { background: #fff7e6; border: 1px solid #f0b429; border-radius: 4px; }")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold; color: #8a4b00;")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("call_conflict_table")
        self.table.setHorizontalHeaderLabels([self.tr("项目"), self.tr("对方已保存的"), self.tr("您的修改（未保存）")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mine_button = QPushButton(self.tr("以我的修改为准保存"))
        self.mine_button.setObjectName("call_conflict_mine")
        self.mine_button.clicked.connect(self.keep_mine.emit)
        self.theirs_button = QPushButton(self.tr("放弃我的修改，载入最新"))
        self.theirs_button.setObjectName("call_conflict_theirs")
        self.theirs_button.clicked.connect(self.take_theirs.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.theirs_button)
        buttons.addWidget(self.mine_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.message)
        lay.addWidget(self.table)
        lay.addLayout(buttons)

    def show_versions(self, latest: CallRow, mine: CallInput, form: CallEntryForm) -> None:
        self.message.setText(
            self.tr("这条记录在您修改期间已被 {0} 于 {1} 保存。两份内容都在这里，您的修改仍在表单中，尚未保存。").format(
                latest.updated_by or self.tr("他人"), to_local(latest.updated_at).strftime("%H:%M")
            )
        )
        theirs = {
            "channel": channel_name(latest.channel), "kind": kind_name(latest.kind), "room": latest.room_code,
            "phone": latest.phone, "person": latest.person, "content": latest.content,
            "handling": latest.handling,
            "outcome": outcome_text(latest), "due": latest.due_date.isoformat() if latest.due_date else "",
            "handled_by": latest.handled_by,
        }  # fmt: skip
        ours = {
            "channel": channel_name(mine.channel), "kind": kind_name(mine.kind), "room": mine.room.strip(),
            "phone": mine.phone.strip(), "person": mine.person.strip(), "content": mine.content.strip(),
            "handling": mine.handling.strip(),
            "outcome": outcome_name(mine.outcome) if mine.outcome != latest.outcome else outcome_text(latest),
            "due": mine.due_date.isoformat() if mine.due_date else "",
            "handled_by": form.handled_by.currentText(),
        }  # fmt: skip
        names = {
            "channel": self.tr("渠道"), "kind": self.tr("类别"), "room": self.tr("房号"),
            "phone": self.tr("电话"),
            "person": self.tr("来电人"), "content": self.tr("内容"), "handling": self.tr("处理情况"),
            "outcome": self.tr("结果"), "due": self.tr("跟进期限"), "handled_by": self.tr("经办人"),
        }  # fmt: skip
        diff = [k for k in names if theirs[k] != ours[k]]
        self.table.setRowCount(len(diff))
        for i, k in enumerate(diff):
            for j, v in enumerate((names[k], theirs[k], ours[k])):
                item = QTableWidgetItem(v)
                item.setToolTip(v)
                self.table.setItem(i, j, item)
        self.table.setVisible(bool(diff))
        rows_height = sum(self.table.rowHeight(i) for i in range(len(diff)))
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows_height + 4)
        self.show()
        self.mine_button.setFocus()


# --- the caller lookup --------------------------------------------------------------------------


class CallerPanel(QFrame):
    """Who the typed room or phone belongs to, their recent contacts and open follow-ups."""

    #: a recent entry was clicked (entry id)
    entry_activated = Signal(int)
    fill_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call_caller_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(self.tr("来电人信息"))
        title.setStyleSheet("font-weight: bold;")
        self.browser = QTextBrowser()
        self.browser.setObjectName("call_caller_info")
        self.browser.setOpenLinks(False)
        self.browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.browser.anchorClicked.connect(lambda url: self.entry_activated.emit(int(url.toString().split(":")[1])))
        self.fill_button = QPushButton(self.tr("填入房号和来电人（F4）"))
        self.fill_button.setObjectName("call_fill")
        self.fill_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fill_button.clicked.connect(self.fill_requested.emit)
        self.fill_button.setEnabled(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(title)
        lay.addWidget(self.browser, 1)
        lay.addWidget(self.fill_button)
        self.lookup: CallerLookup | None = None
        self.show_lookup(None, "", "")

    def text(self) -> str:
        return self.browser.toPlainText()

    def show_lookup(self, lookup: CallerLookup | None, room: str, phone: str) -> None:
        """Show what the service found for ``room`` and ``phone`` (as typed; a masked number from
        an entry being edited stays masked)."""
        self.lookup = lookup
        esc = html.escape
        if lookup is None or (not room.strip() and not phone.strip()):
            self.browser.setHtml(
                "<p style='color:#777'>" + esc(self.tr("输入房号或电话后，这里显示业户、近期来电来访和未完成的跟进。")) + "</p>"
            )
            self.fill_button.setEnabled(False)
            return
        parts: list[str] = []
        if lookup.room_error == "room_unknown":
            parts.append(f"<p style='color:#b42318'>{esc(field_message('room_unknown', {'room': room.strip()}))}</p>")
        elif lookup.room_error == "room_ambiguous":
            names = self.tr("、").join(f"{esc(r.project)} {esc(r.code)}" for r in lookup.room_candidates)
            parts.append(
                "<p style='color:#8a4b00'>"
                + esc(self.tr("“{0}”对应多个房间：").format(echo(room)))
                + names
                + "<br>"
                + esc(self.tr("请在房号左边选择项目。"))
                + "</p>"
            )
        if lookup.room is not None:
            r = lookup.room
            parts.append(
                f"<p><b style='font-size:13px'>{esc(r.project)} {esc(r.code)}</b>"
                f"&nbsp;&nbsp;<span style='color:#555'>{esc(room_status_name(r.status))}</span></p>"
            )
            if lookup.occupants:
                rows = "".join(
                    f"<tr><td style='color:#555'>{esc(occupant_kind_name(o.kind))}</td>"
                    f"<td>&nbsp;{esc(o.name)}</td><td>&nbsp;{esc(o.phone)}</td></tr>"
                    for o in lookup.occupants
                )
                parts.append(f"<table>{rows}</table>")
            else:
                parts.append("<p style='color:#777'>" + esc(self.tr("业户档案中没有登记住户。")) + "</p>")
        if phone.strip():
            if lookup.phone_error:
                parts.append(f"<p style='color:#b42318'>{esc(field_message(lookup.phone_error))}</p>")
            elif lookup.phone_owners:
                who = self.tr("；").join(
                    f"{esc(o.room.project)} {esc(o.room.code)} {esc(o.name)}"
                    + esc(self.tr("（{0}）").format(occupant_kind_name(o.kind)))
                    for o in lookup.phone_owners
                )
                parts.append("<p>" + esc(self.tr("电话 {0} 登记为：").format(phone.strip())) + who + "</p>")
            else:
                parts.append(
                    "<p style='color:#777'>" + esc(self.tr("电话 {0} 未登记在业户档案中。").format(phone.strip())) + "</p>"
                )
        if lookup.open_follow_ups:
            items = []
            for f in lookup.open_follow_ups:
                color = {"overdue": "#b42318", "due_today": "#b45309"}.get(f.follow_up, "#333")
                state = {"overdue": self.tr("已逾期"), "due_today": self.tr("今日到期")}.get(f.follow_up, "")
                due = f.due_date.strftime("%m-%d") if f.due_date else ""
                items.append(
                    f"<li><a href='call:{f.id}' style='color:{color}'>{esc(due)} {esc(state)}</a> "
                    f"{esc(_short(f.content, 40))}</li>"
                )
            parts.append(
                "<p style='margin-bottom:0'><b>"
                + esc(self.tr("未完成的跟进"))
                + "</b></p><ul style='margin-top:2px'>"
                + "".join(items)
                + "</ul>"
            )
        if lookup.recent:
            items = [
                f"<li><a href='call:{r.id}'>{esc(to_local(r.at).strftime('%m-%d %H:%M'))}</a> "
                f"{esc(channel_name(r.channel))}·{esc(kind_name(r.kind))} {esc(_short(r.content, 40))} "
                f"<span style='color:#777'>— {esc(outcome_text(r))}</span></li>"
                for r in lookup.recent
            ]
            parts.append(
                "<p style='margin-bottom:0'><b>"
                + esc(self.tr("近期来电来访"))
                + "</b></p><ul style='margin-top:2px'>"
                + "".join(items)
                + "</ul>"
            )
        elif lookup.room is not None or lookup.phone_owners or (phone.strip() and not lookup.phone_error):
            parts.append("<p style='color:#777'>" + esc(self.tr("没有来电来访记录。")) + "</p>")
        self.browser.setHtml("".join(parts))
        self.fill_button.setEnabled(len({o.room.id for o in lookup.phone_owners}) == 1 or bool(lookup.room and lookup.occupants))


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# --- dialogs ------------------------------------------------------------------------------------


class FollowUpDialog(QDialog):
    """Record that a follow-up was done."""

    def __init__(self, row: CallRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("完成跟进"))
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        info = QLabel(
            self.tr("#{0} {1} {2}\n{3}").format(
                row.id, to_local(row.at).strftime("%m-%d %H:%M"), row.room_code or row.person, row.content
            )
        )
        info.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("followup_note")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("跟进结果，如：已电话告知业主，师傅明早上门（回车完成）"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.note.installEventFilter(self)
        form = QFormLayout()
        form.addRow(info)
        self.errors.add_row(form, self.tr("跟进情况"), "note", self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("完成跟进"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.note and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.note.insertPlainText("\n")
                else:
                    self.accept()
                return True
        return super().eventFilter(obj, event)


class ExportDialog(QDialog):
    """A day or a range of days to an xlsx file."""

    def __init__(self, today: date, default_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出来电来访登记"))
        self.setMinimumWidth(480)
        self._dir = default_dir
        self.errors = FieldErrors()
        self.date_from = QDateEdit(_qdate(today))
        self.date_from.setObjectName("export_from")
        self.date_from.setDisplayFormat("yyyy-MM-dd")
        self.date_from.setCalendarPopup(True)
        self.date_to = QDateEdit(_qdate(today))
        self.date_to.setObjectName("export_to")
        self.date_to.setDisplayFormat("yyyy-MM-dd")
        self.date_to.setCalendarPopup(True)
        self.path = QLineEdit()
        self.path.setObjectName("export_path")
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self.on_browse_clicked)
        path_box = QWidget()
        pl = QHBoxLayout(path_box)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.path, 1)
        pl.addWidget(browse)
        self.date_from.dateChanged.connect(self._suggest)
        self.date_to.dateChanged.connect(self._suggest)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("从"), "date_from", self.date_from)
        self.errors.add_row(form, self.tr("到"), "date_to", self.date_to)
        self.errors.add_row(form, self.tr("保存到"), "path", path_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导出"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.on_accepted)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self._suggest()

    def range(self) -> tuple[date, date]:
        return _pydate(self.date_from.date()), _pydate(self.date_to.date())

    def _suggest(self) -> None:
        a, b = self.range()
        name = self.tr("来电来访登记_{0}.xlsx").format(a.strftime("%Y%m%d") if a == b else f"{a:%Y%m%d}-{b:%Y%m%d}")
        current = Path(self.path.text()) if self.path.text() else None
        folder = current.parent if current is not None else self._dir
        self.path.setText(str(folder / name))

    def on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("保存为"), self.path.text(), "Excel (*.xlsx)")
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")

    def on_accepted(self) -> None:
        self.errors.clear()
        a, b = self.range()
        if b < a:
            self.errors.set("date_to", field_message("date_order"))
            return
        if not self.path.text().strip():
            self.errors.set("path", field_message("required"))
            return
        self.accept()


# --- the tab ------------------------------------------------------------------------------------


class CallLogTab(QWidget):
    record_kinds = ("call",)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._svc = ctx.services.call_log
        self.setWindowTitle(self.tr("来电来访"))
        self.form = CallEntryForm(ctx)
        self.caller = CallerPanel()
        self.caller.setMinimumWidth(300)
        self.caller.entry_activated.connect(self.open_entry)
        self.caller.fill_requested.connect(self.on_fill_requested)
        self.form.caller_changed.connect(self._lookup_timer_start)
        self.form.saved.connect(self.on_form_saved)
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self.refresh_lookup)

        self.model = CallLogModel(self._svc, ctx.user, self)
        self.table = QTableView()
        self.table.setObjectName("call_list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        widths = [92, 46, 46, 80, 72, 100, 300, 200, 130, 62, 64]
        # channel and kind are words of the screen's language: as wide as the longest of them
        fm = self.fontMetrics()
        for col, words in ((1, [channel_name(c) for c in CHANNELS]), (2, [kind_name(k) for k in KINDS])):
            words.append(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            widths[col] = max(widths[col], max(fm.horizontalAdvance(w) for w in words) + 14)
        for col, width in enumerate(widths):
            self.table.setColumnWidth(col, width)
        # the outcome names the order or complaint an entry became: room for its whole number
        outcome_width = self.fontMetrics().horizontalAdvance("已转工单 WX20261127001") + 20
        self.table.setColumnWidth(CallLogModel.COL_OUTCOME, max(130, outcome_width))
        header.setSectionResizeMode(CallLogModel.COL_CONTENT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.on_table_doubleClicked)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())

        self._build_filters()
        self.counts = QLabel()
        self.counts.setObjectName("call_counts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.linkActivated.connect(self.on_counts_linkActivated)
        self.loaded = QLabel()
        self.loaded.setObjectName("call_loaded")
        self.loaded.setStyleSheet(INFO_STYLE)
        self.edit_button = QPushButton(self.tr("修改所选（回车）"))
        self.edit_button.setObjectName("call_edit")
        self.edit_button.clicked.connect(lambda: self.edit_row(self.table.currentIndex().row()))
        self.follow_button = QPushButton(self.tr("完成跟进…"))
        self.follow_button.setObjectName("call_followup_done")
        self.follow_button.clicked.connect(self.complete_follow_up)
        self.order_button = QPushButton(self.tr("转工单…（Ctrl+G）"))
        self.order_button.setObjectName("call_to_order")
        self.order_button.setToolTip(self.tr("把所选登记转为维修工单（工单按登记内容预填，双向关联）"))
        self.order_button.clicked.connect(self.convert_to_order)
        self.order_button.setVisible(ctx.user.can(Action.ORDER_CREATE))
        self.complaint_button = QPushButton(self.tr("转投诉…（Ctrl+T）"))
        self.complaint_button.setObjectName("call_to_complaint")
        self.complaint_button.setToolTip(self.tr("把所选登记转为投诉（受理表按登记内容预填，双向关联）"))
        self.complaint_button.clicked.connect(self.convert_to_complaint)
        self.complaint_button.setVisible(ctx.user.can(Action.COMPLAINT_CREATE))
        self.linked_button = QPushButton()
        self.linked_button.setObjectName("call_open_linked")
        self.linked_button.setToolTip(self.tr("打开所选登记转成的工单或投诉"))
        self.linked_button.clicked.connect(self.open_linked)
        self.export_status = QLabel()
        self.export_status.setObjectName("call_export_status")
        self.export_status.setWordWrap(True)

        top = QWidget()
        top_lay = QHBoxLayout(top)
        top_lay.setContentsMargins(8, 8, 8, 4)
        top_lay.addWidget(self.form, 5)
        top_lay.addWidget(self.caller, 3)
        bottom = QWidget()
        b_lay = QVBoxLayout(bottom)
        b_lay.setContentsMargins(8, 4, 8, 8)
        b_lay.addWidget(self.filter_bar)
        b_lay.addWidget(self.filter_error)
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.counts)
        counts_row.addStretch(1)
        counts_row.addWidget(self.export_status, 1)
        counts_row.addWidget(self.loaded)
        b_lay.addLayout(counts_row)
        b_lay.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.follow_button)
        actions.addWidget(self.order_button)
        actions.addWidget(self.complaint_button)
        actions.addWidget(self.linked_button)
        actions.addStretch(1)
        b_lay.addLayout(actions)
        # The form takes the height it needs (it grows while error messages show); the list the rest.
        top.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(top)
        lay.addWidget(bottom, 1)

        ctx_ = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("F4"), self, self.on_fill_requested, context=ctx_)
        QShortcut(QKeySequence("Ctrl+N"), self, self.form.start_new, context=ctx_)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search, context=ctx_)
        QShortcut(QKeySequence("Ctrl+L"), self, self.table.setFocus, context=ctx_)
        # the selected entry becomes a work order / a complaint; its record opens
        self.order_shortcut = QShortcut(QKeySequence("Ctrl+G"), self, self.convert_to_order, context=ctx_)
        self.complaint_shortcut = QShortcut(QKeySequence("Ctrl+T"), self, self.convert_to_complaint, context=ctx_)
        self.linked_shortcut = QShortcut(QKeySequence("Ctrl+O"), self, self.open_linked, context=ctx_)
        ctx.bus.changed.connect(self.on_bus_changed)
        self.reload()
        self.setFocusProxy(self.form.room)

    def showEvent(self, event: Any) -> None:
        """Coming to this tab puts the cursor where the next contact starts."""
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            QTimer.singleShot(0, self.form.room.setFocus)

    # --- filters ---------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.filter_bar = QWidget()
        self.filter_bar.setObjectName("call_filters")
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(6)
        minimum = QDate(2000, 1, 1)
        self.f_from = QDateEdit()
        self.f_to = QDateEdit()
        for w, name in ((self.f_from, "call_f_from"), (self.f_to, "call_f_to")):
            w.setObjectName(name)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setMinimumDate(minimum)
            w.setSpecialValueText(self.tr("不限"))
            w.setCalendarPopup(True)
            w.setDate(minimum)
            w.dateChanged.connect(self._filter_timer_start)
        today_btn = QPushButton(self.tr("今天"))
        today_btn.setObjectName("call_f_today")
        today_btn.clicked.connect(lambda: self.set_date_range(0))
        week_btn = QPushButton(self.tr("近7天"))
        week_btn.clicked.connect(lambda: self.set_date_range(6))
        all_btn = QPushButton(self.tr("全部"))
        all_btn.setObjectName("call_f_all")
        all_btn.clicked.connect(self.clear_filters)
        self.f_channel = QComboBox()
        self.f_channel.setObjectName("call_f_channel")
        self.f_channel.addItem(self.tr("全部渠道"), None)
        for c in CHANNELS:
            self.f_channel.addItem(channel_name(c), c)
        self.f_kind = QComboBox()
        self.f_kind.setObjectName("call_f_kind")
        self.f_kind.addItem(self.tr("全部类别"), None)
        for k in KINDS:
            self.f_kind.addItem(kind_name(k), k)
        self.f_outcome = QComboBox()
        self.f_outcome.setObjectName("call_f_outcome")
        self.f_outcome.addItem(self.tr("全部结果"), None)
        for o in ("closed", "follow_up", "followed_up", "work_order", "complaint"):
            self.f_outcome.addItem(outcome_name(o), ("outcome", o))
        self.f_outcome.addItem(self.tr("今日到期及逾期的跟进"), ("follow_up", "due"))
        self.f_outcome.addItem(self.tr("已逾期的跟进"), ("follow_up", "overdue"))
        self.f_room = QLineEdit()
        self.f_room.setObjectName("call_f_room")
        self.f_room.setPlaceholderText(self.tr("房号"))
        self.f_room.setMaximumWidth(110)
        self.f_handler = QComboBox()
        self.f_handler.setObjectName("call_f_handler")
        self.f_handler.addItem(self.tr("全部经办人"), None)
        for sid, name in self._svc.handlers(self.ctx.user):
            self.f_handler.addItem(name, sid)
        self.f_text = QLineEdit()
        self.f_text.setObjectName("call_f_text")
        self.f_text.setPlaceholderText(self.tr("搜索内容，如 漏水（Ctrl+F）"))
        self.f_text.setClearButtonEnabled(True)
        self.f_text.setMinimumWidth(170)
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setObjectName("call_export")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(self.ctx.user.can(Action.CALL_EXPORT))
        for combo in (self.f_channel, self.f_kind, self.f_outcome, self.f_handler):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._filter_timer_start)
        for line in (self.f_room, self.f_text):
            line.textChanged.connect(self._filter_timer_start)
            line.returnPressed.connect(self.apply_filters)
        bar.addWidget(QLabel(self.tr("日期")))
        bar.addWidget(self.f_from)
        bar.addWidget(QLabel(self.tr("至")))
        bar.addWidget(self.f_to)
        bar.addWidget(today_btn)
        bar.addWidget(week_btn)
        bar.addWidget(all_btn)
        bar.addSpacing(6)
        for w in (self.f_channel, self.f_kind, self.f_outcome, self.f_room, self.f_handler):
            bar.addWidget(w)
        bar.addWidget(self.f_text, 1)
        bar.addWidget(self.export_button)
        self.filter_error = QLabel()
        self.filter_error.setObjectName("call_filter_error")
        self.filter_error.setStyleSheet(ERROR_STYLE)
        self.filter_error.hide()
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)

    def _filter_timer_start(self, *_args: object) -> None:
        self._filter_timer.start()

    def _date_value(self, w: QDateEdit) -> date | None:
        return None if w.date() == w.minimumDate() else _pydate(w.date())

    def current_filter(self) -> CallFilter:
        outcome = self.f_outcome.currentData()
        return CallFilter(
            date_from=self._date_value(self.f_from),
            date_to=self._date_value(self.f_to),
            channel=self.f_channel.currentData(),
            kind=self.f_kind.currentData(),
            outcome=outcome[1] if outcome and outcome[0] == "outcome" else None,
            follow_up=outcome[1] if outcome and outcome[0] == "follow_up" else None,
            room=self.f_room.text(),
            handled_by_id=self.f_handler.currentData(),
            text=self.f_text.text(),
        )

    def set_date_range(self, days_back: int) -> None:
        today = self._svc.today()
        self.f_from.setDate(_qdate(today - timedelta(days=days_back)))
        self.f_to.setDate(_qdate(today))
        self.apply_filters()

    def clear_filters(self) -> None:
        for w in (self.f_from, self.f_to):
            w.blockSignals(True)
            w.setDate(w.minimumDate())
            w.blockSignals(False)
        for combo in (self.f_channel, self.f_kind, self.f_outcome, self.f_handler):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for line in (self.f_room, self.f_text):
            line.blockSignals(True)
            line.clear()
            line.blockSignals(False)
        self.apply_filters()

    def focus_search(self) -> None:
        self.f_text.setFocus()
        self.f_text.selectAll()

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        self.reload(self.current_filter())

    def reload(self, flt: CallFilter | None = None, *, keep: int | None = None) -> None:
        """Load the newest page for the filter (or the current one); keep a selected entry."""
        try:
            self.model.reload(flt)
        except ValidationError as exc:
            name, code = next(iter(exc.errors.items()))
            params = dict(exc.params)
            params.update(exc.params.get("field_params", {}).get(name, {}))
            self.filter_error.setText(field_message(code, params))
            self.filter_error.show()
            return
        self.filter_error.hide()
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_loaded()
        self.refresh_counts()
        self._update_actions()

    def _update_loaded(self) -> None:
        n = self.model.rowCount()
        if n == 0:
            text = self.tr("没有符合条件的记录")
        elif self.model.has_more():
            text = self.tr("已显示最新 {0} 条，向下滚动查看更早的记录").format(n)
        else:
            text = self.tr("共 {0} 条").format(n)
        self.loaded.setText(text)

    # --- counts ----------------------------------------------------------------------------------

    def refresh_counts(self) -> None:
        c = self._svc.follow_up_counts(self.ctx.user)
        if c.open == 0:
            self.counts.setText("<span style='color:#555'>" + html.escape(self.tr("没有待跟进的记录")) + "</span>")
            return
        parts = [html.escape(self.tr("待跟进 {0} 项").format(c.open))]
        if c.due_today:
            parts.append(
                f"<a href='due_today' style='color:#b45309; font-weight:bold'>"
                f"{html.escape(self.tr('今日到期 {0}').format(c.due_today))}</a>"
            )
        if c.overdue:
            parts.append(
                f"<a href='overdue' style='color:#b42318; font-weight:bold'>"
                f"{html.escape(self.tr('已逾期 {0}').format(c.overdue))}</a>"
            )
        self.counts.setText("　".join(parts))

    def on_counts_linkActivated(self, link: str) -> None:
        target = ("follow_up", "overdue") if link == "overdue" else ("follow_up", "due")
        self.clear_filters_quietly()
        self.f_outcome.setCurrentIndex(self.f_outcome.findData(target))
        self.apply_filters()

    def clear_filters_quietly(self) -> None:
        for w in (
            self.f_from,
            self.f_to,
            self.f_channel,
            self.f_kind,
            self.f_outcome,
            self.f_handler,
            self.f_room,
            self.f_text,
        ):
            w.blockSignals(True)
        self.f_from.setDate(self.f_from.minimumDate())
        self.f_to.setDate(self.f_to.minimumDate())
        for combo in (self.f_channel, self.f_kind, self.f_outcome, self.f_handler):
            combo.setCurrentIndex(0)
        self.f_room.clear()
        self.f_text.clear()
        for w in (
            self.f_from,
            self.f_to,
            self.f_channel,
            self.f_kind,
            self.f_outcome,
            self.f_handler,
            self.f_room,
            self.f_text,
        ):
            w.blockSignals(False)

    def status_label(self, code: str, count: int) -> str | None:
        if code == "call.followup_overdue":
            return self.tr("跟进逾期 {0}").format(count)
        if code == "call.followup_due_today":
            return self.tr("今日待跟进 {0}").format(count)
        return None

    # --- caller lookup ---------------------------------------------------------------------------

    def _lookup_timer_start(self) -> None:
        self._lookup_timer.start()

    def refresh_lookup(self) -> None:
        self._lookup_timer.stop()
        room, phone = self.form.room.text(), self.form.phone.text()
        if not room.strip() and not phone.strip():
            self.caller.show_lookup(None, room, phone)
            return
        project = self.form.project.currentData() if len(self.form.projects) > 1 else None
        try:
            editing = self.form.editing
            lookup = self._svc.lookup(self.ctx.user, room, phone, project, entry_id=editing.id if editing is not None else None)
        except ServiceError as exc:
            self.caller.browser.setPlainText(error_message(exc))
            return
        self.caller.show_lookup(lookup, room, phone)

    def on_fill_requested(self) -> None:
        if self._lookup_timer.isActive():
            self.refresh_lookup()
        if self.caller.lookup is not None and self.form.fill_from(self.caller.lookup):
            self.form.content.setFocus()

    # --- list actions ----------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_row(self.table.currentIndex().row())
                return True
        return super().eventFilter(obj, event)

    def selected(self) -> CallRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _update_actions(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None and self.ctx.user.can(Action.CALL_EDIT))
        self.follow_button.setEnabled(row is not None and row.outcome == "follow_up" and self.ctx.user.can(Action.CALL_EDIT))
        # an entry becomes one work order or one complaint, once (the services refuse a second)
        convertible = row is not None and not row.converted
        user = self.ctx.user
        self.order_button.setEnabled(convertible and user.can(Action.ORDER_CREATE))
        self.order_shortcut.setEnabled(self.order_button.isEnabled())
        self.complaint_button.setEnabled(convertible and user.can(Action.COMPLAINT_CREATE))
        self.complaint_shortcut.setEnabled(self.complaint_button.isEnabled())
        linked = linked_record(row) if row is not None else None
        if linked is None:
            self.linked_button.setText(self.tr("查看工单/投诉（Ctrl+O）"))
        elif linked[0] == "order":
            self.linked_button.setText(self.tr("查看工单 {0}（Ctrl+O）").format(linked[2]))
        else:
            self.linked_button.setText(self.tr("查看投诉 {0}（Ctrl+O）").format(linked[2]))
        self.linked_button.setEnabled(linked is not None)
        self.linked_shortcut.setEnabled(linked is not None)

    def on_table_doubleClicked(self, index: QModelIndex) -> None:
        """The outcome of a converted entry opens its order or complaint; elsewhere: edit it."""
        row = self.model.row_at(index.row())
        if row is not None and index.column() == CallLogModel.COL_OUTCOME and linked_record(row):
            self.open_linked()
            return
        self.edit_row(index.row())

    def edit_row(self, row: int) -> None:
        entry = self.model.row_at(row)
        if entry is None:
            return
        self.open_entry(entry.id)

    def open_entry(self, entry_id: int) -> None:
        try:
            row = self._svc.get(self.ctx.user, entry_id)
        except ServiceError as exc:
            self.form.set_banner(error_message(exc), ERROR_STYLE)
            return
        if not self.form.is_blank() and self.form.editing is None:
            self.form.clear()  # the half-typed new entry can be restored with Ctrl+Alt+Z
        self.form.load(row)
        self.refresh_lookup()

    def open_record(self, kind: str, record_id: int) -> None:
        """From the global search: show the entry in the list and open it in the form."""
        if kind != "call":
            return
        self.clear_filters_quietly()
        self.reload(CallFilter(), keep=record_id)
        self.open_entry(record_id)

    def convert_to_order(self) -> None:
        """转工单: the selected contact becomes a work order (see ui/work_order_tab.py)."""
        from frontdesk.ui.work_order_tab import OrderFormDialog

        row = self.selected()
        if row is None or row.converted or not self.ctx.user.can(Action.ORDER_CREATE):
            return
        try:
            dlg = OrderFormDialog.from_call(self.ctx, row.id, self)
        except ServiceError as exc:
            self.form.set_banner(error_message(exc), ERROR_STYLE)
            return
        self.order_dialog = dlg
        dlg.open()

    def convert_to_complaint(self) -> None:
        """转投诉: the selected contact becomes a complaint (see ui/complaint_forms.py)."""
        from frontdesk.ui.complaint_forms import NewComplaintDialog

        row = self.selected()
        if row is None or row.converted or not self.ctx.user.can(Action.COMPLAINT_CREATE):
            return
        try:
            dlg = NewComplaintDialog.from_call(self.ctx, row.id, self)
        except ServiceError as exc:
            self.form.set_banner(error_message(exc), ERROR_STYLE)
            return
        self.complaint_dialog = dlg
        dlg.open()

    def open_linked(self) -> None:
        """The work order or complaint the selected entry became, in its own tab."""
        row = self.selected()
        linked = linked_record(row) if row is not None else None
        if linked is not None:
            self.ctx.bus.open_requested.emit(linked[0], linked[1])

    def complete_follow_up(self) -> None:
        row = self.selected()
        if row is None or row.outcome != "follow_up":
            return
        dlg = FollowUpDialog(row, self)
        self.follow_dialog = dlg
        dlg.accepted.connect(lambda: self._complete(row, dlg))
        dlg.open()

    def _complete(self, row: CallRow, dlg: FollowUpDialog) -> None:
        try:
            done = self._svc.complete_follow_up(self.ctx.user, row.id, dlg.note.toPlainText(), expected_version=row.version)
        except ValidationError as exc:
            dlg.errors.show(exc)
            dlg.open()  # keep the dialog, and what was typed
            return
        except ServiceError as exc:
            self.form.set_banner(error_message(exc), ERROR_STYLE)
            self.reload(keep=row.id)
            return
        self.ctx.bus.changed.emit("call", done.id)
        self.form.set_banner(self.tr("#{0} 已完成跟进。").format(done.id), OK_STYLE)

    # --- export ----------------------------------------------------------------------------------

    def export(self) -> None:
        default_dir = Path.home() / "Documents"
        if not default_dir.exists():
            default_dir = Path.home()
        dlg = ExportDialog(self._svc.today(), default_dir, self)
        self.export_dialog = dlg
        dlg.accepted.connect(lambda: self.start_export(*dlg.range(), Path(dlg.path.text().strip())))
        dlg.open()

    def start_export(self, date_from: date, date_to: date, path: Path) -> None:
        """Write the file in a worker thread; the tab stays usable."""
        self.export_button.setEnabled(False)
        self.export_status.setStyleSheet(INFO_STYLE)
        self.export_status.setText(self.tr("正在导出…"))
        svc, user = self._svc, self.ctx.user
        self._export_job = run_in_background(
            lambda: svc.export_xlsx(user, path, date_from, date_to),
            lambda n: self.on_export_done(n, path),
            self.on_export_failed,
        )

    def on_export_done(self, count: int, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.export_status.setStyleSheet(OK_STYLE)
        self.export_status.setText(self.tr("已导出 {0} 条到 {1}").format(count, path))

    def on_export_failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        self.export_status.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, ServiceError):
            text = error_message(exc)
        else:
            text = self.tr("导出失败：{0}").format(exc)
        self.export_status.setText(text)

    # --- changes elsewhere -----------------------------------------------------------------------

    def on_form_saved(self, row: CallRow) -> None:
        self.reload(keep=row.id)
        self.refresh_lookup()

    def on_bus_changed(self, kind: str, record_id: int) -> None:
        if kind not in ("call", "room"):
            return
        current = self.selected()
        self.reload(keep=current.id if current else None)
        self.refresh_lookup()

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("call_log/header", self.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        header = settings.value("call_log/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def selected_row_index(self) -> int:
        return self.table.currentIndex().row()


__all__ = ["CallLogTab", "CallEntryForm", "CallerPanel", "ROW_ROLE"]
