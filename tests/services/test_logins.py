"""Logins and the handover signature: every wrong password audited in its own transaction,
guessing slowed per account, a lock a supervisor lifts, never everyone locked out; and the user
checked against the database at every action."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from frontdesk.models import AuditEvent
from frontdesk.services import login_guard
from frontdesk.services.container import Services
from frontdesk.services.errors import AccountLocked, AuthError, PermissionDenied
from frontdesk.services.permissions import CurrentUser, Role
from tests.conftest import make_user


def _events(services: Services, action: str) -> list[AuditEvent]:
    with services.db.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def _fail(services: Services, clock, username: str, n: int, *, step_s: int = 120, verify: bool = False) -> None:  # type: ignore[no-untyped-def]
    for _ in range(n):
        with pytest.raises(AuthError) as info:
            (services.staff.verify if verify else services.staff.login)(username, "wrong-password")
        assert info.value.code == "auth_failed"
        clock.advance(seconds=step_s)


def test_a_wrong_password_is_audited_in_its_own_transaction(services: Services, supervisor: CurrentUser) -> None:
    with pytest.raises(AuthError):
        services.staff.login("boss", "nope-nope")
    with pytest.raises(AuthError):
        services.staff.login("nobody", "nope-nope")
    failed = _events(services, "login_failed")
    assert [e.entity_id for e in failed] == [str(supervisor.id), ""]
    assert failed[1].after == {"username": "nobody"}


def test_guessing_meets_a_growing_wait_then_a_lock(services: Services, clock, supervisor: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    li = make_user(services, Role.RECEPTIONIST, "li", "李前台")
    _fail(services, clock, "li", login_guard.WAIT_FROM, step_s=0)
    with pytest.raises(AuthError) as info:  # straight away again: wait first, password unchecked
        services.staff.login("li", "secret-li")
    assert info.value.code == "login_wait" and info.value.params["seconds"] == 2
    clock.advance(seconds=2)
    _fail(services, clock, "li", login_guard.LOCK_AFTER - login_guard.WAIT_FROM, step_s=60)
    with pytest.raises(AccountLocked) as locked:  # even the right password
        services.staff.login("li", "secret-li")
    assert locked.value.params["minutes"] == login_guard.LOCK_MINUTES
    assert _events(services, "login_refused")[-1].after["reason"] == "locked"  # type: ignore[index]
    clock.advance(minutes=login_guard.LOCK_MINUTES)
    assert services.staff.login("li", "secret-li").id == li.id  # the lock ran out
    _fail(services, clock, "li", 1)  # and the count started again: no wait after one
    assert services.staff.login("li", "secret-li").id == li.id


def test_a_supervisor_lifts_a_lock(services: Services, clock, supervisor: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    make_user(services, Role.RECEPTIONIST, "li", "李前台")
    li_id = next(r.id for r in services.staff.list_staff(supervisor) if r.username == "li")
    _fail(services, clock, "li", login_guard.LOCK_AFTER, step_s=61)
    with pytest.raises(AccountLocked):
        services.staff.login("li", "secret-li")
    assert services.staff.lock_state(supervisor, li_id).locked_until is not None
    receptionist = make_user(services, Role.RECEPTIONIST, "wang", "王前台")
    with pytest.raises(PermissionDenied):
        services.staff.unlock(receptionist, li_id)
    services.staff.unlock(supervisor, li_id)
    assert services.staff.login("li", "secret-li").username == "li"
    assert _events(services, "unlock")[-1].actor_id == supervisor.id


def test_the_only_supervisor_is_never_locked_out(services: Services, clock, supervisor: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    _fail(services, clock, "boss", login_guard.LOCK_AFTER + 2, step_s=61)
    assert services.staff.login("boss", "secret-boss").id == supervisor.id  # slowed, never locked


def test_of_two_supervisors_one_may_be_locked_not_both(services: Services, clock, supervisor: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    make_user(services, Role.SUPERVISOR, "zhou", "周主管")
    _fail(services, clock, "zhou", login_guard.LOCK_AFTER, step_s=61)
    with pytest.raises(AccountLocked):
        services.staff.login("zhou", "secret-zhou")
    _fail(services, clock, "boss", login_guard.LOCK_AFTER + 1, step_s=61)  # the last one who can unlock
    assert services.staff.login("boss", "secret-boss").id == supervisor.id


def test_the_handover_signature_is_guarded_the_same_way(services: Services, clock, supervisor: CurrentUser) -> None:  # type: ignore[no-untyped-def]
    make_user(services, Role.RECEPTIONIST, "li", "李前台")
    _fail(services, clock, "li", login_guard.LOCK_AFTER, step_s=61, verify=True)
    assert len(_events(services, "verify_failed")) == login_guard.LOCK_AFTER
    with pytest.raises(AccountLocked):
        services.staff.verify("li", "secret-li")
    with pytest.raises(AccountLocked):  # one count for both: the login is locked too
        services.staff.login("li", "secret-li")


def test_a_deactivated_user_loses_the_session_at_the_next_action(services: Services, supervisor: CurrentUser) -> None:
    li = make_user(services, Role.RECEPTIONIST, "li", "李前台")
    services.call_log.list_entries(li)
    row = next(r for r in services.staff.list_staff(supervisor) if r.id == li.id)
    services.staff.set_active(supervisor, li.id, False, expected_version=row.version)
    with pytest.raises(AuthError) as info:
        services.call_log.list_entries(li)
    assert info.value.code == "session_ended"


def test_a_made_up_role_is_refused(services: Services, supervisor: CurrentUser) -> None:
    li = make_user(services, Role.RECEPTIONIST, "li", "李前台")
    forged = CurrentUser(li.id, li.name, Role.SUPERVISOR, li.username)
    with pytest.raises(AuthError):
        services.staff.unlock(forged, supervisor.id)
    with pytest.raises(AuthError):
        services.audit.recent(forged)
    with pytest.raises(AuthError):  # an id that is no account at all
        services.call_log.list_entries(CurrentUser(9999, "某人", Role.ADMIN, "x"))


def test_staff_phones_only_for_who_manages_staff(services: Services, supervisor: CurrentUser) -> None:
    depts = dict((n, i) for i, n in services.staff.departments())
    services.staff.create_staff(
        supervisor, name="张师傅", role=Role.TECHNICIAN, department_id=depts["工程部"], phone="13912345678"
    )
    guard = make_user(services, Role.GUARD, "men", "孙门岗")
    li = make_user(services, Role.RECEPTIONIST, "li", "李前台")
    assert "13912345678" in {r.phone for r in services.staff.list_staff(supervisor)}
    with pytest.raises(PermissionDenied):
        services.staff.list_staff(guard)
    phones = {r.name: r.phone for r in services.staff.list_staff(li)}  # names for the handover messages
    assert phones["张师傅"] is None
