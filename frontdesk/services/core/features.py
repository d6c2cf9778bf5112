"""The one registration of a record kind.

A feature declares a :class:`Feature` in its own package (``frontdesk/services/<feature>/``)
and the app's feature list (:mod:`frontdesk.features`) names that package once. Everything
else — the service on :class:`~frontdesk.services.container.Services`, the tab, global search,
status-bar counts, handover items, numbering prefix, monthly statistics, the vocabulary that
lists, detail views, exports and PDFs share — is read from the registration. Nothing else
lists the kinds.

The tab is named as ``"module:Class"`` and imported by the UI only: the services never import Qt.
What a feature's service offers the shell (``Searchable``, ``Counting``, ``HandoverSource``) is
declared in :mod:`frontdesk.services.contracts` and re-exported here for the container.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from frontdesk.services.contracts import Counting as Counting  # re-exported for the container
from frontdesk.services.contracts import HandoverSource as HandoverSource
from frontdesk.services.contracts import Searchable as Searchable
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.options import Option

if TYPE_CHECKING:
    from frontdesk.db import Database
    from frontdesk.services.clock import Clock
    from frontdesk.services.permissions import CurrentUser, Role


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a source text for lupdate under ``_context`` without importing Qt (the services
    never do): a column header or phrase the UI translates under that context."""
    return text


@dataclass(frozen=True)
class Vocabulary:
    """The words of a kind, as Chinese source texts translated under ``context``: its name,
    its states and any other coded values (``labels["urgency"]["urgent"] = "紧急"``). Lists,
    detail views, the handover, exports and PDFs all word codes through this one table."""

    context: str
    name: str
    states: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    #: status-bar words per count code, with ``{0}`` for the number ("逾期工单 {0}")
    counts: Mapping[str, str] = field(default_factory=dict)

    def state(self, code: str) -> str:
        return self.states.get(code, code)

    def label(self, group: str, code: str) -> str:
        return self.labels.get(group, {}).get(code, code)

    def optional(self, group: str, code: str | None) -> str:
        """The word for an optional coded field: "" when there is no code (or one the group does
        not word), where :meth:`label` would show the code itself."""
        return self.labels.get(group, {}).get(code or "", "")


@dataclass(frozen=True)
class FeatureEnv:
    """What a feature's service factory receives: the database, the clock, the shared services
    already built (by attribute name) and the user data folder."""

    db: Database
    clock: Clock
    shared: Mapping[str, Any]
    data_dir: Any = None

    def get(self, name: str) -> Any:
        return self.shared[name]


@dataclass(frozen=True)
class TabSpec:
    """A tab the feature adds: ``factory`` is ``"module:Class"`` (constructed with the UiContext),
    shown to users who have ``view_action`` (None: the class's ``visible_for(user)`` decides),
    in the tab bar itself or inside its ``group``.
    ``title`` is the tab's label (source text in the class's translation context, the words its
    ``setWindowTitle`` uses): with it the main window builds the tab only when it is first shown
    or in idle time; without it the tab is built with the window. Grouped tabs wait with their
    group, which is built when it is first shown."""

    factory: str
    order: int
    view_action: str | None = None
    title: str = ""
    #: the translation context of ``title`` ("": the class's name)
    title_context: str = ""
    #: tabs of one group (e.g. "登记簿": visitors, parcels, keys…) share one place in the tab
    #: bar, each a tab inside it; the group's words are translated in the context "TabGroup"
    group: str = ""


