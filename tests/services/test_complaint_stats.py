"""顾客投诉分类统计表: the monthly numbers equal those counted directly from a seeded month."""

from __future__ import annotations

import random
from datetime import datetime, timezone

import pytest
from sqlalchemy import text

from frontdesk.services.clock import LOCAL_TZ
from frontdesk.services.complaints.stats import MonthlyStats
from frontdesk.services.errors import ValidationError
from frontdesk.services.settings import DEFAULTS
from tests.support.complaints import call_back, dept_id, intake, make_estate

FATES = ("judge", "invalid", "investigate", "propose", "approve", "implement", "callback",
         "satisfied", "basic", "reopened")  # fmt: skip
DEPTS = ("工程部", "环境部", "秩序维护部", "客服部")
CATEGORIES = DEFAULTS["complaint.categories"]

pytestmark = pytest.mark.usefixtures("cheap_hashing")


def _local(y: int, m: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, m, d, h, mi, tzinfo=LOCAL_TZ).astimezone(timezone.utc)


def seed_month(services, clock, handler, boss, butler, n: int = 36, seed: int = 2026) -> list[dict]:  # type: ignore[no-untyped-def]
    """October 2026: ``n`` complaints taken to random points of the loop with the FixedClock moving
    through the month (some steps late), plus three at the month's edges. Returns the plan."""
    rng = random.Random(seed)
    cs = services.complaints
    plan: list[dict] = []
    edges = [(_local(2026, 9, 30, 23, 50), False), (_local(2026, 10, 1, 0, 10), True),
             (_local(2026, 11, 1, 0, 5), False)]  # fmt: skip
    for at, inside in edges:
        clock.set(at)
        cs.create(handler, intake(category="其他", content="边界时间的投诉"))
        if inside:
            plan.append({"category": "其他", "severity": "一般", "fate": "judge", "late": False, "dept": None})
    for i in range(n):
        p = {
            "category": rng.choice(CATEGORIES),
            "severity": "重大" if rng.random() < 0.25 else "一般",
            "fate": FATES[i % len(FATES)],
            "late": rng.random() < 0.3,
            "dept": rng.choice(DEPTS),
        }
        plan.append(p)
        clock.set(_local(2026, 10, 1 + (i * 29) // n, 8 + i % 9, (i * 7) % 60))
        c = cs.create(
            handler,
            intake(category=p["category"], severity=p["severity"], content=f"第{i}号投诉：{p['category']}"),
        )
        p["received_at"] = c.received_at

        def step(hours: float = 0.5) -> None:
            clock.advance(hours=hours)

        step(30 if p["late"] else 0.5)  # a late one misses its first deadline
        if p["fate"] == "judge":
            continue
        if p["fate"] == "invalid":
            cs.judge(handler, c.id, valid=False, reply="已解释", expected_version=c.version)
            continue
        c = cs.judge(handler, c.id, valid=True, expected_version=c.version)
        if p["fate"] == "investigate":
            continue
        step()
        c = cs.investigate(
            handler,
            c.id,
            department_id=dept_id(services, p["dept"]),
            person="负责人",
            cause="原因",
            expected_version=c.version,
        )
        if p["fate"] == "propose":
            continue
        step()
        c = cs.propose(handler, c.id, proposals=["方案"], expected_version=c.version)
        if p["fate"] == "approve":
            continue
        step()
        c = cs.approve(boss, c.id, expected_version=c.version)
        if p["fate"] == "implement":
            continue
        step(2)
        c = cs.implement(handler, c.id, actions="已处理", accepted=True, expected_version=c.version)
        if p["fate"] == "callback":
            continue
        step(24)
        if p["fate"] == "reopened":
            c = call_back(services, handler, c.id, "unsatisfied", "仍未解决")
            step(5)
            c = cs.implement(handler, c.id, actions="再次处理", accepted=True, expected_version=c.version)
            step(24)
        c = call_back(services, handler, c.id, "basic" if p["fate"] == "basic" else "satisfied")
        step(3)
        c = cs.close(butler, c.id, improvement="加强管理", expected_version=c.version)
        p["closed_at"] = c.closed_at
    clock.set(_local(2026, 11, 2, 9))
    return plan


@pytest.fixture
def seeded(services, clock, receptionist, supervisor, butler):  # type: ignore[no-untyped-def]
    make_estate(services)
    return seed_month(services, clock, receptionist, supervisor, butler)


def test_month_table_equals_direct_counts(services, clock, supervisor, seeded) -> None:
    stats: MonthlyStats = services.complaints.monthly_stats(supervisor, 2026, 10)
    start, end = _local(2026, 10, 1, 0), _local(2026, 11, 1, 0)
    now = clock.now().replace(tzinfo=None)
    with services.db.read() as s:

        def q(sql: str, **kw: object) -> list[tuple]:  # type: ignore[type-arg]
            # stored as naive UTC on SQLite
            params = {"a": start.replace(tzinfo=None), "b": end.replace(tzinfo=None), "now": now, **kw}
            return [tuple(r) for r in s.execute(text(sql), params).all()]

        month = "FROM complaint c WHERE c.received_at >= :a AND c.received_at < :b"
        total = q(f"SELECT count(*) {month}")[0][0]
        by_cat = dict(q(f"SELECT category, count(*) {month} GROUP BY category"))
        by_sev = dict(q(f"SELECT severity, count(*) {month} GROUP BY severity"))
        by_valid = dict(q(f"SELECT coalesce(valid, -1), count(*) {month} GROUP BY coalesce(valid, -1)"))
        by_sat = dict(q(f"SELECT satisfaction, count(*) {month} AND satisfaction IS NOT NULL GROUP BY satisfaction"))
        by_dept = dict(
            q(
                "SELECT d.name, count(*) FROM complaint c JOIN department d ON d.id = c.department_id "
                "WHERE c.received_at >= :a AND c.received_at < :b GROUP BY d.name"
            )
        )
        closed = q(f"SELECT count(*) {month} AND state = 'closed'")[0][0]
        overdue = q(f"SELECT count(*) {month} AND (was_overdue = 1 OR (state NOT IN ('closed', 'invalid') AND due_at < :now))")[
            0
        ][0]
        days = q(f"SELECT julianday(closed_at) - julianday(received_at) {month} AND state = 'closed'")

    assert total == len(seeded) == 37 and stats.total.total == total
    assert {x.label: x.total for x in stats.by_category if x.total} == by_cat
    assert sum(x.total for x in stats.by_category) == total
    assert (stats.total.normal, stats.total.major) == (by_sev.get("一般", 0), by_sev.get("重大", 0))
    assert (stats.total.valid, stats.total.invalid, stats.total.unjudged) == (
        by_valid.get(1, 0),
        by_valid.get(0, 0),
        by_valid.get(-1, 0),
    )
    assert (stats.total.satisfied, stats.total.basic, stats.total.unsatisfied) == (
        by_sat.get("satisfied", 0),
        by_sat.get("basic", 0),
        by_sat.get("unsatisfied", 0),
    )
    assert {x.label: x.total for x in stats.by_department if x.label and x.total} == by_dept
    assert sum(x.total for x in stats.by_department) == total
    assert stats.total.closed == closed
    assert stats.total.overdue == overdue
    assert stats.total.avg_days_to_close == pytest.approx(sum(d for (d,) in days) / len(days), abs=1e-6)
    # the same numbers from the plan the month was seeded with
    assert stats.total.major == sum(1 for p in seeded if p["severity"] == "重大")
    assert stats.total.invalid == sum(1 for p in seeded if p["fate"] == "invalid")
    assert stats.total.closed == sum(1 for p in seeded if p["fate"] in ("satisfied", "basic", "reopened"))
    assert stats.total.basic == sum(1 for p in seeded if p["fate"] == "basic")
    plan_days = [(p["closed_at"] - p["received_at"]).total_seconds() / 86400 for p in seeded if "closed_at" in p]
    assert stats.total.avg_days_to_close == pytest.approx(sum(plan_days) / len(plan_days))
    late = sum(1 for p in seeded if p["late"] and p["fate"] != "judge")
    assert stats.total.overdue >= late > 0
    for cat in stats.by_category:
        assert cat.total == sum(1 for p in seeded if p["category"] == cat.label)
        assert cat.valid + cat.invalid + cat.unjudged == cat.total
        assert cat.normal + cat.major == cat.total
        assert cat.closed + cat.in_progress + cat.invalid == cat.total
    # rows add up to the total in every column
    for col in ("valid", "invalid", "major", "closed", "satisfied", "basic", "unsatisfied", "overdue"):
        assert sum(getattr(x, col) for x in stats.by_category) == getattr(stats.total, col)
        assert sum(getattr(x, col) for x in stats.by_department) == getattr(stats.total, col)

    # every configured category and department has a row, zero or not
    assert [x.label for x in stats.by_category] == list(CATEGORIES)
    assert [x.label for x in stats.by_department][:5] == list(DEFAULTS["departments"])
    assert stats.by_department[-1].label == ""  # not (yet) assigned to a department
    # the complaints at the month's edges (local time) fall in their own months
    sept = services.complaints.monthly_stats(supervisor, 2026, 9)
    assert sept.total.total == 1 and sept.total.avg_days_to_close is None
    assert services.complaints.monthly_stats(supervisor, 2026, 11).total.total == 1
    with pytest.raises(ValidationError):
        services.complaints.monthly_stats(supervisor, 2026, 13)


def test_the_registered_monthly_statistics_are_the_tables_categories(services, supervisor, receptionist, seeded) -> None:  # type: ignore[no-untyped-def]
    stats = services.complaints.monthly_stats(supervisor, 2026, 10)
    figures = services.monthly_statistics(supervisor, 2026, 10)
    assert figures["complaints"] == [(line.label, line.total) for line in stats.by_category]
    assert sum(n for _label, n in figures["complaints"]) == stats.total.total > 0
    # a reader without COMPLAINT_STATS gets no complaint figures, and no error
    assert "complaints" not in services.monthly_statistics(receptionist, 2026, 10)
