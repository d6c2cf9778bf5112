"""Writing the call log: log a contact, edit it, complete a follow-up, mark it converted."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from frontdesk.models import CallLogEntry, Staff
from frontdesk.models.call_log import SLOT_BITS, SLOTS, key_base
from frontdesk.services import audit
from frontdesk.services.call_log.convert import mark_converted_in
from frontdesk.services.call_log.export import CallExport
from frontdesk.services.call_log.rows import (
    _FIELDS,
    CALL,
    HANDLER_ROLES,
    CallInput,
    CallRow,
)
from frontdesk.services.call_log.rules import (
    MACHINE,
    clean_values,
    raise_in_form_order,
)
from frontdesk.services.core.changes import changes
from frontdesk.services.core.versioning import load_for_change
from frontdesk.services.errors import (
    ConflictError,
    ServiceError,
)
from frontdesk.services.permissions import Action, CurrentUser, require
from frontdesk.services.validation import (
    LONG_TEXT_MAX,
    Collector,
    checked,
    clean_text,
)

# --- the service --------------------------------------------------------------------------------


#: the first key of the call log's advisory locks on PostgreSQL (the second is the millisecond)
_SORT_KEY_LOCK = 0x43414C4C  # "CALL"


class CallLogService(CallExport):
    """来电来访登记: log a contact, edit it, complete its follow-up, link it to what it became."""

    @changes(CALL)
    def create(self, user: CurrentUser, data: CallInput) -> CallRow:
        """Log one contact. Every field error is reported at once; nothing is written then."""
        require(user, Action.CALL_CREATE)
        now = self._clock.now()
        c = Collector()
        with self._db.write() as s:
            data, source = self._with_registry_phone(s, user, data)
            values = clean_values(c, user, data, now, existing=None)
            values["room_id"] = self._room_id(s, c, data)
            self._check_handler(s, c, values["handled_by_id"])
            raise_in_form_order(c)
            entry = CallLogEntry(
                sort_key=self._new_key(s, values["at"]),
                created_by_id=user.id,
                updated_by_id=user.id,
                **values,
            )
            s.add(entry)
            s.flush()
            self._index.add(s, entry.sort_key, entry.search_text())
            self._audit(s, user, entry.id, "create", after={**audit.snapshot(entry, _FIELDS), **source}, at=now)
            return self._row_of(s, user, entry)

    @changes(CALL)
    def update(self, user: CurrentUser, entry_id: int, data: CallInput, *, expected_version: int) -> CallRow:
        """Save an edit. Someone else saved since ``expected_version`` → ConflictError, nothing written."""
        require(user, Action.CALL_EDIT)
        now = self._clock.now()
        try:
            with self._db.write() as s:
                entry = load_for_change(s, CallLogEntry, entry_id, expected_version)
                c = Collector()
                data, source = self._with_registry_phone(s, user, data)
                values = clean_values(c, user, data, now, existing=entry)
                values["room_id"] = self._room_id(s, c, data)
                if values["handled_by_id"] != entry.handled_by_id:
                    self._check_handler(s, c, values["handled_by_id"])
                raise_in_form_order(c)
                before = audit.snapshot(entry, _FIELDS)
                old_key, old_text = entry.sort_key, entry.search_text()
                if values["outcome"] == "follow_up" and entry.outcome == "followed_up":
                    entry.follow_up_done_at = None
                    entry.follow_up_done_by_id = None
                if values["at"] != entry.at:
                    if key_base(values["at"]) != key_base(entry.at):
                        entry.sort_key = self._new_key(s, values["at"])
                for k, v in values.items():
                    setattr(entry, k, v)
                if not s.is_modified(entry):
                    return self._row_of(s, user, entry)  # saved unchanged: no new version
                entry.updated_by_id = user.id
                s.flush()
                self._index.replace(s, old_key, old_text, entry.sort_key, entry.search_text())
                b, a = audit.diff(before, audit.snapshot(entry, _FIELDS))
                if a:
                    if "phone" in a:
                        a.update(source)
                    self._audit(s, user, entry.id, "update", before=b, after=a, at=now)
                return self._row_of(s, user, entry)
        except StaleDataError as exc:  # another counter saved between our read and write
            raise ConflictError("conflict") from exc

    @changes(CALL)
    def complete_follow_up(self, user: CurrentUser, entry_id: int, note: str, *, expected_version: int) -> CallRow:
        """Record that an open follow-up was done (and how)."""
        require(user, Action.CALL_EDIT)
        note_v = checked("note", clean_text, note, max_len=LONG_TEXT_MAX)
        now = self._clock.now()
        try:
            with self._db.write() as s:
                entry = load_for_change(s, CallLogEntry, entry_id, expected_version)
                MACHINE.check(user, entry.outcome, "complete_follow_up")
                old_text = entry.search_text()
                before = audit.snapshot(entry, ("outcome", "follow_up_note"))
                entry.outcome = "followed_up"
                entry.follow_up_done_at = now
                entry.follow_up_done_by_id = user.id
                entry.follow_up_note = note_v
                entry.updated_by_id = user.id
                s.flush()
                self._index.replace(s, entry.sort_key, old_text, entry.sort_key, entry.search_text())
                self._audit(
                    s,
                    user,
                    entry.id,
                    "follow_up_done",
                    before=before,
                    after=audit.snapshot(entry, ("outcome", "follow_up_note")),
                    at=now,
                )
                return self._row_of(s, user, entry)
        except StaleDataError as exc:
            raise ConflictError("conflict") from exc

    @changes(CALL)
    def mark_converted(self, user: CurrentUser, entry_id: int, target: str, target_id: int) -> CallRow:
        """The entry became work order / complaint ``target_id`` (one transaction of its own)."""
        with self._db.write() as s:
            mark_converted_in(s, user, entry_id, target, target_id, self._clock.now())
            entry = s.get(CallLogEntry, entry_id)
            assert entry is not None
            return self._row_of(s, user, entry)

    def _with_registry_phone(self, s: Session, user: CurrentUser, data: CallInput) -> tuple[CallInput, dict[str, int]]:
        """The form's input with the number F4 filled in from the registry (shown masked) replaced
        by the occupant's full number, and what the audit records of where it came from."""
        number = self._registry_phone(s, user, data.phone_from, data.phone)
        if number is None:
            return data, {}
        return replace(data, phone=number), {"phone_from_occupant": data.phone_from or 0}

    @staticmethod
    def _check_handler(s: Session, c: Collector, staff_id: int | None) -> None:
        if staff_id is None:
            return
        staff = s.get(Staff, staff_id)
        if staff is None or not staff.active or staff.role not in [r.value for r in HANDLER_ROLES]:
            c.add("handled_by", "invalid")

    @staticmethod
    def _new_key(s: Session, at: datetime) -> int:
        """A free sort key in the millisecond of ``at``. Write transactions are serialised on
        SQLite; on PostgreSQL the writers of one millisecond take turns on a transaction-scoped
        advisory lock of that millisecond, so two counters saving at the same instant get two
        keys (reading the highest key and adding one would give both the same)."""
        base = key_base(at)
        if s.get_bind().dialect.name == "postgresql":
            s.execute(
                text("SELECT pg_advisory_xact_lock(:space, :ms)"),
                {"space": _SORT_KEY_LOCK, "ms": (base >> SLOT_BITS) % (1 << 31)},
            )
        top = s.scalar(
            select(func.max(CallLogEntry.sort_key)).where(CallLogEntry.sort_key >= base, CallLogEntry.sort_key < base + SLOTS)
        )
        key = base if top is None else top + 1
        if key >= base + SLOTS:
            raise ServiceError("too_many_at_once")
        return key

    # --- reading ---------------------------------------------------------------------------------
