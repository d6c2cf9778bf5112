"""The registration of complaints (frontdesk.features)."""

from __future__ import annotations

from typing import Any

from frontdesk.services.complaints.export import export_list
from frontdesk.services.complaints.rules import COMPLAINT, PREFIX, VOCABULARY
from frontdesk.services.complaints.service import ComplaintService
from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec
from frontdesk.services.permissions import Action


def _build(env: FeatureEnv) -> ComplaintService:
    return ComplaintService(env.db, env.clock)


def _wire(services: Any, service: ComplaintService) -> None:
    # complaints join the same callback queue and alerts
    services.callbacks.register_hook("complaint", service)
    services.alerts.register_hook("complaint", service)


FEATURE = Feature(
    kind=COMPLAINT,
    key="complaints",
    build=_build,
    vocabulary=VOCABULARY,
    tabs=(TabSpec("frontdesk.ui.complaints.tab:ComplaintsTab", 30, Action.COMPLAINT_VIEW),),
    prefix=PREFIX,
    export=lambda svc, user, path: export_list(svc, user, path),
    wire=_wire,
)
