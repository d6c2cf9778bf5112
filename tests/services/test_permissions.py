"""The permission matrix, per action and role, and that the services enforce it."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontdesk.services.container import Services
from frontdesk.services.errors import PermissionDenied
from frontdesk.services.permissions import MATRIX, Action, CurrentUser, Role
from frontdesk.services.registry.service import OccupantInput

R, B, S, A, G, T, C = (
    Role.RECEPTIONIST,
    Role.BUTLER,
    Role.SUPERVISOR,
    Role.ADMIN,
    Role.GUARD,
    Role.TECHNICIAN,
    Role.CLERK,
)

#: who may do what in the foundation (registry, people, administration) — written out, not derived
EXPECTED: dict[Action, set[Role]] = {
    Action.REGISTRY_VIEW: {R, B, S, A},
    Action.REGISTRY_EDIT: {B, S, A},
    Action.REGISTRY_IMPORT: {S, A},
    Action.REGISTRY_EXPORT: {R, B, S, A},
    Action.PII_VIEW: {S, A},
    Action.PII_UNMASK: {R, B, S, A},
    Action.STAFF_MANAGE: {S, A},
    Action.SETTINGS_MANAGE: {S, A},
    Action.AUDIT_VIEW: {S, A},
    Action.DEMO_LOAD: {S, A},
    Action.PASS_VERIFY: {R, B, S, A, G},
    Action.PASS_VOID: {S, A},
    Action.COMPLAINT_APPROVE: {S, A},
    Action.CALL_CREATE: {R, B, S, A},
}


@pytest.mark.parametrize("action", list(EXPECTED))
@pytest.mark.parametrize("role", list(Role))
def test_matrix(action: Action, role: Role) -> None:
    assert (action in MATRIX[role]) == (role in EXPECTED[action])


def test_every_role_is_in_the_matrix_and_admin_may_do_everything() -> None:
    assert set(MATRIX) == set(Role)
    assert MATRIX[A] == frozenset(Action)
    assert MATRIX[T] == MATRIX[C] == frozenset()
    assert MATRIX[R] <= MATRIX[B] <= MATRIX[S]


def _user(services: Services, role: Role) -> CurrentUser:
    from tests.support.users import user_of_role

    return user_of_role(services.db, role)


def _calls(services: Services, estate, tmp_path: Path):  # type: ignore[no-untyped-def]
    """(action, call) for every guarded service entry point of the foundation."""
    csv = tmp_path / "in.csv"
    csv.write_text("项目,楼栋,单元,房号\n肯彤名邸,1,1,101\n", encoding="utf-8")
    reg, io = services.registry, services.registry_io
    return [
        (Action.REGISTRY_VIEW, lambda u: reg.find(u, "3-2-1502")),
        (Action.REGISTRY_VIEW, lambda u: reg.rooms(u)),
        (Action.REGISTRY_VIEW, lambda u: reg.room(u, estate.room_3_2_1502)),
        (Action.REGISTRY_VIEW, lambda u: reg.building_rows(u, estate.project_id)),
        (
            Action.REGISTRY_EDIT,
            lambda u: reg.save_occupant(u, estate.room_3_2_1502, OccupantInput(name="赵六")),
        ),
        (
            Action.REGISTRY_EDIT,
            lambda u: reg.set_room_status(u, estate.room_3_2_1502, "装修中", expected_version=1),
        ),
        (Action.PII_UNMASK, lambda u: reg.reveal_all(u, estate.owner_id)),
        (Action.REGISTRY_IMPORT, lambda u: io.preview(u, csv)),
        (Action.REGISTRY_EXPORT, lambda u: io.export(u, tmp_path / f"out-{u.role.value}.csv")),
        (
            Action.STAFF_MANAGE,
            lambda u: services.staff.create_staff(
                u,
                name="新同事",
                role=Role.RECEPTIONIST,
                department_id=None,
                username=f"n{u.role.value}",
                password="secret1",
            ),
        ),
        (Action.SETTINGS_MANAGE, lambda u: services.settings.set(u, "centre.name", "测试中心")),
        (Action.AUDIT_VIEW, lambda u: services.audit.recent(u)),
        (Action.DEMO_LOAD, lambda u: services.demo.load(u)),
    ]


@pytest.mark.parametrize("role", list(Role))
def test_services_enforce_the_matrix(role: Role, services: Services, estate, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    user = _user(services, role)
    for action, call in _calls(services, estate, tmp_path):
        if user.can(action):
            try:
                call(user)
            except PermissionDenied:  # pragma: no cover - the failure we look for
                pytest.fail(f"{role.value} may {action.value} but was refused")
            except Exception:
                pass  # other errors (e.g. demo data on a non-empty estate) are not about permission
        else:
            with pytest.raises(PermissionDenied):
                call(user)
