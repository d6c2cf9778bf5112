"""The service clocks' service: the sweep that escalates (called by every counter's alert poll),
a record's clock, the month's breaches and the reason of each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from frontdesk.db import Database
from frontdesk.models.service_levels import ServiceBreach
from frontdesk.services import alerts as alerts_mod
from frontdesk.services.clock import Clock
from frontdesk.services.contracts import StatusCount
from frontdesk.services.core import service_clock
from frontdesk.services.core.changes import ALERT, Kind, changes, note
from frontdesk.services.core.counting import count_rows
from frontdesk.services.core.features import QT_TRANSLATE_NOOP, Vocabulary
from frontdesk.services.core.service import Service
from frontdesk.services.core.versioning import load_for_change
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import CurrentUser, Role, require
from frontdesk.services.validation import checked, clean_text

BREACH = Kind("service_breach")
EXPLAIN = "service.explain"
VIEW = "service.view"
PERMISSIONS = {
    EXPLAIN: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
    VIEW: (Role.RECEPTIONIST, Role.BUTLER, Role.SUPERVISOR),
}
VOCABULARY = Vocabulary(
    "service_levels",
    "服务时限",
    labels={
        "stage": {"response": "响应", "completion": "完成"},
        "ref_kind": {"order": "工单", "complaint": "投诉", "callback": "回访"},
    },
    counts={"service.breach_unexplained": "超时待说明 {0}"},
)
REASON_MAX = 500
_ = QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class BreachRow:
    id: int
    ref_kind: str
    ref_id: int
    ref_number: str
    category: str
    stage: str
    due_at: datetime
    breached_at: datetime
    handler: str
    reason: str
    reason_by_name: str
    reason_at: datetime | None
    version: int


def _row(b: ServiceBreach) -> BreachRow:
    return BreachRow(
        b.id, b.ref_kind, b.ref_id, b.ref_number, b.category, b.stage, b.due_at, b.breached_at,
        b.handler or "", b.reason or "", b.reason_by_name or "", b.reason_at, b.version,
    )  # fmt: skip


class ServiceLevelService(Service):
    _entity = "service_breach"

    def __init__(self, db: Database, clock: Clock, alerts: object = None) -> None:
        super().__init__(db, clock)

    @changes(BREACH)
    def sweep(self, user: CurrentUser | None = None) -> list[service_clock.Escalation]:
        """Escalate every clock that reached 80 % (reminder to its handler) or ran out (alert to the
        supervisor, breach recorded). Any counter may run it; raising twice is harmless."""
        now = self._clock.now()
        with self._db.read() as s:
            if not service_clock.escalation_due(s, now):
                return []
        with self._db.write() as s:
            raised = service_clock.sweep(s, now)
            for e in raised:
                note(ALERT)
                alerts_mod.raise_alert(s, e.alert_kind, e.ref_kind, e.ref_id, ref_number=e.ref_number,
                                       summary=e.summary, raised_by=None, at=now)  # fmt: skip
            return raised

    def clock(self, user: CurrentUser, ref_kind: str, ref_id: int) -> service_clock.ClockView | None:
        with self._db.read() as s:
            return service_clock.views_for(s, ref_kind, [ref_id], self._clock.now()).get(ref_id)

    def breaches(
        self, user: CurrentUser, *, start: datetime | None = None, end: datetime | None = None, ref_kind: str | None = None
    ) -> list[BreachRow]:
        """Breaches found in [start, end), oldest first."""
        require(user, VIEW)
        with self._db.read() as s:
            q = select(ServiceBreach).order_by(ServiceBreach.breached_at, ServiceBreach.id)
            if start is not None:
                q = q.where(ServiceBreach.breached_at >= start)
            if end is not None:
                q = q.where(ServiceBreach.breached_at < end)
            if ref_kind is not None:
                q = q.where(ServiceBreach.ref_kind == ref_kind)
            return [_row(b) for b in s.scalars(q)]

    def breaches_of(self, user: CurrentUser, ref_kind: str, ref_id: int) -> list[BreachRow]:
        require(user, VIEW)
        with self._db.read() as s:
            q = select(ServiceBreach).where(ServiceBreach.ref_kind == ref_kind, ServiceBreach.ref_id == ref_id)
            return [_row(b) for b in s.scalars(q.order_by(ServiceBreach.id))]

    @changes(BREACH)
    def explain(self, user: CurrentUser, breach_id: int, reason: str, *, expected_version: int) -> BreachRow:
        """The reason a clock ran out (配件未到, 业主不在家 …), by the handler or the supervisor."""
        require(user, EXPLAIN)
        reason_v = checked("reason", clean_text, reason, max_len=REASON_MAX, required=True)
        now = self._clock.now()
        with self._db.write() as s:
            b = load_for_change(s, ServiceBreach, breach_id, expected_version)
            if not reason_v:
                raise ServiceError("required")
            before = {"reason": b.reason}
            b.reason = reason_v
            b.reason_by_name = user.name
            b.reason_at = now
            s.flush()
            self._audit(s, user, b.id, "explain", before=before, after={"reason": reason_v}, at=now)
            return _row(b)

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        with self._db.read() as s:
            n = count_rows(s, ServiceBreach, ServiceBreach.reason.is_(None))
        return [StatusCount("service.breach_unexplained", n, "warning")]
