"""The complaint list export: column specs (one per column of the list export, every step of
the loop) written through the one xlsx writer (frontdesk.printing.xlsx.write_columns), so dates
stay dates and text typed at the counter stays text. The monthly classification table keeps its
shape (printing/complaint_xlsx.write_stats_xlsx, a titled report through xlsx.write_report)."""

from __future__ import annotations

from pathlib import Path

from frontdesk.printing.xlsx import write_columns
from frontdesk.services.complaints.queries import ComplaintQueries
from frontdesk.services.complaints.rows import ComplaintDetail, ComplaintFilter
from frontdesk.services.complaints.rules import VOCABULARY
from frontdesk.services.core.columns import Column
from frontdesk.services.permissions import CurrentUser


def _plan(c: ComplaintDetail) -> str:
    return c.approved_proposal or "\n".join(f"{i + 1}. {p}" for i, p in enumerate(c.proposals))


def _valid(c: ComplaintDetail) -> str:
    return VOCABULARY.label("valid", {True: "yes", False: "no", None: "unknown"}[c.valid])


#: the list export: the words are the vocabulary's (translated by the UI under its context)
LIST_COLUMNS: tuple[Column[ComplaintDetail], ...] = (
    Column("number", "编号", lambda c: c.number, width=16),
    Column("state", "状态", lambda c: VOCABULARY.state(c.state.value), width=9),
    Column("received_at", "受理时间", lambda c: c.received_at, width=17),
    Column("complainant", "投诉人", lambda c: c.complainant, width=10),
    Column("room", "房号", lambda c: c.room, width=11),
    Column("phone", "联系电话", lambda c: c.phone, width=14),
    Column("channel", "投诉方式", lambda c: c.channel, width=9),
    Column("category", "投诉类别", lambda c: c.category, width=10),
    Column("severity", "严重程度", lambda c: c.severity, width=9),
    Column("content", "投诉内容", lambda c: c.content, width=40),
    Column("received_by", "受理人", lambda c: c.received_by, width=9),
    Column("valid", "是否有效", _valid, width=9),
    Column("invalid_reply", "不成立答复", lambda c: c.invalid_reply, width=30),
    Column("department", "责任部门", lambda c: c.department, width=11),
    Column("person", "责任人", lambda c: c.responsible_person, width=9),
    Column("cause", "原因分析", lambda c: c.cause, width=30),
    Column("plan", "处理方案", _plan, width=30),
    Column("approval", "主管审批意见", lambda c: c.approval_comment, width=24),
    Column("actions", "处理结果", lambda c: c.actions_taken, width=30),
    Column("opinion", "投诉人意见", lambda c: c.complainant_opinion, width=20),
    Column("callback_at", "回访时间", lambda c: c.callback_at, width=17),
    Column("method", "回访方式", lambda c: VOCABULARY.label("method", c.callback_method), width=9),
    Column("satisfaction", "满意度", lambda c: VOCABULARY.label("satisfaction", c.satisfaction), width=9),
    Column("callback_comment", "回访意见", lambda c: c.callback_comment, width=20),
    Column("improvement", "改进措施", lambda c: c.improvement, width=30),
    Column("closed_at", "关闭时间", lambda c: c.closed_at, width=17),
    Column("was_overdue", "曾超时", lambda c: "是" if c.was_overdue or c.overdue else "", width=8),
)


def export_list(service: ComplaintQueries, user: CurrentUser, path: Path, filters: ComplaintFilter | None = None) -> int:
    """Every complaint the filter finds (all by default), newest first, to ``path``."""
    rows = service.export_details(user, filters)
    return write_columns(path, "投诉登记", LIST_COLUMNS, rows)
