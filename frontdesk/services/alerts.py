"""Alerts for the supervisor: raised inside a feature's own transaction, shown on every counter
that uses the same database until a supervisor acknowledges them.

Counters learn of new alerts by polling :meth:`AlertService.open_alerts` (an indexed query on
``acknowledged_at IS NULL``); there is no network protocol of our own. A feature that wants to
know when its alert was acknowledged (e.g. to put it on the record's timeline) registers a hook::

    alerts.register_hook("order", work_orders)   # work_orders.on_alert_acknowledged(session, user, alert)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.db import Database
from frontdesk.models import Alert
from frontdesk.services import audit
from frontdesk.services.clock import Clock
from frontdesk.services.contracts import StatusCount
from frontdesk.services.core.changes import ALERT, Kind, changes
from frontdesk.services.core.changes import note as note_change
from frontdesk.services.core.counting import count_rows
from frontdesk.services.core.service import Service
from frontdesk.services.core.versioning import load_for_change, load_record
from frontdesk.services.errors import ServiceError
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.validation import checked, clean_text

SUMMARY_MAX = 300
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AlertRow:
    id: int
    kind: str  # e.g. "order.urgent", "complaint.major"
    ref_kind: str
    ref_id: int
    ref_number: str
    summary: str
    raised_at: datetime
    raised_by_name: str
    acknowledged_at: datetime | None
    acknowledged_by_name: str | None
    ack_note: str | None
    version: int

    @property
    def is_open(self) -> bool:
        return self.acknowledged_at is None


class AckHook(Protocol):
    def on_alert_acknowledged(self, session: Session, user: CurrentUser, alert: AlertRow) -> None: ...


def _row(a: Alert) -> AlertRow:
    return AlertRow(
        a.id,
        a.kind,
        a.ref_kind,
        a.ref_id,
        a.ref_number,
        a.summary,
        a.raised_at,
        a.raised_by_name,
        a.acknowledged_at,
        a.acknowledged_by_name,
        a.ack_note,
        a.version,
    )


def rows_for(session: Session, ref_kind: str, ref_id: int) -> list[AlertRow]:
    """A record's alerts, open and acknowledged, inside the caller's session."""
    rows = session.scalars(select(Alert).where(Alert.ref_kind == ref_kind, Alert.ref_id == ref_id).order_by(Alert.id)).all()
    return [_row(a) for a in rows]


def raise_alert(
    session: Session,
    kind: str,
    ref_kind: str,
    ref_id: int,
    *,
    ref_number: str,
    summary: str,
    raised_by: CurrentUser | None,
    at: datetime,
) -> AlertRow:
    """Raise an alert inside the caller's write transaction (it appears when that commits).

    One open alert per (kind, record): raising it again while it is open returns the open one."""
    existing = session.scalars(
        select(Alert).where(
            Alert.kind == kind,
            Alert.ref_kind == ref_kind,
            Alert.ref_id == ref_id,
            Alert.acknowledged_at.is_(None),
        )
    ).first()
    if existing is not None:
        return _row(existing)
    alert = Alert(
        kind=kind,
        ref_kind=ref_kind,
        ref_id=ref_id,
        ref_number=ref_number,
        summary=" ".join(summary.split())[:SUMMARY_MAX],
        raised_at=at,
        raised_by_id=raised_by.id if raised_by else None,
        raised_by_name=raised_by.name if raised_by else "系统",
    )
    session.add(alert)
    session.flush()
    note_change(ALERT)  # the caller's change set (an urgent order, a major complaint) reports the alert
    audit.record(
        session,
        raised_by,
        "alert",
        alert.id,
        "raise",
        after={
            "kind": kind,
            "ref_kind": ref_kind,
            "ref_id": ref_id,
            "ref_number": ref_number,
        },
        at=at,
    )
    return _row(alert)


def _known_kind(name: str) -> Kind | None:
    try:
        return Kind.named(name)
    except KeyError:
        return None


class AlertService(Service):
    def __init__(self, db: Database, clock: Clock) -> None:
        super().__init__(db, clock)
        self._hooks: dict[str, AckHook] = {}
        self._sweeps: list[Callable[[CurrentUser], object]] = []

    def register_hook(self, ref_kind: str, hook: AckHook) -> None:
        """``hook.on_alert_acknowledged(session, user, alert)`` runs inside the acknowledging
        transaction whenever an alert on a ``ref_kind`` record is acknowledged."""
        self._hooks[ref_kind] = hook

    def register_sweep(self, sweep: Callable[[CurrentUser], object]) -> None:
        """``sweep(user)`` runs before every look at the open alerts (each counter's poll), to raise
        the alerts that time alone brings (a service clock at 80 % or overdue). A sweep that fails
        is logged; the open alerts are still read."""
        self._sweeps.append(sweep)

    def open_alerts(self, user: CurrentUser) -> list[AlertRow]:
        """Every unacknowledged alert, oldest first. Everyone logged in sees them: the counter
        that takes the call is where the supervisor may be standing."""
        for sweep in self._sweeps:
            try:
                sweep(user)
            except Exception:  # a clock's sweep must never hide the alerts already raised
                log.exception("alert sweep failed")
        with self._db.read() as s:
            rows = s.scalars(select(Alert).where(Alert.acknowledged_at.is_(None)).order_by(Alert.id)).all()
            return [_row(a) for a in rows]

    def for_record(self, user: CurrentUser, ref_kind: str, ref_id: int) -> list[AlertRow]:
        with self._db.read() as s:
            return rows_for(s, ref_kind, ref_id)

    def recent(self, user: CurrentUser, limit: int = 100) -> list[AlertRow]:
        with self._db.read() as s:
            rows = s.scalars(select(Alert).order_by(Alert.id.desc()).limit(limit)).all()
            return [_row(a) for a in rows]

    @changes(ALERT)
    def acknowledge(self, user: CurrentUser, alert_id: int, *, expected_version: int, note: str | None = None) -> AlertRow:
        """A supervisor has seen the alert and taken charge. Only roles with ALERT_ACK."""
        require(user, Action.ALERT_ACK)
        note_v = checked("note", clean_text, note, max_len=500)
        now = self._clock.now()
        with self._db.write() as s:
            alert = load_record(s, Alert, alert_id)
            if alert.acknowledged_at is not None:
                raise ServiceError("already_acknowledged", by=alert.acknowledged_by_name or "")
            load_for_change(s, Alert, alert_id, expected_version)  # after the clearer "already" answer
            alert.acknowledged_at = now
            alert.acknowledged_by_id = user.id
            alert.acknowledged_by_name = user.name
            alert.ack_note = note_v
            s.flush()
            row = _row(alert)
            audit.record(s, user, "alert", alert.id, "acknowledge", after={"note": note_v}, at=now)
            hook = self._hooks.get(alert.ref_kind)
            if hook is not None:
                hook.on_alert_acknowledged(s, user, row)
            ref_kind = _known_kind(alert.ref_kind)
            if ref_kind is not None:
                note_change(ref_kind)  # the record the alert is about shows its acknowledgement
            return row

    def status_counts(self, user: CurrentUser) -> list[StatusCount]:
        with self._db.read() as s:
            n = count_rows(s, Alert, Alert.acknowledged_at.is_(None))
        return [StatusCount("alert.open", n, "danger")]
