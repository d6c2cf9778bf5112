"""Builds every service on one database and clock; the UI receives this object."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontdesk.db import Database
from frontdesk.services.alerts import AlertService
from frontdesk.services.audit import AuditService
from frontdesk.services.call_log import CallLogService, OrderSource
from frontdesk.services.callbacks import CallbackService
from frontdesk.services.clock import Clock
from frontdesk.services.complaints import ComplaintService
from frontdesk.services.contracts import HandoverItem, SearchHit, StatusCount
from frontdesk.services.demo import DemoDataService
from frontdesk.services.handover import HandoverService
from frontdesk.services.pass_signing import PassSigner, default_key_path
from frontdesk.services.permissions import CurrentUser
from frontdesk.services.rectification import RectificationService
from frontdesk.services.registry import RegistryService
from frontdesk.services.registry_io import RegistryIO
from frontdesk.services.release_passes import ReleasePassService
from frontdesk.services.settings import SettingsService
from frontdesk.services.staff import StaffService
from frontdesk.services.work_orders import WorkOrderService


@dataclass
class Services:
    db: Database
    clock: Clock
    staff: StaffService
    registry: RegistryService
    settings: SettingsService
    audit: AuditService
    alerts: AlertService
    callbacks: CallbackService
    work_orders: WorkOrderService
    call_log: CallLogService
    complaints: ComplaintService
    release_passes: ReleasePassService
    notices: RectificationService
    registry_io: RegistryIO
    demo: DemoDataService
    #: features offering search / counts / handover items (see services.contracts)
    searchables: list[Any] = field(default_factory=list)
    counters: list[Any] = field(default_factory=list)
    handover_sources: list[Any] = field(default_factory=list)
    #: 交接班: compiles whatever is in handover_sources when asked, so later features join it
    handover: HandoverService = field(init=False)

    def search(self, user: CurrentUser, text: str, limit: int = 20) -> list[SearchHit]:
        """Global search across every record kind the user may see."""
        from frontdesk.services.errors import PermissionDenied

        hits: list[SearchHit] = []
        for source in self.searchables:
            try:
                hits.extend(source.search(user, text, limit))
            except PermissionDenied:
                continue
        return hits

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        from frontdesk.services.errors import PermissionDenied

        out: list[StatusCount] = []
        for source in self.counters:
            try:
                out.extend(source.status_counts(user))
            except PermissionDenied:
                continue
        return out

    def handover_items(self, user: CurrentUser, shift_start, shift_end) -> list[HandoverItem]:  # type: ignore[no-untyped-def]
        out: list[HandoverItem] = []
        for source in self.handover_sources:
            out.extend(source.handover_items(user, shift_start, shift_end))
        return out


def build_services(db: Database, clock: Clock | None = None, *, data_dir: Path | None = None) -> Services:
    """``data_dir`` is the user data folder: where the pass-signing key lives when the database
    is not a SQLite file (see services.pass_signing)."""
    clock = clock or Clock()
    registry = RegistryService(db, clock)
    settings = SettingsService(db)
    services = Services(
        db=db,
        clock=clock,
        staff=StaffService(db, clock),
        registry=registry,
        settings=settings,
        audit=AuditService(db, clock),
        alerts=AlertService(db, clock),
        callbacks=CallbackService(db, clock, settings),
        work_orders=WorkOrderService(db, clock, settings),
        call_log=CallLogService(db, clock),
        complaints=ComplaintService(db, clock),
        release_passes=ReleasePassService(db, clock, PassSigner(default_key_path(db.sqlite_path, data_dir))),
        notices=RectificationService(db, clock, settings),
        registry_io=RegistryIO(db, clock),
        demo=DemoDataService(db, clock),
    )
    services.searchables.append(RegistrySearch(registry))
    services.handover = HandoverService(db, clock, services.staff, services.settings, services.handover_sources)
    services.searchables.append(services.handover)
    services.counters.append(services.handover)
    # work orders, with the shared callback queue and alerts reporting back to them
    services.callbacks.register_hook("order", services.work_orders)
    services.alerts.register_hook("order", services.work_orders)
    services.searchables.append(services.work_orders)
    services.counters.extend([services.work_orders, services.callbacks, services.alerts])
    services.handover_sources.extend([services.work_orders, services.callbacks])
    # an order can be made from a call-log entry (转工单), linked both ways in one transaction
    services.work_orders.register_source("call", OrderSource(clock))
    services.searchables.append(services.call_log)
    services.counters.append(services.call_log)
    services.handover_sources.append(services.call_log)
    # complaints join the same callback queue and alerts
    services.callbacks.register_hook("complaint", services.complaints)
    services.alerts.register_hook("complaint", services.complaints)
    services.searchables.append(services.complaints)
    services.counters.append(services.complaints)
    services.handover_sources.append(services.complaints)
    # release passes and rectification notices
    for feature in (services.release_passes, services.notices):
        services.searchables.append(feature)
        services.counters.append(feature)
        services.handover_sources.append(feature)
    # Features register here, e.g.:
    #   services.call_log = CallLogService(db, clock); services.searchables.append(services.call_log)
    return services


class RegistrySearch:
    """Rooms and occupants in the global search."""

    def __init__(self, registry: RegistryService) -> None:
        self._registry = registry

    def search(self, user: CurrentUser, text: str, limit: int) -> list[SearchHit]:
        rows = self._registry.find(user, text, limit=limit)
        return [SearchHit("room", r.id, f"{r.project} {r.code}", f"{r.owner_name} {r.owner_phone}".strip()) for r in rows]
