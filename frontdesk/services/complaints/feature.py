"""The registration of complaints (frontdesk.features)."""

from __future__ import annotations

from frontdesk.services.complaints.export import export_list
from frontdesk.services.complaints.rules import COMPLAINT, PREFIX, VOCABULARY
from frontdesk.services.complaints.service import ComplaintService
from frontdesk.services.core.features import Feature, TabSpec, joins_callbacks_and_alerts, service_of
from frontdesk.services.permissions import Action, CurrentUser


def _statistics(service: ComplaintService, user: CurrentUser, year: int, month: int) -> list[tuple[str, int]]:
    """The month's complaints by category (《顾客投诉分类统计表》's first column of figures)."""
    stats = service.monthly_stats(user, year, month)
    return [(line.label, line.total) for line in stats.by_category]


FEATURE = Feature(
    kind=COMPLAINT,
    key="complaints",
    build=service_of(ComplaintService),
    vocabulary=VOCABULARY,
    tabs=(TabSpec("frontdesk.ui.complaints.tab:ComplaintsTab", 30, Action.COMPLAINT_VIEW, title="投诉登记"),),
    prefix=PREFIX,
    export=export_list,
    statistics=_statistics,
    wire=joins_callbacks_and_alerts(COMPLAINT.name),
    summary="投诉按六步闭环处理：受理、判断、调查、方案、审批、实施、回访结案，每步有时限。",
)
