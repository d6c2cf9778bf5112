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
        """Global search across every record kind the user may see. The text is cleaned and cut
        once here (``counting.search_text``): a pasted page searches for its first words."""
        from frontdesk.services.core.counting import search_text

        text = search_text(text, min_chars=1)
        terms = text.split()[:MAX_TERMS]
        hits: list[SearchHit] = []
        for source in self.searchables:
            try:
                if len(terms) <= 1:
                    hits.extend(source.search(user, text, limit))
                else:
                    hits.extend(_all_terms(source, user, terms, limit))
            except PermissionDenied:
                continue
        # a record number typed whole comes first, then each kind's own order (newest first)
        exact = {t.upper() for t in terms}
        return sorted(hits, key=lambda h: h.title.split()[0].upper() not in exact if h.title else True)

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

    def concerning(self, user: CurrentUser, room_id: int, at: datetime) -> list[Concern]:
        """What concerns a room at ``at`` (notices in force for it…), from every registered
        feature whose service has the ``concerning`` hook (services.core.records); kinds the
        user may not read are left out."""
        from frontdesk.services.core.records import room_place

        with self.db.read() as s:
            place = room_place(s, room_id)
        if place is None:
            return []
        out: list[Concern] = []
        for feature in self.features:
            hook = getattr(self._by_key[feature.key], "concerning", None)
            if hook is None:
                continue
            try:
                out.extend(hook(user, place, at))
            except PermissionDenied:
                continue
        return out

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


#: the words of a global search that are each looked for (the rest of a pasted text is dropped)
MAX_TERMS = 6
#: the hits per word among which the records holding every word are found
PER_TERM = 300


def _all_terms(source: Any, user: CurrentUser, terms: list[str], limit: int) -> list[SearchHit]:
    """The records of one kind that match every word (a room in any spelling, a name, a phone, a
    number, content — whatever the kind's own search looks at), in the order of the first word's
    hits: "3-2-1502 漏水" finds that room's leaks, not every leak and every call from the room."""
    first: list[SearchHit] = source.search(user, terms[0], PER_TERM)
    common = {(h.kind, h.id) for h in first}
    for term in terms[1:]:
        if not common:
            break
        common &= {(h.kind, h.id) for h in source.search(user, term, PER_TERM)}
    return [h for h in first if (h.kind, h.id) in common][:limit]


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
