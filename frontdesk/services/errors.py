"""Errors a service raises. They carry codes, not sentences: the UI words them (ui/common/messages.py)."""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    code = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.params = params
        super().__init__(self.code, params)


class ValidationError(ServiceError):
    """Bad input. ``errors`` maps a field name to an error code (and optional params)."""

    code = "invalid"

    def __init__(self, errors: dict[str, str], **params: Any) -> None:
        self.errors = errors
        super().__init__("invalid", **params)


class ConflictError(ServiceError):
    """Someone else saved the record since it was loaded: a stale save, never an overwrite."""

    code = "conflict"


class PermissionDenied(ServiceError):
    code = "forbidden"


class NotFound(ServiceError):
    code = "not_found"


class InvalidTransition(ServiceError):
    """A state change the record's state machine does not allow."""

    code = "invalid_transition"


class AuthError(ServiceError):
    code = "auth_failed"


class StorageError(ServiceError):
    """The database refused to store or read: ``db_readonly`` (the file or its folder became
    read-only), ``disk_full``, ``db_unavailable`` (an I/O error, the server gone). Nothing of
    the action was saved; what the user typed is still in the form."""

    code = "db_unavailable"


class AccountLocked(AuthError):
    """Too many wrong passwords for this account: it is locked until ``until`` (local time text)
    or until a supervisor unlocks it."""

    code = "account_locked"


class ExportError(ServiceError):
    """A file could not be written where the user chose (the folder gone or read-only, the disk
    full); nothing was left half-written under that name."""

    code = "export_failed"
