"""The call log's entry form (log a contact while the person is still talking)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.call_log import (
    CHANNELS,
    KINDS,
    CallerLookup,
    CallInput,
    CallRow,
)
from frontdesk.services.clock import to_local
from frontdesk.services.core.changes import call_op
from frontdesk.services.errors import ConflictError, ServiceError, ValidationError
from frontdesk.services.validation import LONG_TEXT_MAX
from frontdesk.ui.call_log.model import (
    channel_name,
    kind_name,
    outcome_name,
    outcome_text,
)
from frontdesk.ui.call_log.widgets import (
    AUTO_TIME_REFRESH_MS,
    INFO_STYLE,
    OK_STYLE,
    ConflictHandling,
    TypedPhones,
    _Draft,
    _GridErrors,
    _local,
    _pydate,
    _qdate,
    _qdatetime,
)
from frontdesk.ui.common.choice_bar import ChoiceBar
from frontdesk.ui.common.conflict import Answer, ConflictPanel
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import row, stack
from frontdesk.ui.common.form_parts import across, button, combo, date_edit, date_time_edit, label, line_edit, text_box
from frontdesk.ui.common.form_scroll import FormScroll
from frontdesk.ui.common.forms import ERROR_STYLE
from frontdesk.ui.common.messages import error_message, field_message
from frontdesk.ui.common.ops import publish


class CallEntryForm(ConflictHandling, QWidget):
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
        #: the receptionist picked the outcome herself (else it follows the kind: 报修 → 待跟进)
        self._outcome_picked = False
        self._setting = False
        self._draft: _Draft | None = None
        #: the record the contact is about (kind, id), linked with F6 from the caller panel
        self.link: tuple[str, int] | None = None
        #: the occupant whose number F4 filled in (shown as the role may see it; the entry keeps it in full)
        self.phone_from: int | None = None
        #: the numbers she typed into entries saved from this form (not masked back at her)
        self.typed_phones = TypedPhones()
        self.errors = _GridErrors()

        self.title = label("call_form_title", "font-size: 14px; font-weight: bold;")

        self.channel = ChoiceBar([(c, channel_name(c)) for c in CHANNELS])
        self.channel.setObjectName("call_channel")
        self.at = date_time_edit("call_at", popup=False)
        self.at.setMinimumWidth(self.fontMetrics().horizontalAdvance("2026-11-27 09:30") + 44)
        self.at.dateTimeChanged.connect(self.on_at_dateTimeChanged)
        self.at_hint = label("", INFO_STYLE)
        self.projects = self.ctx.services.registry.projects()
        self.project = combo("call_project", [(self.tr("全部项目"), None), *((name, pid) for pid, name in self.projects)])
        self.project.setVisible(len(self.projects) > 1)
        self.project.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        widest = max(self.fontMetrics().horizontalAdvance(self.project.itemText(i)) for i in range(self.project.count()))
        self.project.setMinimumWidth(widest + 36)
        self.project.currentIndexChanged.connect(lambda _i: self.caller_changed.emit())
        self.room = line_edit("call_room", self.tr("如 3-2-1502，可不填"))
        self.room.setMinimumWidth(self.fontMetrics().horizontalAdvance("如 3-2-1502，可不填") + 16)
        self.phone = line_edit("call_phone", self.tr("手机或座机"))
        self.person = line_edit("call_person", self.tr("姓名或称呼，如 王女士"))
        self.kind = ChoiceBar([(k, kind_name(k)) for k in KINDS])
        self.kind.setObjectName("call_kind")
        self.content = text_box("call_content", self.tr("来电来访的内容（回车保存，Shift+回车换行）"))
        self.content.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.content_count = label("call_content_count")
        self.content_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.handling = text_box("call_handling", self.tr("如何答复、通知了谁、约定了什么"))
        self.handling.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.outcome = ChoiceBar()
        self.outcome.setObjectName("call_outcome")
        self.outcome.chosen.connect(self.on_outcome_chosen)
        self.due = date_edit("call_due")
        self.handled_by = combo("call_handled_by", [(name, sid) for sid, name in self._svc.handlers(ctx.user)])
        self.save_button = button("", "call_save", self.save)
        self.clear_button = button(self.tr("清空（Esc）"), "call_clear", self.clear)
        self.banner = label("call_banner", wrap=True)
        self.restore_button = button(self.tr("恢复刚才清空的内容（Ctrl+Alt+Z）"), "call_restore", self.restore_draft)
        self.restore_button.setFlat(True)
        self.restore_button.setStyleSheet("color: #1d4ed8; text-decoration: underline; padding: 0;")
        self.restore_button.hide()
        self.conflict = ConflictPanel(self)
        #: tests and scripted runs answer the conflict question here instead of the panel
        self.conflict_answer: Answer | None = None

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
        at_box = across(self.at, self.at_hint, None)
        self.at_hint.setMinimumWidth(self.fontMetrics().horizontalAdvance("接听时间") + 4)
        at_box.setMinimumWidth(self.at.minimumWidth() + self.at_hint.minimumWidth() + 8)
        grid.addWidget(self._label(self.tr("渠道(&Q)"), self.channel), 0, 0)
        grid.addWidget(e.wrap("channel", self.channel), 0, 1, 1, 3)
        grid.addWidget(self._label(self.tr("时间(&T)"), self.at), 0, 4)
        grid.addWidget(e.wrap("at", at_box), 0, 5)
        e._widgets["at"] = self.at  # the red frame goes on the editor, not its box
        room_box = across(self.project, (self.room, 1))
        room_box.layout().setSpacing(4)  # type: ignore[union-attr]
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
        grid.addWidget(self._label(self.tr("处理情况(&G)"), self.handling), 4, 0)
        grid.addWidget(e.wrap("handling", self.handling), 4, 1, 1, 5)
        grid.addWidget(self._label(self.tr("结果(&O)"), self.outcome), 5, 0)
        grid.addWidget(e.wrap("outcome", self.outcome), 5, 1)
        grid.addWidget(self._label(self.tr("跟进期限(&D)"), self.due), 5, 2)
        grid.addWidget(e.wrap("due_date", self.due), 5, 3)
        grid.addWidget(self._label(self.tr("经办人(&J)"), self.handled_by), 5, 4)
        grid.addWidget(e.wrap("handled_by", self.handled_by), 5, 5)

        buttons = row((self.banner, 1), self.restore_button, self.clear_button, self.save_button)
        # the fields scroll when the window is low (1280×720 at 125 %); the buttons stay in view
        self.form_scroll = FormScroll(self.title, self.conflict, grid, None, name="call_form_scroll")
        stack(self, (self.form_scroll, 1), buttons, margins=(0, 0, 0, 0))

        order = [*self._fields(), self.save_button, self.clear_button]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _fields(self) -> list[QWidget]:
        """The form's inputs in screen (and tab) order."""
        return [
            self.channel, self.at, self.project, self.room, self.phone, self.person, self.kind,
            self.content, self.handling, self.outcome, self.due, self.handled_by,
        ]  # fmt: skip

    def _wire(self) -> None:
        for w in self._fields():
            w.installEventFilter(self)
        for w in (self.room, self.phone, self.person):
            w.textEdited.connect(self.on_text_edited)
        self.phone.textEdited.connect(self.on_phone_textEdited)
        self.room.textChanged.connect(lambda _t: self.caller_changed.emit())
        self.phone.textChanged.connect(lambda _t: self.caller_changed.emit())
        for w in (self.content, self.handling):
            w.textChanged.connect(self.on_text_edited)
        self.content.textChanged.connect(self._update_count)
        self.kind.chosen.connect(self.on_kind_chosen)
        self.outcome.chosen.connect(self.on_outcome_picked)
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
        self.link = None
        self._set_phone_from(None)
        self.conflict_latest = None
        self.conflict.dismiss()
        self.errors.clear()
        for w in (self.room, self.phone, self.person):
            w.clear()
        self.content.clear()
        self.handling.clear()
        self.kind.set_value("inquiry")
        self.outcome.set_items(self._outcome_items(None))
        self.outcome.setEnabled(True)
        self.outcome.set_value("closed")
        self._outcome_picked = False
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
            "started": self._started, "editing": self.editing, "link": self.link,
            "outcome_picked": self._outcome_picked, "phone_from": self.phone_from,
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
        self.link = v["link"]
        self._outcome_picked = v["outcome_picked"]
        self._set_phone_from(v["phone_from"])
        self._setting = False
        self.set_banner(self.tr("已恢复清空前的内容。"), INFO_STYLE)
        self.room.setFocus()

    def load(self, row: CallRow) -> None:
        """Edit an existing entry."""
        self.reset()
        self._setting = True
        self.editing = row
        self.link = (row.link_kind, row.link_id) if row.link_kind and row.link_id is not None else None
        self.channel.set_value(row.channel)
        self._show_at(row.at)
        self.at_hint.setText("")
        if row.room_code and len(self.projects) > 1:
            idx = self.project.findText(row.project)
            self.project.setCurrentIndex(max(0, idx))
        self.room.setText(row.room_code)
        self.phone.setText(self.typed_phones.get(row.id, row.phone) or row.phone)
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

    def _set_phone_from(self, occupant_id: int | None) -> None:
        self.phone_from = occupant_id
        self.phone.setToolTip(self.tr("号码来自业户档案，按权限显示；保存时记录完整号码") if occupant_id is not None else "")

    def on_phone_textEdited(self, _text: str) -> None:
        """A number typed over the one F4 filled in is hers, not the registry's."""
        if self.phone_from is not None:
            self._set_phone_from(None)

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

    def on_kind_chosen(self, kind: str) -> None:
        """A new 报修 contact not turned into an order at once stays open: its outcome follows
        the kind (报修 → 待跟进 by the default date, else 当场办结) until the receptionist picks
        one herself."""
        if self.editing is not None or self._outcome_picked or not self.outcome.isEnabled():
            return
        code = "follow_up" if kind == "repair" else "closed"
        if code != self.outcome.value():
            self.outcome.set_value(code)
            self.on_outcome_chosen(code, focus=False)

    def on_outcome_picked(self, _code: str) -> None:
        self._outcome_picked = True

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
            link_kind=self.link[0] if self.link else "",
            link_id=self.link[1] if self.link else None,
            phone_from=self.phone_from,
        )

    def contact_time(self) -> datetime:
        """When the contact being typed happened (what the records that concern the room are
        looked up for)."""
        if self._at_manual:
            return _local(self.at.dateTime())
        if self.editing is not None:
            return self.editing.at
        return self._started or self.ctx.services.clock.now()

    def save(self) -> CallRow | None:
        """Create or update; on an error everything typed stays where it is."""
        data = self.data()
        self.errors.clear()
        try:
            if self.editing is not None:
                row, changes = call_op(
                    self._svc.update, self.ctx.user, self.editing.id, data, expected_version=self.editing.version
                )
            else:
                row, changes = call_op(self._svc.create, self.ctx.user, data)
            assert isinstance(row, CallRow)
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
        self.typed_phones.remember(row, data)
        was_edit = self.editing is not None
        self._draft = None
        self.reset()
        publish(self.ctx, changes)
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

    # --- from the caller lookup ------------------------------------------------------------------

    def fill_from(self, lookup: CallerLookup) -> bool:
        """F4: fill an empty room / caller / phone from what the lookup found. True if anything
        changed. The phone is the registry's, shown as the role may see it (masked for the front
        desk); the entry stores the full number (services.call_log: ``CallInput.phone_from``)."""
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
        if not self.phone.text().strip() and lookup.room is not None and lookup.occupants:
            # the phone of the person named (as filled in, or as typed when the registry has them)
            person = self.person.text().strip()
            occupant = next((o for o in lookup.occupants if o.name == person), None)
            number = (occupant.phone or occupant.phone2) if occupant is not None else ""
            if occupant is not None and number:
                self.phone.setText(number)
                self._set_phone_from(occupant.id)
                changed = True
        if changed:
            self.on_text_edited()
        return changed
