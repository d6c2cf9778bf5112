"""Every xlsx export of every record kind writes what the counter typed as text, never as a
formula, and keeps numbers, amounts and dates typed (issue: a call's content typed as
=HYPERLINK(...) used to export as a live formula).

Each registered feature with an export gets records whose free-text fields hold formula-like
text, then its registered export (Feature.export) is opened with openpyxl. A feature that adds an
export must add a seeder here: the registry test below fails until it does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from frontdesk.features import load_features
from frontdesk.services.call_log.rows import CallInput
from frontdesk.services.complaints.rows import ComplaintInput
from frontdesk.services.container import Services
from frontdesk.services.core.fields import choice_keys, sample_values
from frontdesk.services.handover.rows import HandoverNotes
from frontdesk.services.notices.rows import NoticeInput
from frontdesk.services.permissions import CurrentUser
from frontdesk.services.registry.service import OccupantInput
from frontdesk.services.release_passes.rows import ItemInput, PassInput
from frontdesk.services.work_orders.rows import ChargeLine, CompletionInput, WorkOrderInput
from tests.support.orders import add_technicians, engineering_id

FORMULAS = ("=1+1", "+1", "-1+1", "@SUM(A1)", '=HYPERLINK("x")')
ROOM = "3-2-1502"
PHONE = "13812345678"


def _seed_calls(sv: Services, user: CurrentUser) -> None:
    for text in FORMULAS:
        sv.call_log.create(user, CallInput(room=ROOM, person="张伟", phone=PHONE, content=text, handling=text))


def _seed_orders(sv: Services, user: CurrentUser) -> None:
    boss = sv.staff.login("boss", "secret-boss")
    tech = add_technicians(sv, boss, ("张师傅",))[0]
    eng = engineering_id(sv)
    for text in FORMULAS:
        o = sv.work_orders.create(
            user, WorkOrderInput(room=ROOM, reporter="张伟", phone=PHONE, category="水", description=text, paid=True)
        )
        o = sv.work_orders.dispatch(boss, o.id, department_id=eng, technician_id=tech, expected_version=o.version)
        o = sv.work_orders.start(boss, o.id, expected_version=o.version)
        sv.work_orders.complete(
            boss,
            o.id,
            CompletionInput(
                work_done=text,
                owner_confirmation="signed",
                lines=[ChargeLine(name=text, quantity="2", unit_price="1,000.50")],
            ),
            expected_version=o.version,
        )


def _seed_complaints(sv: Services, user: CurrentUser) -> None:
    for text in FORMULAS:
        sv.complaints.create(user, ComplaintInput(complainant="张伟", room=ROOM, phone=PHONE, category="其他", content=text))


def _seed_passes(sv: Services, user: CurrentUser) -> None:
    for text in FORMULAS:
        sv.release_passes.issue(
            user,
            PassInput(
                room=ROOM,
                owner_name="张伟",
                carrier_is_owner=True,
                items=[ItemInput(name=text, quantity=3, note=text)],
                reason="其他",
                reason_note=text,
            ),
        )


def _seed_notices(sv: Services, user: CurrentUser) -> None:
    for text in FORMULAS:
        sv.notices.issue(
            user,
            NoticeInput(
                room=ROOM,
                addressee_name="张伟",
                findings=text,
                clause_nos=["第八条"],
                requirement=text,
                deadline=sv.clock.local_now().date() + timedelta(days=3),
            ),
        )


def _seed_handover(sv: Services, user: CurrentUser) -> None:
    # the list export shows the counter's name, typed at each PC (ui/shell/counter.py)
    for counter in FORMULAS[:2]:
        draft = sv.handover.open_draft(user, counter)
        notes = HandoverNotes(keys_lent=FORMULAS[0], watch_notes="\n".join(FORMULAS), cash="350.50")
        sv.handover.submit(user, draft.id, notes, expected_version=draft.version)


def _seed_rooms(sv: Services, user: CurrentUser) -> None:
    boss = sv.staff.login("boss", "secret-boss")
    [room] = [r for r in sv.registry.find(boss, ROOM, limit=5) if r.code == ROOM]
    for text in FORMULAS:
        sv.registry.save_occupant(boss, room.id, OccupantInput(kind="tenant", name="王芳", phone="13900001111", notes=text))


SEEDERS: dict[str, Callable[[Services, CurrentUser], None]] = {
    "call_log": _seed_calls,
    "work_orders": _seed_orders,
    "complaints": _seed_complaints,
    "release_passes": _seed_passes,
    "notices": _seed_notices,
    "handover": _seed_handover,
    "rooms": _seed_rooms,
}


def _record_kinds() -> list[str]:
    """Kinds on the generic record service: seeded from their declared form, no seeder needed."""
    return sorted(f.key for f in load_features() if f.record_service is not None)


def _seed_record_kind(key: str) -> Callable[[Services, CurrentUser], None]:
    def seed(sv: Services, user: CurrentUser) -> None:
        svc = getattr(sv, key)
        if not user.can(svc.form.create_permission):  # a kind only a supervisor may make (档案借阅)
            user = sv.staff.login("boss", "secret-boss")
        choices = {k: svc.choices(k) for k in choice_keys(svc.form.fields)}
        for i, text in enumerate(FORMULAS):
            # each record takes another first choice (one key cannot be lent twice at once)
            turned = {k: [*v[i % len(v) :], *v[: i % len(v)]] if v else v for k, v in choices.items()}
            svc.create(user, sample_values(svc.form.fields, text, turned, today=svc.today(), room=ROOM, staff_id=user.id))

    return seed


def _seed_handovers_in(sv: Services, user: CurrentUser) -> None:
    """A 交房 needs its room on a delivery batch's list first (the batch's name carries the text)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "list.csv"
        path.write_text(f"房号,买受人,联系电话\n{ROOM},张伟,13812345678\n", encoding="utf-8")
        batch = sv.deliveries.create(user, {"name": FORMULAS[0], "starts_on": sv.deliveries.today()})
        sv.deliveries.commit_buyers(user, sv.deliveries.preview_buyers(user, batch.id, path), batch.version)
    values = {"room": (None, ROOM), "appt_date": sv.handovers_in.today(), "slot": "上午", "channel": "来电预约"}
    sv.handovers_in.create(user, values)


