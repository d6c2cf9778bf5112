"""A member of staff of any role, for tests that try each role against the services.

Services check the user they are handed against the database (services.core.user_check), so a
test cannot make up a ``CurrentUser`` with a role: it makes the account."""

from __future__ import annotations

from itertools import count

from frontdesk.db import Database
from frontdesk.models import Staff
from frontdesk.services.permissions import CurrentUser, Role

_numbers = count(1)


def user_of_role(db: Database, role: Role, name: str = "某人") -> CurrentUser:
    """A new active account of ``role`` (no password: it never logs in)."""
    username = f"{role.value}{next(_numbers)}"
    with db.write() as s:
        staff = Staff(name=name, role=role.value, username=username, active=True)
        s.add(staff)
        s.flush()
        return CurrentUser(staff.id, name, role, username)
