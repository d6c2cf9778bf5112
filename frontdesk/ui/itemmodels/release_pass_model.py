"""The list of release passes of one day: a thin table model over PassDetail rows.

A day holds a few dozen passes at most (the busiest counter issues ~1,400 a year), and the
service caps a list at 500, so the rows come in one piece: no paging is needed here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from frontdesk.services.clock import to_local
from frontdesk.services.release_passes import PassDetail
from frontdesk.ui.itemmodels.rows_model import RowsTableModel
from frontdesk.ui.pass_widgets import STATE_COLORS, state_name

PASS_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class ReleasePassModel(RowsTableModel[PassDetail]):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ReleasePassModel", "编号"),
        QT_TRANSLATE_NOOP("ReleasePassModel", "房号"),
        QT_TRANSLATE_NOOP("ReleasePassModel", "携物人"),
        QT_TRANSLATE_NOOP("ReleasePassModel", "物品"),
        QT_TRANSLATE_NOOP("ReleasePassModel", "有效时间"),
        QT_TRANSLATE_NOOP("ReleasePassModel", "状态"),
        QT_TRANSLATE_NOOP("ReleasePassModel", "开具"),
    )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return d.number
            if col == 1:
                return d.room_code
            if col == 2:
                return d.carrier_name
            if col == 3:
                return d.items_summary
            if col == 4:
                a, b = to_local(d.valid_from), to_local(d.valid_until)
                return f"{a:%m-%d %H:%M}–{b:%H:%M}"
            if col == 5:
                return state_name(d.state)
            if col == 6:
                return f"{to_local(d.issued_at):%H:%M} {d.issued_by}"
        elif role == Qt.ItemDataRole.ForegroundRole and col == 5:
            return QColor(STATE_COLORS.get(d.state, "#000"))
        elif role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return "\n".join(f"{i.name} × {i.quantity}  {i.note}".strip() for i in d.items)
        elif role == PASS_ROLE:
            return d
        return None
