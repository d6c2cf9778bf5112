"""Release passes across counters sharing one PostgreSQL database: the counter that issues and the
gate PC that checks share the signing key file; a PC with another key refuses every pass; two gates
releasing one pass at once let it through once."""

from __future__ import annotations

import shutil
import threading
from datetime import date
from pathlib import Path

import pytest

from frontdesk.db import Database
from frontdesk.services.clock import FixedClock
from frontdesk.services.container import Services, build_services
from frontdesk.services.notices.rows import NoticeInput
from frontdesk.services.permissions import CurrentUser, Role
from frontdesk.services.release_passes.rows import ItemInput, PassInput
from tests.conftest import START, make_user
from tests.support.estate import add_room

pytestmark = pytest.mark.usefixtures("cheap_hashing")


@pytest.fixture(autouse=True)
def _no_pass_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FRONTDESK_PASS_KEY", raising=False)


def counter(pg_db: Database, data_dir: Path) -> Services:
    """Another PC: its own connection pool and its own user data folder."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return build_services(Database(pg_db.url), FixedClock(START), data_dir=data_dir)


def test_counters_share_the_key_file_and_a_gate_lets_a_pass_through_once(pg_db: Database, tmp_path: Path) -> None:
    desk = build_services(pg_db, FixedClock(START), data_dir=tmp_path / "desk")
    (tmp_path / "desk").mkdir()
    add_room(desk, "3-2-1502", "张伟", "13812345678")
    boss = make_user(desk, Role.SUPERVISOR, "boss", "王主管")
    clerk: CurrentUser = make_user(desk, Role.RECEPTIONIST, "li", "李前台")
    guard = make_user(desk, Role.GUARD, "gate1", "陈门岗")
    pp = desk.release_passes.issue(clerk, PassInput(room="3-2-1502", carrier_is_owner=True, items=[ItemInput("冰箱", 1)]))
    assert pp.detail.number == "FX20261127001"
    key = tmp_path / "desk" / "pass-signing.key"
    assert key.exists()

    # the gate PC before the key was copied: the signature cannot be verified there
    stranger = counter(pg_db, tmp_path / "stranger")
    assert stranger.release_passes.check(guard, pp.payload).outcome == "foreign_key"
    assert stranger.release_passes.check(guard, pp.detail.number).outcome == "valid"  # typed: the database knows it

    # the README's set-up: the key file copied to the gate PCs
    gates = []
    for name in ("gate-east", "gate-west"):
        (tmp_path / name).mkdir()
        shutil.copy(key, tmp_path / name / "pass-signing.key")
        gates.append(counter(pg_db, tmp_path / name))
    for g in gates:
        assert g.release_passes.check(guard, pp.payload).outcome == "valid"

    start = threading.Barrier(2)
    outcomes: list[str] = []

    def let_through(g: Services) -> None:
        start.wait()
        outcomes.append(g.release_passes.release(guard, pp.detail.id).outcome)

    threads = [threading.Thread(target=let_through, args=(g,)) for g in gates]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(outcomes) == ["released", "used"]
    assert desk.release_passes.get(boss, pp.detail.id).used_by == "陈门岗"
    for s in (stranger, *gates):
        s.db.dispose()


def test_notice_chain_on_postgres(pg_db: Database) -> None:
    services = build_services(pg_db, FixedClock(START))
    add_room(services, "3-2-1502", "张伟")
    clerk = make_user(services, Role.RECEPTIONIST, "li", "李前台")
    butler = make_user(services, Role.BUTLER, "zhao", "赵管家")
    first = services.notices.issue(
        clerk,
        NoticeInput(
            room="3-2-1502",
            addressee_name="张伟",
            findings="楼道堆放材料",
            clause_nos=["第二十条"],
            requirement="当日清理",
            deadline=date(2026, 11, 27),
        ),
    ).detail
    services.notices.reinspect(butler, first.id, "not_rectified", "未清理", expected_version=first.version)
    second = services.notices.issue(
        clerk,
        NoticeInput(
            room="3-2-1502",
            addressee_name="张伟",
            findings="仍未清理",
            clause_nos=["第二十条"],
            requirement="立即清理",
            deadline=date(2026, 11, 28),
            previous_id=first.id,
        ),
    ).detail
    assert (second.number, second.round, second.previous_number) == ("ZG20261127002", 2, first.number)
    assert [n.number for n in services.notices.room_history(butler, "3-2-1502")[1]] == [first.number, second.number]