@dataclass(frozen=True)
class Feature:
    """One record kind (or one group of kinds served by one service and one tab).

    ``key`` is the attribute the service gets on ``Services`` (``services.work_orders``).
    ``search``, ``counts`` and ``handover`` default to the service itself when it has the method.
    ``permissions`` adds this feature's actions to the role matrix (action code → roles).
    ``wire(services, service)`` runs once every feature's service exists, to connect hooks.
    ``statistics(service, user, year, month)`` gives (label, count) pairs for the monthly report.
    ``options`` are the feature's typed settings (services.core.options).
    """

    kind: Kind
    key: str
    build: Callable[[FeatureEnv], Any]
    vocabulary: Vocabulary
    tabs: tuple[TabSpec, ...] = ()
    prefix: str | None = None
    kinds: tuple[Kind, ...] = ()
    permissions: Mapping[str, Iterable[Role]] = field(default_factory=dict)
    search: bool = True
    counts: bool = True
    handover: bool = True
    statistics: Callable[[Any, CurrentUser, int, int], Sequence[tuple[str, int]]] | None = None
    wire: Callable[[Any, Any], None] | None = None
    #: ``export(service, user, path) -> rows written``: this kind's records (the default list) to
    #: xlsx through the one writer, with the list's column specs
    export: Callable[[Any, CurrentUser, Path], int] | None = None
    options: tuple[Option[Any], ...] = ()
    #: the service's class when the kind stands on the generic RecordService (record_feature):
    #: generic tests and demo data fill its declared form without code of their own
    record_service: type | None = None
    #: what the feature's tab is for, in one sentence (帮助 → 使用指南; context "Guide")
    summary: str = ""

    @property
    def tab_order(self) -> int:
        return min((t.order for t in self.tabs), default=1000)

    @property
    def all_kinds(self) -> tuple[Kind, ...]:
        """The kinds this feature's tab shows and opens (its own first)."""
        return (self.kind, *[k for k in self.kinds if k is not self.kind])


def service_of(cls: Callable[..., Any], *shared: str) -> Callable[[FeatureEnv], Any]:
    """A ``Feature.build`` for the usual service constructor ``cls(db, clock, *shared services)``,
    the shared services named by their attribute (``service_of(CallbackService, "settings")``),
    so a feature declares what its service needs instead of writing a factory function."""

    def build(env: FeatureEnv) -> Any:
        return cls(env.db, env.clock, *(env.get(name) for name in shared))

    return build


def joins_callbacks_and_alerts(ref_kind: str) -> Callable[[Any, Any], None]:
    """A ``Feature.wire`` for a kind whose records join the shared callback queue and raise alerts
    (work orders, complaints): the service hears back from both (``on_callback_recorded``,
    ``on_alert_acknowledged``)."""

    def wire(services: Any, service: Any) -> None:
        services.callbacks.register_hook(ref_kind, service)
        services.alerts.register_hook(ref_kind, service)

    return wire


class FeatureSet:
    """The registered features of one application (or one test), in tab order. Built once in
    the composition root and passed in; not a global."""

    def __init__(self, features: Iterable[Feature]) -> None:
        items = sorted(features, key=lambda f: f.tab_order)
        seen_kinds: dict[Kind, str] = {}
        seen_keys: set[str] = set()
        seen_prefixes: dict[str, str] = {}
        for f in items:
            if f.key in seen_keys:
                raise ValueError(f"two features use the key {f.key!r}")
            seen_keys.add(f.key)
            for k in f.all_kinds:
                if k in seen_kinds:
                    raise ValueError(f"kind {k.name!r} registered by {seen_kinds[k]!r} and {f.key!r}")
                seen_kinds[k] = f.key
            if f.prefix:
                if len(f.prefix) != 2 or not f.prefix.isupper() or f.prefix in seen_prefixes:
                    raise ValueError(f"numbering prefix {f.prefix!r} of {f.key!r} is not a new two-letter prefix")
                seen_prefixes[f.prefix] = f.key
        self._items = tuple(items)
        self._by_kind = {k: f for f in items for k in f.all_kinds}

    def __iter__(self) -> Iterator[Feature]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def for_kind(self, kind: Kind) -> Feature | None:
        return self._by_kind.get(kind)

    def by_key(self, key: str) -> Feature:
        for f in self._items:
            if f.key == key:
                return f
        raise KeyError(key)

    def vocabulary(self, kind: Kind) -> Vocabulary | None:
        f = self._by_kind.get(kind)
        return f.vocabulary if f else None
