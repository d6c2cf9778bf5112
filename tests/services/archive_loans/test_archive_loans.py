"""档案借阅: only the roles allowed lend owners' files; approved by a supervisor; every loan,
return and refusal in the audit trail; overdue files flagged."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from frontdesk.models import AuditEvent
from frontdesk.services.errors import PermissionDenied, ValidationError
from frontdesk.services.permissions import Role
from tests.conftest import make_user

pytestmark = pytest.mark.usefixtures("estate")


def _loan(clock, borrower: int, approver: int, **extra: object) -> dict[str, object]:  # type: ignore[no-untyped-def]
    values: dict[str, object] = {
        "room": (None, "3-2-1502"),
        "file_part": "产权资料",
        "borrower": borrower,
        "purpose": "办理产权证需核对购房合同",
        "approved_by": approver,
        "due_at": clock.now() + timedelta(days=2),
    }
    values.update(extra)
    return values


def _audit(services, entity: str) -> list[str]:  # type: ignore[no-untyped-def]
    with services.db.read() as s:
        return [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id))]


def test_lent_approved_returned_and_audited(services, butler, supervisor, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.archive_loans
    row = svc.create(butler, _loan(clock, butler.id, supervisor.id))
    assert row.number.startswith("DA") and row.cells["approved_by"] == "王主管" and row.cells["borrower"] == "赵管家"
    row = svc.act(butler, row.id, row.version, "return", {"return_note": "完整归还"})
    assert row.state == "returned"
    assert _audit(services, "archive_loan") == ["create", "return"]


def test_refused_without_the_right_and_audited(services, receptionist, butler, supervisor, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.archive_loans
    with pytest.raises(PermissionDenied):
        svc.create(receptionist, _loan(clock, receptionist.id, supervisor.id))
    assert _audit(services, "archive_loan") == ["refused"]
    assert svc.page(receptionist, "all", "", None, 10).rows == []
    guard = make_user(services, Role.GUARD, "men", "门岗")
    with pytest.raises(PermissionDenied):
        svc.page(guard, "all", "", None, 10)
    assert services.search(guard, "3-2-1502 产权") == [] or all(h.kind != "archive_loan" for h in services.search(guard, "产权"))
    with pytest.raises(ValidationError) as bad:
        svc.create(butler, _loan(clock, butler.id, butler.id))
    assert bad.value.errors == {"approved_by": "approver_not_supervisor"}


def test_overdue_file(services, butler, supervisor, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.archive_loans
    row = svc.create(butler, _loan(clock, butler.id, supervisor.id, due_at=clock.now() + timedelta(hours=1)))
    clock.advance(hours=2)
    assert {c.code: c.count for c in services.status_counts(supervisor)}["archive_loan.overdue"] == 1
    assert [r.id for r in svc.page(supervisor, "overdue", "产权资料", None, 10).rows] == [row.id]
