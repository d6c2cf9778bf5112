"""Global search ANDs the words typed: each word may match any field the kind searches (a room in
any spelling, a name, a number, content), and a record must match every word. A number typed
whole comes first."""

from __future__ import annotations

import pytest

from frontdesk.services.call_log.rows import CallInput
from tests.support.orders import add_rooms, fast, order_input  # noqa: F401 - fast is a fixture

pytestmark = pytest.mark.usefixtures("fast")


def test_room_and_word_find_that_rooms_leak_only(services, receptionist) -> None:  # type: ignore[no-untyped-def]
    add_rooms(services)
    wo = services.work_orders
    leak = wo.create(receptionist, order_input(room="3-2-1502", description="卫生间漏水"))
    wo.create(receptionist, order_input(room="3-2-1503", description="卫生间漏水"))
    wo.create(receptionist, order_input(room="3-2-1502", description="门锁坏了", category="门窗"))
    services.call_log.create(receptionist, CallInput(room="3-2-1502", person="陈先生", phone="13812345678", content="咨询物业费"))

    for query in ("3-2-1502 漏水", "3栋2单元1502 漏水", "漏水 3-2-1502"):
        hits = services.search(receptionist, query)
        assert [(h.kind, h.id) for h in hits] == [("order", leak.id)], query
    each = {h.kind for h in services.search(receptionist, "3-2-1502")}
    assert {"order", "call"} <= each
    assert services.search(receptionist, "3-2-1502 漏水 不存在的词") == []
    # a number typed whole is the first hit
    hits = services.search(receptionist, f"漏水 {leak.number}")
    assert hits[0].id == leak.id
