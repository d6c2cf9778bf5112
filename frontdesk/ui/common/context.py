"""What every tab receives: the services, who is logged in, and the application bus."""

from __future__ import annotations

from dataclasses import dataclass

from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser
from frontdesk.ui.common.bus import EventBus


@dataclass
class UiContext:
    services: Services
    user: CurrentUser
    bus: EventBus
    #: this PC's counter name (ui/counter.py); handovers belong to a counter
    counter: str = ""
