"""The registration of complaints (frontdesk.features)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from frontdesk.services.complaints.export import export_list
from frontdesk.services.complaints.rules import COMPLAINT, PREFIX, VOCABULARY
from frontdesk.services.complaints.service import ComplaintService
from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec
from frontdesk.services.permissions import Action


def _build(env: FeatureEnv) -> ComplaintService:
    return ComplaintService(env.db, env.clock)


# SHARED-CANDIDATE (services/core/features.py): work orders wire the same two hooks for "order"
def joins_callbacks_and_alerts(ref_kind: str) -> Callable[[Any, Any], None]:
    """A ``Feature.wire`` for a kind whose records join the shared callback queue and raise alerts:
    the service hears back from both (``on_callback_recorded``, ``on_alert_acknowledged``)."""

    def wire(services: Any, service: Any) -> None:
        services.callbacks.register_hook(ref_kind, service)
        services.alerts.register_hook(ref_kind, service)

    return wire


FEATURE = Feature(
    kind=COMPLAINT,
    key="complaints",
    build=_build,
    vocabulary=VOCABULARY,
    tabs=(TabSpec("frontdesk.ui.complaints.tab:ComplaintsTab", 30, Action.COMPLAINT_VIEW),),
    prefix=PREFIX,
    export=lambda svc, user, path: export_list(svc, user, path),
    wire=joins_callbacks_and_alerts(COMPLAINT.name),
)
