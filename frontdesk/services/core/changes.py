"""Record kinds and the change sets that mutating service calls return.

A :class:`Kind` is a token a feature declares once (``ORDER = Kind("order")``); code names it by
import, so a misspelt kind is an ImportError or NameError, never a silent no-op. A mutating
service method declares the kinds it changes with :func:`changes`; inside the call it may add
more with :func:`note`. :func:`call_op` runs a call and returns ``(result, ChangeSet)``, which is
what the UI's operation runner uses; calling the method directly returns only its result, so
scripts and tests keep a plain API (Anki's ``OpChanges``, without wrapping every result).
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_KINDS: dict[str, Kind] = {}


@dataclass(frozen=True, eq=False)
class Kind:
    """A record kind: ``name`` is its stable code (search hits, audit, handover references)."""

    name: str

    def __post_init__(self) -> None:
        if not self.name or not self.name.replace("_", "").replace(".", "").isalnum():
            raise ValueError(f"bad kind name {self.name!r}")

    def __new__(cls, name: str) -> Kind:  # one object per name: identity is equality
        existing = _KINDS.get(name)
        if existing is not None:
            return existing
        obj = super().__new__(cls)
        _KINDS[name] = obj
        return obj

    def __getnewargs__(self) -> tuple[str]:
        return (self.name,)

    def __repr__(self) -> str:
        return f"Kind({self.name!r})"

    def __str__(self) -> str:
        return self.name

    def __hash__(self) -> int:
        return hash(self.name)

    @staticmethod
    def named(name: str) -> Kind:
        """The kind registered under ``name`` (stored references); unknown → KeyError."""
        return _KINDS[name]


ChangeSet = frozenset[Kind]
NO_CHANGES: ChangeSet = frozenset()

#: kinds used by the core itself: the registry of rooms and occupants, staff, settings, alerts, audit
ROOM = Kind("room")
STAFF = Kind("staff")
SETTING = Kind("setting")
ALERT = Kind("alert")

_collecting: contextvars.ContextVar[set[Kind] | None] = contextvars.ContextVar("frontdesk_changes", default=None)


def changes(*kinds: Kind) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare the kinds a mutating service method changes (those it always or may change)."""
    declared = frozenset(kinds)

    def wrap(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def inner(*args: P.args, **kwargs: P.kwargs) -> R:
            sink = _collecting.get()
            result = fn(*args, **kwargs)
            if sink is not None:
                sink.update(declared)
            return result

        inner.__changes__ = declared  # type: ignore[attr-defined]
        return inner

    return wrap


def note(*kinds: Kind) -> None:
    """Inside a mutating call: these kinds changed too (known only at run time)."""
    sink = _collecting.get()
    if sink is not None:
        sink.update(kinds)


def declared_changes(fn: Callable[..., Any]) -> ChangeSet:
    return frozenset(getattr(fn, "__changes__", NO_CHANGES))


def call_op(fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> tuple[R, ChangeSet]:
    """Run a service call and collect what it changed. Only what succeeded counts: a call that
    raises reports nothing (its transaction was rolled back)."""
    sink: set[Kind] = set()
    token = _collecting.set(sink)
    try:
        result = fn(*args, **kwargs)
    finally:
        _collecting.reset(token)
    return result, frozenset(sink)


def union(sets: Iterable[ChangeSet]) -> ChangeSet:
    out: set[Kind] = set()
    for s in sets:
        out.update(s)
    return frozenset(out)
