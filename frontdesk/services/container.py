"""Builds every service on one database and clock; the UI receives this object."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from frontdesk.db import Database
from frontdesk.services.alerts import AlertService
from frontdesk.services.audit import AuditService
from frontdesk.services.clock import Clock
from frontdesk.services.contracts import HandoverItem, SearchHit, StatusCount
from frontdesk.services.core.changes import Kind
from frontdesk.services.core.features import Counting, FeatureEnv, FeatureSet, HandoverSource, Searchable
from frontdesk.services.core.history import HistoryEntry
from frontdesk.services.core.records import Concern
from frontdesk.services.demo import DemoDataService
from frontdesk.services.errors import PermissionDenied
from frontdesk.services.permissions import CurrentUser, grant
from frontdesk.services.registry import RegistryService
from frontdesk.services.registry.importing import RegistryIO
from frontdesk.services.settings import SettingsService
from frontdesk.services.staff import StaffService


class Services:
    """The core services as attributes, and every registered feature's service under its key
    (``services.work_orders``). Global search, status counts and handover items are gathered from
    the features that offer them."""

    def __init__(
        self,
        *,
        db: Database,
        clock: Clock,
        features: FeatureSet,
        staff: StaffService,
        registry: RegistryService,
        settings: SettingsService,
        audit: AuditService,
        alerts: AlertService,
        registry_io: RegistryIO,
        demo: DemoDataService,
        data_dir: Path | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.features = features
        self.staff = staff
        self.registry = registry
        self.settings = settings
        self.audit = audit
        self.alerts = alerts
        self.registry_io = registry_io
        self.demo = demo
        self.data_dir = data_dir
        self._by_key: dict[str, Any] = {}
        #: filled as the features are built; the handover compiles whatever is here when asked
        self.handover_sources: list[HandoverSource] = []
        self.searchables: list[Searchable] = []
        self.counters: list[Counting] = [alerts]

    def __getattr__(self, name: str) -> Any:
        # only reached for names that are not core attributes: a feature's service by its key
        by_key = self.__dict__.get("_by_key", {})
        if name in by_key:
            return by_key[name]
        raise AttributeError(name)

    def feature_service(self, kind: Kind) -> Any:
        feature = self.features.for_kind(kind)
        if feature is None:
            raise KeyError(kind)
        return self._by_key[feature.key]

    def search(self, user: CurrentUser, text: str, limit: int = 20) -> list[SearchHit]:
        """Global search across every record kind the user may see: each kind's records holding
        every word (services/core/search.py), at most ``limit`` of a kind, then ranked together:
        exact record numbers and rooms first, then the newest. The text is cleaned and cut once
        here: a pasted page searches for its first words."""
        from frontdesk.services.core import search

        text = " ".join(search.split_words(text))
        if not text:
            return []
        hits: list[SearchHit] = []
        with search.words_read_once():
            with self.db.read() as s:
                words = search.read_words(s, text)
            for source in self.searchables:
                try:
                    hits.extend(source.search(user, text, limit))
                except PermissionDenied:
                    continue
        return search.rank(hits, text, search.exact_rooms(words))

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        out: list[StatusCount] = []
        for source in self.counters:
            try:
                out.extend(source.status_counts(user))
            except PermissionDenied:
                continue
        return out

    def handover_items(self, user: CurrentUser, shift_start: datetime, shift_end: datetime) -> list[HandoverItem]:
        out: list[HandoverItem] = []
        for source in self.handover_sources:
            out.extend(source.handover_items(user, shift_start, shift_end))
        return out

    def _from_each(self, hook: str, user: CurrentUser, *args: Any) -> list[Any]:
        """What every registered feature's service gives from its optional ``hook`` (a kind the
        user may not read gives nothing)."""
        out: list[Any] = []
        for feature in self.features:
            source = getattr(self._by_key.get(feature.key), hook, None)
            if source is None:
                continue
            try:
                out.extend(source(user, *args))
            except PermissionDenied:
                continue
        return out

    def concerning(self, user: CurrentUser, room_id: int, at: datetime) -> list[Concern]:
        """What concerns a room at ``at`` (notices in force for it, an outage…), from every
        feature whose service has the ``concerning`` hook (services.core.records)."""
        from frontdesk.services.core.records import room_place

        with self.db.read() as s:
            place = room_place(s, room_id)
        return [] if place is None else self._from_each("concerning", user, place, at)

    def room_history(self, user: CurrentUser, room_id: int) -> list[HistoryEntry]:
        """A room's whole history, newest first, from every feature's optional
        ``room_records(user, room_id)`` (services/core/history.py)."""
        entries: list[HistoryEntry] = self._from_each("room_records", user, room_id)
        return sorted(entries, key=lambda e: (e.at, e.id), reverse=True)

    def monthly_statistics(self, user: CurrentUser, year: int, month: int) -> dict[str, list[tuple[str, int]]]:
        """Each registered feature's figures for a month (``Feature.statistics``), by feature key;
        a feature the user may not read is left out."""
        out: dict[str, list[tuple[str, int]]] = {}
        for feature in self.features:
            if feature.statistics is None:
                continue
            try:
                out[feature.key] = list(feature.statistics(self._by_key[feature.key], user, year, month))
            except PermissionDenied:
                continue
        return out


def build_services(
    db: Database,
    clock: Clock | None = None,
    *,
    data_dir: Path | None = None,
    features: FeatureSet | None = None,
) -> Services:
    """The core services, then every registered feature's (``features``: default, the app's
    list in frontdesk.features). ``data_dir`` is the user data folder: where the pass-signing
    key lives when the database is not a SQLite file (see services.release_passes.signing)."""
    if features is None:
        from frontdesk.features import load_features

        features = load_features()
    clock = clock or Clock()
    settings = SettingsService(db)
    for feature in features:
        settings.declare(*feature.options)
        for action, roles in feature.permissions.items():
            grant(action, roles)
    services = Services(
        db=db,
        clock=clock,
        features=features,
        staff=StaffService(db, clock),
        registry=RegistryService(db, clock),
        settings=settings,
        audit=AuditService(db, clock),
        alerts=AlertService(db, clock),
        registry_io=RegistryIO(db, clock),
        demo=DemoDataService(db, clock),
        data_dir=data_dir,
    )
    shared: dict[str, Any] = {
        "staff": services.staff,
        "registry": services.registry,
        "settings": settings,
        "audit": services.audit,
        "alerts": services.alerts,
        "handover_sources": services.handover_sources,
    }
    env = FeatureEnv(db=db, clock=clock, shared=shared, data_dir=data_dir)
    for feature in features:
        service = feature.build(env)
        services._by_key[feature.key] = service
        shared[feature.key] = service
    for feature in features:
        service = services._by_key[feature.key]
        if feature.search and hasattr(service, "search"):
            services.searchables.append(service)
        if feature.counts and hasattr(service, "status_counts"):
            services.counters.append(service)
        if feature.handover and hasattr(service, "handover_items"):
            services.handover_sources.append(service)
        if feature.wire is not None:
            feature.wire(services, service)
    return services
