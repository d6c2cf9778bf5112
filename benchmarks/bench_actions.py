"""What the counter does, timed on ten years of a busy centre.

    python benchmarks/bench_actions.py [--scale S] [--repeat N] [--db URL] [--keep PATH]

Data. The demo estate, a seed history told through the real services (services/demo_history:
every record went through its rules, numbering and timeline), then bulk-copied, in batches of
INSERTs, side by side (PARALLEL copies minutes apart make the seed's pace a busy centre's) and
back in time until it covers ``--scale`` × ten years: at scale 1 about 1,100,000 calls, 210,000
orders with 1,000,000 events, 60,000 complaints with their steps, 190,000 callbacks, 150,000
passes, 26,000 notices and 33,000 handovers. Numbers, sort keys, ids (older copies lower, below
zero, as ids grow with time) and references move with each copy, so copies never collide; what
is still open in the seed is finished in its older copies (closed, called back, expired). The
estate is the demo's (3 projects, 3,104 rooms, 5,448 occupants); the audit trail is not copied.
The default scale (0.1, one year) keeps a run to a few minutes (``--keep`` a file to measure it
again); ``--scale 1`` is the full ten years (about 20 minutes to build on a busy 2-core machine).

Actions, each run as the UI runs it (the same service calls and item models), ``--repeat``
times after one warm-up: open each tab (build it with its first page) and its next page, save
a call, open an order's detail, global search for a room, a phone, a name and two words, the
status counts, compile a handover, the monthly complaint table, render a pass PDF.

Prints ``<action>_p95_ms`` for each and ``worst_p95_ms`` (aim: every p95 ≤ 100 ms on SQLite),
then ``rows_<table>`` for the data the run stood on. ``--db`` names an empty database (e.g. a
PostgreSQL server: ``postgresql+psycopg://…``); by default a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: ten years of a busy centre (the issue's figures): rows per table
TEN_YEARS = {"call_log": 1_000_000, "work_order": 200_000, "complaint": 50_000, "release_pass": 150_000}
SEED_DAYS = 10
#: copies side by side in each period (minutes apart, numbered apart): the seed's pace × this is
#: the busy centre's (the seed alone, told record by record, would take far longer)
PARALLEL = 9

#: history tables copied back in time: their polymorphic references as (id column, kind column)
HISTORY = (
    "call_log",
    "work_order",
    "work_order_event",
    "work_order_line",
    "complaint",
    "complaint_event",
    "callback",
    "release_pass",
    "release_pass_item",
    "rectification_notice",
    "handover",
    "handover_item",
    "handover_message",
)
KIND_TABLE = {
    "call": "call_log",
    "order": "work_order",
    "complaint": "complaint",
    "pass": "release_pass",
    "notice": "rectification_notice",
    "handover": "handover",
    "callback": "callback",
}
POLY = {
    ("callback", "ref_id"): "ref_kind",
    ("work_order", "source_id"): "source_kind",
    ("handover_item", "ref_id"): "ref_kind",
}
#: the copies are older than the seed: what is still open in the seed is finished in them, as a
#: record from years ago is (column, {open value: finished value}) — else every copy would add
#: to today's open orders, due callbacks and overdue follow-ups
FINISHED = {
    "work_order": ("state", dict.fromkeys(("new", "dispatched", "in_progress", "on_hold", "completed", "called_back"), "closed")),
    "complaint": (
        "state",
        dict.fromkeys(("judge", "investigate", "propose", "approve", "implement", "callback", "close"), "closed"),
    ),
    "callback": ("state", {"pending": "done"}),
    "release_pass": ("state", {"issued": "expired"}),
    "rectification_notice": ("state", {"open": "rectified"}),
    "call_log": ("outcome", {"follow_up": "followed_up"}),
}
PLAIN_REFS = {
    ("call_log", "work_order_id"): "work_order",
    ("call_log", "complaint_id"): "complaint",
    ("complaint", "call_id"): "call_log",
    ("rectification_notice", "previous_id"): "rectification_notice",
    ("rectification_notice", "followup_id"): "rectification_notice",
    ("handover", "corrects_id"): "handover",
}


def _seed(services: Any, scale: float) -> dict[str, int]:
    from frontdesk.services.demo_history import Pace, make_history

    # a ninth of the ten-year pace (PARALLEL copies side by side make it whole), in its proportions
    pace = Pace(calls=30.4, orders=6.1, complaints=1.55, passes=4.55, notices=0.61, handover_days=SEED_DAYS)
    return make_history(services, days=SEED_DAYS, pace=pace, seed=7, password="demo1234").counts


def _copy_back(db: Any, copies: int, span_days: int) -> None:
    """Copy every history row ``PARALLEL`` times side by side (the seed's own period is the
    first), then the lot ``copies`` times, each ``span_days`` further back; those older
    copies are finished (FINISHED)."""
    from sqlalchemy import Date, DateTime, insert, select, text

    from frontdesk.models import Base
    from frontdesk.models.call_log import CALL_TEXT, SLOT_BITS, CallLogEntry

    tables = {name: Base.metadata.tables[name] for name in HISTORY}
    with db.read() as s:
        seed = {name: [dict(r._mapping) for r in s.execute(select(t).order_by(t.c.id))] for name, t in tables.items()}
        grams = {e.sort_key: e.search_text() for e in s.scalars(select(CallLogEntry))}
        top = {name: max((r["id"] for r in rows), default=0) for name, rows in seed.items()}
    fks: dict[str, dict[str, str]] = {}
    for name, t in tables.items():
        refs: dict[str, str] = {}
        for col in t.c:
            for fk in col.foreign_keys:
                if fk.column.table.name in tables:
                    refs[col.name] = fk.column.table.name
        refs.update({c: target for (tn, c), target in PLAIN_REFS.items() if tn == name})
        fks[name] = refs
    times = {
        name: [c.name for c in t.c if isinstance(getattr(c.type, "impl", c.type), DateTime | Date)] for name, t in tables.items()
    }
    acked: list[tuple[int, Any, Any]] = []
    for k, j in itertools.product(range(copies + 1), range(PARALLEL)):
        if k == j == 0:
            continue  # the seed itself
        days = timedelta(days=span_days * k)
        shift = days + timedelta(minutes=13 * j)
        key_shift = int(shift.total_seconds() * 1000) << SLOT_BITS
        # older copies get lower ids (below the seed's, so negative), as ids grow with time
        offset = {name: -(top[name] + 1) * (k * PARALLEL + j) for name in tables}
        with db.write() as s:
            for name, t in tables.items():
                rows = []
                for r in seed[name]:
                    row = dict(r)
                    row["id"] = r["id"] + offset[name]
                    for col, target in fks[name].items():
                        if row.get(col) is not None:
                            row[col] = row[col] + offset[target]
                    for (tn, col), kind_col in POLY.items():
                        if tn == name and row.get(col) is not None and row.get(kind_col) in KIND_TABLE:
                            row[col] = row[col] + offset[KIND_TABLE[row[kind_col]]]
                    for col in times[name]:
                        if row.get(col) is not None:
                            row[col] = row[col] - shift
                    if name in FINISHED and k > 0:
                        col, done = FINISHED[name]
                        row[col] = done.get(row[col], row[col])
                    if "number" in row and row["number"]:
                        row["number"] = _moved_number(row["number"], days, j)
                    if name == "call_log":
                        row["sort_key"] = r["sort_key"] - key_shift
                    if name == "handover":
                        row["ack_digest"] = r.get("ack_digest")
                    rows.append(row)
                if name == "handover":  # items go in before the handover is signed (frozen after)
                    acked = [(row["id"], row["acknowledged_at"], row["state"]) for row in rows]
                    for row in rows:
                        row["acknowledged_at"] = None
                    s.execute(insert(t), rows)
                    continue
                if rows:
                    s.execute(insert(t), rows)
            for hid, at, state in acked:
                if at is not None:
                    s.execute(
                        tables["handover"].update().where(tables["handover"].c.id == hid).values(acknowledged_at=at, state=state)
                    )
            conn = s.connection()
            CALL_TEXT.add_many(conn, [(r["sort_key"] - key_shift, grams.get(r["sort_key"])) for r in seed["call_log"]])
        if j == PARALLEL - 1 and k % 10 == 0:
            print(f"  … {k}/{copies} periods", file=sys.stderr, flush=True)
    if db.url.get_backend_name() == "postgresql":
        with db.write() as s:
            for name in tables:
                s.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))"))
            s.execute(text("ANALYZE"))
    else:
        with db.engine.connect() as c:
            c.exec_driver_sql("ANALYZE")


def _is_time(kind: Any, *bases: type) -> bool:
    return isinstance(getattr(kind, "impl", kind), bases)


def _moved_number(number: str, shift: timedelta, side: int) -> str:
    """``WX20260904001`` moved back ``shift``: the date inside moves with the record; a copy
    beside the seed (``side`` > 0) numbers from side × 100."""
    prefix, digits = number[:2], number[2:]
    if len(digits) < 11 or not digits[:8].isdigit():
        return number
    day = datetime.strptime(digits[:8], "%Y%m%d").date() - shift
    return f"{prefix}{day:%Y%m%d}{int(digits[8:]) + 100 * side:03d}"


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def _time(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm-up: compiled statements, imported modules
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return _p95(out)


def _actions(services: Any, repeat: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QTableView

    from frontdesk.printing.release_pass_pdf import render_release_pass
    from frontdesk.services.call_log import CallInput
    from frontdesk.services.core.changes import call_op
    from frontdesk.ui.common.bus import EventBus
    from frontdesk.ui.common.context import UiContext
    from frontdesk.ui.common.paged_model import PagedTableModel
    from frontdesk.ui.shell.tabs import build_tab, class_name, visible_specs

    app = QApplication.instance() or QApplication(sys.argv[:1])
    boss = services.staff.login("zhuguan", "demo1234")
    desk = services.staff.login("qiantai", "demo1234")
    ctx = UiContext(services, boss, EventBus(), counter="前台")
    rng = random.Random(5)
    out: dict[str, float] = {}
    for spec in visible_specs(ctx):
        name = class_name(spec)
        tabs: list[Any] = []

        def open_tab(spec: Any = spec, tabs: list[Any] = tabs) -> None:
            tab = build_tab(ctx, spec)
            app.processEvents()
            tabs.append(tab)

        out[f"open_{name}"] = _time(open_tab, repeat)
        tab = tabs[-1]
        models = [v.model() for v in tab.findChildren(QTableView) if isinstance(v.model(), PagedTableModel)]
        paged = next((m for m in models if m.canFetchMore()), None)
        if paged is not None:

            def next_page(m: Any = paged) -> None:
                if not m.canFetchMore():
                    m.reload()
                m.fetchMore()

            out[f"next_page_{name}"] = _time(next_page, repeat)
        for t in tabs:
            t.deleteLater()
        app.processEvents()

    with services.db.read() as s:
        from sqlalchemy import func, select

        from frontdesk.models import Occupant, Room, WorkOrder

        room = s.execute(
            select(Room.code, Room.project_id, Occupant.name, Occupant.phone)
            .join(Occupant, Occupant.room_id == Room.id)
            .where(Occupant.kind == "owner")
            .order_by(Room.id)
            .limit(1)
            .offset(700)
        ).one()
        top_order = s.scalar(select(func.max(WorkOrder.id))) or 1
    code, project_id, owner, phone = room

    def save_call() -> None:
        call_op(
            services.call_log.create,
            desk,
            CallInput(room=code, project_id=project_id, person=owner, phone=phone, content="询问停车月卡办理", handling="已告知"),
        )

    out["save_call"] = _time(save_call, repeat)
    out["order_detail"] = _time(lambda: services.work_orders.get(boss, rng.randint(1, top_order)), repeat)
    b, u, r = code.split("-")
    for label, query in (("room", f"{b}栋{u}单元{r}"), ("phone", phone), ("name", owner), ("two_words", f"漏水 {b}栋")):
        out[f"search_{label}"] = _time(lambda q=query: services.search(boss, q), repeat)
    out["status_counts"] = _time(lambda: services.status_counts(boss), repeat)
    window = services.handover.shift_choices()[0][0]
    out["compile_handover"] = _time(lambda: services.handover.compile(desk, window), repeat)
    today = services.clock.now().date()
    out["complaint_month"] = _time(lambda: services.complaints.monthly_stats(boss, today.year, today.month), repeat)
    from frontdesk.services.release_passes import ItemInput, PassInput

    printable = services.release_passes.issue(
        desk,
        PassInput(
            room=code,
            project_id=project_id,
            owner_name=owner,
            carrier_is_owner=True,
            carrier_name=owner,
            carrier_phone=phone,
            items=[ItemInput("冰箱", 1, "")],
            reason="搬家",
            valid_date=services.clock.now().date() + timedelta(days=1),  # today's window may be over
            confirm_method="self",
        ),
    )
    centre = services.settings.get("centre.name")
    out["pass_pdf"] = _time(lambda: render_release_pass(printable, centre), repeat)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=0.1, help="share of ten years (1 = the full ten years)")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    parser.add_argument("--keep", help="SQLite file to build (or reuse when it exists) instead of a temporary one")
    args = parser.parse_args()

    from sqlalchemy import func, select

    from frontdesk.db import Database
    from frontdesk.schema import prepare_database
    from frontdesk.services.clock import FixedClock
    from frontdesk.services.container import build_services

    with tempfile.TemporaryDirectory() as d:
        reuse = bool(args.keep and Path(args.keep).exists())
        url = args.db or f"sqlite:///{Path(args.keep or Path(d) / 'actions.db').as_posix()}"
        db = Database(url)
        prepare_database(db, Path(d) / "backups")
        now = datetime.now().astimezone()
        services = build_services(db, FixedClock(now))
        if not reuse:
            t0 = time.time()
            services.demo.load(None, history_days=0)
            counts = _seed(services, args.scale)
            copies = max(0, math.ceil(3650 * args.scale / SEED_DAYS) - 1)
            print(f"seeded {counts} in {time.time() - t0:.0f} s; copying back {copies}×", file=sys.stderr, flush=True)
            t1 = time.time()
            _copy_back(db, copies, SEED_DAYS + 1)
            print(f"copied in {time.time() - t1:.0f} s", file=sys.stderr, flush=True)
        results = _actions(services, args.repeat)
        for name, value in results.items():
            print(f"{name}_p95_ms: {value:.1f}")
        worst = max(results.items(), key=lambda kv: kv[1])
        print(f"worst_p95_ms: {worst[1]:.1f}  ({worst[0]})")
        from frontdesk.models import Base

        with db.read() as s:
            for name in (
                "call_log",
                "work_order",
                "work_order_event",
                "complaint",
                "release_pass",
                "rectification_notice",
                "handover",
                "callback",
                "room",
                "occupant",
            ):
                t = Base.metadata.tables[name]
                print(f"rows_{name}: {s.scalar(select(func.count()).select_from(t))}")
        print(f"database: {db.url.get_backend_name()}")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
