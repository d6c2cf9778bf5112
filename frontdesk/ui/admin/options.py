"""管理 → 选项: every option a feature declares with words (``Option.doc``) — its lists, templates,
hours and days — edited in one dialog by whoever may manage the settings, with an editor that
fits the option's type: a line, a number, a list (one per line), a table (templates, per-item
hours) or JSON for anything else. A new kind's options appear here without code of its own."""

from __future__ import annotations

import json
import typing
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.core.changes import Kind, call_op
from frontdesk.services.core.options import Option, OptionTypeError
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import Action
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import ContextDialog, dialog_buttons, error_banner
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.ops import publish


def _t(text: str) -> str:
    return QCoreApplication.translate("OptionsDialog", text)


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


class _Editor(QWidget):
    """One option's editor: ``value()`` in the option's type (or raises ValueError)."""

    def __init__(self, option: Option[Any], value: Any) -> None:
        super().__init__()
        self.option = option
        self.tp = option.type
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        title = QLabel(QCoreApplication.translate("Option", option.doc))
        title.setStyleSheet("font-weight:bold")
        lay.addWidget(title)
        origin, args = typing.get_origin(self.tp), typing.get_args(self.tp)
        self.kind = "json"
        if self.tp is bool:
            self.kind, self.check = "bool", QCheckBox(_t("是"))
            self.check.setChecked(bool(value))
            lay.addWidget(self.check)
        elif self.tp is str:
            self.kind, self.line = "str", QLineEdit(str(value))
            lay.addWidget(self.line)
        elif self.tp is int:
            self.kind, self.spin = "int", QSpinBox()
            self.spin.setRange(0, 1_000_000)
            self.spin.setValue(int(value))
            lay.addWidget(self.spin)
        elif origin is list and args == (str,):
            self.kind, self.text = "lines", QPlainTextEdit("\n".join(value))
            lay.addWidget(QLabel(_t("每行一项")))
            lay.addWidget(self.text)
        elif (origin is list and typing.get_origin(args[0]) is dict) or (origin is dict and args[0] is str):
            self.kind = "table"
            rows = value if origin is list else [{"": k, "=": v} for k, v in value.items()]
            keys = list(dict.fromkeys(k for r in [*(option.default if origin is list else []), *rows] for k in r))
            if origin is dict:
                keys = ["", "="]
            self.keys = keys
            self.table = QTableWidget(0, len(keys))
            headers = [_t("名称"), _t("数值")] if origin is dict else keys
            self.table.setHorizontalHeaderLabels(headers)
            self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            for r in rows:
                self._add_row([str(r.get(k, "")) for k in keys])
            add = QPushButton(_t("添加一行"))
            add.clicked.connect(lambda: self._add_row([""] * len(keys)))
            remove = QPushButton(_t("删除所选行"))
            remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
            buttons = QHBoxLayout()
            buttons.addWidget(add)
            buttons.addWidget(remove)
            buttons.addStretch(1)
            lay.addWidget(self.table)
            lay.addLayout(buttons)
        else:
            self.text = QPlainTextEdit(json.dumps(value, ensure_ascii=False, indent=1))
            lay.addWidget(self.text)

    def _add_row(self, cells: list[str]) -> None:
        at = self.table.rowCount()
        self.table.insertRow(at)
        for c, text in enumerate(cells):
            self.table.setItem(at, c, QTableWidgetItem(text))

    def value(self) -> Any:
        if self.kind == "bool":
            return self.check.isChecked()
        if self.kind == "str":
            return self.line.text().strip()
        if self.kind == "int":
            return self.spin.value()
        if self.kind == "lines":
            return [ln.strip() for ln in self.text.toPlainText().splitlines() if ln.strip()]
        if self.kind == "table":
            rows = []
            for r in range(self.table.rowCount()):
                cells = [_cell(self.table, r, c) for c in range(len(self.keys))]
                if any(cells):
                    rows.append(cells)
            if typing.get_origin(self.tp) is dict:
                try:
                    return {k: int(v) for k, v in rows}
                except ValueError:
                    raise ValueError(_t("“数值”一列只能填整数")) from None
            return [dict(zip(self.keys, cells, strict=True)) for cells in rows]
        try:
            return json.loads(self.text.toPlainText())
        except ValueError:
            raise ValueError(_t("格式不正确")) from None


class OptionsDialog(ContextDialog):
    """The declared options with words, each with its editor; 保存 writes the changed ones."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, _t("选项"), (860, 560))
        settings = ctx.services.settings
        self.options = [settings.options.option(k) for k in settings.options.keys()]
        self.options = [o for o in self.options if o.doc]
        self.before = {o.key: settings.get(o.key) for o in self.options}
        self.names = QListWidget()
        self.names.setObjectName("option_names")
        self.stack = QStackedWidget()
        self.editors: dict[str, _Editor] = {}
        for o in self.options:
            self.names.addItem(QCoreApplication.translate("Option", o.doc))
            editor = _Editor(o, self.before[o.key])
            editor.setEnabled(ctx.user.can(Action.SETTINGS_MANAGE))
            self.editors[o.key] = editor
            self.stack.addWidget(editor)
        self.names.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.names.setCurrentRow(0)
        self.banner = error_banner("options_banner")
        buttons, self.ok = dialog_buttons(self, _t("保存"), _t("取消"), self.save, save=True)
        self.ok.setEnabled(ctx.user.can(Action.SETTINGS_MANAGE))
        body = QHBoxLayout()
        body.addWidget(self.names, 2)
        body.addWidget(self.stack, 5)
        lay = QVBoxLayout(self)
        lay.addLayout(body, 1)
        lay.addWidget(self.banner)
        lay.addWidget(buttons)

    def save(self) -> None:
        settings = self.ctx.services.settings
        changed: set[Kind] = set()
        for row, o in enumerate(self.options):
            try:
                value = self.editors[o.key].value()
                if value != self.before[o.key]:
                    _none, kinds = call_op(settings.set, self.ctx.user, o.key, value)
                    changed |= kinds
                    self.before[o.key] = value
            except (ValueError, OptionTypeError) as exc:
                self.names.setCurrentRow(row)
                text = _t("内容不符合要求") if isinstance(exc, OptionTypeError) else str(exc)
                self._say(_t("“{0}”无法保存：{1}").format(QCoreApplication.translate("Option", o.doc), text))
                return
            except ServiceError as exc:
                self._say(error_message(exc))
                return
            finally:
                if changed:
                    publish(self.ctx, frozenset(changed))
                    changed = set()
        self.accept()

    def _say(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()
