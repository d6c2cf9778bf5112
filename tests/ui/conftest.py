"""UI fixtures: a UiContext for a given user on the test services."""

from __future__ import annotations

import pytest

from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser


@pytest.fixture
def make_ctx(services: Services):  # type: ignore[no-untyped-def]
    from frontdesk.ui.common.bus import EventBus
    from frontdesk.ui.common.context import UiContext

    def make(user: CurrentUser) -> UiContext:
        return UiContext(services, user, EventBus())

    return make
