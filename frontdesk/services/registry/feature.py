"""Rooms and occupants as a feature: the registry tab and rooms in the global search. The
registry service itself is core (every feature finds rooms through it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontdesk.services.contracts import SearchHit
from frontdesk.services.core.changes import ROOM
from frontdesk.services.core.features import Feature, FeatureEnv, TabSpec, Vocabulary
from frontdesk.services.permissions import Action, CurrentUser

if TYPE_CHECKING:
    from frontdesk.services.registry.service import RegistryService


class RegistrySearch:
    """Rooms and occupants in the global search."""

    def __init__(self, registry: RegistryService) -> None:
        self._registry = registry

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]:
        rows = self._registry.find(user, text, limit=limit)
        return [SearchHit("room", r.id, f"{r.project} {r.code}", f"{r.owner_name} {r.owner_phone}".strip()) for r in rows]


def _build(env: FeatureEnv) -> RegistrySearch:
    return RegistrySearch(env.get("registry"))


FEATURE = Feature(
    kind=ROOM,
    key="rooms",
    build=_build,
    vocabulary=Vocabulary("Rooms", "房屋"),
    tabs=(TabSpec("frontdesk.ui.registry.tab:RegistryTab", 50, Action.REGISTRY_VIEW),),
    counts=False,
    handover=False,
)
