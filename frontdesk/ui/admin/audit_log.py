"""The audit log (管理 → 操作日志): who did what, when, with what before and after."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.services.errors import ServiceError
from frontdesk.ui.common.context import UiContext
from frontdesk.ui.common.dialog_parts import ContextDialog
from frontdesk.ui.common.labels import (
    AUDIT_ENTITIES,
    audit_action,
    audit_entity,
    field_name,
    gender_name,
    kind_name,
    role_name,
)
from frontdesk.ui.common.messages import error_message
from frontdesk.ui.common.text_model import TextTableModel

# --- audit log ------------------------------------------------------------------------------------


def _short(value: Any, limit: int = 40) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def _value(key: str, value: Any) -> str:
    """A recorded value in words: roles, kinds, yes/no, field lists."""
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditLogDialog", "是") if value else QCoreApplication.translate("AuditLogDialog", "否")
    if key == "role" and isinstance(value, str):
        return role_name(value)
    if key == "kind" and isinstance(value, str):
        return kind_name(value)
    if key == "gender" and isinstance(value, str):
        return gender_name(value)
    if key in ("field", "fields"):
        items = value if isinstance(value, list) else [value]
        return "、".join(field_name(str(v)) for v in items)
    return _short(value)


def audit_summary(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """before → after, field by field, in words: 房屋状态：未交付 → 已入住"""
    b, a = before or {}, after or {}
    parts = []
    for key in list(dict.fromkeys([*b, *a])):
        label = field_name(key)
        if key in b and key in a:
            parts.append(f"{label}：{_value(key, b[key])} → {_value(key, a[key])}")
        elif key in a:
            parts.append(f"{label}：{_value(key, a[key])}")
        else:
            parts.append(f"{label}：{_value(key, b[key])} → ")
    return "；".join(parts)


class AuditLogDialog(ContextDialog):
    """Read-only: who did what, when, before → after. Newest first, older pages on request."""

    PAGE = 300

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("操作日志"), (1000, 600))
        self._last_id: int | None = None
        self.entity = QComboBox()
        self.entity.setObjectName("audit_entity")
        self.entity.addItem(self.tr("全部"), "")
        for code in AUDIT_ENTITIES:
            self.entity.addItem(audit_entity(code), code)
        self.entity.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = TextTableModel(
            [
                self.tr("时间"),
                self.tr("操作人"),
                self.tr("对象"),
                self.tr("编号"),
                self.tr("操作"),
                self.tr("内容"),
            ],
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("audit_table")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, w in enumerate((150, 80, 80, 70, 130)):
            self.view.setColumnWidth(i, w)
        self.more_button = QPushButton(self.tr("加载更早的记录"))
        self.more_button.setObjectName("audit_more")
        self.more_button.clicked.connect(self.load_more)
        self.count = QLabel()
        self.count.setObjectName("audit_count")
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("对象")))
        top.addWidget(self.entity)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("操作日志只能查看，不能修改或删除。")))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        self._last_id = None
        self.model.set_rows([])
        self.load_more()

    def load_more(self) -> None:
        from frontdesk.services.clock import to_local

        try:
            rows = self.ctx.services.audit.page(
                self.ctx.user,
                before_id=self._last_id,
                limit=self.PAGE,
                entity=self.entity.currentData() or None,
            )
        except ServiceError as exc:
            self.count.setText(error_message(exc))
            self.more_button.setEnabled(False)
            return
        self.model.append_rows(
            [
                (
                    to_local(r.at).strftime("%Y-%m-%d %H:%M:%S"),
                    r.actor_name,
                    audit_entity(r.entity),
                    r.entity_id,
                    audit_action(r.action),
                    audit_summary(r.before, r.after),
                )
                for r in rows
            ]
        )
        if rows:
            self._last_id = rows[-1].id
        self.more_button.setEnabled(len(rows) == self.PAGE)
        self.count.setText(self.tr("已显示 {0} 条").format(self.model.rowCount()))
