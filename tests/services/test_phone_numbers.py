"""Phone numbers the counter meets every day are accepted everywhere a phone is typed (forms and
the import); a number that cannot be called is refused, with the exact reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontdesk.services.container import Services
from frontdesk.services.errors import ValidationError
from frontdesk.services.permissions import CurrentUser
from tests.services.test_registry_io import GOOD, _csv
from tests.support.orders import add_rooms, fast, order_input  # noqa: F401 - fast is a fixture

pytestmark = pytest.mark.usefixtures("fast")

GOOD_NUMBERS = [
    ("0755-81234567转123", "075581234567转123"),
    ("0755-81234567-123", "075581234567转123"),
    ("0755-81234567 ext 123", "075581234567转123"),
    ("400-123-4567", "4001234567"),
    ("+852 9123 4567", "+85291234567"),
    ("+853 6612 3456", "+85366123456"),
]


def test_the_import_takes_every_good_number(services: Services, supervisor: CurrentUser, tmp_path: Path) -> None:
    header = GOOD[0]
    rows = [header] + [
        ["肯彤名邸", "7", "1", f"10{i}", "", "已入住", "业主", name, "", typed, "", "", ""]
        for i, ((typed, _stored), name) in enumerate(zip(GOOD_NUMBERS, "甲乙丙丁戊己", strict=True), start=1)
    ]
    pv = services.registry_io.preview(supervisor, _csv(tmp_path / "phones.csv", rows))
    assert list(pv.rejected) == [] and len(pv.rows) == len(GOOD_NUMBERS)


def test_a_local_landline_gets_the_projects_area_code(services: Services, supervisor: CurrentUser) -> None:
    add_rooms(services)
    services.settings.set(supervisor, "centre.area_code", "0755")
    o = services.work_orders.create(supervisor, order_input(phone="8123 4567"))
    assert services.work_orders.print_data(supervisor, o.id).phone == "075581234567"


@pytest.mark.parametrize("typed", ["12345", "110", "1381234567"])
def test_a_number_that_cannot_be_called_is_refused_by_the_work_order_and_the_call_log(
    services: Services, supervisor: CurrentUser, typed: str
) -> None:
    from frontdesk.services.call_log.rows import CallInput

    add_rooms(services)
    with pytest.raises(ValidationError) as info:
        services.work_orders.create(supervisor, order_input(phone=typed))
    assert info.value.errors["phone"] == "bad_phone"
    assert info.value.params["field_params"]["phone"]["reason"] == "mobile_length"
    with pytest.raises(ValidationError) as again:
        services.call_log.create(supervisor, CallInput(channel="phone", kind="inquiry", content="咨询", phone=typed))
    assert again.value.errors["phone"] == "bad_phone"
