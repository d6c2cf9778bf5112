"""State machines as data: a table of (from states, action, to state, permission).

Services check every change against the table (:meth:`StateMachine.check`), and every detail
row carries :meth:`StateMachine.allowed` for its user, so no widget reasons from a state."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from frontdesk.services.errors import InvalidTransition
from frontdesk.services.permissions import CurrentUser, require

S = TypeVar("S", bound=str)
A = TypeVar("A", bound=str)


@dataclass(frozen=True)
class Transition(Generic[S, A]):
    """``action`` may be taken from any of ``sources`` by whoever has ``permission``; it leads to
    ``target`` (None: the state stays, or the service decides, e.g. resume or a callback)."""

    sources: frozenset[S]
    action: A
    target: S | None
    permission: str


class StateMachine(Generic[S, A]):
    def __init__(self, transitions: Iterable[Transition[S, A]]) -> None:
        self._by_action: dict[A, Transition[S, A]] = {}
        for t in transitions:
            if t.action in self._by_action:
                raise ValueError(f"action {t.action!r} declared twice")
            self._by_action[t.action] = t

    @property
    def actions(self) -> tuple[A, ...]:
        return tuple(self._by_action)

    def transition(self, action: A) -> Transition[S, A]:
        return self._by_action[action]

    def sources(self, action: A) -> frozenset[S]:
        return self._by_action[action].sources

    def target(self, action: A) -> S | None:
        return self._by_action[action].target

    def permission(self, action: A) -> str:
        return self._by_action[action].permission

    def allowed(self, user: CurrentUser, state: S | str) -> frozenset[A]:
        """What this user may do to a record in ``state``."""
        return frozenset(a for a, t in self._by_action.items() if state in t.sources and user.can(t.permission))

    def check(self, user: CurrentUser, state: S | str, action: A) -> Transition[S, A]:
        """Permission first (a hidden button is not a permission), then the state."""
        t = self._by_action[action]
        require(user, t.permission)
        if state not in t.sources:
            raise InvalidTransition("invalid_transition", action=str(action), state=str(state))
        return t
