"""The work-order xlsx export: column specs (services.core.columns) over the detail rows, in the
order vocabulary's words, written by the one writer (frontdesk.printing.xlsx.write_columns).
Dates, amounts and counts stay typed. The tab exports its filter through the same specs with its
words translated (ui/work_orders/export.py); ``Feature.export`` writes every order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from frontdesk.printing.xlsx import write_columns
from frontdesk.services.core.columns import Cell, Column
from frontdesk.services.core.features import QT_TRANSLATE_NOOP
from frontdesk.services.permissions import CurrentUser
from frontdesk.services.work_orders.rows import OrderFilter, WorkOrderDetail
from frontdesk.services.work_orders.rules import VOCABULARY

SHEET = "维修工单"
# words a vocabulary text for the file: the service keeps the Chinese, the UI translates it
Word = Callable[[str], str]


def _same(text: str) -> str:
    return text


def export_columns(word: Word = _same) -> list[Column[WorkOrderDetail]]:
    """The export's columns; every coded value is worded by ``word(VOCABULARY word)``."""
    v = VOCABULARY

    def label(group: str, code: str | None) -> str:
        text = v.optional(group, code)
        return word(text) if text else ""

    def place(o: WorkOrderDetail) -> str:
        return o.place if not o.public else f"{word(v.label('place', 'public'))} {o.place}"

    def confirmation(o: WorkOrderDetail) -> str:
        return label("confirmation", o.owner_confirmation)

    def overdue(o: WorkOrderDetail) -> str:
        return label("overdue", "yes" if o.overdue else None)

    def paid(o: WorkOrderDetail) -> str:
        return word(v.label("paid", "yes" if o.paid else "no"))

    def satisfaction(o: WorkOrderDetail) -> str:
        done = [cb for cb in o.callbacks if cb.state == "done"]
        return label("satisfaction", done[-1].satisfaction or "") if done else ""

    def col(key: str, header: str, value: Callable[[WorkOrderDetail], Cell], width: int) -> Column[WorkOrderDetail]:
        return Column(key, header, value, width=width)

    return [
        col("number", QT_TRANSLATE_NOOP("WorkOrders", "单号"), lambda o: o.number, 16),
        col("reported_at", QT_TRANSLATE_NOOP("WorkOrders", "报修时间"), lambda o: o.reported_at, 17),
        col("project", QT_TRANSLATE_NOOP("WorkOrders", "项目"), lambda o: o.project, 12),
        col("place", QT_TRANSLATE_NOOP("WorkOrders", "房号/位置"), place, 16),
        col("reporter", QT_TRANSLATE_NOOP("WorkOrders", "报修人"), lambda o: o.reporter, 10),
        col("phone", QT_TRANSLATE_NOOP("WorkOrders", "联系电话"), lambda o: o.phone, 14),
        col("category", QT_TRANSLATE_NOOP("WorkOrders", "类别"), lambda o: o.category, 9),
        col("description", QT_TRANSLATE_NOOP("WorkOrders", "故障描述"), lambda o: o.description, 40),
        col("urgency", QT_TRANSLATE_NOOP("WorkOrders", "紧急程度"), lambda o: word(v.label("urgency", o.urgency)), 8),
        col("paid", QT_TRANSLATE_NOOP("WorkOrders", "收费"), paid, 8),
        col("appointment_at", QT_TRANSLATE_NOOP("WorkOrders", "预约时间"), lambda o: o.appointment_at, 17),
        col("state", QT_TRANSLATE_NOOP("WorkOrders", "状态"), lambda o: word(v.state(o.state)), 8),
        col("due_at", QT_TRANSLATE_NOOP("WorkOrders", "完成时限"), lambda o: o.due_at, 17),
        col("overdue", QT_TRANSLATE_NOOP("WorkOrders", "是否超时"), overdue, 8),
        col("department", QT_TRANSLATE_NOOP("WorkOrders", "维修部门"), lambda o: o.department, 10),
        col("technician", QT_TRANSLATE_NOOP("WorkOrders", "维修人员"), lambda o: o.technician, 10),
        col("dispatched_at", QT_TRANSLATE_NOOP("WorkOrders", "派单时间"), lambda o: o.dispatched_at, 17),
        col("completed_at", QT_TRANSLATE_NOOP("WorkOrders", "完工时间"), lambda o: o.completed_at, 17),
        col("work_done", QT_TRANSLATE_NOOP("WorkOrders", "处理结果"), lambda o: o.work_done or "", 30),
        col("charge_total", QT_TRANSLATE_NOOP("WorkOrders", "费用合计"), lambda o: o.charge_total, 10),
        col("owner_confirmation", QT_TRANSLATE_NOOP("WorkOrders", "业主确认"), confirmation, 12),
        col("satisfaction", QT_TRANSLATE_NOOP("WorkOrders", "回访满意度"), satisfaction, 10),
        col("reopen_count", QT_TRANSLATE_NOOP("WorkOrders", "返修次数"), lambda o: o.reopen_count, 8),
        col("created_by", QT_TRANSLATE_NOOP("WorkOrders", "开单人"), lambda o: o.created_by, 10),
    ]  # fmt: skip


#: the columns in the vocabulary's Chinese (the service-side export)
EXPORT_COLUMNS = export_columns()


class _Orders(Protocol):
    def export_rows(self, user: CurrentUser, flt: OrderFilter | None = None) -> list[WorkOrderDetail]: ...


def export_orders(service: _Orders, user: CurrentUser, path: Path) -> int:
    """``Feature.export``: every order of the default filter, in number order; the rows written."""
    return write_columns(path, SHEET, EXPORT_COLUMNS, service.export_rows(user, OrderFilter()))
