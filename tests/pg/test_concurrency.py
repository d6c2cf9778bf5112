"""Several counters at the same instant on one PostgreSQL database, as separate processes.

Each trial forks one process per counter; they wait on a barrier and then make the same kind
of change at once. No record may be lost and nothing but a ``ServiceError`` may come out; two
edits of one record are one save and one ``ConflictError``.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from frontdesk.db import Database
from frontdesk.models import CallLogEntry, Occupant, WorkOrder
from frontdesk.services.call_log.rows import CallInput
from frontdesk.services.clock import FixedClock
from frontdesk.services.container import Services, build_services
from frontdesk.services.errors import ConflictError, ServiceError
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.services.registry.service import OccupantInput
from tests.conftest import START
from tests.support.call_log import quick_user
from tests.support.orders import add_rooms, order_input

COUNTERS = 4
TRIALS = 10
_CTX = multiprocessing.get_context("fork") if hasattr(os, "fork") else None

pytestmark = pytest.mark.skipif(_CTX is None, reason="needs fork to start the counters quickly")


def _counter(url: str, barrier: Any, out: Any, job: Callable[[Services, int], object], clock_at: Any, n: int) -> None:
    """One counter: its own connection, then the job at the barrier; reports what happened."""
    db = Database(url)
    try:
        services = build_services(db, FixedClock(clock_at))
        services.staff.needs_first_user()  # connected and warm before the start
        barrier.wait(timeout=60)
        try:
            out.put(("ok", n, job(services, n)))
        except ServiceError as exc:
            out.put(("service_error", n, type(exc).__name__))
        except Exception as exc:  # noqa: BLE001 - what the test looks for
            out.put(("escaped", n, f"{type(exc).__name__}: {exc}\n{traceback.format_exc()[-800:]}"))
    finally:
        db.dispose()


def _at_once(db: Database, job: Callable[[Services, int], object], at: Any, counters: int = COUNTERS) -> list[tuple]:
    assert _CTX is not None
    url = db.url.render_as_string(hide_password=False)
    db.engine.dispose()  # no connection of ours is shared with the children
    barrier = _CTX.Barrier(counters)
    out = _CTX.Queue()
    procs = [_CTX.Process(target=_counter, args=(url, barrier, out, job, at, n)) for n in range(counters)]
    for p in procs:
        p.start()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    return results


def _escaped(results: list[tuple]) -> list[str]:
    return [r[2] for r in results if r[0] == "escaped"]


@pytest.fixture
def setting(pg_db: Database) -> tuple[Database, CurrentUser, dict[str, int]]:
    services = build_services(pg_db, FixedClock(START))
    boss = quick_user(pg_db, Role.SUPERVISOR, "boss", "王主管")
    rooms = add_rooms(services)
    return pg_db, boss, rooms


def test_the_first_work_order_of_a_day_from_four_counters(setting) -> None:  # type: ignore[no-untyped-def]
    db, boss, _rooms = setting

    def create(services: Services, n: int) -> object:
        return services.work_orders.create(boss, order_input(room="3-2-1502")).number

    numbers: list[str] = []
    for trial in range(TRIALS):
        results = _at_once(db, create, START + timedelta(days=trial))
        assert _escaped(results) == []
        assert [r[0] for r in results] == ["ok"] * COUNTERS, results
        numbers += [r[2] for r in results]
        day = (START + timedelta(days=trial, hours=8)).strftime("%Y%m%d")
        assert sorted(r[2] for r in results) == [f"WX{day}{i:03d}" for i in range(1, COUNTERS + 1)]
    assert len(set(numbers)) == COUNTERS * TRIALS
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(WorkOrder)) == COUNTERS * TRIALS


def test_calls_saved_in_the_same_millisecond_from_four_counters(setting) -> None:  # type: ignore[no-untyped-def]
    db, boss, _rooms = setting

    def create(services: Services, n: int) -> object:
        entry = services.call_log.create(boss, CallInput(channel="phone", kind="repair", content=f"卫生间漏水 {n}"))
        return entry.sort_key

    keys: list[int] = []
    for trial in range(TRIALS):
        results = _at_once(db, create, START + timedelta(minutes=trial))
        assert _escaped(results) == []
        assert [r[0] for r in results] == ["ok"] * COUNTERS, results
        keys += [r[2] for r in results]
    assert len(set(keys)) == COUNTERS * TRIALS
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CallLogEntry)) == COUNTERS * TRIALS


def test_one_occupant_saved_from_two_counters_is_one_save_and_one_conflict(setting) -> None:  # type: ignore[no-untyped-def]
    db, boss, rooms = setting
    room_id = rooms["3-2-1502"]
    for trial in range(TRIALS):
        with db.read() as s:
            occ = s.scalar(select(Occupant).where(Occupant.room_id == room_id))
            assert occ is not None
            occ_id, version = occ.id, occ.version

        def save(services: Services, n: int, occ_id: int = occ_id, version: int = version, trial: int = trial) -> object:
            data = OccupantInput(kind="owner", name="陈建国", phone="13912345600", notes=f"第 {trial} 次，第 {n} 台")
            return services.registry.save_occupant(boss, room_id, data, occupant_id=occ_id, expected_version=version).id

        results = _at_once(db, save, START, counters=2)
        assert _escaped(results) == []
        assert sorted(r[0] for r in results) == ["ok", "service_error"], results
        assert [r[2] for r in results if r[0] == "service_error"] == [ConflictError.__name__]
        with db.read() as s:
            saved = s.get(Occupant, occ_id)
            assert saved is not None and saved.version == version + 1


def test_four_writers_of_mixed_transactions_lose_nothing(setting) -> None:  # type: ignore[no-untyped-def]
    db, boss, rooms = setting
    room_id = rooms["3-2-1502"]
    rounds = 15

    def mixed(services: Services, n: int) -> object:
        made = {"orders": 0, "calls": 0, "saves": 0, "conflicts": 0}
        for i in range(rounds):
            services.work_orders.create(boss, order_input(room="3-2-1503"))
            made["orders"] += 1
            services.call_log.create(boss, CallInput(channel="phone", kind="inquiry", content=f"咨询 {n}-{i}"))
            made["calls"] += 1
            occ = services.registry.room(boss, room_id).occupants[0]
            try:
                services.registry.save_occupant(
                    boss,
                    room_id,
                    OccupantInput(kind="owner", name="陈建国", phone="13912345600", notes=f"{n}-{i}"),
                    occupant_id=occ.id,
                    expected_version=occ.version,
                )
                made["saves"] += 1
            except ConflictError:
                made["conflicts"] += 1
        return made

    results = _at_once(db, mixed, START)
    assert _escaped(results) == []
    assert [r[0] for r in results] == ["ok"] * COUNTERS, results
    orders = sum(r[2]["orders"] for r in results)
    calls = sum(r[2]["calls"] for r in results)
    saves = sum(r[2]["saves"] for r in results)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(WorkOrder)) == orders == COUNTERS * rounds
        assert s.scalar(select(func.count()).select_from(CallLogEntry)) == calls == COUNTERS * rounds
        occ = s.scalar(select(Occupant).where(Occupant.room_id == room_id))
        assert occ is not None and occ.version == 1 + saves
