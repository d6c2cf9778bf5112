"""The base of every feature service: the database and the clock it was built with, today's
local date, and one audit call that knows the service's entity name.

Written once so that no service repeats its constructor or spells its entity name in every
``audit.record(...)``; a service that needs more (settings, a signer, hooks) calls
``super().__init__(db, clock)`` and keeps the rest."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy.orm import Session

from frontdesk.db import Database
from frontdesk.services import audit
from frontdesk.services.clock import Clock
from frontdesk.services.core.user_check import UserChecked
from frontdesk.services.permissions import CurrentUser

if TYPE_CHECKING:
    from frontdesk.services.settings import SettingsService


class Service(UserChecked):
    """Holds ``_db``, ``_clock`` and (where given) ``_settings``; ``_entity`` names the records the
    service audits."""

    #: the audit trail's entity name for this service's records ("" for a service that audits none)
    _entity: ClassVar[str] = ""

    def __init__(self, db: Database, clock: Clock, settings: SettingsService | None = None) -> None:
        self._db = db
        self._clock = clock
        #: the settings, for a service that reads them (``service_of(Cls, "settings")``)
        self._settings = settings

    def _setting(self, key: str) -> Any:
        """A setting's value; its default for a service built without the settings (tests, scripts)."""
        if self._settings is None:
            from frontdesk.services.settings import DEFAULTS  # settings' own imports reach this module

            return DEFAULTS.get(key)
        return self._settings.get(key)

    def today(self) -> date:
        """Today at the desk: the local calendar day."""
        return self._clock.local_now().date()

    def _audit(self, s: Session, user: CurrentUser | None, record_id: object, action: str, **change: Any) -> None:
        """One audit event on a record of this service's entity, inside the caller's transaction;
        ``change`` is ``before``, ``after`` and ``at`` as :func:`audit.record` takes them."""
        audit.record(s, user, self._entity, record_id, action, **change)
