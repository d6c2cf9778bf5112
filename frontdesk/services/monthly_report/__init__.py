"""客服月报: the registration (frontdesk.features) and the service. The report is in :mod:`.report`,
its PDF and xlsx in frontdesk/printing/monthly_report/, its screen in frontdesk/ui/monthly_report/."""

from __future__ import annotations

from frontdesk.services.core.features import Feature, service_of
from frontdesk.services.monthly_report.report import Line, MonthlyReport, Section
from frontdesk.services.monthly_report.service import PERMISSIONS, REPORT, VIEW, VOCABULARY, MonthlyReportService

FEATURE = Feature(
    kind=REPORT,
    key="monthly_report",
    build=service_of(MonthlyReportService, "settings"),
    vocabulary=VOCABULARY,
    permissions=PERMISSIONS,
    search=False,
    counts=False,
    handover=False,
    wire=lambda services, service: service.attach(services),
)

__all__ = ["FEATURE", "REPORT", "VIEW", "Line", "MonthlyReport", "MonthlyReportService", "Section"]
