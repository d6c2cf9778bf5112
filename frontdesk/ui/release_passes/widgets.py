"""Widgets of the release-pass form: the item lines editor and the masked ID-number field,
plus the wording of pass states shared by the pass tab and the gate screen."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
)

from frontdesk.services.clock import to_local
from frontdesk.services.release_passes import (
    ITEM_NAME_MAX,
    ITEM_NOTE_MAX,
    MAX_ITEMS,
    MAX_QUANTITY,
    ItemInput,
    PassDetail,
    PassPrint,
)
from frontdesk.services.release_passes.export import VOCABULARY
from frontdesk.services.validation import FieldError, clean_id_number, mask_id_number
from frontdesk.ui.common.forms import INVALID_STYLE
from frontdesk.ui.common.labels import CodeWords, data_word


def _t(text: str) -> str:
    return QCoreApplication.translate("passes", text)


def state_name(state: str) -> str:
    """A pass state in the words of the passes' vocabulary (services.release_passes.VOCABULARY)."""
    return QCoreApplication.translate(VOCABULARY.context, VOCABULARY.state(state))


STATE_COLORS = {"issued": "#1f6fb2", "used": "#2e7d32", "void": "#888888", "expired": "#b26a00"}


#: how the owner agreed, in the longer words of the pass card (the vocabulary's are the list's)
confirm_name = CodeWords(
    "passes",
    {
        "self": QT_TRANSLATE_NOOP("passes", "业主本人携物"),
        "signed": QT_TRANSLATE_NOOP("passes", "业主到场签字"),
        "phone": QT_TRANSLATE_NOOP("passes", "电话确认业主"),
        "written": QT_TRANSLATE_NOOP("passes", "业主书面委托"),
    },
)


@dataclass(frozen=True)
class PassPrintable:
    """A pass as the shared print action takes it (ui.common.print_action): title, file name and
    a ``render()`` that runs off the GUI thread and reads no database."""

    printed: PassPrint
    centre: str

    @property
    def title(self) -> str:
        d, n = self.printed.detail, self.printed.reprint_no
        return _t("放行条 {0}（副本 {1}）").format(d.number, n) if n else _t("放行条 {0}").format(d.number)

    @property
    def file_name(self) -> str:
        n = self.printed.reprint_no
        return f"放行条_{self.printed.detail.number}" + (f"_副本{n}" if n else "") + ".pdf"

    def render(self) -> bytes:
        from frontdesk.printing.release_pass_pdf import render_release_pass

        return render_release_pass(self.printed, self.centre)


def room_history_html(title: str, empty: str, rows: Sequence[PassDetail]) -> str:
    """A room's recent passes, one line each, states coloured as in the list."""
    if not rows:
        return f"<p style='color:#888'>{html.escape(empty)}</p>"
    lines = "".join(
        f"<tr><td>{html.escape(r.number)}</td><td>{to_local(r.issued_at):%m-%d %H:%M}</td>"
        f"<td>{html.escape(r.carrier_name)}</td><td>{html.escape(r.items_summary[:30])}</td>"
        f"<td style='color:{STATE_COLORS.get(r.state, '#000')}'>{state_name(r.state)}</td></tr>"
        for r in rows
    )
    return f"<p style='color:#555'>{html.escape(title)}</p><table cellpadding='3' cellspacing='0'>{lines}</table>"


