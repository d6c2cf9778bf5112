"""The words of a notice (vocabulary) and its list as xlsx: column specs through the one writer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from frontdesk.printing.xlsx import write_columns
from frontdesk.services.core.columns import Column
from frontdesk.services.core.features import Vocabulary
from frontdesk.services.notices.rows import NoticeDetail

VOCABULARY = Vocabulary(
    "Notices",
    "整改通知单",
    states={"open": "待复查", "rectified": "已整改", "not_rectified": "未整改"},
    labels={
        #: what the lists show (rules.notice_status)
        "status": {
            "pending": "待复查",
            "due": "今日复查",
            "overdue": "复查逾期",
            "rectified": "已整改",
            "followup_needed": "未整改·待再次通知",
            "followed_up": "未整改·已再次通知",
        },
        "addressee": {"owner": "业主", "contractor": "装修负责人"},
    },
    counts={"notice.reinspect_due": "整改到期待复查 {0} 份", "notice.followup_needed": "未整改待再次通知 {0} 份"},
)

SHEET = "整改通知单"

EXPORT_COLUMNS: tuple[Column[NoticeDetail], ...] = (
    Column("number", "编号", lambda d: d.number, width=16),
    Column("round", "次数", lambda d: d.round, width=6, align_right=True),
    Column("project", "项目", lambda d: d.project, width=12),
    Column("room", "房号", lambda d: d.room_code, width=12),
    Column("addressee_kind", "致", lambda d: VOCABULARY.label("addressee", d.addressee_kind), width=10),
    Column("addressee", "姓名", lambda d: d.addressee_name, width=12),
    Column("found_on", "发现日期", lambda d: d.found_on, width=12),
    Column("findings", "发现问题", lambda d: d.findings, width=40),
    Column("clauses", "违反条款", lambda d: "、".join(c.no for c in d.clauses), width=16),
    Column("requirement", "整改要求", lambda d: d.requirement, width=40),
    Column("deadline", "整改期限", lambda d: d.deadline, width=12),
    Column("issued_by", "开具人", lambda d: d.issued_by, width=10),
    Column("issued_at", "开具时间", lambda d: d.issued_at, width=17),
    Column("received_by", "签收人", lambda d: d.received_by, width=10),
    Column("status", "状态", lambda d: VOCABULARY.label("status", d.status), width=16),
    Column("reinspected_at", "复查时间", lambda d: d.reinspected_at, width=17),
    Column("reinspect_note", "复查情况", lambda d: d.reinspect_note, width=30),
)


def write_notices(path: Path, rows: Sequence[NoticeDetail], headers: Sequence[str] | None = None) -> int:
    return write_columns(path, SHEET, EXPORT_COLUMNS, rows, headers)
