"""事件: declared by a receptionist or supervisor with its scope and 话术, counted while open,
resolved with its result; bad scopes and past expected ends are refused with their field."""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk.services.errors import PermissionDenied, ValidationError
from frontdesk.services.incidents.service import building_numbers, scope_text


def test_declare_count_and_resolve(services, receptionist, butler, supervisor, clock) -> None:
    inc = services.incidents
    values = {
        "category": "停水",
        "title": "3-5栋停水（市政管网抢修）",
        "buildings": "3-5",
        "script": "您好，3-5栋因市政管网抢修临时停水，预计今天18:00恢复，给您带来不便敬请谅解。",
        "expected_end": clock.now() + timedelta(hours=8),
    }
    with pytest.raises(PermissionDenied):
        inc.create(butler, values)
    with pytest.raises(ValidationError) as bad:
        inc.create(receptionist, {**values, "buildings": "东边几栋"})
    assert bad.value.errors == {"buildings": "bad_buildings"}
    row = inc.create(receptionist, values)
    assert row.number.startswith("TF") and row.state == "open" and row.scope == "3、4、5栋"
    counts = {c.code: c.count for c in services.status_counts(receptionist)}
    assert counts["incident.open"] == 1
    done = inc.act(supervisor, row.id, row.version, "resolve", {"resolution": "管网修复，已恢复供水"})
    assert done.state == "resolved" and done.resolved_at == clock.now()
    assert {c.code: c.count for c in services.status_counts(receptionist)}["incident.open"] == 0
    figures = dict(services.monthly_statistics(supervisor, 2026, 11)["incidents"])
    assert figures["新建"] == 1


def test_scope_words() -> None:
    assert building_numbers("3、4、5") == ["3", "4", "5"] == building_numbers("3-5栋")
    assert scope_text("") == "全项目" and scope_text("2#") == "2栋"
