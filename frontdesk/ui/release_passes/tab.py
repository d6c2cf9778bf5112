"""放行条: issue a large-item release pass from the keyboard, print it, and keep the day's list.

Keyboard: Ctrl+N new pass (focus on 房号), Tab through the fields, Enter in the item lines goes to
the next line, Ctrl+Enter issues and opens the print preview, Esc clears the form.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QObject, QSettings, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.clock import LOCAL_TZ
from frontdesk.services.core.changes import call_op
from frontdesk.services.errors import ConflictError, ServiceError, ValidationError
from frontdesk.services.permissions import Action
from frontdesk.services.release_passes import PASS, REASONS, ItemInput, PassDetail, PassInput, PassPrint
from frontdesk.ui.common.conflict import Choice, FieldDiff
from frontdesk.ui.common.export import ask_path
from frontdesk.ui.common.ops import publish
from frontdesk.ui.common.print_action import open_preview
from frontdesk.ui.context import UiContext
from frontdesk.ui.forms import ERROR_STYLE, FieldErrors
from frontdesk.ui.labels import data_word
from frontdesk.ui.messages import error_message, field_message
from frontdesk.ui.release_passes.model import ReleasePassModel
from frontdesk.ui.release_passes.widgets import (
    ItemLinesEditor,
    MaskedIdEdit,
    PassPrintable,
    ask_text,
    pass_card_html,
    room_history_html,
    state_name,
)
from frontdesk.ui.room_field import RoomField
from frontdesk.ui.tables import RecordList, add_shortcuts, form_beside_list, resolve_stale, show_banner
from frontdesk.ui.worker import run_in_background

STATE_FILTERS = (
    ("", QT_TRANSLATE_NOOP("ReleasePassTab", "全部状态")),
    ("issued", QT_TRANSLATE_NOOP("ReleasePassTab", "已开具")),
    ("used", QT_TRANSLATE_NOOP("ReleasePassTab", "已放行")),
    ("void", QT_TRANSLATE_NOOP("ReleasePassTab", "已作废")),
    ("expired", QT_TRANSLATE_NOOP("ReleasePassTab", "已过期")),
)
CONFIRM_CHOICES = (
    ("", QT_TRANSLATE_NOOP("ReleasePassTab", "请选择…")),
    ("phone", QT_TRANSLATE_NOOP("ReleasePassTab", "电话确认业主")),
    ("signed", QT_TRANSLATE_NOOP("ReleasePassTab", "业主到场签字")),
    ("written", QT_TRANSLATE_NOOP("ReleasePassTab", "业主书面委托")),
)


class ReleasePassTab(QWidget):
    record_kinds = ("pass",)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("放行条"))
        self._room_owner = ""  # the owner name last filled in from the registry
        self._last_print: PassPrint | None = None
        #: tests and scripted runs answer the conflict question here instead of a dialog
        self.conflict_answer: Callable[[Sequence[FieldDiff]], Choice] | None = None
        self.errors = FieldErrors()
        self._split = form_beside_list(self, self._build_form(), self._build_list(), "pass_split")
        add_shortcuts(
            self,
            (
                ("Ctrl+Return", self.on_issue_clicked),
                ("Ctrl+Enter", self.on_issue_clicked),
                ("Ctrl+N", self.new_pass),
                ("Escape", self.on_escape),
            ),
        )
        ctx.bus.watch({PASS}, self.on_passes_changed)
        self.reset_form()
        self.reload()

    # --- building -----------------------------------------------------------

    def _build_form(self) -> QWidget:
        box = QGroupBox(self.tr("开具大件物品放行条"))
        box.setObjectName("pass_form")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(5)

        self.room_field = RoomField(self.ctx, name="pass_room")
        self.room = self.room_field.edit
        self.room.setPlaceholderText(self.tr("3-2-1502 / 3栋2单元1502 / 3#2-1502"))
        self.room.editingFinished.connect(self.on_room_editingFinished)
        self.room_field.projectChanged.connect(self.on_room_editingFinished)
        self.room_info = QLabel()
        self.room_info.setObjectName("pass_room_info")
        self.room_info.setStyleSheet("color:#2c3e50")
        room_row = QHBoxLayout()
        room_row.addWidget(self.errors.wrap("room", self.room_field, self.room), 2)
        room_row.addWidget(self.room_info, 3)
        form.addRow(self.tr("房号"), room_row)

        self.owner = QLineEdit()
        self.owner.setObjectName("pass_owner")
        self.owner.setPlaceholderText(self.tr("按房号自动带出"))
        self.owner.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab skips it: the registry fills it in
        self.errors.add_row(form, self.tr("业主"), "owner_name", self.owner)

        self.carrier_is_owner = QCheckBox(self.tr("业主本人携物(&B)"))
        self.carrier_is_owner.setObjectName("pass_carrier_is_owner")
        self.carrier_is_owner.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Alt+B, or a click
        self.carrier_is_owner.toggled.connect(self.on_carrier_is_owner_toggled)
        self.carrier = QLineEdit()
        self.carrier.setObjectName("pass_carrier")
        carrier_row = QHBoxLayout()
        carrier_row.addWidget(self.errors.wrap("carrier_name", self.carrier), 1)
        carrier_row.addWidget(self.carrier_is_owner)
        form.addRow(self.tr("携物人"), carrier_row)

        self.phone = QLineEdit()
        self.phone.setObjectName("pass_phone")
        self.phone.setMaxLength(20)
        self.id_number = MaskedIdEdit()
        self.id_number.setObjectName("pass_id_number")
        self.id_number.checked.connect(self.on_id_number_checked)
        contact = QHBoxLayout()
        contact.addWidget(self.errors.wrap("carrier_phone", self.phone), 2)
        contact.addWidget(QLabel(self.tr("身份证号")))
        contact.addWidget(self.errors.wrap("carrier_id_number", self.id_number), 3)
        form.addRow(self.tr("电话"), contact)

        self.confirm_method = QComboBox()
        self.confirm_method.setObjectName("pass_confirm_method")
        for code, text in CONFIRM_CHOICES:
            self.confirm_method.addItem(self.tr(str(text)), code)
        self.confirm_method.currentIndexChanged.connect(self.on_confirm_method_changed)
        self.confirm_method.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.confirm_by = QLineEdit()
        self.confirm_by.setObjectName("pass_confirm_by")
        self.confirm_by.setPlaceholderText(self.tr("确认人"))
        self.confirm_by.setMaximumWidth(90)
        self.confirm_time = _TimeField()
        self.confirm_time.setObjectName("pass_confirm_time")
        self.confirm_time.setDisplayFormat("HH:mm")
        self.confirm_note = QLineEdit()
        self.confirm_note.setObjectName("pass_confirm_note")
        self.confirm_note.setPlaceholderText(self.tr("接听人、号码等"))
        confirm = QWidget()
        cl = QHBoxLayout(confirm)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.confirm_method)
        cl.addWidget(self.confirm_by)
        cl.addWidget(self.confirm_time)
        cl.addWidget(self.confirm_note, 1)
        self.errors.add_row(form, self.tr("业主确认"), "confirm_method", confirm)

        self.items = ItemLinesEditor()
        self.items.setObjectName("pass_items")
        self.items_error = QLabel()
        self.items_error.setObjectName("error_items")
        self.items_error.setStyleSheet(ERROR_STYLE)
        self.items_error.setWordWrap(True)
        self.items_error.hide()
        items_box = QVBoxLayout()
        items_box.setSpacing(2)
        items_box.addWidget(self.items)
        hint = QLabel(self.tr("回车：下一行　Alt+A：加一行　Ctrl+D：删除本行"))
        hint.setStyleSheet("color:#888; font-size:11px")
        items_box.addWidget(hint)
        items_box.addWidget(self.items_error)
        form.addRow(self.tr("物品"), items_box)

        self.reason = QComboBox()
        self.reason.setObjectName("pass_reason")
        for r in REASONS:
            self.reason.addItem(data_word(r), r)
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # never squeezed
        self.reason_note = QLineEdit()
        self.reason_note.setObjectName("pass_reason_note")
        self.reason_note.setPlaceholderText(self.tr("说明（选“其他”时必填）"))
        self.plate = QLineEdit()
        self.plate.setObjectName("pass_plate")
        self.plate.setPlaceholderText(self.tr("如 粤B12345（可空）"))
        self.plate.setMaxLength(10)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason)
        reason_row.addWidget(self.errors.wrap("reason_note", self.reason_note), 2)
        reason_row.addWidget(QLabel(self.tr("车牌")))
        reason_row.addWidget(self.errors.wrap("plate", self.plate), 1)
        form.addRow(self.tr("原因"), reason_row)

        self.valid_date = QDateEdit()
        self.valid_date.setObjectName("pass_valid_date")
        self.valid_date.setCalendarPopup(True)
        self.valid_date.setDisplayFormat("yyyy-MM-dd")
        self.valid_from = QTimeEdit()
        self.valid_from.setObjectName("pass_valid_from")
        self.valid_from.setDisplayFormat("HH:mm")
        self.valid_until = QTimeEdit()
        self.valid_until.setObjectName("pass_valid_until")
        self.valid_until.setDisplayFormat("HH:mm")
        validity = QWidget()
        vl = QHBoxLayout(validity)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.addWidget(self.valid_date)
        vl.addWidget(self.valid_from)
        vl.addWidget(QLabel(self.tr("至")))
        vl.addWidget(self.valid_until)
        vl.addStretch(1)
        self.errors.add_row(form, self.tr("有效时间"), "validity", validity)

        self.banner = QLabel()
        self.banner.setObjectName("pass_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.issue_button = QPushButton(self.tr("开具并打印（Ctrl+Enter）"))
        self.issue_button.setObjectName("pass_issue")
        self.issue_button.setDefault(True)
        self.issue_button.setEnabled(self.ctx.user.can(Action.PASS_ISSUE))
        self.issue_button.clicked.connect(self.on_issue_clicked)
        self.issue_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button = QPushButton(self.tr("清空（Esc）"))
        self.clear_button.setObjectName("pass_clear")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.reset_form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.issue_button)

        self.room_history = QTextBrowser()
        self.room_history.setObjectName("pass_room_history")
        self.room_history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.room_history.setFrameShape(QFrame.Shape.NoFrame)
        self.room_history.setStyleSheet("background: transparent;")

        lay = QVBoxLayout(box)
        lay.addLayout(form)
        lay.addWidget(self.banner)
        lay.addWidget(self.room_history, 1)
        lay.addLayout(buttons)
        chain = [
            *self.room_field.tab_chain(),
            self.carrier,
            self.phone,
            self.id_number,
            self.confirm_method,
            # Tab reaches the confirmation details only while they are shown (电话确认: 确认人, 时间;
            # 接听人/号码 unless the owner carries): Qt skips hidden and disabled fields by itself
            self.confirm_by,
            self.confirm_time,
            self.confirm_note,
            self.items.first_field(),
        ]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        # the details are optional (确认人 defaults to whoever issues, 时间 to now): Enter goes on to 物品
        for w in (self.confirm_method, self.confirm_by, self.confirm_time, self.confirm_note):
            w.installEventFilter(self)
        return box

    def _build_list(self) -> QWidget:
        self.day = QDateEdit()
        self.day.setObjectName("pass_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("pass_state_filter")
        for code, text in STATE_FILTERS:
            self.state_filter.addItem(self.tr(str(text)), code)
        self.state_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.state_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_text = QLineEdit()
        self.filter_text.setObjectName("pass_filter")
        self.filter_text.setPlaceholderText(self.tr("房号、编号或携物人"))
        self.filter_text.returnPressed.connect(self.reload)
        self.export_button = QPushButton(self.tr("导出 Excel"))
        self.export_button.setObjectName("pass_export")
        self.export_button.setEnabled(self.ctx.user.can(Action.PASS_EXPORT))
        self.export_button.clicked.connect(self.on_export_clicked)
        self.reprint_button = QPushButton(self.tr("补打（副本）"))
        self.reprint_button.setObjectName("pass_reprint")
        self.reprint_button.clicked.connect(self.on_reprint_clicked)
        self.void_button = QPushButton(self.tr("作废…"))
        self.void_button.setObjectName("pass_void")
        self.void_button.clicked.connect(self.on_void_clicked)
        self.copy_button = QPushButton(self.tr("复制到新单"))
        self.copy_button.setObjectName("pass_copy")
        self.copy_button.setToolTip(self.tr("作废重开时使用：房号、携物人、物品等带入左侧表单，电话和身份证号需重新填写"))
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.records: RecordList[PassDetail] = RecordList(
            self.tr("放行条记录"),
            ReleasePassModel(self),
            "pass",
            on_current=self.show_detail,
            filters=((self.day, 0), (self.state_filter, 0), (self.filter_text, 1), (self.export_button, 0)),
            actions=(self.reprint_button, self.void_button, self.copy_button),
            split=(3, 2),
        )
        self.records.setObjectName("pass_list_box")
        self.records.count_label.setObjectName("pass_count")
        self.model, self.table, self.detail = self.records.model, self.records.table, self.records.detail
        self.count_label = self.records.count_label
        self.show_detail(None)
        return self.records

    # --- the form -----------------------------------------------------------

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Coming to this tab with an empty form puts the cursor in 房号, ready to type."""
        super().showEvent(event)
        if not self.room.text():
            self.room.setFocus()

    def reset_form(self) -> None:
        """An empty form with today's default window; focus on 房号."""
        self.errors.clear()
        self._clear_item_errors()
        self.banner.hide()
        for w in (
            self.room,
            self.owner,
            self.carrier,
            self.phone,
            self.reason_note,
            self.plate,
            self.confirm_note,
        ):
            w.clear()
        self.id_number.set_value("")
        self.room_info.clear()
        self.room_history.clear()
        self._room_owner = ""
        self.carrier_is_owner.setChecked(False)
        self.items.clear()
        self.reason.setCurrentIndex(0)
        self.confirm_method.setCurrentIndex(0)
        day, start, end = self.ctx.services.release_passes.default_window(self.ctx.services.settings.get("pass.window"))
        self.valid_date.setDate(QDate(day.year, day.month, day.day))
        self.valid_from.setTime(QTime(start.hour, start.minute))
        self.valid_until.setTime(QTime(end.hour, end.minute))
        self.confirm_by.setText(self.ctx.user.name)
        self.on_confirm_method_changed()
        self.room.setFocus()

    def new_pass(self) -> None:
        self.reset_form()

    def on_escape(self) -> None:
        if self.room.text() or self.carrier.text() or any(i.name for i in self.items.items()):
            self.reset_form()

    def on_room_editingFinished(self) -> None:
        text = self.room.text().strip()
        if not text:
            self.room_info.clear()
            return
        try:
            row = self.ctx.services.registry.resolve(self.ctx.user, text, self.room_field.project_id())
        except ValidationError as exc:
            params = dict(exc.params)
            self.errors.set("room", field_message(exc.errors.get("room", "invalid"), params))
            self.room_info.clear()
            return
        except ServiceError:
            return  # a role without registry access: the service checks the room on issue
        self._clear_field_error("room")
        self.room.setText(row.code)
        self.room_info.setText(self.tr("{0}　{1}　业主：{2}").format(row.project, row.status, row.owner_name or "—"))
        if not self.owner.text().strip() or self.owner.text() == self._room_owner:
            self.owner.setText(row.owner_name)
        self._room_owner = row.owner_name
        self.show_room_history(row.id, row.code)
        if not row.owner_name:
            # no owner on file: the owner's name is needed, so that field comes next
            QTimer.singleShot(0, self.owner.setFocus)
        if self.carrier_is_owner.isChecked():
            self.carrier.setText(self.owner.text())

    def show_room_history(self, room_id: int, code: str) -> None:
        """The room's recent passes under the form: several moves out in a week is worth a look."""
        rows = self.ctx.services.release_passes.room_history(self.ctx.user, room_id, limit=8)
        title = self.tr("{0} 最近的放行条").format(code)
        self.room_history.setHtml(room_history_html(title, self.tr("{0} 没有放行条记录").format(code), rows))

    def _clear_field_error(self, name: str) -> None:
        label = self.findChild(QLabel, f"error_{name}")
        if label is not None:
            label.clear()
            label.hide()
        widget = {"room": self.room, "carrier_id_number": self.id_number}.get(name)
        if widget is not None:
            widget.setStyleSheet("")

    def on_carrier_is_owner_toggled(self, checked: bool) -> None:
        if checked:
            self.carrier.setText(self.owner.text())
            self.phone.setPlaceholderText(self.tr("留空则用档案中的业主电话"))
            self.id_number.setPlaceholderText(self.tr("业主本人可不填"))
        else:
            if self.carrier.text() == self.owner.text():
                self.carrier.clear()
            self.phone.setPlaceholderText("")
            self.id_number.setPlaceholderText(self.tr("18 位身份证号，末位可为 X"))
        self.on_confirm_method_changed()

    def on_id_number_checked(self, code: str) -> None:
        if code:
            self.errors.set("carrier_id_number", field_message(code))
        else:
            self._clear_field_error("carrier_id_number")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.KeyPress
            and obj in (self.confirm_method, self.confirm_by, self.confirm_time, self.confirm_note)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
            and event.modifiers() == Qt.KeyboardModifier.NoModifier  # type: ignore[attr-defined]
        ):
            self.items.first_field().setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(obj, event)

    def on_confirm_method_changed(self, *_args: object) -> None:
        own = self.carrier_is_owner.isChecked()
        self.confirm_method.setEnabled(not own)
        if own:
            self.confirm_method.setToolTip(self.tr("业主本人携物，无需确认"))
        phone = self.confirm_method.currentData() == "phone" and not own
        for w in (self.confirm_by, self.confirm_time):
            w.setVisible(phone)
        self.confirm_note.setVisible(not own)
        if phone:
            now = self.ctx.services.clock.local_now()
            self.confirm_time.setTime(QTime(now.hour, now.minute))

    def form_input(self) -> PassInput:
        d = self.valid_date.date()
        day = datetime(d.year(), d.month(), d.day()).date()
        tf, tu = self.valid_from.time(), self.valid_until.time()
        method = "" if self.carrier_is_owner.isChecked() else (self.confirm_method.currentData() or "")
        confirm_at = None
        if method == "phone":
            t = self.confirm_time.time()
            today = self.ctx.services.clock.local_now().date()
            confirm_at = datetime.combine(today, time(t.hour(), t.minute()), LOCAL_TZ)
        return PassInput(
            room=self.room.text(),
            project_id=self.room_field.project_id(),
            owner_name=self.owner.text(),
            carrier_is_owner=self.carrier_is_owner.isChecked(),
            carrier_name=self.carrier.text(),
            carrier_phone=self.phone.text(),
            carrier_id_number=self.id_number.value(),
            items=self.items.items(),
            reason=self.reason.currentData(),
            reason_note=self.reason_note.text(),
            plate=self.plate.text(),
            valid_date=day,
            valid_from=time(tf.hour(), tf.minute()),
            valid_until=time(tu.hour(), tu.minute()),
            confirm_method=method,
            confirm_by=self.confirm_by.text(),
            confirm_at=confirm_at,
            confirm_note=self.confirm_note.text(),
        )

    def _clear_item_errors(self) -> None:
        self.items_error.clear()
        self.items_error.hide()
        self.items.clear_marks()

    def on_issue_clicked(self) -> None:
        if not self.ctx.user.can(Action.PASS_ISSUE):
            return
        self._clear_item_errors()
        self.banner.hide()
        try:  # the form shows its own errors (item lines, the banner); the change set is published
            printed, changes = call_op(self.ctx.services.release_passes.issue, self.ctx.user, self.form_input())
        except ValidationError as exc:
            self._show_validation(exc)
            return
        except ServiceError as exc:
            self._show_banner(error_message(exc), error=True)
            return
        self.errors.clear()
        self._last_print = printed
        d = printed.detail
        publish(self.ctx, changes, d.id)
        self.reset_form()
        self._show_banner(
            self.tr("已开具 {0}（{1}，{2}）。请在打印窗口打印两联，交携物人门岗联。").format(
                d.number, d.room_code, d.carrier_name
            ),
            error=False,
        )
        self.select_pass(d.id)
        self.print_pass(printed)

    def _show_validation(self, exc: ValidationError) -> None:
        unknown = self.errors.show(exc)
        params = exc.params.get("field_params", {}) or {}
        lines: list[str] = []
        first_item = None
        for name in unknown:
            code = exc.errors[name]
            p = dict(params.get(name, {}))
            if name == "items":
                lines.append(field_message(code, p))
            elif name.startswith("items."):
                _, idx, col = name.split(".")
                self.items.mark(int(idx), col)
                col_name = {
                    "name": self.tr("物品名称"),
                    "quantity": self.tr("数量"),
                    "note": self.tr("备注"),
                }[col]
                lines.append(self.tr("第 {0} 行 {1}：{2}").format(int(idx) + 1, col_name, field_message(code, p)))
                first_item = first_item or int(idx)
            elif name in ("confirm_at", "confirm_by", "confirm_note"):
                self.errors.set("confirm_method", field_message(code, p))
            elif name == "reason":
                lines.append(field_message(code, p))
        if lines:
            self.items_error.setText(self.tr("；").join(lines))
            self.items_error.show()
        if first_item is not None and not any(
            n in exc.errors for n in ("room", "owner_name", "carrier_name", "carrier_phone", "carrier_id_number")
        ):
            self.items.rows[first_item][0].setFocus()
        self._show_banner(error_message(exc), error=True)

    def _show_banner(self, text: str, *, error: bool) -> None:
        show_banner(self.banner, text, error=error)

    # --- printing -----------------------------------------------------------

    def printable(self, printed: PassPrint) -> PassPrintable:
        """The pass as a printable form; rendering runs off the GUI thread and reads no database."""
        return PassPrintable(printed, str(self.ctx.services.settings.get("centre.name") or ""))

    def print_pass(self, printed: PassPrint) -> None:
        """Open the print preview (preview, print to any printer, or save as PDF)."""
        self.preview = open_preview(self, self.printable(printed))

    # --- the list -----------------------------------------------------------

    def reload(self) -> None:
        if not self.ctx.user.can(Action.PASS_VIEW):
            return
        qd = self.day.date()
        if not qd.isValid() or qd == QDate(2000, 1, 1):
            today = self.ctx.services.clock.local_now().date()
            self.day.blockSignals(True)
            self.day.setDate(QDate(today.year, today.month, today.day))
            self.day.blockSignals(False)
            qd = self.day.date()
        rows = self.ctx.services.release_passes.list_passes(
            self.ctx.user,
            day=datetime(qd.year(), qd.month(), qd.day()).date(),
            state=self.state_filter.currentData() or None,
            text=self.filter_text.text(),
        )
        self.records.show_rows(rows)  # a day's passes come in one page (the service caps at 500)
        counts: dict[str, int] = {}
        for r in rows:
            counts[r.state] = counts.get(r.state, 0) + 1
        self.count_label.setText(
            self.tr("共 {0} 张：已开具 {1}，已放行 {2}，已作废 {3}，已过期 {4}").format(
                len(rows),
                counts.get("issued", 0),
                counts.get("used", 0),
                counts.get("void", 0),
                counts.get("expired", 0),
            )
        )

    def select_pass(self, pass_id: int) -> None:
        self.records.select(pass_id)

    def current_pass(self) -> PassDetail | None:
        return self.records.current()

    def show_detail(self, d: PassDetail | None) -> None:
        if d is None:
            self.detail.setHtml(f"<p style='color:#888'>{self.tr('选择一张放行条查看详情')}</p>")
        else:
            self.detail.setHtml(pass_card_html(d))
        allowed = d.allowed if d is not None else frozenset()
        self.reprint_button.setEnabled("reprint" in allowed)
        self.void_button.setEnabled("void" in allowed)
        self.copy_button.setEnabled(d is not None and self.ctx.user.can(Action.PASS_ISSUE))

    def on_passes_changed(self, _changes: object) -> None:
        self.reload()

    def open_record(self, kind: str, record_id: int) -> None:
        d = self.ctx.services.release_passes.get(self.ctx.user, record_id)
        local = d.issued_at.astimezone(LOCAL_TZ).date()
        self.filter_text.clear()
        self.state_filter.setCurrentIndex(0)
        self.day.setDate(QDate(local.year, local.month, local.day))
        self.reload()
        self.select_pass(record_id)

    def status_label(self, code: str, count: int) -> str | None:
        if code == "pass.issued_today":
            return self.tr("今日放行条 {0} 张").format(count)
        return None

    # --- actions on a listed pass -----------------------------------------------------------

    def on_reprint_clicked(self) -> None:
        d = self.current_pass()
        if d is None:
            return
        try:
            printed, changes = call_op(self.ctx.services.release_passes.reprint, self.ctx.user, d.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("补打"), error_message(exc))
            self.reload()
            return
        publish(self.ctx, changes, d.id)
        self.print_pass(printed)

    def on_void_clicked(self) -> None:
        d = self.current_pass()
        if d is None:
            return
        reason, ok = ask_text(
            self,
            self.tr("作废放行条"),
            self.tr("作废 {0}（{1} {2}）。作废后门岗扫码将被拒绝。\n作废原因：").format(d.number, d.room_code, d.carrier_name),
        )
        if ok:
            self.void_pass(d, reason)

    def void_pass(self, d: PassDetail, reason: str) -> bool:
        rp = self.ctx.services.release_passes
        try:
            _result, changes = call_op(rp.void, self.ctx.user, d.id, reason, expected_version=d.version)
        except ValidationError:
            QMessageBox.warning(self, self.tr("作废放行条"), self.tr("请填写作废原因。"))
            return False
        except ConflictError:
            return self._void_conflict(d, reason)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("作废放行条"), error_message(exc))
            self.reload()
            return False
        publish(self.ctx, changes, d.id)
        return True

    def _void_conflict(self, mine: PassDetail, reason: str) -> bool:
        """Someone released, reprinted or voided the pass meanwhile: theirs beside mine, then keep
        theirs (the list reloads) or void again on top of theirs."""
        return resolve_stale(
            self,
            self.tr("作废放行条"),
            lambda: self.ctx.services.release_passes.get(self.ctx.user, mine.id),
            lambda theirs: [
                FieldDiff(self.tr("状态"), state_name("void"), state_name(theirs.state)),
                FieldDiff(self.tr("作废原因"), reason, theirs.void_reason),
                FieldDiff(self.tr("补打次数"), str(mine.reprint_count), str(theirs.reprint_count)),
            ],
            self.reload,
            lambda theirs: self.void_pass(theirs, reason),
            self.conflict_answer,
        )

    def on_copy_clicked(self) -> None:
        d = self.current_pass()
        if d is None:
            return
        self.reset_form()
        self.room.setText(d.room_code)
        self.on_room_editingFinished()
        self.owner.setText(d.owner_name)
        self.carrier_is_owner.setChecked(d.carrier_is_owner)
        self.carrier.setText(d.carrier_name)
        self.items.set_items([ItemInput(i.name, i.quantity, i.note) for i in d.items])
        self.reason.setCurrentIndex(max(0, self.reason.findData(d.reason)))
        self.reason_note.setText(d.reason_note)
        self.plate.setText(d.plate)
        self._show_banner(self.tr("已带入 {0} 的内容：请重新填写电话和身份证号，核对后开具。").format(d.number), error=False)
        self.phone.setFocus()

    # --- export -----------------------------------------------------------

    def on_export_clicked(self) -> None:
        path = ask_path(self, f"放行条_{self.day.date().toString('yyyyMMdd')}.xlsx")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """The listed passes through the export column specs and the one writer (audited)."""
        rows = self.model.loaded_rows()
        user = self.ctx.user
        rp = self.ctx.services.release_passes
        self.export_button.setEnabled(False)

        def done(n: int) -> None:
            self.export_button.setEnabled(True)
            self.count_label.setText(self.tr("已导出 {0} 张到 {1}").format(n, path))

        def failed(exc: Exception) -> None:
            self.export_button.setEnabled(True)
            text = error_message(exc) if isinstance(exc, ServiceError) else str(exc)
            QMessageBox.warning(self, self.tr("导出放行条"), self.tr("导出失败：{0}").format(text))

        self._export_job = run_in_background(lambda: rp.export_xlsx(user, path, rows), done, failed)

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("passes/split", self._split.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("passes/split")
        if state is not None:
            self._split.restoreState(state)


class _TimeField(QTimeEdit):
    """HH:mm where Tab leaves the field (typing two digits already moves on to the minutes)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt's names)
        return QWidget.focusNextPrevChild(self, next)
