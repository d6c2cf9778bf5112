"""The list of release passes (the day's list and the gate's log): the shared paged model over
``PassDetail`` rows with this list's column specs; states worded and coloured as everywhere."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from frontdesk.services.clock import to_local
from frontdesk.services.core.columns import Column
from frontdesk.services.release_passes import PassDetail
from frontdesk.ui.common.paged_model import CellStyle, Fetch, PagedTableModel
from frontdesk.ui.release_passes.widgets import STATE_COLORS, state_name

CONTEXT = "ReleasePassModel"


def _window(d: PassDetail) -> str:
    a, b = to_local(d.valid_from), to_local(d.valid_until)
    return f"{a:%m-%d %H:%M}–{b:%H:%M}"


COLUMNS: tuple[Column[PassDetail], ...] = (
    Column("number", str(QT_TRANSLATE_NOOP("ReleasePassModel", "编号")), lambda d: d.number),
    Column("room", str(QT_TRANSLATE_NOOP("ReleasePassModel", "房号")), lambda d: d.room_code),
    Column("carrier", str(QT_TRANSLATE_NOOP("ReleasePassModel", "携物人")), lambda d: d.carrier_name),
    Column("items", str(QT_TRANSLATE_NOOP("ReleasePassModel", "物品")), lambda d: d.items_summary, width=30),
    Column("window", str(QT_TRANSLATE_NOOP("ReleasePassModel", "有效时间")), lambda d: d.valid_from, text=_window),
    Column("state", str(QT_TRANSLATE_NOOP("ReleasePassModel", "状态")), lambda d: d.state, text=lambda d: state_name(d.state)),
    Column(
        "issued",
        str(QT_TRANSLATE_NOOP("ReleasePassModel", "开具")),
        lambda d: d.issued_at,
        text=lambda d: f"{to_local(d.issued_at):%H:%M} {d.issued_by}",
    ),
)


def _style(d: PassDetail, key: str) -> CellStyle | None:
    return CellStyle(foreground=STATE_COLORS.get(d.state, "#000")) if key == "state" else None


class ReleasePassModel(PagedTableModel[PassDetail]):
    def __init__(self, parent: Any = None, fetch: Fetch[PassDetail] | None = None) -> None:
        super().__init__(COLUMNS, CONTEXT, fetch, style=_style, parent=parent)