SEEDERS["handovers_in"] = _seed_handovers_in
SEEDERS.update({key: _seed_record_kind(key) for key in _record_kinds() if key not in SEEDERS})


def test_every_export_has_a_seeder_here() -> None:
    exporting = {f.key for f in load_features() if f.export is not None}
    assert exporting == set(SEEDERS), "a feature's export is not covered by this test"


def _cells(path: Path) -> list[Any]:
    wb = load_workbook(path)
    return [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]


@pytest.mark.parametrize("key", sorted(SEEDERS))
def test_export_writes_text_as_text_and_numbers_as_numbers(
    key: str, services: Services, estate: Any, supervisor: CurrentUser, receptionist: CurrentUser, tmp_path: Path
) -> None:
    SEEDERS[key](services, receptionist)
    feature = services.features.by_key(key)
    assert feature.export is not None
    path = tmp_path / f"{key}.xlsx"
    rows = feature.export(getattr(services, key), supervisor, path)
    assert rows >= 1
    cells = _cells(path)
    formulas = [(c.coordinate, c.value) for c in cells if c.data_type == "f"]
    assert formulas == []
    texts = {c.value for c in cells if isinstance(c.value, str)}
    found = [t for t in FORMULAS if any(t in v for v in texts)]
    assert found, f"none of the typed texts reached the {key} export"
    for c in cells:
        if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@")):
            assert c.data_type == "s"
    # numbers, amounts and dates stay typed: at least one cell of each kind the export holds
    typed = [
        c.value for c in cells if isinstance(c.value, (int, float, Decimal, datetime, date)) and not isinstance(c.value, bool)
    ]
    assert typed, f"the {key} export holds no typed number or date"
