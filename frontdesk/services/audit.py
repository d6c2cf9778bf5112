"""The append-only audit trail: every create, edit and state change, with before → after."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.db import Database
from frontdesk.models import AuditEvent
from frontdesk.services.clock import Clock
from frontdesk.services.core.user_check import UserChecked
from frontdesk.services.permissions import Action, CurrentUser, require


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def snapshot(obj: Any, fields: list[str] | tuple[str, ...]) -> dict[str, Any]:
    """The named attributes of a model instance, JSON-ready."""
    return {f: _jsonable(getattr(obj, f)) for f in fields}


def diff(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that changed."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def actor_fields(user: CurrentUser | None) -> dict[str, Any]:
    """Who did it, as every event table stores it (``actor_id``, ``actor_name``): the user, or
    the system for what happens by itself."""
    return {"actor_id": user.id if user else None, "actor_name": user.name if user else "系统"}


def event_fields(user: CurrentUser | None, note: str | None, data: dict[str, Any] | None) -> dict[str, Any]:
    """The columns every timeline row of a record shares (work-order events, complaint steps):
    who did it, the note, and the details JSON-ready as the audit trail stores them."""
    return {**actor_fields(user), "note": note, "data": _jsonable(data) if data else None}


def record(
    session: Session,
    actor: CurrentUser | None,
    entity: str,
    entity_id: object,
    action: str,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> None:
    """Append one audit event inside the caller's transaction."""
    kwargs: dict[str, Any] = {}
    if at is not None:
        kwargs["at"] = at
    session.add(
        AuditEvent(
            **actor_fields(actor),
            entity=entity,
            entity_id=str(entity_id),
            action=action,
            before=_jsonable(before) if before else None,
            after=_jsonable(after) if after else None,
            **kwargs,
        )
    )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor_name: str
    entity: str
    entity_id: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class AuditService(UserChecked):
    """Reading the audit trail (the supervisor's 操作日志)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def history(self, user: CurrentUser, entity: str, entity_id: object) -> list[AuditRow]:
        """Everything that happened to one record, oldest first."""
        require(user, Action.AUDIT_VIEW)
        return self._history(entity, entity_id)

    def _history(self, entity: str, entity_id: object) -> list[AuditRow]:
        with self._db.read() as s:
            rows = s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == entity, AuditEvent.entity_id == str(entity_id))
                .order_by(AuditEvent.id)
            ).all()
            return [AuditRow(r.id, r.at, r.actor_name, r.entity, r.entity_id, r.action, r.before, r.after) for r in rows]

    def page(
        self,
        user: CurrentUser,
        *,
        before_id: int | None = None,
        limit: int = 200,
        entity: str | None = None,
    ) -> list[AuditRow]:
        """Newest first, one page at a time: pass the last row's id as ``before_id`` for the next."""
        require(user, Action.AUDIT_VIEW)
        with self._db.read() as s:
            stmt = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
            if before_id is not None:
                stmt = stmt.where(AuditEvent.id < before_id)
            if entity:
                stmt = stmt.where(AuditEvent.entity == entity)
            return [
                AuditRow(r.id, r.at, r.actor_name, r.entity, r.entity_id, r.action, r.before, r.after) for r in s.scalars(stmt)
            ]

    def recent(self, user: CurrentUser, limit: int = 200) -> list[AuditRow]:
        require(user, Action.AUDIT_VIEW)
        with self._db.read() as s:
            rows = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)).all()
            return [AuditRow(r.id, r.at, r.actor_name, r.entity, r.entity_id, r.action, r.before, r.after) for r in rows]
