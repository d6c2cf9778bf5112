"""The issue form of the release-pass tab: building its fields (keyboard order included),
reading them into a ``PassInput``, and showing a refused issue beside the fields and item lines.
Texts are the tab's (translated under ``ReleasePassTab``)."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.clock import LOCAL_TZ
from frontdesk.services.errors import ValidationError
from frontdesk.services.permissions import Action
from frontdesk.services.release_passes import REASONS, PassInput
from frontdesk.ui.common.dialog_parts import error_banner, row, stack
from frontdesk.ui.common.form_parts import across, button, combo, date_edit, label, line_edit, time_edit
from frontdesk.ui.common.form_scroll import FormScroll
from frontdesk.ui.common.labels import data_word
from frontdesk.ui.common.messages import add_messages, error_message, field_message
from frontdesk.ui.common.room_field import RoomField
from frontdesk.ui.release_passes.widgets import ItemLinesEditor, MaskedIdEdit

if TYPE_CHECKING:
    from frontdesk.ui.release_passes.tab import ReleasePassTab


def _t(text: str) -> str:
    return QCoreApplication.translate("ReleasePassTab", text)


add_messages("ReleasePassTab", {"pass_reason_not_chosen": str(QT_TRANSLATE_NOOP("ReleasePassTab", "请选择搬出原因"))})

CONFIRM_CHOICES = (
    ("", QT_TRANSLATE_NOOP("ReleasePassTab", "请选择…")),
    ("phone", QT_TRANSLATE_NOOP("ReleasePassTab", "电话确认业主")),
    ("signed", QT_TRANSLATE_NOOP("ReleasePassTab", "业主到场签字")),
    ("written", QT_TRANSLATE_NOOP("ReleasePassTab", "业主书面委托")),
)


def build_form(tab: ReleasePassTab) -> QWidget:
    box = QGroupBox(_t("开具大件物品放行条"))
    box.setObjectName("pass_form")
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    form.setVerticalSpacing(5)

    tab.room_field = RoomField(tab.ctx, name="pass_room")
    tab.room = tab.room_field.edit
    tab.room.setPlaceholderText(_t("3-2-1502 / 3栋2单元1502 / 3#2-1502"))
    tab.room.editingFinished.connect(tab.on_room_editingFinished)
    tab.room_field.projectChanged.connect(tab.on_room_editingFinished)
    tab.room_info = label("pass_room_info", "color:#2c3e50")
    form.addRow(_t("房号"), row((tab.errors.wrap("room", tab.room_field, tab.room), 2), (tab.room_info, 3)))

    tab.owner = line_edit("pass_owner", _t("按房号自动带出"))
    tab.owner.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab skips it: the registry fills it in
    tab.errors.add_row(form, _t("业主"), "owner_name", tab.owner)

    tab.carrier_is_owner = QCheckBox(_t("业主本人携物(&B)"))
    tab.carrier_is_owner.setObjectName("pass_carrier_is_owner")
    tab.carrier_is_owner.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Alt+B, or a click
    tab.carrier_is_owner.toggled.connect(tab.on_carrier_is_owner_toggled)
    tab.carrier = line_edit("pass_carrier")
    form.addRow(_t("携物人"), row((tab.errors.wrap("carrier_name", tab.carrier), 1), tab.carrier_is_owner))

    tab.phone = line_edit("pass_phone")
    tab.phone.setMaxLength(20)
    tab.id_number = MaskedIdEdit()
    tab.id_number.setObjectName("pass_id_number")
    tab.id_number.checked.connect(tab.on_id_number_checked)
    contact = row(
        (tab.errors.wrap("carrier_phone", tab.phone), 2),
        QLabel(_t("身份证号")),
        (tab.errors.wrap("carrier_id_number", tab.id_number), 3),
    )
    form.addRow(_t("电话"), contact)

    tab.confirm_method = combo("pass_confirm_method", [(_t(str(text)), code) for code, text in CONFIRM_CHOICES])
    tab.confirm_method.currentIndexChanged.connect(tab.on_confirm_method_changed)
    tab.confirm_method.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    tab.confirm_by = line_edit("pass_confirm_by", _t("确认人"))
    tab.confirm_by.setMaximumWidth(90)
    tab.confirm_time = time_edit("pass_confirm_time")
    tab.confirm_note = line_edit("pass_confirm_note", _t("接听人、号码等"))
    confirm = across(tab.confirm_method, tab.confirm_by, tab.confirm_time, (tab.confirm_note, 1))
    tab.errors.add_row(form, _t("业主确认"), "confirm_method", confirm)

    # no reason until one is picked (a guessed 搬家 would go on the paper unread)
    tab.reason = combo("pass_reason", [(_t("请选择…"), ""), *((data_word(r), r) for r in REASONS)])
    tab.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # never squeezed
    tab.reason_note = line_edit("pass_reason_note", _t("说明（选“其他”时必填）"))
    tab.plate = line_edit("pass_plate", _t("如 粤B12345（可空）"))
    tab.plate.setMaxLength(10)
    reason_row = row(
        tab.errors.wrap("reason", tab.reason),
        (tab.errors.wrap("reason_note", tab.reason_note), 2),
        QLabel(_t("车牌")),
        (tab.errors.wrap("plate", tab.plate), 1),
    )
    form.addRow(_t("原因"), reason_row)

    tab.items = ItemLinesEditor()
    tab.items.setObjectName("pass_items")
    tab.items_error = error_banner("error_items")
    tab.items_error.hide()
    items_box = QVBoxLayout()
    items_box.setSpacing(2)
    items_box.addWidget(tab.items)
    hint = QLabel(_t("回车：下一行　Alt+A：加一行　Ctrl+D：删除本行"))
    hint.setStyleSheet("color:#888; font-size:11px")
    items_box.addWidget(hint)
    items_box.addWidget(tab.items_error)
    form.addRow(_t("物品"), items_box)

    tab.valid_date = date_edit("pass_valid_date")
    tab.valid_from = time_edit("pass_valid_from")
    tab.valid_until = time_edit("pass_valid_until")
    validity = across(tab.valid_date, tab.valid_from, QLabel(_t("至")), tab.valid_until, None)
    tab.errors.add_row(form, _t("有效时间"), "validity", validity)

    tab.banner = label("pass_banner", wrap=True)
    tab.banner.hide()
    tab.issue_button = button(_t("开具并打印（Ctrl+Enter）"), "pass_issue", tab.on_issue_clicked)
    tab.issue_button.setDefault(True)
    tab.issue_button.setEnabled(tab.ctx.user.can(Action.PASS_ISSUE))
    tab.issue_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tab.clear_button = button(_t("清空（Esc）"), "pass_clear", tab.reset_form)
    tab.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    tab.room_history = QTextBrowser()
    tab.room_history.setObjectName("pass_room_history")
    tab.room_history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tab.room_history.setFrameShape(QFrame.Shape.NoFrame)
    tab.room_history.setStyleSheet("background: transparent;")

    # the fields scroll when the window is low (1280×720 at 125 %, or many items); the message and buttons stay in view
    fields = FormScroll(form, (tab.room_history, 1), name="pass_form_scroll")
    stack(box, (fields, 1), tab.banner, row(None, tab.clear_button, tab.issue_button))
    chain = [
        *tab.room_field.tab_chain(),
        tab.carrier,
        tab.phone,
        tab.id_number,
        tab.confirm_method,
        # Tab reaches the confirmation details only while they are shown (电话确认: 确认人, 时间;
        # 接听人/号码 unless the owner carries): Qt skips hidden and disabled fields by itself
        tab.confirm_by,
        tab.confirm_time,
        tab.confirm_note,
        tab.reason,
        tab.reason_note,
        tab.plate,
        tab.items.first_field(),
    ]
    for a, b in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(a, b)
    # the details are optional (确认人 defaults to whoever issues, 时间 to now): Enter goes on to
    # 原因 (chosen, never guessed), and from there (说明 and 车牌 may stay empty) on to 物品
    for w in (tab.confirm_method, tab.confirm_by, tab.confirm_time, tab.confirm_note, tab.reason, tab.reason_note, tab.plate):
        w.installEventFilter(tab)
    return box


def form_input(tab: ReleasePassTab) -> PassInput:
    d = tab.valid_date.date()
    day = datetime(d.year(), d.month(), d.day()).date()
    tf, tu = tab.valid_from.time(), tab.valid_until.time()
    method = "" if tab.carrier_is_owner.isChecked() else (tab.confirm_method.currentData() or "")
    confirm_at = None
    if method == "phone":
        t = tab.confirm_time.time()
        today = tab.ctx.services.clock.local_now().date()
        confirm_at = datetime.combine(today, time(t.hour(), t.minute()), LOCAL_TZ)
    return PassInput(
        room=tab.room.text(),
        project_id=tab.room_field.project_id(),
        owner_name=tab.owner.text(),
        carrier_is_owner=tab.carrier_is_owner.isChecked(),
        carrier_name=tab.carrier.text(),
        carrier_phone=tab.phone.text(),
        carrier_id_number=tab.id_number.value(),
        items=tab.items.items(),
        reason=tab.reason.currentData() or "",
        reason_note=tab.reason_note.text(),
        plate=tab.plate.text(),
        valid_date=day,
        valid_from=time(tf.hour(), tf.minute()),
        valid_until=time(tu.hour(), tu.minute()),
        confirm_method=method,
        confirm_by=tab.confirm_by.text(),
        confirm_at=confirm_at,
        confirm_note=tab.confirm_note.text(),
    )


def show_validation(tab: ReleasePassTab, exc: ValidationError) -> None:
    unknown = tab.errors.show(exc)
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
            tab.items.mark(int(idx), col)
            col_name = {
                "name": _t("物品名称"),
                "quantity": _t("数量"),
                "note": _t("备注"),
            }[col]
            lines.append(_t("第 {0} 行 {1}：{2}").format(int(idx) + 1, col_name, field_message(code, p)))
            first_item = first_item or int(idx)
        elif name in ("confirm_at", "confirm_by", "confirm_note"):
            tab.errors.set("confirm_method", field_message(code, p))
    if lines:
        tab.items_error.setText(_t("；").join(lines))
        tab.items_error.show()
    if first_item is not None and not any(
        n in exc.errors for n in ("room", "owner_name", "carrier_name", "carrier_phone", "carrier_id_number")
    ):
        tab.items.rows[first_item][0].setFocus()
    tab._show_banner(error_message(exc), error=True)
