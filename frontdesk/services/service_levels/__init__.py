"""服务时限: the registration (frontdesk.features) and the service that sweeps the clocks, lists
the breaches and takes their reasons. The clock itself is services/core/service_clock.py."""

from __future__ import annotations

from frontdesk.services.core.features import Feature, Vocabulary, service_of
from frontdesk.services.core.service_clock import OPTIONS
from frontdesk.services.permissions import Role
from frontdesk.services.service_levels.service import (
    BREACH,
    PERMISSIONS,
    VOCABULARY,
    BreachRow,
    ServiceLevelService,
)

FEATURE = Feature(
    kind=BREACH,
    key="service_levels",
    build=service_of(ServiceLevelService, "alerts"),
    vocabulary=VOCABULARY,
    permissions=PERMISSIONS,
    options=OPTIONS,
    search=False,
    handover=False,
    wire=lambda services, service: services.alerts.register_sweep(service.sweep),
)

__all__ = ["BREACH", "FEATURE", "BreachRow", "Role", "ServiceLevelService", "Vocabulary"]
