"""钥匙借还: the cabinet by hook, a key lent and returned, one hook not lent twice, overdue loans
counted, and every open loan in the handover (overdue ones in their own section)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk.services.errors import PermissionDenied, ValidationError
from frontdesk.services.permissions import Role
from tests.conftest import make_user


def _loan(clock, **extra: object) -> dict[str, object]:  # type: ignore[no-untyped-def]
    values: dict[str, object] = {
        "hook": "A01 3-2-1502 空置房钥匙（交房）",
        "borrower": "刘师傅",
        "borrower_type": "工程维修",
        "phone": "13800002222",
        "purpose": "空置房验房",
        "due_at": clock.now() + timedelta(hours=2),
    }
    values.update(extra)
    return values


def test_lent_and_returned_and_the_cabinet(services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.keys
    row = svc.create(receptionist, _loan(clock))
    assert row.number.startswith("YS") and row.state == "out" and row.cells["hook"] == "A01"
    cabinet = {h.hook: h for h in svc.cabinet(receptionist)}
    assert cabinet["A01"].borrower == "刘师傅" and cabinet["B01"].loan_number == ""
    with pytest.raises(ValidationError) as bad:
        svc.create(receptionist, _loan(clock, borrower="王五"))
    assert bad.value.errors == {"hook": "key_already_out"}
    with pytest.raises(ValidationError) as bad:
        svc.create(receptionist, _loan(clock, hook="B01 1号楼配电房", due_at=clock.now() - timedelta(minutes=1)))
    assert bad.value.errors == {"due_at": "due_not_after_now"}
    row = svc.act(receptionist, row.id, row.version, "return", {"return_note": "完好"})
    assert row.state == "returned" and row.cells["returned_at"] == clock.now()
    assert svc.cabinet(receptionist)[0].loan_number == ""
    again = svc.create(receptionist, _loan(clock, borrower="王五"))
    assert again.state == "out"


def test_overdue_counted_and_open_loans_handed_over(services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    svc = services.keys
    late = svc.create(receptionist, _loan(clock, due_at=clock.now() + timedelta(hours=1)))
    fine = svc.create(receptionist, _loan(clock, hook="B01 1号楼配电房", due_at=clock.now() + timedelta(days=1)))
    clock.advance(hours=2)
    assert {c.code: c.count for c in services.status_counts(receptionist)}["key.overdue"] == 1
    handed = services.handover_items(receptionist, clock.now() - timedelta(hours=8), clock.now())
    items = [i for i in handed if i.ref_kind == "key"]
    assert sorted((i.section, i.ref_id, i.overdue) for i in items) == [
        ("key.lent", fine.id, False),
        ("key.overdue", late.id, True),
    ]
    assert [r.id for r in svc.page(receptionist, "overdue", "", None, 10).rows] == [late.id]
    assert "（已逾期）" in dict(svc.detail(receptionist, late.id).lines)["应还时间"]


def test_the_guard_sees_but_does_not_lend(services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    guard = make_user(services, Role.GUARD, "men", "门岗")
    row = services.keys.create(receptionist, _loan(clock))
    assert services.keys.page(guard, "all", "", None, 10).rows[0].id == row.id
    assert dict(services.keys.detail(guard, row.id).lines)["电话"] == "138****2222"
    with pytest.raises(PermissionDenied):
        services.keys.create(guard, _loan(clock, hook="B01 1号楼配电房"))


def test_the_handover_keys_lent_comes_from_the_open_loans(services, receptionist, clock) -> None:  # type: ignore[no-untyped-def]
    from frontdesk.services.handover.rows import HandoverNotes

    svc = services.keys
    late = svc.create(receptionist, _loan(clock, due_at=clock.now() + timedelta(hours=1)))
    svc.create(receptionist, _loan(clock, hook="B01 1号楼配电房", borrower="王五", due_at=clock.now() + timedelta(days=1)))
    clock.advance(hours=2)
    assert "keys_lent" in services.handover.fed_notes()
    draft = services.handover.open_draft(receptionist, "一号前台")
    lines = draft.keys_lent.splitlines()
    assert len(lines) == 2 and lines[0].startswith("▶ A01 3-2-1502") and lines[0].endswith("【已逾期】")
    assert lines[1].startswith("▶ B01 1号楼配电房 → 王五")
    # the writer adds a line of their own; the key returned meanwhile drops out at 交班
    svc.act(receptionist, late.id, svc.row(receptionist, late.id).version, "return", {})
    notes = HandoverNotes(keys_lent=draft.keys_lent + "\n另：10-2-1501 业主自取备用钥匙", cash="0")
    done = services.handover.submit(receptionist, draft.id, notes, expected_version=draft.version)
    assert done.keys_lent.splitlines() == [lines[1], "另：10-2-1501 业主自取备用钥匙"]
