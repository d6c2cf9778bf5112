"""Staff accounts and logging in. Passwords are hashed with Argon2id (argon2-cffi)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from frontdesk.models import Department, Staff
from frontdesk.services import audit, login_guard
from frontdesk.services.clock import to_local
from frontdesk.services.core.changes import STAFF, changes
from frontdesk.services.core.counting import count_rows
from frontdesk.services.core.service import Service
from frontdesk.services.core.versioning import load_for_change, load_record
from frontdesk.services.errors import AccountLocked, AuthError, ServiceError
from frontdesk.services.permissions import LOGIN_ROLES, Action, CurrentUser, Role, require
from frontdesk.services.validation import Collector, FieldError, checked, clean_name, clean_phone, clean_text

PASSWORD_MIN = 6
DEPARTMENT_MAX = 50
# Argon2id with OWASP's recommended parameters (m=19 MiB, t=2, p=1): about 0.05 s per login on a
# counter PC. The library default (64 MiB, t=3, p=4) took 0.3 s per login on two cores, a delay
# every shift change; hashes made with other parameters still verify and are re-hashed at login.
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
_STAFF_FIELDS = ("name", "department_id", "role", "phone", "username", "active")


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: Role
    department: str | None
    department_id: int | None
    username: str | None
    phone: str | None
    active: bool
    version: int
    #: for who manages staff: until when wrong passwords lock the account (None: not locked)
    locked_until: datetime | None = None


def _row(s: Staff) -> StaffRow:
    return StaffRow(
        s.id,
        s.name,
        Role(s.role),
        s.department.name if s.department else None,
        s.department_id,
        s.username,
        s.phone,
        s.active,
        s.version,
    )


def _shown(typed: str) -> str:
    """A typed login name as the audit trail keeps it: printable, at most 30 characters."""
    import unicodedata

    return "".join(ch for ch in typed if unicodedata.category(ch)[0] != "C")[:30]


def hash_password(password: str) -> str:
    """An Argon2id hash, for accounts created outside this service (demo data)."""
    return _hasher.hash(password)


def _check_password(value: str) -> str:
    if len(value) < PASSWORD_MIN:
        raise FieldError("password_too_short", min=PASSWORD_MIN)
    if len(value) > 128:
        raise FieldError("too_long", max=128, length=len(value))
    return value


def _check_username(value: str) -> str:
    import re

    value = (value or "").strip()
    if not value:
        raise FieldError("required")
    if not re.fullmatch(r"[A-Za-z0-9_.\-]{2,30}", value):
        raise FieldError("bad_username")
    return value


class StaffService(Service):
    _entity = "staff"

    # --- first start and login ---------------------------------------------------------

    def needs_first_user(self) -> bool:
        with self._db.read() as s:
            return not count_rows(s, Staff, Staff.username.is_not(None))

    @changes(STAFF)
    def create_first_supervisor(self, name: str, username: str, password: str) -> CurrentUser:
        """The very first account: only possible while no account exists."""
        c = Collector()
        name_v = c.check("name", clean_name, name)
        user_v = c.check("username", _check_username, username)
        pw_v = c.check("password", _check_password, password)
        c.raise_if_any()
        with self._db.write() as s:
            if count_rows(s, Staff, Staff.username.is_not(None)):
                raise ServiceError("already_initialised")
            # the departments a centre has (services.settings DEFAULTS), so that staff can be
            # placed in them from the start; the supervisor belongs to 客服部
            from frontdesk.services.settings import DEFAULTS

            have = set(s.scalars(select(Department.name)))
            for dname in ["客服部", *DEFAULTS["departments"]]:
                if dname not in have:
                    s.add(Department(name=dname))
                    have.add(dname)
            s.flush()
            dept = s.scalar(select(Department).where(Department.name == "客服部"))
            assert dept is not None
            staff = Staff(
                name=name_v,
                role=Role.SUPERVISOR.value,
                department_id=dept.id,
                username=user_v,
                password_hash=_hasher.hash(pw_v),
                active=True,
            )
            s.add(staff)
            s.flush()
            actor = CurrentUser(staff.id, staff.name, Role.SUPERVISOR, staff.username or "")
            self._audit(s, actor, staff.id, "create_first", after=audit.snapshot(staff, _STAFF_FIELDS))
            return actor

    def login(self, username: str, password: str) -> CurrentUser:
        """Log in. A wrong password is audited in a transaction of its own (it survives the
        refusal) and slows the next attempts on that account (services.login_guard)."""
        staff_id = self._check_password_of(username, password, failed="login_failed")
        with self._db.write() as s:
            staff = load_record(s, Staff, staff_id)
            if _hasher.check_needs_rehash(staff.password_hash or ""):
                staff.password_hash = _hasher.hash(password)
            staff.last_login_at = self._clock.now()
            user = CurrentUser(staff.id, staff.name, Role(staff.role), staff.username or "")
            self._audit(s, user, staff.id, "login")
            return user

    def logout(self, user: CurrentUser) -> None:
        """Closing the main window (退出 or 切换用户): recorded in the audit trail."""
        with self._db.write() as s:
            self._audit(s, user, user.id, "logout")

    def verify(self, username: str, password: str) -> CurrentUser:
        """Check someone's password without logging them in (e.g. to acknowledge a handover):
        audited and slowed down exactly like a login."""
        staff_id = self._check_password_of(username, password, failed="verify_failed")
        with self._db.read() as s:
            staff = load_record(s, Staff, staff_id)
            return CurrentUser(staff.id, staff.name, Role(staff.role), staff.username or "")

    def _check_password_of(self, username: str, password: str, *, failed: str) -> int:
        """The id of the account whose password this is, or AuthError (``auth_failed``,
        ``account_locked``, ``login_wait``), every refusal audited."""
        name = (username or "").strip()
        now = self._clock.now()
        with self._db.read() as s:
            staff = s.scalar(select(Staff).where(Staff.username == name))
            if staff is None or not staff.active or not staff.password_hash:
                _hasher.hash("timing-equaliser")  # same cost whether or not the name exists
                self._audit_alone(None, failed, after={"username": _shown(name)})
                raise AuthError("auth_failed")
            staff_id, stored = staff.id, staff.password_hash
            guard = login_guard.state_of(s, staff, now)
        blocked = guard.blocked(now)
        if blocked is not None:  # refused unchecked: the password is not even looked at
            kind, until = blocked
            self._audit_alone(staff_id, "login_refused", after={"reason": kind, "until": until})
            if kind == "locked":
                raise AccountLocked(until=to_local(until).strftime("%H:%M"), minutes=login_guard.LOCK_MINUTES)
            raise AuthError("login_wait", seconds=max(1, int((until - now).total_seconds() + 0.999)))
        try:
            _hasher.verify(stored, password)
        except (VerificationError, InvalidHashError, UnicodeEncodeError) as exc:
            self._audit_alone(staff_id, failed, after={"failures": guard.failures + 1})
            raise AuthError("auth_failed") from exc
        if failed == "verify_failed" and guard.failures:
            self._audit_alone(staff_id, "verify_ok")  # the count starts again
        return int(staff_id)

    def _audit_alone(self, staff_id: int | None, action: str, **change: object) -> None:
        """An audit event in a transaction of its own: a refusal rolls back nothing of it."""
        with self._db.write() as s:
            self._audit(s, None, "" if staff_id is None else staff_id, action, at=self._clock.now(), **change)

    @changes(STAFF)
    def unlock(self, user: CurrentUser, staff_id: int) -> StaffRow:
        """A supervisor lifts an account's password lock (and wait) before it runs out."""
        require(user, Action.STAFF_MANAGE)
        with self._db.write() as s:
            staff = load_record(s, Staff, staff_id)
            self._audit(s, user, staff.id, "unlock", at=self._clock.now())
            s.flush()
            return _row(staff)

    def lock_state(self, user: CurrentUser, staff_id: int) -> login_guard.GuardState:
        """How many wrong passwords in a row, and until when the account is locked or waiting."""
        require(user, Action.STAFF_MANAGE)
        with self._db.read() as s:
            return login_guard.state_of(s, load_record(s, Staff, staff_id), self._clock.now())

    # --- managing staff --------------------------------------------------------------------

    def departments(self) -> list[tuple[int, str]]:
        with self._db.read() as s:
            return [(d.id, d.name) for d in s.scalars(select(Department).order_by(Department.id))]

    def list_staff(
        self, user: CurrentUser, *, department: str | None = None, role: Role | None = None, active_only: bool = True
    ) -> list[StaffRow]:
        """Colleagues, for who manages staff (with their phones) or writes handovers (names only:
        the phones are left out). A guard gets nothing."""
        if not user.can(Action.STAFF_MANAGE):
            require(user, Action.HANDOVER_WRITE)
        with self._db.read() as s:
            q = select(Staff).order_by(Staff.id)
            if active_only:
                q = q.where(Staff.active.is_(True))
            if role is not None:
                q = q.where(Staff.role == role.value)
            if department is not None:
                q = q.join(Department, Staff.department_id == Department.id).where(Department.name == department)
            staff = list(s.scalars(q).unique())
            if not user.can(Action.STAFF_MANAGE):
                return [replace(_row(x), phone=None) for x in staff]
            now = self._clock.now()
            rows = []
            for x in staff:
                locked = login_guard.state_of(s, x, now).locked_until if x.username else None
                rows.append(replace(_row(x), locked_until=locked if locked is not None and locked > now else None))
            return rows

    @changes(STAFF)
    def create_staff(
        self,
        user: CurrentUser,
        *,
        name: str,
        role: Role,
        department_id: int | None,
        username: str | None = None,
        password: str | None = None,
        phone: str | None = None,
    ) -> StaffRow:
        require(user, Action.STAFF_MANAGE)
        c = Collector()
        name_v = c.check("name", clean_name, name)
        phone_v = c.check("phone", clean_phone, phone)
        user_v = pw_v = None
        if role in LOGIN_ROLES:
            user_v = c.check("username", _check_username, username or "")
            pw_v = c.check("password", _check_password, password or "")
        if role == Role.ADMIN and user.role != Role.ADMIN:
            c.add("role", "forbidden_role")
        c.raise_if_any()
        with self._db.write() as s:
            if user_v and s.scalar(select(Staff.id).where(Staff.username == user_v)):
                from frontdesk.services.errors import ValidationError

                raise ValidationError({"username": "username_taken"})
            staff = Staff(
                name=name_v,
                role=role.value,
                department_id=department_id,
                username=user_v,
                password_hash=_hasher.hash(pw_v) if pw_v else None,
                phone=phone_v,
                active=True,
            )
            s.add(staff)
            s.flush()
            self._audit(s, user, staff.id, "create", after=audit.snapshot(staff, _STAFF_FIELDS))
            s.refresh(staff)
            return _row(staff)

    @changes(STAFF)
    def set_active(self, user: CurrentUser, staff_id: int, active: bool, *, expected_version: int) -> StaffRow:
        require(user, Action.STAFF_MANAGE)
        with self._db.write() as s:
            staff = load_for_change(s, Staff, staff_id, expected_version)
            if staff.id == user.id and not active:
                raise ServiceError("cannot_deactivate_self")
            before = audit.snapshot(staff, _STAFF_FIELDS)
            staff.active = active
            s.flush()
            self._audit(
                s,
                user,
                staff.id,
                "activate" if active else "deactivate",
                before=before,
                after=audit.snapshot(staff, _STAFF_FIELDS),
            )
            return _row(staff)

    @changes(STAFF)
    def reset_password(self, user: CurrentUser, staff_id: int, password: str) -> None:
        if staff_id != user.id:
            require(user, Action.STAFF_MANAGE)
        pw_v = checked("password", _check_password, password)
        with self._db.write() as s:
            staff = load_record(s, Staff, staff_id)
            staff.password_hash = _hasher.hash(pw_v)
            self._audit(s, user, staff.id, "reset_password")

    @changes(STAFF)
    def ensure_departments(self, names: list[str]) -> None:
        """Create the departments of ``names`` that do not exist yet (a department name is a short
        single line: the same check as a person's typed text)."""
        c = Collector()
        names = [c.check("departments", clean_text, n, max_len=DEPARTMENT_MAX, required=True, multiline=False) for n in names]
        c.raise_if_any()
        with self._db.write() as s:
            have = set(s.scalars(select(Department.name)))
            for n in names:
                if n not in have:
                    s.add(Department(name=n))