class ItemLinesEditor(QWidget):
    """物品 lines: name, quantity, note. Keyboard: Enter goes to the next line (adding one after
    the last filled line), Alt+A adds a line, Ctrl+D deletes the line being edited."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(3)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for col, text in enumerate((self.tr("物品名称"), self.tr("数量"), self.tr("备注（规格、颜色等）"))):
            head = QLabel(text)
            head.setStyleSheet("color:#555")
            self._grid.addWidget(head, 0, col)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(2, 2)
        self.rows: list[tuple[QLineEdit, QSpinBox, QLineEdit, QToolButton]] = []
        self.add_row(focus=False)

    # --- lines -----------------------------------------------------------

    def add_row(self, *, focus: bool = True) -> bool:
        if len(self.rows) >= MAX_ITEMS:
            return False
        n = len(self.rows)
        name = QLineEdit()
        name.setObjectName(f"item_name_{n}")
        name.setMaxLength(ITEM_NAME_MAX)
        name.setPlaceholderText(self.tr("如：双人床、冰箱、纸箱"))
        qty = QSpinBox()
        qty.setObjectName(f"item_qty_{n}")
        qty.setRange(1, MAX_QUANTITY)
        qty.setValue(1)
        qty.setMinimumWidth(64)
        note = QLineEdit()
        note.setObjectName(f"item_note_{n}")
        note.setMaxLength(ITEM_NOTE_MAX)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("删除此行（Ctrl+D）"))
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remove.clicked.connect(lambda _c=False, w=name: self.remove_row(self._row_of(w)))
        for w in (name, qty, note):
            w.installEventFilter(self)
        name.textChanged.connect(self.changed)
        note.textChanged.connect(self.changed)
        qty.valueChanged.connect(self.changed)
        self.rows.append((name, qty, note, remove))
        self._grid.addWidget(name, n + 1, 0)
        self._grid.addWidget(qty, n + 1, 1)
        self._grid.addWidget(note, n + 1, 2)
        self._grid.addWidget(remove, n + 1, 3)
        if self.isVisible():
            # a layout shows new children only on the next event-loop pass: show them now so the
            # new line can take the focus at once (the next keystroke goes there)
            for shown in (name, qty, note, remove):
                shown.show()
        self._fix_tab_order()
        if focus:
            name.setFocus()
        return True

    def remove_row(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        if len(self.rows) == 1:
            self.rows[0][0].clear()
            self.rows[0][1].setValue(1)
            self.rows[0][2].clear()
            self.rows[0][0].setFocus()
            return
        values = self.items()
        del values[index]
        self.set_items(values)
        self.rows[min(index, len(self.rows) - 1)][0].setFocus()
        self.changed.emit()

    def _row_of(self, widget: QObject) -> int:
        for i, row in enumerate(self.rows):
            if widget in row:
                return i
        return -1

    def _fix_tab_order(self) -> None:
        chain = [w for name, qty, note, _r in self.rows for w in (name, qty, note)]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def first_field(self) -> QLineEdit:
        return self.rows[0][0]

    def last_field(self) -> QLineEdit:
        return self.rows[-1][2]

    # --- values -----------------------------------------------------------

    def items(self) -> list[ItemInput]:
        return [ItemInput(n.text(), q.value(), t.text()) for n, q, t, _r in self.rows]

    def set_items(self, items: list[ItemInput]) -> None:
        while len(self.rows) > max(1, len(items)):
            name, qty, note, remove = self.rows.pop()
            for w in (name, qty, note, remove):
                self._grid.removeWidget(w)
                w.hide()  # gone from the screen now, deleted when the event loop comes round
                w.deleteLater()
        while len(self.rows) < len(items):
            self.add_row(focus=False)
        for (name, qty, note, _r), it in zip(self.rows, items or [ItemInput()], strict=False):
            name.setText(it.name)
            qty.setValue(int(it.quantity) if str(it.quantity).isdigit() else 1)
            note.setText(it.note)
        self._fix_tab_order()
        self._grid.invalidate()
        self.updateGeometry()  # fewer lines: the form around it shrinks back

    def clear(self) -> None:
        self.set_items([])
        self.clear_marks()

    def mark(self, index: int, column: str) -> None:
        if 0 <= index < len(self.rows):
            w = {"name": 0, "quantity": 1, "note": 2}.get(column, 0)
            self.rows[index][w].setStyleSheet(INVALID_STYLE)

    def clear_marks(self) -> None:
        for row in self.rows:
            for w in row[:3]:
                w.setStyleSheet("")

    # --- keyboard -----------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
                self._next_line(self._row_of(obj))
                return True
            if key == Qt.Key.Key_D and ctrl:
                self.remove_row(self._row_of(obj))
                return True
            if key == Qt.Key.Key_A and mods & Qt.KeyboardModifier.AltModifier:
                self.add_row()
                return True
        return super().eventFilter(obj, event)

    def _next_line(self, index: int) -> None:
        if index < 0:
            return
        if index + 1 < len(self.rows):
            self.rows[index + 1][0].setFocus()
            return
        if self.rows[index][0].text().strip():
            if not self.add_row():
                self.focusNextChild()
        else:
            # Enter on an empty last line: the list is done, go on to the next field
            self.rows[index][2].setFocus()
            self.focusNextChild()


class MaskedIdEdit(QLineEdit):
    """An ID-number field that shows the number masked (110105********002X) once typed:
    the full number is visible only while the field is being edited."""

    checked = Signal(str)  # an error code, or "" when the number is fine or empty

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self.setMaxLength(18)
        self.setPlaceholderText(self.tr("18 位身份证号，末位可为 X"))

    def value(self) -> str:
        return self.text() if self.hasFocus() else self._value

    def set_value(self, value: str) -> None:
        self._value = value
        self.setText(value if self.hasFocus() else mask_id_number(value) if self._valid(value) else value)

    @staticmethod
    def _valid(value: str) -> bool:
        try:
            return bool(clean_id_number(value))
        except FieldError:
            return False

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.setText(self._value)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._value = self.text().strip()
        code = ""
        try:
            cleaned = clean_id_number(self._value)
        except FieldError as exc:
            code = exc.code
        else:
            if cleaned:
                self._value = cleaned
                self.setText(mask_id_number(cleaned))
        super().focusOutEvent(event)
        self.checked.emit(code)


def _esc(text: str) -> str:
    import html

    return html.escape(text or "")


def pass_card_html(d: PassDetail, *, large: bool = False) -> str:
    """The pass as the screen shows it: what the guard compares with the paper and the goods."""
    from frontdesk.services.clock import to_local

    size = "17px" if large else "13px"
    a, b = to_local(d.valid_from), to_local(d.valid_until)
    same_day = a.date() == b.date()
    window = f"{a:%Y-%m-%d %H:%M} – {b:%H:%M}" if same_day else f"{a:%Y-%m-%d %H:%M} – {b:%Y-%m-%d %H:%M}"
    reason = data_word(d.reason) + (_t("（{0}）").format(d.reason_note) if d.reason_note else "")
    if d.confirm_method == "phone":
        confirm = (
            _t("电话确认业主：{0}，{1:%m-%d %H:%M}").format(d.confirm_by, to_local(d.confirm_at))
            if d.confirm_at
            else confirm_name(d.confirm_method)
        )
        if d.confirm_note:
            confirm += _t("（{0}）").format(_esc(d.confirm_note))
    else:
        confirm = confirm_name(d.confirm_method)
    rows = [
        (_t("编号"), f"<b>{_esc(d.number)}</b>"),
        (_t("房号"), f"<b>{_esc(d.room_code)}</b>　{_esc(d.project)}"),
        (_t("业主"), _esc(d.owner_name)),
        (
            _t("携物人"),
            f"<b>{_esc(d.carrier_name)}</b>　{_esc(d.carrier_phone)}　{_esc(d.carrier_id_masked)}",
        ),
        (_t("车牌"), _esc(d.plate) or "—"),
        (_t("原因"), _esc(reason)),
        (_t("有效时间"), _esc(window)),
        (_t("业主确认"), confirm),
        (_t("开具"), _esc(f"{d.issued_by}　{to_local(d.issued_at):%Y-%m-%d %H:%M}")),
    ]
    color = STATE_COLORS.get(d.state, "#000")
    state = f"<span style='color:{color};font-weight:bold'>{state_name(d.state)}</span>"
    if d.state == "used" and d.used_at:
        state += _esc(_t("　{0} 于 {1:%Y-%m-%d %H:%M} 放行").format(d.used_by, to_local(d.used_at)))
    if d.state == "void" and d.void_at:
        state += _esc(_t("　{0} 于 {1:%Y-%m-%d %H:%M} 作废：{2}").format(d.void_by, to_local(d.void_at), d.void_reason))
    if d.reprint_count:
        state += _esc(_t("　已补打 {0} 次").format(d.reprint_count))
    rows.append((_t("状态"), state))
    head = "".join(
        f"<tr><td style='color:#666;padding:2px 10px 2px 0;font-size:{size}' nowrap>{k}</td>"
        f"<td style='padding:2px 0;font-size:{size}'>{v}</td></tr>"
        for k, v in rows
    )
    cell = f"padding:3px 8px;font-size:{size}"
    items = "".join(
        f"<tr><td style='{cell}' align='center'>{n}</td><td style='{cell}'>{_esc(i.name)}</td>"
        f"<td style='{cell}' align='center'><b>{i.quantity}</b></td>"
        f"<td style='{cell}'>{_esc(i.note)}</td></tr>"
        for n, i in enumerate(d.items, start=1)
    )
    items_head = (
        f"<tr style='background:#f0f2f5'><th width='6%' style='{cell}'>#</th>"
        f"<th width='44%' align='left' style='{cell}'>{_t('物品名称')}</th>"
        f"<th width='12%' style='{cell}'>{_t('数量')}</th>"
        f"<th width='38%' align='left' style='{cell}'>{_t('备注')}</th></tr>"
    )
    return (
        f"<div style='font-size:{size}'><table cellspacing='0'>{head}</table>"
        f"<table cellspacing='0' border='1' style='border-collapse:collapse;border-color:#ccc;margin-top:6px'"
        f" width='100%'>{items_head}{items}</table></div>"
    )
