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
