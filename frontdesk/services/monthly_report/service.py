"""月报's service: the report of a month and project, its PDF (charts drawn by reportlab) and its
xlsx. Other kinds' figures come through ``Services.monthly_statistics`` (wired at start)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from frontdesk.db import Database
from frontdesk.models import Project
from frontdesk.services.clock import Clock
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.features import Vocabulary
from frontdesk.services.core.service import Service
from frontdesk.services.errors import ValidationError
from frontdesk.services.monthly_report.report import MonthlyReport, build_report
from frontdesk.services.permissions import CurrentUser, Role, require

REPORT = Kind("monthly_report")
VIEW = "report.monthly"
PERMISSIONS = {VIEW: (Role.SUPERVISOR,)}
VOCABULARY = Vocabulary("monthly_report", "客服月报")
#: what the report shows itself (not again under "other kinds")
OWN_KEYS = frozenset({"complaints", "monthly_report"})


class MonthlyReportService(Service):
    _entity = "monthly_report"

    def __init__(self, db: Database, clock: Clock, settings: Any = None) -> None:
        super().__init__(db, clock, settings)
        self._others: Callable[[CurrentUser, int, int], Mapping[str, Sequence[tuple[str, int]]]] | None = None
        self._names: Mapping[str, str] = {}

    def attach(self, services: Any) -> None:
        """Read every registered kind's month figures (``Feature.statistics``) through the container."""
        self._others = services.monthly_statistics
        self._names = {f.key: f.vocabulary.name for f in services.features}

    def projects(self, user: CurrentUser) -> list[tuple[int, str]]:
        require(user, VIEW)
        with self._db.read() as s:
            return [(p.id, p.name) for p in s.query(Project).order_by(Project.id)]

    def report(self, user: CurrentUser, year: int, month: int, project_id: int | None = None) -> MonthlyReport:
        require(user, VIEW)
        if not (1 <= month <= 12) or not (2000 <= year <= 2100):
            raise ValidationError({"month": "invalid"})

        def others(y: int, m: int) -> dict[str, tuple[str, Sequence[tuple[str, int]]]]:
            if self._others is None:
                return {}
            figures = self._others(user, y, m)
            return {k: (self._names.get(k, k), v) for k, v in figures.items() if k not in OWN_KEYS}

        with self._db.read() as s:
            project = ""
            if project_id is not None:
                p = s.get(Project, project_id)
                if p is None:
                    raise ValidationError({"project": "invalid"})
                project = p.name
            return build_report(
                s,
                year,
                month,
                project_id=project_id,
                project=project,
                order_categories=list(self._setting("order.categories") or []),
                complaint_categories=list(self._setting("complaint.categories") or []),
                others=others,
                made_at=self._clock.now(),
                made_by=user.name,
            )

    def pdf(self, user: CurrentUser, year: int, month: int, project_id: int | None = None) -> bytes:
        from frontdesk.printing.monthly_report import render_report

        return render_report(self.report(user, year, month, project_id), centre=str(self._setting("centre.name") or ""))

    def export_xlsx(self, user: CurrentUser, path: Path, year: int, month: int, project_id: int | None = None) -> None:
        from frontdesk.printing.monthly_report import write_report_xlsx

        write_report_xlsx(self.report(user, year, month, project_id), path)
