"""Printing is not an edit, and an owner's phone leaves the counter only where it must."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from frontdesk.models import AuditEvent
from frontdesk.services.container import Services
from frontdesk.services.permissions import CurrentUser, Role
from tests.conftest import make_user
from tests.support.orders import PHONE, add_rooms, fast, order_input  # noqa: F401 - fast is a fixture

pytestmark = pytest.mark.usefixtures("fast")


def _unmaskings(services: Services) -> list[AuditEvent]:
    with services.db.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == "unmask")))


def test_printing_does_not_raise_the_version(services: Services, supervisor: CurrentUser) -> None:
    add_rooms(services)
    li = make_user(services, Role.RECEPTIONIST, "li", "李前台")
    o = services.work_orders.create(li, order_input())
    assert services.work_orders.record_print(li, o.id) == 1
    assert services.work_orders.record_print(li, o.id, target="pdf") == 2
    after = services.work_orders.get(li, o.id)
    assert after.version == o.version and after.print_count == 2
    # a colleague's form opened before the prints still saves
    saved = services.work_orders.update(li, o.id, order_input(reporter="陈太太"), expected_version=o.version)
    assert saved.reporter == "陈太太"
    assert [e.action for e in after.events].count("printed") == 2


def test_the_stub_is_masked_and_every_full_rendering_audited(services: Services, supervisor: CurrentUser) -> None:
    add_rooms(services)
    li = make_user(services, Role.RECEPTIONIST, "li", "李前台")
    o = services.work_orders.create(li, order_input())
    first = services.work_orders.print_data(li, o.id)  # the preview
    again = services.work_orders.print_data(li, o.id)  # printed after it
    assert first.phone == again.phone == PHONE  # the technician's copy
    assert first.stub_phone == "138****5678"  # the counter's copy
    events = _unmaskings(services)
    assert len(events) == 2 and events[0].after == {"field": "phone", "purpose": "print"}
    assert services.work_orders.get(li, o.id).phone == "138****5678"  # the screen stays masked


def test_release_pass_export_masks_for_who_may_not_see_numbers(
    services: Services,
    supervisor: CurrentUser,
    estate,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from dataclasses import replace

    from tests.services.test_release_passes import pass_input

    li = make_user(services, Role.RECEPTIONIST, "li", "李前台")
    issued = services.release_passes.issue(li, pass_input(carrier_phone="13987654321"))
    detail = getattr(issued, "detail", issued)
    full = replace(detail, carrier_phone="13987654321")  # rows handed in as they are
    services.release_passes.export_xlsx(li, tmp_path / "li.xlsx", [full])
    services.release_passes.export_xlsx(supervisor, tmp_path / "boss.xlsx", [full])

    def cells(path: Path) -> set[str]:
        ws = openpyxl.load_workbook(path).active
        return {str(c.value) for row in ws.iter_rows() for c in row if c.value is not None}

    assert "13987654321" not in cells(tmp_path / "li.xlsx") and "139****4321" in cells(tmp_path / "li.xlsx")
    assert "13987654321" in cells(tmp_path / "boss.xlsx")
