"""The passes list as xlsx: column specs through the one writer (frontdesk.printing.xlsx).
ID numbers stay masked; the carrier's phone is as the exporting user may see it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from frontdesk.printing.xlsx import write_columns
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import Vocabulary
from frontdesk.services.release_passes.rows import PassDetail

#: the words of a pass: states, how the owner agreed, for lists, export and the status bar
VOCABULARY = Vocabulary(
    "ReleasePasses",
    "放行条",
    states={"issued": "已开具", "used": "已放行", "void": "已作废", "expired": "已过期"},
    labels={
        "confirm": {"self": "本人", "signed": "业主签字", "phone": "电话确认", "written": "书面委托"},
        #: the same confirmation spelled out on the printed pass
        "confirm_printed": {
            "self": "业主本人携物",
            "signed": "业主到场签字确认",
            "phone": "电话确认业主",
            "written": "业主书面委托",
        },
    },  # fmt: skip
    counts={"pass.issued_today": "今日放行条 {0} 张"},
)

SHEET = "放行条"


def _reason(d: PassDetail) -> str:
    return d.reason + (f"（{d.reason_note}）" if d.reason_note else "")


EXPORT_COLUMNS: tuple[Column[PassDetail], ...] = (
    Column("number", "编号", lambda d: d.number, width=16),
    Column("project", "项目", lambda d: d.project, width=12),
    Column("room", "房号", lambda d: d.room_code, width=12),
    Column("owner", "业主", lambda d: d.owner_name, width=10),
    Column("carrier", "携物人", lambda d: d.carrier_name, width=10),
    Column("phone", "电话", lambda d: d.carrier_phone, width=14),
    Column("id_number", "证件号", lambda d: d.carrier_id_masked, width=22),
    Column("items", "物品", lambda d: d.items_summary, width=40),
    Column("reason", "原因", _reason, width=12),
    Column("plate", "车牌", lambda d: d.plate, width=11),
    Column("valid_from", "有效期自", lambda d: d.valid_from, width=17),
    Column("valid_until", "有效期至", lambda d: d.valid_until, width=17),
    Column("confirm", "业主确认", lambda d: VOCABULARY.label("confirm", d.confirm_method), width=10),
    Column("issued_by", "经办人", lambda d: d.issued_by, width=10),
    Column("issued_at", "开具时间", lambda d: d.issued_at, width=17),
    Column("state", "状态", lambda d: VOCABULARY.state(d.state), width=8),
    Column("used_by", "放行人", lambda d: d.used_by, width=10),
    Column("used_at", "放行时间", lambda d: d.used_at, width=17),
    Column("void_reason", "作废原因", lambda d: d.void_reason, width=20),
    Column("reprints", "补打次数", lambda d: d.reprint_count, width=8, align_right=True),
)


def write_passes(path: Path, rows: Sequence[PassDetail], headers: Sequence[str] | None = None) -> int:
    return write_columns(path, SHEET, EXPORT_COLUMNS, rows, headers)
