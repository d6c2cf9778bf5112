"""The work-order xlsx export: column specs (services.core.columns) over the detail rows,
written by the one writer through ui.common.export. Dates, amounts and counts stay typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.services.core.columns import Cell, Column
from frontdesk.services.work_orders import WorkOrderDetail
from frontdesk.ui.work_orders.words import confirmation_name, paid_name, satisfaction_name, state_name, urgency_name

#: the headers' translation context (the tab's, where these words have always been)
CONTEXT = "WorkOrderTab"
SHEET = "维修工单"


def _public(o: WorkOrderDetail) -> str:
    return o.place if not o.public else f"{QCoreApplication.translate('WorkOrderTab', '公区')} {o.place}"


def _overdue(o: WorkOrderDetail) -> str:
    return QCoreApplication.translate("WorkOrderTab", "是") if o.overdue else ""


def _satisfaction(o: WorkOrderDetail) -> str:
    done = [cb for cb in o.callbacks if cb.state == "done"]
    return satisfaction_name(done[-1].satisfaction or "") if done else ""


def _col(key: str, header: object, value: Callable[[WorkOrderDetail], Cell], width: int) -> Column[WorkOrderDetail]:
    return Column(key, str(header), value, width=width)  # header: QT_TRANSLATE_NOOP's str


C = _col
EXPORT_COLUMNS: list[Column[WorkOrderDetail]] = [
    C("number", QT_TRANSLATE_NOOP("WorkOrderTab", "单号"), lambda o: o.number, 16),
    C("reported_at", QT_TRANSLATE_NOOP("WorkOrderTab", "报修时间"), lambda o: o.reported_at, 17),
    C("project", QT_TRANSLATE_NOOP("WorkOrderTab", "项目"), lambda o: o.project, 12),
    C("place", QT_TRANSLATE_NOOP("WorkOrderTab", "房号/位置"), _public, 16),
    C("reporter", QT_TRANSLATE_NOOP("WorkOrderTab", "报修人"), lambda o: o.reporter, 10),
    C("phone", QT_TRANSLATE_NOOP("WorkOrderTab", "联系电话"), lambda o: o.phone, 14),
    C("category", QT_TRANSLATE_NOOP("WorkOrderTab", "类别"), lambda o: o.category, 9),
    C("description", QT_TRANSLATE_NOOP("WorkOrderTab", "故障描述"), lambda o: o.description, 40),
    C("urgency", QT_TRANSLATE_NOOP("WorkOrderTab", "紧急程度"), lambda o: urgency_name(o.urgency), 8),
    C("paid", QT_TRANSLATE_NOOP("WorkOrderTab", "收费"), lambda o: paid_name(o.paid), 8),
    C("appointment_at", QT_TRANSLATE_NOOP("WorkOrderTab", "预约时间"), lambda o: o.appointment_at, 17),
    C("state", QT_TRANSLATE_NOOP("WorkOrderTab", "状态"), lambda o: state_name(o.state), 8),
    C("due_at", QT_TRANSLATE_NOOP("WorkOrderTab", "完成时限"), lambda o: o.due_at, 17),
    C("overdue", QT_TRANSLATE_NOOP("WorkOrderTab", "是否超时"), _overdue, 8),
    C("department", QT_TRANSLATE_NOOP("WorkOrderTab", "维修部门"), lambda o: o.department, 10),
    C("technician", QT_TRANSLATE_NOOP("WorkOrderTab", "维修人员"), lambda o: o.technician, 10),
    C("dispatched_at", QT_TRANSLATE_NOOP("WorkOrderTab", "派单时间"), lambda o: o.dispatched_at, 17),
    C("completed_at", QT_TRANSLATE_NOOP("WorkOrderTab", "完工时间"), lambda o: o.completed_at, 17),
    C("work_done", QT_TRANSLATE_NOOP("WorkOrderTab", "处理结果"), lambda o: o.work_done or "", 30),
    C("charge_total", QT_TRANSLATE_NOOP("WorkOrderTab", "费用合计"), lambda o: o.charge_total, 10),
    C("owner_confirmation", QT_TRANSLATE_NOOP("WorkOrderTab", "业主确认"), lambda o: confirmation_name(o.owner_confirmation), 12),
    C("satisfaction", QT_TRANSLATE_NOOP("WorkOrderTab", "回访满意度"), _satisfaction, 10),
    C("reopen_count", QT_TRANSLATE_NOOP("WorkOrderTab", "返修次数"), lambda o: o.reopen_count, 8),
    C("created_by", QT_TRANSLATE_NOOP("WorkOrderTab", "开单人"), lambda o: o.created_by, 10),
]
